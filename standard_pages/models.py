"""Pages that describe the village: Profil Desa and its sub-pages, and Kontak."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.blocks import PARAGRAPH_FEATURES
from articles.models import ArticlePage
from core.models import SitePage, VillageSettings
from core.visibility import visible_pages

from .blocks import StandardPageBodyBlock
from .contact import government_office_jsonld, office_directions


class StandardPage(SitePage):
    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Satu paragraf pembuka; tampil di bawah judul, di daftar halaman dan saat dibagikan."
        ),
    )
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("isi halaman"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    # The intro ranks above the body, as in articles; the body includes facts and tables.
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "standard_pages.StandardPage"]
    subpage_types = ["standard_pages.StandardPage"]

    class Meta:
        verbose_name = _("halaman informasi")

    # A body of section headings reads like an article's: the same anchors, table of
    # contents and plain text, so the page borrows those methods rather than copying them.
    headings = ArticlePage.headings
    table_of_contents = ArticlePage.table_of_contents
    body_text = ArticlePage.body_text

    def meta_description(self):
        return self.search_description or self.intro

    def search_text(self):
        return f"{self.intro} {self.body_text()}"

    def child_pages(self):
        """Live, public sub-pages (Sejarah, Visi & Misi...) in the order editors set, with
        what a card shows and nothing more, in one query."""
        return (
            visible_pages(StandardPage.objects.child_of(self)).defer_streamfields().order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built before the body renders, so headings carry their de-duplicated anchors.
        context["table_of_contents"] = self.table_of_contents()
        context["child_pages"] = list(self.child_pages())
        return context


class ContactPage(SitePage):
    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Kalimat pembuka di atas alamat dan nomor kantor desa."),
    )
    visit_info = RichTextField(
        _("sebelum berkunjung"),
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text=_(
            "Hal singkat yang perlu diketahui warga sebelum datang, misalnya berkas yang "
            "perlu dibawa."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("visit_info"),
        HelpPanel(
            content=_(
                "Alamat, telepon, WhatsApp, e-mail, jam pelayanan dan titik lokasi kantor "
                "diambil dari Pengaturan → Pengaturan desa."
            ),
            heading=_("Alamat dan nomor kantor"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1),
        index.SearchField("visit_info"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman kontak")

    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        village = VillageSettings.for_request(request)
        context.update(
            village=village,
            has_office_contact=village.has_office_contact,
            directions=office_directions(village),
            office_jsonld=government_office_jsonld(
                village, self.get_full_url(request), context["social_image_url"]
            ),
        )
        if not village.has_office_contact:
            context.update(self.setup_notice(request, village))
        return context

    def setup_notice(self, request, village):
        """For a logged-in editor of a page with no office details: say where to fill them
        in (with a link when they may). Readers see only the title; the notice never
        reaches the page cache, which keeps anonymous views only."""
        user = getattr(request, "user", None)
        if user is None or not user.has_perm("wagtailadmin.access_admin"):
            return {}
        settings_url = ""
        if user.has_perm("core.change_villagesettings"):
            settings_url = reverse(
                "wagtailsettings:edit",
                args=[village._meta.app_label, village._meta.model_name, village.site_id],
            )
        return {"setup_notice": True, "settings_url": settings_url}
