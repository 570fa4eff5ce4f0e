"""What the public budget page shows for one year, computed once from the budget's lines:
totals, income by source, spending by bidang with its realisation, the charts, and the
comparison with the year before."""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from core.rupiah import format_rupiah_amount, format_rupiah_short

from .charts import BarChart, DonutChart
from .sections import Bidang, IncomeSource, Section


def percent_text(part, whole):
    """52,3% with the decimal comma; nothing when there is no whole."""
    if not whole or part is None:
        return ""
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%"


# Shown for a realisation nobody has entered yet (a budget year still under way), not Rp0.
NOT_YET = "–"


@dataclass(frozen=True)
class Group:
    """A row of a summary table: a source of income or a bidang of spending."""

    key: object
    label: str
    amount: int
    #: None while no line of the group has a realisation yet.
    realised: int | None

    @property
    def amount_text(self):
        return format_rupiah_amount(self.amount)

    @property
    def realised_text(self):
        return NOT_YET if self.realised is None else format_rupiah_amount(self.realised)

    @property
    def realisation_percent(self):
        return "" if self.realised is None else percent_text(self.realised, self.amount)

    @property
    def realisation_width(self):
        """The realisation bar's width in percent, at most full."""
        if not self.amount or self.realised is None:
            return 0
        return min(100, round(self.realised * 100 / self.amount))


@dataclass(frozen=True)
class Change:
    label: str
    previous: int
    current: int

    @property
    def previous_text(self):
        return format_rupiah_amount(self.previous)

    @property
    def current_text(self):
        return format_rupiah_amount(self.current)

    @property
    def difference_text(self):
        difference = self.current - self.previous
        sign = "+" if difference > 0 else ""
        return sign + format_rupiah_amount(difference)

    @property
    def percent_text(self):
        if not self.previous:
            return ""
        change = (self.current - self.previous) * 100 / abs(self.previous)
        sign = "+" if change > 0 else ""
        return sign + f"{change:.1f}".replace(".", ",") + "%"


def grouped(lines, key, choices):
    """Sum amounts and realisations per choice, in the order of the choices; choices without
    lines are left out."""
    sums = {}
    for line in lines:
        amount, realised = sums.get(key(line), (0, None))
        if line.realised is not None:
            realised = (realised or 0) + line.realised
        sums[key(line)] = (amount + line.amount, realised)
    return [Group(choice, str(choice.label), *sums[choice]) for choice in choices if choice in sums]


class BudgetReport:
    def __init__(self, budget, previous=None):
        self.budget = budget
        self.previous = previous
        self.totals = budget.totals
        self.realised_totals = budget.realised_totals

    @cached_property
    def lines_by_section(self):
        by_section = {section: [] for section in Section}
        for line in self.budget.line_list:
            by_section[Section(line.section)].append(line)
        return by_section

    @cached_property
    def income(self):
        lines = self.lines_by_section[Section.PENDAPATAN]
        return grouped(lines, lambda line: IncomeSource(line.source), IncomeSource)

    @cached_property
    def spending(self):
        lines = self.lines_by_section[Section.BELANJA]
        return grouped(lines, lambda line: Bidang(line.bidang), Bidang)

    def has_realisation(self):
        return any(line.realised is not None for line in self.budget.line_list)

    def income_chart(self):
        return BarChart((group.label, group.amount) for group in self.income)

    def income_donut(self):
        return DonutChart((group.label, group.amount) for group in self.income)

    def spending_chart(self):
        return BarChart((group.label, group.amount) for group in self.spending)

    def spending_donut(self):
        return DonutChart((group.label, group.amount) for group in self.spending)

    def headline(self):
        """The totals in short form for the big numbers: Rp1,23 miliar."""
        totals = self.totals
        return [
            (_("Pendapatan"), format_rupiah_short(totals.pendapatan), totals.pendapatan),
            (_("Belanja"), format_rupiah_short(totals.belanja), totals.belanja),
            (_("SILPA"), format_rupiah_short(totals.silpa), totals.silpa),
        ]

    def summary(self):
        """Every total of the APBDes, in the order of the official report."""
        totals, realised = self.totals, self.realised_totals
        rows = [
            (_("Pendapatan"), totals.pendapatan, realised.pendapatan),
            (_("Belanja"), totals.belanja, realised.belanja),
            (_("Surplus/(Defisit)"), totals.surplus, realised.surplus),
            (_("Penerimaan pembiayaan"), totals.penerimaan, realised.penerimaan),
            (_("Pengeluaran pembiayaan"), totals.pengeluaran, realised.pengeluaran),
            (_("Pembiayaan neto"), totals.pembiayaan_neto, realised.pembiayaan_neto),
            (_("SILPA"), totals.silpa, realised.silpa),
        ]
        realised_text = format_rupiah_amount if self.has_realisation() else lambda done: NOT_YET
        return [
            (label, format_rupiah_amount(amount), realised_text(done))
            for label, amount, done in rows
        ]

    def comparison(self):
        if self.previous is None:
            return []
        before, now = self.previous.totals, self.totals
        rows = [
            Change(_("Pendapatan"), before.pendapatan, now.pendapatan),
            Change(_("Belanja"), before.belanja, now.belanja),
        ]
        previous_spending = {
            group.key: group.amount for group in BudgetReport(self.previous).spending
        }
        for group in self.spending:
            rows.append(
                Change(
                    _("Bidang %(number)s") % {"number": group.key.value},
                    previous_spending.get(group.key, 0),
                    group.amount,
                )
            )
        rows.append(Change(_("SILPA"), before.silpa, now.silpa))
        return rows
