"""An APBDes (one site, one year) and its lines, moderated like catalog items: a Penulis
drafts and submits, a Moderator publishes, and an unbalanced budget never goes public."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    Site,
    WorkflowMixin,
)

from core.rupiah import format_rupiah_amount
from core.sites import default_site_id

from .. import balance
from ..forms import BudgetForm
from ..sections import Bidang, IncomeSource, Section

FIRST_YEAR = 2000
LAST_YEAR = 2100


class BudgetQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def live_for_site(self, site):
        return self.filter(live=True, site=site)

    def with_lines(self):
        return self.prefetch_related("lines")


class Budget(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    site = models.ForeignKey(
        Site,
        verbose_name=_("situs desa"),
        on_delete=models.CASCADE,
        default=default_site_id,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(
        _("tahun anggaran"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    notes = models.TextField(
        _("keterangan"),
        blank=True,
        help_text=_("Misalnya nomor Peraturan Desa yang menetapkan APBDes ini."),
    )
    declared_pendapatan = models.PositiveBigIntegerField(
        _("jumlah pendapatan tertulis"),
        null=True,
        blank=True,
        help_text=_("Isi dari dokumen APBDes untuk dicocokkan dengan jumlah rinciannya."),
    )
    declared_belanja = models.PositiveBigIntegerField(
        _("jumlah belanja tertulis"), null=True, blank=True
    )
    declared_penerimaan = models.PositiveBigIntegerField(
        _("jumlah penerimaan pembiayaan tertulis"), null=True, blank=True
    )
    declared_pengeluaran = models.PositiveBigIntegerField(
        _("jumlah pengeluaran pembiayaan tertulis"), null=True, blank=True
    )

    objects = BudgetQuerySet.as_manager()
    base_form_class = BudgetForm

    panels = [
        FieldPanel("year"),
        FieldPanel("site"),
        FieldPanel("notes"),
        MultiFieldPanel(
            [
                FieldPanel("declared_pendapatan"),
                FieldPanel("declared_belanja"),
                FieldPanel("declared_penerimaan"),
                FieldPanel("declared_pengeluaran"),
            ],
            heading=_("Jumlah tertulis (boleh dikosongkan)"),
        ),
        InlinePanel("lines", label=_("Baris anggaran"), heading=_("Rincian")),
        PublishingPanel(),
    ]

    class Meta:
        verbose_name = _("APBDes")
        verbose_name_plural = _("APBDes")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "year"],
                name="budget_one_per_site_and_year",
                violation_error_message=_("APBDes tahun ini sudah ada di situs desa ini."),
            )
        ]

    def __str__(self):
        return _("APBDes %(year)s") % {"year": self.year}

    def clean(self):
        super().clean()
        if self.site_id and self.year:
            same = Budget.objects.filter(site_id=self.site_id, year=self.year).exclude(pk=self.pk)
            if same.exists():
                raise ValidationError(
                    {
                        "year": _("APBDes tahun %(year)s sudah ada di situs desa ini.")
                        % {"year": self.year}
                    }
                )

    # --- Arithmetic ------------------------------------------------------------------

    @property
    def declared(self):
        return {
            Section.PENDAPATAN: self.declared_pendapatan,
            Section.BELANJA: self.declared_belanja,
            Section.PEMBIAYAAN_PENERIMAAN: self.declared_penerimaan,
            Section.PEMBIAYAAN_PENGELUARAN: self.declared_pengeluaran,
        }

    @cached_property
    def line_list(self):
        return list(self.lines.all())

    @cached_property
    def totals(self):
        return balance.totals_of((line.section, line.amount) for line in self.line_list)

    @cached_property
    def realised_totals(self):
        return balance.totals_of((line.section, line.realised) for line in self.line_list)

    def publication_problems(self):
        return balance.publication_problems(
            [(line.section, line.amount) for line in self.line_list], self.declared
        )

    def publish(self, revision, *args, **kwargs):
        # Every way to publish ends here (edit view, approving from the dashboard,
        # publish_scheduled): the version that would go public must balance.
        problems = revision.as_object().publication_problems()
        if problems:
            raise ValidationError(problems)
        return super().publish(revision, *args, **kwargs)

    # --- Listing columns -------------------------------------------------------------

    def pendapatan_display(self):
        return format_rupiah_amount(self.totals.pendapatan)

    def belanja_display(self):
        return format_rupiah_amount(self.totals.belanja)

    def silpa_display(self):
        return format_rupiah_amount(self.totals.silpa)

    def paths_showing_it(self):
        """The budget pages of its site, with their downloads and share image, and the home
        page (its APBDes summary)."""
        # By name: the page module imports this one.
        BudgetPage = apps.get_model("budget", "BudgetPage")
        paths = []
        for page in BudgetPage.objects.live().filter(path__startswith=self.site.root_page.path):
            url = page.get_url()
            if url and url.startswith("/"):
                paths += [url, *page.download_paths(self.year), page.share_image_path(self.year)]
        return paths + ["/"]


class BudgetLine(Orderable):
    budget = ParentalKey(Budget, on_delete=models.CASCADE, related_name="lines")
    section = models.CharField(_("bagian"), max_length=30, choices=Section.choices)
    source = models.CharField(
        _("sumber pendapatan"),
        max_length=30,
        choices=IncomeSource.choices,
        blank=True,
        help_text=_("Hanya untuk baris pendapatan."),
    )
    bidang = models.PositiveSmallIntegerField(
        _("bidang"),
        choices=Bidang.choices,
        null=True,
        blank=True,
        help_text=_("Hanya untuk baris belanja (Permendagri 20/2018)."),
    )
    sub_bidang = models.CharField(_("sub-bidang"), max_length=200, blank=True)
    code = models.CharField(
        _("kode"), max_length=40, blank=True, help_text=_("Misalnya 2.2.01 atau 4.2.1.")
    )
    description = models.CharField(_("uraian / kegiatan"), max_length=255)
    amount = models.PositiveBigIntegerField(_("anggaran (Rp)"))
    realised = models.PositiveBigIntegerField(_("realisasi (Rp)"), null=True, blank=True)
    realised_on = models.DateField(_("tanggal realisasi"), null=True, blank=True)

    panels = [
        FieldPanel("section"),
        FieldPanel("source"),
        FieldPanel("bidang"),
        FieldPanel("sub_bidang"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("amount"),
        FieldPanel("realised"),
        FieldPanel("realised_on"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("baris anggaran")
        verbose_name_plural = _("baris anggaran")

    def __str__(self):
        return self.description

    def clean(self):
        super().clean()
        errors = {}
        if self.section == Section.PENDAPATAN and not self.source:
            errors["source"] = _("Pilih sumber pendapatan untuk baris pendapatan.")
        if self.section == Section.BELANJA and not self.bidang:
            errors["bidang"] = _("Pilih bidang untuk baris belanja.")
        if errors:
            raise ValidationError(errors)
        # A source or bidang left on a line of another section would count it twice.
        if self.section != Section.PENDAPATAN:
            self.source = ""
        if self.section != Section.BELANJA:
            self.bidang = None
            self.sub_bidang = ""

    @property
    def realisation_percent(self):
        if not self.amount or self.realised is None:
            return None
        return round(self.realised * 100 / self.amount, 1)
