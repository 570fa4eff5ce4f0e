"""Factories for the APBDes: the budget page and budgets with their lines."""

import datetime

import wagtail_factories
from wagtail.models import Site

from budget.models import Budget, BudgetLine, BudgetPage
from budget.sections import Section


class BudgetPageFactory(wagtail_factories.PageFactory):
    title = "APBDes"
    slug = "apbdes"
    intro = "Anggaran desa untuk warga."

    class Meta:
        model = BudgetPage


# A small balanced budget: pendapatan 1.5 miliar, belanja 1.49 miliar, SILPA Rp20 juta.
SMALL_BUDGET = [
    dict(
        section=Section.PENDAPATAN,
        source="dana_desa",
        code="4.2.1",
        description="Dana Desa",
        amount=1_000_000_000,
        realised=1_000_000_000,
    ),
    dict(
        section=Section.PENDAPATAN,
        source="alokasi_dana_desa",
        code="4.2.3",
        description="Alokasi Dana Desa",
        amount=450_000_000,
        realised=430_000_000,
    ),
    dict(
        section=Section.PENDAPATAN,
        source="pendapatan_asli",
        code="4.1.1",
        description="Hasil usaha BUMDes",
        amount=50_000_000,
        realised=None,
    ),
    dict(
        section=Section.BELANJA,
        bidang=1,
        code="1.1.01",
        sub_bidang="Siltap",
        description="Penghasilan tetap perangkat",
        amount=400_000_000,
        realised=400_000_000,
    ),
    dict(
        section=Section.BELANJA,
        bidang=2,
        code="2.3.01",
        sub_bidang="Pekerjaan umum",
        description="Pengerasan jalan",
        amount=800_000_000,
        realised=600_000_000,
    ),
    dict(
        section=Section.BELANJA,
        bidang=5,
        code="5.3.01",
        sub_bidang="Keadaan mendesak",
        description="BLT Dana Desa",
        amount=290_000_000,
        realised=145_000_000,
    ),
    dict(
        section=Section.PEMBIAYAAN_PENERIMAAN,
        code="6.1.1",
        description="SILPA tahun sebelumnya",
        amount=30_000_000,
        realised=30_000_000,
    ),
    dict(
        section=Section.PEMBIAYAAN_PENGELUARAN,
        code="6.2.2",
        description="Penyertaan modal BUMDes",
        amount=20_000_000,
        realised=20_000_000,
    ),
]


def make_budget(year=2025, lines=None, live=True, site=None, scale=1, **fields):
    """A budget of `lines` (SMALL_BUDGET, amounts times `scale`, unless told); a live one is
    published through a revision, as the admin does."""
    site = site or Site.objects.get(is_default_site=True)
    budget = Budget(site=site, year=year, live=False, **fields)
    rows = lines if lines is not None else SMALL_BUDGET
    budget.lines = [
        BudgetLine(
            sort_order=order,
            **(row | {"amount": row["amount"] * scale})
            | ({"realised_on": datetime.date(year, 12, 31)} if row.get("realised") else {}),
        )
        for order, row in enumerate(rows)
    ]
    budget.save()
    revision = budget.save_revision()
    if live:
        revision.publish()
    return Budget.objects.get(pk=budget.pk)
