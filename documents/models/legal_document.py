"""A village legal product or planning/budget document (Perdes, APBDes, RPJMDes...) with its
PDF, moderated like catalog items, found in search by the text of its PDF."""

from urllib.parse import urlsplit

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.routed_items import RoutedByIndexPage
from core.sites import default_site_id

from ..pdf import extract, format_file_size, pdf_problem
from ..types import LEGAL_FORCE, DocumentStatus, DocumentType  # noqa: F401 (re-exported)


def paths_of_information_pages(site_id):
    """The live Informasi Publik pages of a site, with their CSV and print views."""
    from django.apps import apps

    page_model = apps.get_model("documents", "InformasiPublikPage")
    site = Site.objects.filter(pk=site_id).select_related("root_page").first()
    if site is None:
        return []
    paths = []
    for page in page_model.objects.live().descendant_of(site.root_page, inclusive=True):
        url = page.get_url()
        if url:
            path = urlsplit(url).path
            paths += [
                path,
                path + page.reverse_subpage("csv"),
                path + page.reverse_subpage("print"),
            ]
    return paths


class LegalDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live_for_site(self, site):
        return self.filter(live=True, site=site)

    def newest_first(self):
        return self.order_by("-year", "-date_set", "-number", "-id")


class LegalDocument(
    RoutedByIndexPage,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    site = models.ForeignKey(
        Site,
        verbose_name=_("situs desa"),
        on_delete=models.CASCADE,
        default=default_site_id,
        related_name="+",
    )
    title = models.CharField(
        _("judul"),
        max_length=250,
        help_text=_("Misalnya: Pungutan Desa atas Pasar Desa."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        help_text=_(
            "Bagian alamat halaman; diisi otomatis dari jenis, nomor dan tahun bila kosong."
        ),
    )
    document_type = models.CharField(_("jenis"), max_length=20, choices=DocumentType.choices)
    number = models.PositiveIntegerField(_("nomor"))
    year = models.PositiveSmallIntegerField(_("tahun"))
    date_set = models.DateField(_("tanggal ditetapkan"))
    date_promulgated = models.DateField(_("tanggal diundangkan"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=DocumentStatus.choices, default=DocumentStatus.IN_FORCE
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("dicabut/diubah oleh"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaces",
        help_text=_("Wajib diisi bila statusnya dicabut atau diubah."),
    )
    summary = models.TextField(_("ringkasan"), blank=True)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas PDF"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    related_documents = ParentalManyToManyField(
        "self", verbose_name=_("dokumen terkait"), blank=True, symmetrical=False
    )
    # Read from the PDF when the file changes (see save()); editors never type them.
    file_text = models.TextField(_("teks berkas"), blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("jumlah halaman"), null=True, editable=False)
    file_size = models.PositiveBigIntegerField(_("ukuran berkas"), null=True, editable=False)
    text_of_file = models.IntegerField(null=True, editable=False)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="legal_document",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="legal_document",
        for_concrete_model=False,
    )

    objects = LegalDocumentQuerySet.as_manager()
    index_page_model = "documents.ProdukHukumIndexPage"
    detail_template = "documents/legal_document_detail.html"

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    TitleFieldPanel("title"),
                    FieldPanel("document_type"),
                    FieldRowPanel([FieldPanel("number"), FieldPanel("year")]),
                    FieldRowPanel([FieldPanel("date_set"), FieldPanel("date_promulgated")]),
                    FieldPanel("summary"),
                    FieldPanel("file"),
                    MultiFieldPanel(
                        [FieldPanel("status"), FieldPanel("replaced_by")],
                        heading=_("Status"),
                    ),
                    FieldPanel("related_documents"),
                    FieldPanel("slug"),
                ],
                heading=_("Konten"),
            ),
            ObjectList([FieldPanel("site"), PublishingPanel()], heading=_("Pengaturan")),
        ]
    )

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=1),
        index.SearchField("file_text"),
        index.FilterField("site"),
        index.FilterField("live"),
        index.FilterField("document_type"),
        index.FilterField("year"),
        index.FilterField("number"),
        index.FilterField("date_set"),
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = _("produk hukum")
        verbose_name_plural = _("produk hukum")
        ordering = ["-year", "-date_set", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "document_type", "number", "year"],
                name="documents_unique_number_per_type_year",
                violation_error_message=_(
                    "Sudah ada dokumen berjenis ini dengan nomor dan tahun yang sama di situs "
                    "desa ini."
                ),
            ),
            models.UniqueConstraint(
                fields=["site", "slug"],
                name="documents_unique_slug_per_site",
                violation_error_message=_(
                    "Slug ini sudah dipakai dokumen lain di situs desa ini; pilih slug lain."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.identifier} – {self.title}"

    @property
    def number_and_year(self):
        return _("Nomor %(number)s Tahun %(year)s") % {"number": self.number, "year": self.year}

    @property
    def identifier(self):
        """ "Peraturan Desa Nomor 3 Tahun 2025", as the document is cited."""
        return f"{self.get_document_type_display()} {self.number_and_year}"

    def default_slug(self):
        if not self.document_type or self.number is None or self.year is None:
            return ""
        return slugify(f"{self.document_type}-{self.number}-{self.year}")[:150]

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = self.default_slug()
        errors = {}
        if self.status != DocumentStatus.IN_FORCE and not self.replaced_by_id:
            errors["replaced_by"] = _(
                "Pilih dokumen yang mencabut atau mengubah dokumen ini, karena statusnya "
                "%(status)s."
            ) % {"status": self.get_status_display().lower()}
        if self.replaced_by_id and self.pk and self.replaced_by_id == self.pk:
            errors["replaced_by"] = _("Dokumen tidak bisa mencabut atau mengubah dirinya sendiri.")
        if self.status == DocumentStatus.IN_FORCE and self.replaced_by_id:
            errors["status"] = _(
                "Dokumen yang berlaku tidak dicabut atau diubah dokumen lain; pilih status "
                "dicabut atau diubah, atau kosongkan 'dicabut/diubah oleh'."
            )
        if self.file_id and self.file_changed():
            problem = pdf_problem(self.file.file)
            if problem:
                errors["file"] = problem
        if errors:
            raise ValidationError(errors)

    def file_changed(self):
        return self.text_of_file != self.file_id

    def read_file(self):
        """Store the PDF's text, page count and size, for search and the download link."""
        content = extract(self.file.file)
        self.file_text = content.text
        self.page_count = content.page_count
        self.file_size = self.file.get_file_size()
        self.text_of_file = self.file_id

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.default_slug()
        if self.file_id and self.file_changed():
            self.read_file()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {
                    *kwargs["update_fields"],
                    "file_text",
                    "page_count",
                    "file_size",
                    "text_of_file",
                }
        super().save(*args, **kwargs)

    @property
    def is_scanned(self):
        """A readable PDF without a text layer (a scan): nothing in it can be searched."""
        return self.page_count is not None and not self.file_text.strip()

    def download_label(self):
        """ "1,2 MB, 14 halaman"."""
        parts = [format_file_size(self.file_size)]
        if self.page_count:
            parts.append(_("%(count)s halaman") % {"count": self.page_count})
        return ", ".join(part for part in parts if part)

    def search_text(self):
        """Search results quote a window around the reader's words, from the PDF too."""
        return f"{self.summary} {self.file_text[:20000]}"

    def meta_description(self):
        return (self.summary or f"{self.identifier} tentang {self.title}")[:300]

    # --- Where it is shown ------------------------------------------------------------

    def paths_showing_it(self):
        """Its page, the listing, and the pages of documents that show it in their history
        or related list, for purging the page cache."""
        index_page = self.index_page()
        if index_page is None:
            return ["/sitemap.xml", *self.information_paths()]
        neighbours = LegalDocument.objects.filter(
            models.Q(pk=self.replaced_by_id)
            | models.Q(replaced_by=self.pk)
            | models.Q(related_documents=self.pk)
            | models.Q(pk__in=self.related_documents.values("pk"))
        ).filter(live=True)
        details = [doc.get_url(index_page=index_page) for doc in [self, *neighbours]]
        listing = urlsplit(index_page.url).path
        return [
            listing,
            "/sitemap.xml",
            *(urlsplit(url).path for url in details),
            *self.information_paths(),
        ]

    def information_paths(self):
        """The Informasi Publik pages (and CSV and print views) whose DIP links to it."""
        from django.apps import apps

        entries = apps.get_model("documents", "PublicInformation").objects
        if not entries.filter(document=self.pk).exists():
            return []
        return paths_of_information_pages(self.site_id)

    # --- The detail page ------------------------------------------------------------

    def amendment_history(self):
        """(live documents this one replaces, the live document that replaces it or None)."""
        replaces = list(
            self.replaces.filter(live=True, site_id=self.site_id).order_by("year", "number")
        )
        replaced_by = self.replaced_by if self.replaced_by and self.replaced_by.live else None
        return replaces, replaced_by

    def live_related_documents(self):
        return list(
            self.related_documents.filter(live=True, site_id=self.site_id).order_by(
                "-year", "-number"
            )
        )

    def jsonld(self, url):
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title,
            "url": url,
            "legislationType": str(self.get_document_type_display()),
            "legislationIdentifier": str(self.identifier),
            "legislationDate": self.date_set.isoformat(),
            "legislationLegalForce": LEGAL_FORCE[self.status],
            "inLanguage": "id",
        }
        if self.date_promulgated:
            data["datePublished"] = self.date_promulgated.isoformat()
        if self.summary:
            data["abstract"] = self.summary
        if self.file_id:
            data["encoding"] = {
                "@type": "LegislationObject",
                "encodingFormat": "application/pdf",
                "contentUrl": self.file.url,
            }
        return data

    def detail_context(self, request, index_page):
        url = (
            self.get_full_url(request, index_page) if index_page else None
        ) or request.build_absolute_uri()
        replaces, replaced_by = self.amendment_history()
        jsonld = self.jsonld(url)
        if self.file_id:
            jsonld["encoding"]["contentUrl"] = request.build_absolute_uri(self.file.url)
        return {
            "document": self,
            "page": index_page,
            "document_url": url,
            "replaces": replaces,
            "replaced_by": replaced_by,
            "related_documents": self.live_related_documents(),
            "document_jsonld": jsonld,
        }

    def get_preview_template(self, request, mode_name):
        return self.detail_template

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(self.detail_context(request, self.index_page()))
        return context
