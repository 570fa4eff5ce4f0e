"""The home page's APBDes summary: the latest published year's totals in headline form and
a link to the APBDes page, in two queries (the page, then the totals summed by the
database), and nothing while either is missing."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Subquery, Sum
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from core.rupiah import format_rupiah_short

from . import balance
from .models import Budget, BudgetLine, BudgetPage
from .report import percent_text


@dataclass(frozen=True)
class BudgetSummary:
    page: BudgetPage
    year: int
    totals: balance.Totals
    #: Belanja realised so far; None while no realisation is entered.
    realised_belanja: int | None

    @property
    def pendapatan_text(self):
        return format_rupiah_short(self.totals.pendapatan)

    @property
    def belanja_text(self):
        return format_rupiah_short(self.totals.belanja)

    @property
    def silpa_text(self):
        return format_rupiah_short(self.totals.silpa)

    @property
    def realisation_percent(self):
        return percent_text(self.realised_belanja, self.totals.belanja)


def public_budget_page(root):
    """The first live BudgetPage under `root` that no view restriction hides (one query:
    the restrictions are checked in the database, not loaded)."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return (
        BudgetPage.objects.live()
        .descendant_of(root)
        .exclude(Exists(restricted))
        .order_by("path")
        .first()
    )


def budget_summary(root, site):
    """The summary for the home page `root` of `site`, or None."""
    page = public_budget_page(root)
    if page is None:
        return None
    latest = Budget.objects.live_for_site(site).order_by("-year").values("pk")[:1]
    rows = list(
        BudgetLine.objects.filter(budget=Subquery(latest))
        .values("budget__year", "section")
        .annotate(total=Sum("amount"), total_realised=Sum("realised"), entered=Count("realised"))
        .order_by()
    )
    if not rows:
        return None
    totals = balance.totals_of((row["section"], row["total"]) for row in rows)
    belanja = [row for row in rows if row["section"] == balance.Section.BELANJA]
    realised = belanja[0]["total_realised"] if belanja and belanja[0]["entered"] else None
    return BudgetSummary(page, rows[0]["budget__year"], totals, realised)
