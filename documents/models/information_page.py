"""The "Informasi Publik" page: the village's Daftar Informasi Publik (DIP) in its four
PerKI 1/2018 categories, with a CSV download and a printable view."""

from django.db import models
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.models import SitePage
from core.sites import current_site

from .dip import InformationList, dip_csv


class InformasiPublikPage(RoutablePageMixin, SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = [
        "home.HomePage",
        "government.GovernmentPage",
        "standard_pages.StandardPage",
    ]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman informasi publik")

    def meta_description(self):
        return self.search_description or self.intro

    def information_list(self, request):
        return InformationList(current_site(request), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dip"] = self.information_list(request)
        return context

    @path("", name="index")
    def index(self, request):
        return self.render(request)

    @path("csv/", name="csv")
    def csv(self, request):
        response = HttpResponse(
            dip_csv(self.information_list(request)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="daftar-informasi-publik.csv"'
        return response

    @path("cetak/", name="print")
    def print_view(self, request):
        context = self.get_context(request)
        return TemplateResponse(request, "documents/informasi_publik_print.html", context)
