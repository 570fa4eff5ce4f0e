"""The Pemerintahan page: the organisation chart, the BPD and the village institutions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.models import SitePage
from core.sites import current_site
from core.structured_data import organization_jsonld

from ..structured_data import government_organization_jsonld
from .chart import OrganisationChart
from .institutions import Institution
from .people import BPDMember, Official


class GovernmentPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    # The transparency pages the village structure puts under Pemerintahan.
    subpage_types = [
        "documents.ProdukHukumIndexPage",
        "budget.BudgetPage",
        "documents.InformasiPublikPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman pemerintahan")

    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = current_site(request)
        officials = Official.objects.for_site(site).shown().in_hierarchy_order().for_display()
        chart = OrganisationChart.of(officials)
        context.update(
            chart=chart,
            bpd_members=list(BPDMember.objects.for_site(site).in_hierarchy_order().for_display()),
            institutions=list(Institution.objects.for_site(site).for_display()),
            government_jsonld=government_organization_jsonld(
                organization_jsonld(request), chart.everyone()
            ),
        )
        return context
