"""schema.org Event JSON-LD for an event page, so search engines can show its date and place."""

from . import dates

SCHEMA_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


def schema_moment(moment, all_day):
    """An all-day event's days as dates; otherwise the time with the WIB offset (+07:00)."""
    local = dates.local(moment)
    return local.date().isoformat() if all_day else local.isoformat()


def event_jsonld(event, url, image_url, village_name):
    location = {"@type": "Place", "name": event.place}
    location["address"] = " ".join(event.place_address.split()) or event.place
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.plain_description(),
        "url": url,
        "startDate": schema_moment(event.start, event.all_day),
        "endDate": schema_moment(event.end, event.all_day),
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": OFFLINE,
        "location": location,
        "organizer": {"@type": "Organization", "name": event.organiser or village_name},
        "inLanguage": "id",
    }
    if image_url:
        data["image"] = [image_url]
    return data
