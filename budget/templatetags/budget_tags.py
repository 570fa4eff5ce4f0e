"""Rupiah filters for budget reports: 0 reads Rp0 (not "Gratis"), headlines in short form."""

from django import template

from core.rupiah import format_rupiah_amount, format_rupiah_short

register = template.Library()


@register.filter
def rupiah_amount(amount):
    return "" if amount is None else format_rupiah_amount(amount)


@register.filter
def rupiah_short(amount):
    return "" if amount is None else format_rupiah_short(amount)
