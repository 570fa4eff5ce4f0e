"""Rupiah amounts as PUEBI writes them."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _


def format_rupiah(amount):
    """Rp25.000: no space, dots for thousands; 0 reads Gratis, a missing amount nothing."""
    if amount is None or amount == "":
        return ""
    amount = int(amount)
    if amount == 0:
        return _("Gratis")
    return f"Rp{amount:,}".replace(",", ".")


def format_rupiah_amount(amount):
    """An amount in a report, where 0 is Rp0 and not "Gratis": Rp1.234.567, -Rp5.000."""
    amount = int(amount)
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


# Largest first: an amount is written in the largest unit it reaches.
SHORT_UNITS = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")]


def format_rupiah_short(amount):
    """A headline's amount: Rp1,23 miliar, Rp450 juta; under a million in full (Rp750.000).
    Two decimals at most, rounded half up, with the decimal comma PUEBI uses."""
    amount = int(amount)
    sign = "-" if amount < 0 else ""
    size = abs(amount)
    for index, (unit, name) in enumerate(SHORT_UNITS):
        if size < unit:
            continue
        value = (Decimal(size) / unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        # 999.999.999 rounds to 1.000 juta: one unit up reads better (Rp1 miliar).
        if value >= 1000 and index > 0:
            unit, name = SHORT_UNITS[index - 1]
            value = (Decimal(size) / unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        whole, _dot, decimals = f"{value:f}".partition(".")
        text = f"{int(whole):,}".replace(",", ".")
        decimals = decimals.rstrip("0")
        if decimals:
            text = f"{text},{decimals}"
        return f"{sign}Rp{text} {name}"
    return format_rupiah_amount(amount)
