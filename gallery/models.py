"""The village gallery: photo albums as pages under the Galeri page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.models import SitePage


class GalleryIndexPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.AlbumPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman galeri")

    def meta_description(self):
        return self.search_description or self.intro


class AlbumPage(SitePage):
    date = models.DateField(_("tanggal"), null=True, blank=True)
    description = models.TextField(_("keterangan"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("description")]

    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("album")
        verbose_name_plural = _("album")

    def meta_description(self):
        return self.search_description or self.description
