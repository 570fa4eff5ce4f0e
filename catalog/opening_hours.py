"""A tourist spot's week as readers see it: the hours of each weekday, days with the same
hours collapsed into one line ("Senin–Jumat"), and whether it is open at a given moment.

Times are local (WIB); callers pass a moment already converted to Asia/Jakarta."""

import itertools

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Block choice values are strings ("0" = Monday), as Python's weekday() numbers them.
WEEKDAYS = [
    ("0", _("Senin")),
    ("1", _("Selasa")),
    ("2", _("Rabu")),
    ("3", _("Kamis")),
    ("4", _("Jumat")),
    ("5", _("Sabtu")),
    ("6", _("Minggu")),
]
WEEK = range(7)


def weekday_name(weekday):
    return WEEKDAYS[weekday][1]


def days_label(weekdays):
    """A set of weekdays as readers say it: Setiap hari, Senin–Jumat, Senin, Rabu."""
    days = sorted(set(weekdays))
    if len(days) == len(WEEK):
        return gettext("Setiap hari")
    # Consecutive weekdays share (weekday - position), so they fall into one run.
    runs = [
        [day for _position, day in run]
        for _key, run in itertools.groupby(enumerate(days), lambda pair: pair[1] - pair[0])
    ]
    return ", ".join(
        str(weekday_name(run[0]))
        if len(run) == 1
        else f"{weekday_name(run[0])}–{weekday_name(run[-1])}"
        for run in runs
    )


def hours_label(closed, opens_at, closes_at):
    """Opening and closing time as 08.00–16.00 WIB (Indonesian writes a dot), or Tutup."""
    if closed or not opens_at or not closes_at:
        return gettext("Tutup")
    return f"{opens_at:%H.%M}–{closes_at:%H.%M} WIB"


class DayHours(dict):
    """One weekday's hours, with the keys of the old per-day block: day ("0" = Monday),
    closed, opens_at and closes_at, so templates and callers read it either way."""

    @classmethod
    def for_weekday(cls, weekday, closed, opens_at, closes_at):
        if closed:
            opens_at = closes_at = None
        return cls(day=str(weekday), closed=bool(closed), opens_at=opens_at, closes_at=closes_at)

    @property
    def weekday(self):
        return int(self["day"])

    @property
    def weekday_name(self):
        return weekday_name(self.weekday)

    @property
    def is_open_day(self):
        return not self["closed"] and bool(self["opens_at"] and self["closes_at"])

    @property
    def hours_key(self):
        """What two days must share to be shown on one line: their times, or being closed."""
        return (self["opens_at"], self["closes_at"]) if self.is_open_day else None

    @property
    def hours_label(self):
        return hours_label(self["closed"], self["opens_at"], self["closes_at"])

    def is_open_at(self, local_moment):
        """Whether this day's hours include `local_moment` (already in WIB, same weekday)."""
        if not self.is_open_day or local_moment.weekday() != self.weekday:
            return False
        return self["opens_at"] <= local_moment.time() < self["closes_at"]


def week_from_entries(entries):
    """{weekday: DayHours} from the editor's entries (each covering some days or every day).

    An "every day" entry sets the whole week first; an entry naming days overrides it, so
    "Setiap hari 07.00–17.00" plus "Senin: tutup" reads as editors mean it."""
    week = {}
    for entry in sorted(entries, key=lambda entry: not entry.every_day):
        for weekday in entry.weekdays:
            week[weekday] = DayHours.for_weekday(
                weekday, entry["closed"], entry["opens_at"], entry["closes_at"]
            )
    return week


def hours_key(day):
    """A day left out of the schedule is closed, like one marked closed."""
    return day.hours_key if day is not None else None


def collapsed_week(week, today=None):
    """The week Monday first, consecutive days with the same hours on one row:
    [{"days", "hours", "is_today"}], e.g. "Senin–Jumat" / "08.00–16.00 WIB"."""
    rows = []
    for _key, group in itertools.groupby(WEEK, key=lambda weekday: hours_key(week.get(weekday))):
        days = list(group)
        first = week.get(days[0])
        rows.append(
            {
                "days": days_label(days),
                "hours": first.hours_label if first is not None else gettext("Tutup"),
                "is_open": first is not None and first.is_open_day,
                "is_today": today in days,
            }
        )
    return rows


def open_days_by_hours(week):
    """[(weekdays, opens_at, closes_at)] for the days a spot opens, one item per distinct
    pair of times, in the order of their first weekday (for schema.org)."""
    groups = {}
    for weekday in WEEK:
        day = week.get(weekday)
        if day is not None and day.is_open_day:
            groups.setdefault(day.hours_key, []).append(weekday)
    return [(days, opens_at, closes_at) for (opens_at, closes_at), days in groups.items()]
