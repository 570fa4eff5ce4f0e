"""Opening hours stored as one "day" entry per weekday become entries that cover several
days ("Senin–Jumat 08.00–16.00", or every day). Revisions keep their old shape: the block
reads it (WeeklyHoursBlock.to_python), so history stays as it was written."""

import json

from django.db import migrations, models
from django.db.models.functions import Cast

from catalog.blocks import HOURS_TYPE, LEGACY_DAY_TYPE, has_legacy_entries, merge_day_entries


def stored_hours(TourismSpot):
    # The JSON as stored: the historical field's block would drop entries it does not know.
    rows = TourismSpot.objects.annotate(raw=Cast("opening_hours", models.JSONField()))
    for pk, entries in rows.values_list("pk", "raw"):
        yield pk, json.loads(entries) if isinstance(entries, str) else entries or []


def merge_days(apps, schema_editor):
    TourismSpot = apps.get_model("catalog", "TourismSpot")
    for pk, entries in stored_hours(TourismSpot):
        if has_legacy_entries(entries):
            TourismSpot.objects.filter(pk=pk).update(opening_hours=merge_day_entries(entries))


def split_days(apps, schema_editor):
    """Back to one entry per weekday; a day named in an entry wins over "every day"."""
    TourismSpot = apps.get_model("catalog", "TourismSpot")
    for pk, entries in stored_hours(TourismSpot):
        if not any(entry.get("type") == HOURS_TYPE for entry in entries):
            continue
        week = {}
        hours = [entry for entry in entries if entry.get("type") == HOURS_TYPE]
        for entry in sorted(hours, key=lambda entry: not entry["value"].get("every_day")):
            value = entry["value"]
            days = range(7) if value.get("every_day") else [int(day) for day in value["days"]]
            for day in days:
                week[day] = {
                    "day": str(day),
                    "closed": bool(value.get("closed")),
                    "opens_at": value.get("opens_at"),
                    "closes_at": value.get("closes_at"),
                }
        split = [{"type": LEGACY_DAY_TYPE, "value": week[day]} for day in sorted(week)]
        TourismSpot.objects.filter(pk=pk).update(opening_hours=split)


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0002_opening_hours_by_days_optional_alt_text"),
    ]

    operations = [migrations.RunPython(merge_days, split_days)]
