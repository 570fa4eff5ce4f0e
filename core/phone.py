"""Indonesian phone numbers: accepted as people type them, stored as E.164."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

COUNTRY_CODE = "62"
_SEPARATORS = re.compile(r"[\s\-.()/]")
# National significant numbers run from 8 digits (landlines) to 12 (longest mobiles).
_NATIONAL_NUMBER = re.compile(r"[1-9]\d{7,11}")

TYPED_PHONE_MAX_LENGTH = 32
# Jakarta, Bandung, Semarang, Surabaya and Medan; other area codes and mobiles take three.
TWO_DIGIT_AREA_CODES = {"21", "22", "24", "31", "61"}

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
    """Group an E.164 number for reading: +6281234567890 -> +62 812-3456-7890,
    +62281891234 -> +62 281-891-234 (area code, then the subscriber number)."""
    if not e164:
        return ""
    national = e164.removeprefix(f"+{COUNTRY_CODE}")
    prefix_length = 2 if national[:2] in TWO_DIGIT_AREA_CODES else 3
    prefix, subscriber = national[:prefix_length], national[prefix_length:]
    groups = [subscriber]
    if len(subscriber) > 5:
        half = len(subscriber) // 2
        groups = [subscriber[:half], subscriber[half:]]
    return f"+{COUNTRY_CODE} " + "-".join([prefix, *groups])


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

    def clean(self, value, model_instance):
        # Normalised here (forms and full_clean both call it), not in to_python, so that
        # database lookups with a partial number stay plain string lookups.
        if value:
            value = normalise_phone(value)
        return super().clean(value, model_instance)

    def formfield(self, **kwargs):
        # People type spaces and dashes: accept more characters than the stored form has.
        return super().formfield(**{"max_length": TYPED_PHONE_MAX_LENGTH, **kwargs})
