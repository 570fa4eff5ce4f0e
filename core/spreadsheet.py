"""Cells for CSV and XLSX files that readers and editors open in a spreadsheet."""

import re

# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...)
# can send whoever opens the file to any address).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A signed number or a phone number (+62 812-3456-7890) calls nothing: no letters, quotes
# or references. It stays as typed, so phone and amount columns need no cleaning.
SIGNED_NUMBER = re.compile(r"[+-][\d\s.,()+-]*")


def neutralise_formula(value):
    """Text that a spreadsheet would run as a formula, quoted so it stays text. Numbers,
    dates and booleans are left as they are, so -7.25 in a number column stays a number."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_PREFIXES)
        and not SIGNED_NUMBER.fullmatch(value)
    ):
        return f"'{value}"
    return value
