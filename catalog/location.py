"""A spot's place on the map from what an editor pastes: a Google Maps or OpenStreetMap
link, a geo: link, or coordinates as typed (decimal with a dot or a comma, or degrees,
minutes and seconds as Google Maps shows them). No network: short links cannot be read."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: Indonesia from Weh to Merauke and from Miangas to Rote, with a little margin.
INDONESIA_LATITUDE = (Decimal("-11.5"), Decimal("6.5"))
INDONESIA_LONGITUDE = (Decimal("94.5"), Decimal("141.5"))
#: What the model's fields keep (six decimals: about ten centimetres).
PRECISION = Decimal("0.000001")
#: Longer than any map link an editor pastes; keeps the regular expressions cheap.
MAX_LENGTH = 2000

SHORT_LINK_HOSTS = {"maps.app.goo.gl", "goo.gl", "g.co", "osm.org", "shorturl.at", "bit.ly"}
EXAMPLE = "-7.2345, 109.2345"

NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
DECIMAL_PAIR = re.compile(rf"^\s*({NUMBER})\s*(?:[,;/]\s*|\s+)({NUMBER})\s*$")
DOTTED_PAIR = re.compile(r"(?<![\d.])(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)")
# 7°14'04.2"S, also with ’ ″ or '' and the Indonesian LS/LU/BT/BB or U/S/T/B.
DMS = re.compile(
    r"""(?P<sign>-)?\s*(?P<degrees>\d{1,3}(?:[.,]\d+)?)\s*[°º˚]\s*
        (?:(?P<minutes>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?
        (?:(?P<seconds>\d{1,2}(?:[.,]\d+)?)\s*(?:["″”]|'')\s*)?
        (?P<hemisphere>LU|LS|BT|BB|[NSEWUTB])?""",
    re.VERBOSE | re.IGNORECASE,
)
GOOGLE_PLACE = re.compile(r"!3d(-?\d{1,3}(?:\.\d+)?)!4d(-?\d{1,3}(?:\.\d+)?)")
GOOGLE_VIEWPORT = re.compile(r"@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)")
GOOGLE_PARAMS = ["q", "query", "ll", "center", "destination", "daddr", "sll"]
OSM_MAP_FRAGMENT = re.compile(r"map=\d+(?:\.\d+)?/(-?\d{1,3}(?:\.\d+)?)/(-?\d{1,3}(?:\.\d+)?)")

LATITUDE_HEMISPHERES = {"N": 1, "U": 1, "LU": 1, "S": -1, "LS": -1}
LONGITUDE_HEMISPHERES = {"E": 1, "T": 1, "BT": 1, "W": -1, "B": -1, "BB": -1}

MESSAGES = {
    "short_link": _(
        "Tautan pendek (seperti maps.app.goo.gl) tidak bisa dibaca tanpa membukanya di "
        "internet. Buka tautannya, lalu salin koordinatnya: di Google Maps tekan lama titik "
        "lokasinya (klik kanan di komputer) dan tempel angka seperti %(example)s di sini."
    ),
    "no_coordinates": _(
        "Tautan ini tidak memuat koordinat. Salin koordinat titiknya (di Google Maps: tekan "
        "lama titik lokasinya, atau klik kanan di komputer), lalu tempel angka seperti "
        "%(example)s di sini."
    ),
    "other_site": _(
        "Tautan ini bukan dari Google Maps atau OpenStreetMap. Tempel tautan peta dari "
        "salah satunya, atau ketik koordinat seperti %(example)s."
    ),
    "not_coordinates": _(
        "Lokasi tidak dikenali. Tempel tautan Google Maps atau OpenStreetMap, atau ketik "
        "lintang lalu bujur, misalnya %(example)s."
    ),
    "out_of_range": _(
        "Lintang harus antara -90 dan 90 dan bujur antara -180 dan 180; periksa lagi "
        "angkanya, misalnya %(example)s."
    ),
    "swapped": _(
        "Lintang dan bujur tampaknya tertukar. Tulis lintang dulu, lalu bujur, misalnya "
        "%(example)s."
    ),
    "missing_minus": _(
        "Titik ini berada di luar Indonesia. Untuk tempat di selatan khatulistiwa, seperti "
        "Jawa, lintang diawali tanda minus, misalnya %(example)s."
    ),
    "outside_indonesia": _(
        "Titik %(latitude)s, %(longitude)s berada di luar Indonesia. Periksa lagi "
        "koordinatnya atau tautan petanya."
    ),
    "too_long": _("Teks lokasi terlalu panjang; tempel satu tautan peta atau koordinat saja."),
}


class Location(NamedTuple):
    latitude: Decimal
    longitude: Decimal

    def __str__(self):
        return f"{format_coordinate(self.latitude)}, {format_coordinate(self.longitude)}"


def format_coordinate(value):
    """-7.25 rather than -7.250000: what an editor would type."""
    text = format(Decimal(value).normalize(), "f")
    return "0" if text in ("-0", "0") else text


def error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params={"example": EXAMPLE, **params})


def parse_location(text):
    """The Location an editor means, or None for an empty field; ValidationError (in
    Indonesian, saying what to do instead) for anything else."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise error("too_long")
    # Pasted from phones and word processors: a typographic minus and non-breaking spaces.
    text = text.replace("\u2212", "-").replace("\u00a0", " ")
    if text.lower().startswith("geo:"):
        # geo:-7.2345,109.2345 or geo:0,0?q=-7.2345,109.2345(Name), as phones share it.
        location = pair_in(unquote(text[4:]).split("?q=")[-1])
        if location is None:
            raise error("not_coordinates")
    elif looks_like_link(text):
        location = location_in_link(text)
    else:
        location = typed_location(text)
    return checked(location)


def looks_like_link(text):
    return bool(re.match(r"^(https?://|www\.|[\w-]+(\.[\w-]+)+/)", text, re.IGNORECASE))


def location_in_link(text):
    try:
        url = urlsplit(text if re.match(r"^https?://", text, re.IGNORECASE) else f"https://{text}")
        host = (url.hostname or "").lower().removeprefix("www.")
    except ValueError as broken:  # e.g. an unclosed [ in the host
        raise error("not_coordinates") from broken
    if host in SHORT_LINK_HOSTS or (host == "openstreetmap.org" and url.path.startswith("/go/")):
        raise error("short_link")
    if is_google_maps(host, url.path):
        location = google_location(url)
    elif host == "openstreetmap.org" or host.endswith(".openstreetmap.org"):
        location = openstreetmap_location(url)
    else:
        raise error("other_site")
    if location is None:
        raise error("no_coordinates")
    return location


def is_google_maps(host, path):
    is_google = re.fullmatch(r"(maps\.)?google(\.[a-z]{2,3}){1,2}", host) is not None
    return is_google and (host.startswith("maps.") or path.startswith("/maps"))


def google_location(url):
    """The place's own pin (!3d…!4d…) first, then a q=/ll= pair, then the map's centre (@)."""
    whole = unquote(f"{url.path}?{url.query}")
    places = GOOGLE_PLACE.findall(whole)
    if places:
        return Location(*to_decimals(*places[-1]))
    params = parse_qs(url.query)
    for name in GOOGLE_PARAMS:
        for value in params.get(name, []):
            location = pair_in(value)
            if location is not None:
                return location
    viewport = GOOGLE_VIEWPORT.search(whole)
    if viewport:
        return Location(*to_decimals(*viewport.groups()))
    # /maps/search/-7.2345,+109.2345 or /maps/place/-7.2345,109.2345
    return pair_in(unquote(url.path).replace("+", " "))


def openstreetmap_location(url):
    """The marker (mlat/mlon) first, then the map's centre (#map=zoom/lat/lon)."""
    params = parse_qs(url.query)
    for lat_name, lon_name in (("mlat", "mlon"), ("lat", "lon")):
        if lat_name in params and lon_name in params:
            return Location(*to_decimals(params[lat_name][0], params[lon_name][0]))
    centre = OSM_MAP_FRAGMENT.search(url.fragment) or OSM_MAP_FRAGMENT.search(url.query)
    if centre:
        return Location(*to_decimals(*centre.groups()))
    # /search?query=-7.2345,109.2345
    for value in params.get("query", []):
        location = pair_in(value)
        if location is not None:
            return location
    return None


def pair_in(text):
    """A "lat,lon" pair inside a link's parameter or path, or None."""
    match = DOTTED_PAIR.search(text)
    return Location(*to_decimals(*match.groups())) if match else None


def typed_location(text):
    if any(mark in text for mark in "°º˚"):
        return degrees_minutes_seconds(text)
    match = DECIMAL_PAIR.match(text)
    if not match:
        raise error("not_coordinates")
    return Location(*to_decimals(*match.groups()))


def degrees_minutes_seconds(text):
    """7°14'04.2"S 109°14'04.2"E (as Google Maps writes it) or 7°14'4" LS 109°14'4" BT."""
    parts = list(DMS.finditer(text))
    if len(parts) != 2 or re.sub(r"[\s,;/]", "", DMS.sub("", text)):
        raise error("not_coordinates")
    latitude, longitude = (dms_value(part) for part in parts)
    hemispheres = [(part.group("hemisphere") or "").upper() for part in parts]
    # Written longitude first (109°14'E 7°14'S): the letters say which is which.
    if hemispheres[0] in LONGITUDE_HEMISPHERES and hemispheres[1] in LATITUDE_HEMISPHERES:
        latitude, longitude = longitude, latitude
        hemispheres.reverse()
    if (hemispheres[0] and hemispheres[0] not in LATITUDE_HEMISPHERES) or (
        hemispheres[1] and hemispheres[1] not in LONGITUDE_HEMISPHERES
    ):
        raise error("not_coordinates")
    latitude *= LATITUDE_HEMISPHERES.get(hemispheres[0], 1)
    longitude *= LONGITUDE_HEMISPHERES.get(hemispheres[1], 1)
    return Location(quantized(latitude), quantized(longitude))


def dms_value(match):
    degrees, minutes, seconds = (
        to_decimal(match.group(name) or "0") for name in ("degrees", "minutes", "seconds")
    )
    if minutes >= 60 or seconds >= 60:
        raise error("not_coordinates")
    value = degrees + minutes / 60 + seconds / 3600
    return -value if match.group("sign") else value


def to_decimal(text):
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation as invalid:
        raise error("not_coordinates") from invalid
    # "NaN", "Infinity" and 1E+999 parse as decimals; none is a place.
    if not value.is_finite() or abs(value) > 1000:
        raise error("out_of_range")
    return value


def quantized(value):
    return value.quantize(PRECISION, rounding=ROUND_HALF_UP)


def to_decimals(*texts):
    return [quantized(to_decimal(text)) for text in texts]


def inside_indonesia(latitude, longitude):
    return (
        INDONESIA_LATITUDE[0] <= latitude <= INDONESIA_LATITUDE[1]
        and INDONESIA_LONGITUDE[0] <= longitude <= INDONESIA_LONGITUDE[1]
    )


def checked(location):
    """Refuse what cannot be a place on Earth, and what lies outside Indonesia, with a hint
    for the two usual slips: latitude and longitude swapped, or a lost minus sign."""
    latitude, longitude = location
    if inside_indonesia(latitude, longitude):
        return location
    if inside_indonesia(longitude, latitude):
        raise error("swapped")
    if abs(latitude) > 90 or abs(longitude) > 180:
        raise error("out_of_range")
    if inside_indonesia(-latitude, longitude):
        raise error("missing_minus")
    raise error(
        "outside_indonesia",
        latitude=format_coordinate(latitude),
        longitude=format_coordinate(longitude),
    )
