"""The arithmetic of an APBDes, free of the database: totals from lines, and what stops a
budget from going public (a declared total that is not the sum of its lines, a negative
SILPA, an amount that is not a non-negative whole number of Rupiah)."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.rupiah import format_rupiah_amount

from .sections import Section


@dataclass(frozen=True)
class Totals:
    pendapatan: int = 0
    belanja: int = 0
    penerimaan: int = 0
    pengeluaran: int = 0

    @property
    def surplus(self):
        """Surplus (positive) or defisit (negative): pendapatan minus belanja."""
        return self.pendapatan - self.belanja

    @property
    def pembiayaan_neto(self):
        return self.penerimaan - self.pengeluaran

    @property
    def silpa(self):
        """Sisa lebih pembiayaan anggaran: surplus/defisit plus pembiayaan neto."""
        return self.surplus + self.pembiayaan_neto

    def of_section(self, section):
        return getattr(self, SECTION_TOTALS[section])

    def as_dict(self):
        return {
            "pendapatan": self.pendapatan,
            "belanja": self.belanja,
            "surplus_defisit": self.surplus,
            "pembiayaan_penerimaan": self.penerimaan,
            "pembiayaan_pengeluaran": self.pengeluaran,
            "pembiayaan_neto": self.pembiayaan_neto,
            "silpa": self.silpa,
        }


SECTION_TOTALS = {
    Section.PENDAPATAN: "pendapatan",
    Section.BELANJA: "belanja",
    Section.PEMBIAYAAN_PENERIMAAN: "penerimaan",
    Section.PEMBIAYAAN_PENGELUARAN: "pengeluaran",
}


def section_label(section):
    """How a message names a section's total: "Total belanja"."""
    return {
        Section.PENDAPATAN: _("Total pendapatan"),
        Section.BELANJA: _("Total belanja"),
        Section.PEMBIAYAAN_PENERIMAAN: _("Total penerimaan pembiayaan"),
        Section.PEMBIAYAAN_PENGELUARAN: _("Total pengeluaran pembiayaan"),
    }[section]


def totals_of(entries):
    """Totals of (section, amount) pairs; amounts of None count as 0."""
    sums = dict.fromkeys(SECTION_TOTALS.values(), 0)
    for section, amount in entries:
        sums[SECTION_TOTALS[section]] += amount or 0
    return Totals(**sums)


def amount_problem(value):
    """Why `value` is no amount of Rupiah, or None when it is one (a non-negative integer)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return _("harus bilangan bulat Rupiah.")
    if value < 0:
        return _("tidak boleh negatif.")
    return None


def mismatch_message(section, declared, counted):
    return _(
        "%(total)s tertulis %(declared)s tetapi jumlah rinciannya %(counted)s "
        "(selisih %(difference)s)."
    ) % {
        "total": section_label(section),
        "declared": format_rupiah_amount(declared),
        "counted": format_rupiah_amount(counted),
        "difference": format_rupiah_amount(abs(declared - counted)),
    }


def declared_problems(totals, declared):
    """One message per declared total ({section: amount or None}) that differs from the sum."""
    problems = []
    for section in SECTION_TOTALS:
        amount = declared.get(section)
        if amount is not None and amount != totals.of_section(section):
            problems.append(mismatch_message(section, amount, totals.of_section(section)))
    return problems


def silpa_problem(totals):
    if totals.silpa >= 0:
        return None
    return _(
        "SILPA tidak boleh negatif: SILPA %(silpa)s, artinya pendapatan dan penerimaan "
        "pembiayaan kurang %(shortfall)s untuk menutup belanja dan pengeluaran pembiayaan."
    ) % {
        "silpa": format_rupiah_amount(totals.silpa),
        "shortfall": format_rupiah_amount(-totals.silpa),
    }


def publication_problems(entries, declared):
    """Why a budget with these (section, amount) lines and declared totals cannot go
    public; [] when it can."""
    entries = list(entries)
    problems = []
    for _section, amount in entries:
        problem = amount_problem(amount)
        if problem:
            problems.append(_("Setiap anggaran %(problem)s") % {"problem": problem})
            return problems
    totals = totals_of(entries)
    problems += declared_problems(totals, declared)
    if problem := silpa_problem(totals):
        problems.append(problem)
    return problems
