"""Event times as the village reads them: Western Indonesian Time (WIB, Asia/Jakarta), with
Indonesian day and month names and times written 08.00 as Indonesian style guides ask."""

import datetime
from zoneinfo import ZoneInfo

from django.utils.formats import date_format

# Village events are held in the village, whatever TIME_ZONE the server runs with.
JAKARTA = ZoneInfo("Asia/Jakarta")
# An all-day event is stored from midnight of its first day to this time on its last day,
# so "upcoming until its end" is one comparison in the database.
END_OF_DAY = datetime.time(23, 59, 59)


def local(moment):
    return moment.astimezone(JAKARTA)


def start_of_day(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=JAKARTA)


def end_of_day(day):
    return datetime.datetime.combine(day, END_OF_DAY, tzinfo=JAKARTA)


def long_date(moment):
    """Sabtu, 17 Agustus 2025"""
    return date_format(moment, "l, j F Y")


def clock(moment):
    """08.00"""
    return moment.strftime("%H.%M")


def month_label(day):
    """Agustus 2025"""
    return date_format(day, "F Y")


def when_text(start, end, all_day):
    """The event's dates and times in one line, e.g. "Sabtu, 17 Agustus 2025, 08.00–11.00 WIB";
    an all-day event shows its days only."""
    start, end = local(start), local(end)
    zone = start.tzname()
    if all_day:
        if start.date() == end.date():
            return long_date(start)
        return f"{long_date(start)} – {long_date(end)}"
    if start.date() != end.date():
        return f"{long_date(start)}, {clock(start)} {zone} – {long_date(end)}, {clock(end)} {zone}"
    if start == end:
        return f"{long_date(start)}, {clock(start)} {zone}"
    return f"{long_date(start)}, {clock(start)}–{clock(end)} {zone}"


def group_by_month(events):
    """[(month label, [events])] in the order given, a new group whenever the month of the
    event's start (in WIB) changes."""
    groups = []
    for event in events:
        start = local(event.start)
        key = (start.year, start.month)
        if not groups or groups[-1]["key"] != key:
            groups.append({"key": key, "label": month_label(start), "events": []})
        groups[-1]["events"].append(event)
    return [(group["label"], group["events"]) for group in groups]
