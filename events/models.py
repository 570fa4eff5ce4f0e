"""The village agenda: events as pages under the Agenda page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.models import SitePage


class AgendaIndexPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman agenda")

    def meta_description(self):
        return self.search_description or self.intro


class EventPage(SitePage):
    start = models.DateTimeField(_("mulai"))
    end = models.DateTimeField(_("selesai"), null=True, blank=True)
    all_day = models.BooleanField(_("sepanjang hari"), default=False)

    content_panels = Page.content_panels + [
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("all_day"),
    ]

    parent_page_types = ["events.AgendaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("acara")
        verbose_name_plural = _("acara")
