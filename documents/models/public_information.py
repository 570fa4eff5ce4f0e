"""The Daftar Informasi Publik (DIP) of the village's PPID, per PerKI 1/2018: one entry per
piece of public information, in the four categories. Moderators keep it; an entry has no
drafts, so every save is live at once."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Site

from .legal_document import LegalDocument, default_site_id, paths_of_information_pages


class InformationCategory(models.TextChoices):
    """The four categories of UU 14/2008 and PerKI 1/2018, in the order the DIP lists them."""

    PERIODIC = "berkala", _("Informasi yang wajib disediakan dan diumumkan secara berkala")
    IMMEDIATE = "serta-merta", _("Informasi yang wajib diumumkan secara serta-merta")
    ANY_TIME = "setiap-saat", _("Informasi yang wajib tersedia setiap saat")
    EXEMPT = "dikecualikan", _("Informasi yang dikecualikan")


SHORT_CATEGORY_LABELS = {
    InformationCategory.PERIODIC: _("Berkala"),
    InformationCategory.IMMEDIATE: _("Serta-merta"),
    InformationCategory.ANY_TIME: _("Setiap saat"),
    InformationCategory.EXEMPT: _("Dikecualikan"),
}


class InformationFormat(models.TextChoices):
    PDF = "pdf", _("Dokumen PDF")
    WEB = "web", _("Halaman web")
    PRINT = "cetak", _("Cetak")


class PublicInformationQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def in_list_order(self):
        return self.order_by("sort_order", "title", "pk")


class PublicInformation(models.Model):
    site = models.ForeignKey(
        Site,
        verbose_name=_("situs desa"),
        on_delete=models.CASCADE,
        default=default_site_id,
        related_name="+",
    )
    title = models.CharField(
        _("judul informasi"),
        max_length=250,
        help_text=_("Misalnya: Anggaran Pendapatan dan Belanja Desa Tahun 2025."),
    )
    category = models.CharField(_("kategori"), max_length=20, choices=InformationCategory.choices)
    summary = models.TextField(
        _("ringkasan isi"), blank=True, help_text=_("Isi informasi dalam satu atau dua kalimat.")
    )
    official = models.CharField(
        _("pejabat yang menguasai informasi"),
        max_length=150,
        help_text=_("Misalnya: Sekretaris Desa."),
    )
    responsible = models.CharField(
        _("penanggung jawab pembuatan informasi"),
        max_length=150,
        help_text=_("Misalnya: Kepala Urusan Keuangan."),
    )
    created_time = models.CharField(
        _("waktu pembuatan"),
        max_length=100,
        help_text=_("Tahun atau waktu informasi dibuat, misalnya: 2025 atau Setiap tahun."),
    )
    format = models.CharField(
        _("bentuk informasi"),
        max_length=10,
        choices=InformationFormat.choices,
        default=InformationFormat.PRINT,
        help_text=_(
            "Diisi otomatis: Dokumen PDF bila menautkan produk hukum, Halaman web bila "
            "menautkan halaman."
        ),
    )
    retention = models.CharField(
        _("jangka waktu penyimpanan"),
        max_length=100,
        help_text=_("Misalnya: 10 tahun, atau Selama berlaku."),
    )
    document = models.ForeignKey(
        LegalDocument,
        verbose_name=_("produk hukum yang ditautkan"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="public_information",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman yang ditautkan"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    exemption_reason = models.CharField(
        _("dasar pengecualian"),
        max_length=250,
        blank=True,
        help_text=_(
            "Wajib untuk informasi yang dikecualikan, misalnya: Pasal 17 huruf h UU 14/2008."
        ),
    )
    sort_order = models.PositiveIntegerField(
        _("urutan"), default=0, help_text=_("Nomor kecil tampil lebih dulu dalam kategorinya.")
    )

    objects = PublicInformationQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("official"), FieldPanel("responsible")]),
        FieldRowPanel([FieldPanel("created_time"), FieldPanel("retention")]),
        MultiFieldPanel(
            [FieldPanel("document"), PageChooserPanel("page"), FieldPanel("format")],
            heading=_("Tautan dan bentuk informasi"),
        ),
        FieldPanel("exemption_reason"),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("site")]),
    ]

    class Meta:
        verbose_name = _("informasi publik")
        verbose_name_plural = _("daftar informasi publik")
        ordering = ["category", "sort_order", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.is_exempt:
            # Whatever reached the database by another road, an exempted entry links nothing.
            self.document = None
            self.page = None
        self.format = self.derived_format()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "format", "document", "page"}
        super().save(*args, **kwargs)

    @property
    def category_label(self):
        """ "Berkala", as the admin listing names the category in one word."""
        return SHORT_CATEGORY_LABELS.get(self.category, "")

    @property
    def is_exempt(self):
        return self.category == InformationCategory.EXEMPT

    def derived_format(self):
        if self.document_id:
            return InformationFormat.PDF
        if self.page_id:
            return InformationFormat.WEB
        return self.format

    def clean(self):
        super().clean()
        errors = {}
        if self.is_exempt:
            message = _(
                "Informasi yang dikecualikan tidak boleh ditautkan ke dokumen atau halaman: "
                "isinya tidak dibuka untuk umum."
            )
            if self.document_id:
                errors["document"] = message
            if self.page_id:
                errors["page"] = message
            if not self.exemption_reason.strip():
                errors["exemption_reason"] = _(
                    "Tuliskan dasar hukum pengecualiannya, misalnya: Pasal 17 huruf h UU 14/2008."
                )
        elif self.exemption_reason.strip():
            errors["exemption_reason"] = _(
                "Dasar pengecualian hanya diisi untuk informasi yang dikecualikan; kosongkan, "
                "atau pilih kategori dikecualikan."
            )
        if errors:
            raise ValidationError(errors)
        self.format = self.derived_format()

    def paths_showing_it(self):
        """The Informasi Publik pages of its site, with their CSV and print views."""
        return paths_of_information_pages(self.site_id)
