"""Indonesian phone numbers: accepted as people type them, stored as E.164."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

COUNTRY_CODE = "62"
_SEPARATORS = re.compile(r"[\s\-.()/]")
# National significant numbers run from 8 digits (landlines) to 12 (longest mobiles).
_NATIONAL_NUMBER = re.compile(r"[1-9]\d{7,11}")

INVALID_PHONE_MESSAGE = _(
    "Nomor telepon tidak valid. Tulis nomor Indonesia, misalnya 0812-3456-7890 "
    "atau +62 812 3456 7890."
)


def normalise_phone(raw):
    """Return the E.164 form (+62...) of an Indonesian number, or raise ValidationError."""
    digits = _SEPARATORS.sub("", raw or "")
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith(COUNTRY_CODE):
            raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
    if digits.startswith(COUNTRY_CODE):
        national = digits[len(COUNTRY_CODE) :]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
    if not _NATIONAL_NUMBER.fullmatch(national):
        raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone")
    return f"+{COUNTRY_CODE}{national}"


def format_phone(e164):
    """Group an E.164 number for reading: +6281234567890 -> +62 812-3456-7890."""
    if not e164:
        return ""
    national = e164.removeprefix(f"+{COUNTRY_CODE}")
    groups = [national[:3]] + [national[i : i + 4] for i in range(3, len(national), 4)]
    return f"+{COUNTRY_CODE} " + "-".join(groups)


def whatsapp_digits(e164):
    """wa.me wants the international number without the plus sign."""
    return (e164 or "").removeprefix("+")


class PhoneNumberField(models.CharField):
    """A CharField that normalises Indonesian numbers to E.164 when a form cleans it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 16)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 16:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        return normalise_phone(value)
