"""Pages that describe the village: Profil Desa and its sub-pages, and Kontak."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.models import SitePage


class StandardPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "standard_pages.StandardPage"]
    subpage_types = ["standard_pages.StandardPage"]

    class Meta:
        verbose_name = _("halaman informasi")

    def meta_description(self):
        return self.search_description or self.intro


class ContactPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman kontak")

    def meta_description(self):
        return self.search_description or self.intro
