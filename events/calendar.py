"""iCalendar (RFC 5545) files of the agenda: a feed of every event to subscribe to, and one
event to add to a phone's calendar. Times carry TZID Asia/Jakarta with its VTIMEZONE."""

import datetime

from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneStandard

from . import dates

PRODUCT_ID = "-//Situs Desa//Agenda//ID"
ICAL_STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def jakarta_timezone():
    """Asia/Jakarta has kept UTC+7 (WIB) without daylight saving since 1964."""
    zone = Timezone()
    zone.add("tzid", "Asia/Jakarta")
    zone.add("x-lic-location", "Asia/Jakarta")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime.datetime(1970, 1, 1))
    standard.add("tzname", "WIB")
    standard.add("tzoffsetfrom", datetime.timedelta(hours=7))
    standard.add("tzoffsetto", datetime.timedelta(hours=7))
    zone.add_component(standard)
    return zone


def event_uid(event, host):
    """Stable for as long as the event exists, whatever editors change in it."""
    return f"acara-{event.pk}@{host}"


def description_text(event):
    text = event.plain_description()
    if event.organiser:
        text += "\n\n" + _("Penyelenggara: %(organiser)s") % {"organiser": event.organiser}
    return text


def event_component(event, request, host):
    component = Event()
    component.add("uid", event_uid(event, host))
    # When the event last changed (RFC 5545 3.8.7.2 without METHOD), in UTC as required.
    stamp = (event.last_published_at or event.start).astimezone(datetime.UTC)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    start, end = dates.local(event.start), dates.local(event.end)
    if event.all_day:
        # DATE values; DTEND is the day after the last one (exclusive, RFC 5545 3.6.1).
        component.add("dtstart", start.date())
        component.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    component.add("summary", event.title)
    component.add("location", event.location_text())
    component.add("description", description_text(event))
    component.add("url", event.get_full_url(request))
    component.add("status", ICAL_STATUS[event.status])
    return component


def build_calendar(events, request, host, name):
    """The iCalendar bytes for these events."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Jakarta")
    calendar.add_component(jakarta_timezone())
    for event in events:
        calendar.add_component(event_component(event, request, host))
    return calendar.to_ical()
