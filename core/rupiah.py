"""Rupiah amounts as PUEBI writes them."""

from django.utils.translation import gettext as _


def format_rupiah(amount):
    """Rp25.000: no space, dots for thousands; 0 reads Gratis, a missing amount nothing."""
    if amount is None or amount == "":
        return ""
    amount = int(amount)
    if amount == 0:
        return _("Gratis")
    return f"Rp{amount:,}".replace(",", ".")
