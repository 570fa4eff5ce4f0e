"""The village office as the Kontak page shows it: directions as plain links (no map script,
no tiles) and schema.org GovernmentOffice data, both read from the village settings."""

from decimal import Decimal

from django.utils.translation import gettext as _

GOOGLE_MAPS_DIRECTIONS = "https://www.google.com/maps/dir/?api=1&destination={lat},{lon}"
# OpenStreetMap's route planner takes "from;to"; an empty start asks the reader for theirs.
OPENSTREETMAP_DIRECTIONS = (
    "https://www.openstreetmap.org/directions?route=%3B{lat},{lon}#map=16/{lat}/{lon}"
)


def coordinate_text(value):
    """-7.2435 rather than -7.243500: as an editor typed it, and as map links take it."""
    text = format(Decimal(value).normalize(), "f")
    return "0" if text in ("-0", "0") else text


def office_directions(village):
    """The office's coordinates and the links that route a reader there, or None when the
    settings hold no location."""
    if not village.has_office_location:
        return None
    lat = coordinate_text(village.office_latitude)
    lon = coordinate_text(village.office_longitude)
    return {
        "coordinates": f"{lat}, {lon}",
        "links": [
            {"name": "Google Maps", "url": GOOGLE_MAPS_DIRECTIONS.format(lat=lat, lon=lon)},
            {"name": "OpenStreetMap", "url": OPENSTREETMAP_DIRECTIONS.format(lat=lat, lon=lon)},
        ],
    }


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def government_office_jsonld(village, url, image_url=""):
    """schema.org GovernmentOffice: what the settings hold, and nothing for empty fields."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": _("Kantor %(name)s") % {"name": village.village_name},
        "url": url,
    }
    if village.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(lines(village.address)),
            "addressCountry": "ID",
        }
    if village.phone:
        data["telephone"] = village.phone
    if village.email:
        data["email"] = village.email
    if village.has_office_location:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(village.office_latitude),
            "longitude": float(village.office_longitude),
        }
    if hours := lines(village.office_hours):
        # Editors write the hours as Indonesians read them; schema.org takes text here.
        data["openingHours"] = hours
    if image_url:
        data["image"] = image_url
    if same_as := [link["url"] for link in village.social_links()]:
        data["sameAs"] = same_as
    return data
