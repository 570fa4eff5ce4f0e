"""The village government: officials, BPD and institutions, shown on the Pemerintahan page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.models import SitePage


class GovernmentPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman pemerintahan")

    def meta_description(self):
        return self.search_description or self.intro
