"""The Desa Serang demo agenda from demo/content/agenda.yaml: eight events around the day the
demo is loaded, some past and some upcoming, one of them all day over several days."""

import datetime
import re
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _

from demo.images import demo_image, draw_landscape
from demo.reader import CONTENT_DIR, ContentError, check_keys, markdown_to_html, read_yaml
from events.dates import JAKARTA, end_of_day, start_of_day
from events.models import EventPage

EVENT_FIELDS = {"slug", "title", "day", "place", "organiser", "description"}
OPTIONAL_FIELDS = {"time", "all_day", "days", "place_address", "image"}
TIME_SPAN = re.compile(r"^(?P<start>\d\d:\d\d)\s*-\s*(?P<end>\d\d:\d\d)$")


def read_events(directory=CONTENT_DIR):
    """Every event of agenda.yaml, checked before anything is saved."""
    rows = read_yaml(Path(directory) / "agenda.yaml", {"events"})["events"]
    events = [event_row(row) for row in rows]
    slugs = [event["slug"] for event in events]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise ContentError(
            _("agenda.yaml: slug dipakai lebih dari sekali: %s") % ", ".join(duplicates)
        )
    return events


def event_row(row):
    where = f"agenda.yaml: {row.get('slug', '?') if isinstance(row, dict) else '?'}"
    check_keys(row, required=EVENT_FIELDS, optional=OPTIONAL_FIELDS, where=where)
    event = dict(row)
    if not isinstance(event["day"], int):
        raise ContentError(_("%s: day harus berupa bilangan bulat (hari dari hari ini)") % where)
    if event.get("all_day"):
        if not isinstance(event.get("days", 1), int) or event.get("days", 1) < 1:
            raise ContentError(_("%s: days harus berupa bilangan bulat 1 atau lebih") % where)
    else:
        span = TIME_SPAN.match(str(event.get("time", "")))
        if not span:
            raise ContentError(_("%s: time harus berupa 'JJ:MM-JJ:MM'") % where)
        event["times"] = (
            datetime.time.fromisoformat(span["start"]),
            datetime.time.fromisoformat(span["end"]),
        )
    if "image" in event:
        check_keys(event["image"], required={"colour", "alt_text"}, where=where)
    event["description"] = markdown_to_html(event["description"])
    return event


def event_times(event, today):
    """(start, end) of the event, `day` days from `today` (a date in WIB)."""
    first_day = today + datetime.timedelta(days=event["day"])
    if event.get("all_day"):
        last_day = first_day + datetime.timedelta(days=event.get("days", 1) - 1)
        return start_of_day(first_day), end_of_day(last_day)
    start, end = event["times"]
    return (
        datetime.datetime.combine(first_day, start, tzinfo=JAKARTA),
        datetime.datetime.combine(first_day, end, tzinfo=JAKARTA),
    )


def create_event(agenda, event, today):
    start, end = event_times(event, today)
    page = EventPage(
        title=event["title"],
        slug=event["slug"],
        start=start,
        end=end,
        all_day=bool(event.get("all_day")),
        place=event["place"],
        place_address=event.get("place_address", ""),
        organiser=event["organiser"],
        description=event["description"],
    )
    if picture := event.get("image"):
        page.image = demo_image(
            f"Agenda: {event['title']}",
            lambda: draw_landscape(picture["colour"], event["slug"]),
            f"agenda-{event['slug']}.jpg",
        )
        page.image_alt_text = picture["alt_text"]
    agenda.add_child(instance=page)
    # Through a revision, so the editor shows what the live page shows.
    page.save_revision().publish()
    return page


def load(pages, report):
    """Create the demo events missing under the Agenda page; existing ones stay as they are."""
    events = read_events()
    agenda = pages.agenda
    existing = set(EventPage.objects.child_of(agenda).values_list("slug", flat=True))
    today = timezone.localdate(timezone.now(), JAKARTA)
    created = [
        create_event(agenda, event, today) for event in events if event["slug"] not in existing
    ]
    if created:
        report(_("%d acara agenda dibuat.") % len(created))
    return created
