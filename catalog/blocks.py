"""Blocks for catalog items: a tourist spot's weekly opening hours."""

import datetime

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

WEEKDAYS = [
    ("0", _("Senin")),
    ("1", _("Selasa")),
    ("2", _("Rabu")),
    ("3", _("Kamis")),
    ("4", _("Jumat")),
    ("5", _("Sabtu")),
    ("6", _("Minggu")),
]


class OpeningHoursValue(blocks.StructValue):
    @property
    def weekday(self):
        return int(self["day"])

    @property
    def weekday_name(self):
        return dict(WEEKDAYS)[self["day"]]

    def is_open_at(self, moment):
        """Whether this day's hours include the local time of `moment` (same weekday)."""
        if self["closed"] or moment.weekday() != self.weekday:
            return False
        return self["opens_at"] <= moment.time() < self["closes_at"]


class OpeningHoursBlock(blocks.StructBlock):
    day = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Hari"))
    closed = blocks.BooleanBlock(required=False, label=_("Tutup sepanjang hari"))
    opens_at = blocks.TimeBlock(required=False, label=_("Jam buka"))
    closes_at = blocks.TimeBlock(required=False, label=_("Jam tutup"))

    class Meta:
        icon = "time"
        template = "catalog/blocks/opening_hours.html"
        label = _("Jam buka per hari")
        value_class = OpeningHoursValue
        help_text = _("Isi jam buka dan tutup, atau centang 'Tutup sepanjang hari'.")
        description = _("Jam buka dan tutup satu hari (WIB), atau tanda tutup sepanjang hari.")
        preview_value = {
            "day": "0",
            "closed": False,
            "opens_at": datetime.time(8, 0),
            "closes_at": datetime.time(17, 0),
        }

    def clean(self, value):
        value = super().clean(value)
        if value["closed"]:
            return value
        errors = {}
        if not value["opens_at"]:
            errors["opens_at"] = ErrorList([_("Isi jam buka, atau centang tutup.")])
        if not value["closes_at"]:
            errors["closes_at"] = ErrorList([_("Isi jam tutup, atau centang tutup.")])
        if not errors and value["closes_at"] <= value["opens_at"]:
            errors["closes_at"] = ErrorList([_("Jam tutup harus setelah jam buka.")])
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class WeeklyHoursBlock(blocks.StreamBlock):
    day = OpeningHoursBlock()

    class Meta:
        max_num = 7
        label = _("Jam buka")
        help_text = _("Satu baris per hari. Hari yang tidak diisi dianggap tutup.")

    def clean(self, value):
        value = super().clean(value)
        days = [child.value["day"] for child in value]
        if len(days) != len(set(days)):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("Setiap hari hanya boleh diisi satu kali."))]
                )
            )
        return value
