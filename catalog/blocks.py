"""Blocks for catalog items: a tourist spot's opening hours, one entry per group of days
with the same hours ("Senin–Jumat 08.00–16.00"), every day, or closed days."""

import datetime
import json

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .opening_hours import WEEK, WEEKDAYS, days_label, hours_label

#: The stream child type of an entry; "day" is the old one-block-per-weekday shape.
HOURS_TYPE = "hours"
LEGACY_DAY_TYPE = "day"


class OpeningHoursValue(blocks.StructValue):
    @property
    def every_day(self):
        return bool(self.get("every_day"))

    @property
    def weekdays(self):
        """The weekdays this entry covers, Monday (0) first."""
        if self.every_day:
            return list(WEEK)
        return sorted({int(day) for day in self.get("days") or []})

    @property
    def days_label(self):
        return days_label(self.weekdays)

    @property
    def hours_label(self):
        return hours_label(self["closed"], self["opens_at"], self["closes_at"])


class OpeningHoursBlock(blocks.StructBlock):
    every_day = blocks.BooleanBlock(
        required=False,
        label=_("Setiap hari"),
        help_text=_("Senin sampai Minggu dengan jam yang sama."),
    )
    days = blocks.MultipleChoiceBlock(
        choices=WEEKDAYS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Atau pilih hari"),
        help_text=_(
            "Centang hari-hari yang jamnya sama, misalnya Senin sampai Jumat. Hari yang "
            "dipilih di sini mengikuti baris ini, bukan baris 'Setiap hari'."
        ),
    )
    closed = blocks.BooleanBlock(
        required=False,
        label=_("Tutup"),
        help_text=_("Centang untuk hari libur; jam tidak perlu diisi."),
    )
    opens_at = blocks.TimeBlock(required=False, label=_("Jam buka"))
    closes_at = blocks.TimeBlock(required=False, label=_("Jam tutup"))

    class Meta:
        icon = "time"
        template = "catalog/blocks/opening_hours.html"
        label = _("Jam buka")
        value_class = OpeningHoursValue
        help_text = _(
            "Satu baris untuk hari-hari dengan jam yang sama (WIB), atau hari tutup. "
            "Hari yang tidak diisi dianggap tutup."
        )
        description = _(
            "Jam buka untuk beberapa hari sekaligus, misalnya Senin–Jumat 08.00–16.00, "
            "setiap hari, atau hari tutup."
        )
        preview_value = {
            "days": ["0", "1", "2", "3", "4"],
            "every_day": False,
            "closed": False,
            "opens_at": datetime.time(8, 0),
            "closes_at": datetime.time(16, 0),
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.every_day:
            value["days"] = []
        elif not value["days"]:
            errors["days"] = ErrorList([_("Pilih harinya, atau centang 'Setiap hari'.")])
        else:
            value["days"] = [str(day) for day in value.weekdays]
        if value["closed"]:
            value["opens_at"] = value["closes_at"] = None
        else:
            if not value["opens_at"]:
                errors["opens_at"] = ErrorList([_("Isi jam buka, atau centang tutup.")])
            if not value["closes_at"]:
                errors["closes_at"] = ErrorList([_("Isi jam tutup, atau centang tutup.")])
            if value["opens_at"] and value["closes_at"] and value["closes_at"] <= value["opens_at"]:
                errors["closes_at"] = ErrorList([_("Jam tutup harus setelah jam buka.")])
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


def merge_day_entries(entries):
    """Stored opening hours in today's shape: the old entries of one weekday each ("day")
    become "hours" entries, one per set of identical hours; all seven days, "every day".

    Works on the stored JSON, [{"type", "value", "id"}]; newer entries pass unchanged, and
    a weekday given twice keeps its first hours, as the old form allowed only one."""
    merged = []
    groups = {}
    seen = set()
    for entry in entries:
        if entry.get("type") != LEGACY_DAY_TYPE:
            merged.append(entry)
            continue
        value = entry.get("value") or {}
        day = str(value.get("day", ""))
        if day in seen or day not in {choice for choice, _name in WEEKDAYS}:
            continue
        seen.add(day)
        closed = bool(value.get("closed"))
        hours = (None, None) if closed else (value.get("opens_at"), value.get("closes_at"))
        if (closed, hours) not in groups:
            group = {
                "type": HOURS_TYPE,
                "value": {
                    "days": [],
                    "every_day": False,
                    "closed": closed,
                    "opens_at": hours[0],
                    "closes_at": hours[1],
                },
            }
            if entry.get("id"):
                group["id"] = entry["id"]
            groups[closed, hours] = group
            merged.append(group)
        groups[closed, hours]["value"]["days"].append(day)
    for group in groups.values():
        value = group["value"]
        value["days"].sort(key=int)
        if len(value["days"]) == len(WEEK):
            value["days"], value["every_day"] = [], True
    return merged


def has_legacy_entries(entries):
    return any(
        (entry.get("type") if isinstance(entry, dict) else entry[0]) == LEGACY_DAY_TYPE
        for entry in entries
    )


def entry_error(field, message):
    """An error shown at one field of one entry of the stream."""
    return blocks.StructBlockValidationError(block_errors={field: ErrorList([message])})


class WeeklyHoursBlock(blocks.StreamBlock):
    hours = OpeningHoursBlock()

    class Meta:
        max_num = 7
        label = _("Jam buka")
        help_text = _(
            "Satu baris untuk hari-hari dengan jam yang sama. Hari yang tidak diisi dianggap tutup."
        )

    def to_python(self, value):
        # Revisions saved before entries covered several days still hold one "day" entry
        # per weekday (as JSON text, or as (type, value) pairs from older code); read them
        # in today's shape, so an old draft opens, previews and publishes as it was.
        if isinstance(value, str) and value:
            try:
                value = json.loads(value)
            except ValueError:
                return super().to_python(value)
        if isinstance(value, list | tuple) and value and has_legacy_entries(value):
            if isinstance(value[0], dict):
                value = merge_day_entries(value)
            else:
                pairs = [{"type": entry[0], "value": entry[1]} for entry in value]
                value = [(entry["type"], entry["value"]) for entry in merge_day_entries(pairs)]
        return super().to_python(value)

    def clean(self, value):
        value = super().clean(value)
        block_errors = {}
        covered = set()
        every_day_seen = False
        for index, child in enumerate(value):
            entry = child.value
            if entry.every_day:
                if every_day_seen:
                    message = _("'Setiap hari' sudah dipakai di baris lain.")
                    block_errors[index] = entry_error("every_day", message)
                every_day_seen = True
                continue
            repeated = covered.intersection(entry.weekdays)
            covered.update(entry.weekdays)
            if repeated:
                message = _("%(days)s sudah diisi di baris lain.") % {"days": days_label(repeated)}
                block_errors[index] = entry_error("days", message)
        if block_errors:
            raise blocks.StreamBlockValidationError(
                block_errors=block_errors,
                non_block_errors=ErrorList(
                    [ValidationError(_("Setiap hari hanya boleh diisi satu kali."))]
                ),
            )
        return value
