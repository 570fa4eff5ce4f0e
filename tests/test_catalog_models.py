"""Wisata and Produk Warga as data: what the admin form's full_clean accepts and refuses,
opening hours, prices in rupiah, WhatsApp links and the JSON-LD search engines read."""

import datetime
from unittest import mock
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.models import Page, Site

from catalog.blocks import OpeningHoursBlock, WeeklyHoursBlock
from catalog.models import Product, TourismSpot
from core.templatetags.site_tags import rupiah
from tests.factories import (
    HomePageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)

WIB = ZoneInfo("Asia/Jakarta")
UTC = datetime.UTC
# Monday 18 August 2025.
MONDAY = datetime.date(2025, 8, 18)
ITEM_URL = "http://testserver/wisata/curug-sewu/"


def wib(hour, minute=0, day=MONDAY):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=WIB)


def validation_errors(item):
    """The error dict full_clean raises (what the admin form shows next to each field)."""
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    return error.value.message_dict


def build_spot(**kwargs):
    kwargs.setdefault("category", TourismCategoryFactory())
    return TourismSpotFactory.build(**kwargs)


def build_product(**kwargs):
    kwargs.setdefault("category", ProductCategoryFactory())
    return ProductFactory.build(**kwargs)


def hours_value(block, **fields):
    data = {"day": "0", "closed": False, "opens_at": None, "closes_at": None} | fields
    return block.to_python(
        {
            key: value.strftime("%H:%M:%S") if isinstance(value, datetime.time) else value
            for key, value in data.items()
        }
    )


# --- Field validation (through full_clean, as the admin form does) --------------------


def test_valid_spot_and_product_pass_full_clean(db):
    spot = build_spot()
    product = build_product()

    spot.full_clean()
    product.full_clean()

    assert spot.slug and product.slug


@pytest.mark.parametrize("latitude", ["91", "-91"])
def test_latitude_outside_minus_90_to_90_is_refused(db, latitude):
    errors = validation_errors(build_spot(latitude=latitude))

    assert "latitude" in errors
    assert "longitude" not in errors


@pytest.mark.parametrize("longitude", ["181", "-181"])
def test_longitude_outside_minus_180_to_180_is_refused(db, longitude):
    errors = validation_errors(build_spot(longitude=longitude))

    assert "longitude" in errors
    assert "latitude" not in errors


def test_product_price_zero_is_refused_in_indonesian(db):
    errors = validation_errors(build_product(price=0))

    assert errors["price"] == ["Harga harus lebih dari Rp0."]


def test_negative_product_price_cannot_be_stored(db):
    errors = validation_errors(build_product(price=-5000))

    assert errors["price"] == ["Harga harus lebih dari Rp0."]


def test_negative_ticket_price_cannot_be_stored(db):
    errors = validation_errors(build_spot(ticket_price=-1))

    assert "ticket_price" in errors


@pytest.mark.parametrize("original_price", [25000, 20000])
def test_original_price_not_above_price_is_refused(db, original_price):
    errors = validation_errors(build_product(price=25000, original_price=original_price))

    assert errors["original_price"] == ["Harga sebelum diskon harus lebih tinggi dari harga."]


def test_original_price_above_price_is_accepted(db):
    product = build_product(price=25000, original_price=30000)

    product.full_clean()

    assert product.is_discounted


def test_seller_whatsapp_must_be_a_mobile_number_not_a_landline(db):
    errors = validation_errors(build_product(seller_whatsapp="0281-891234"))

    assert errors["seller_whatsapp"] == ["WhatsApp harus nomor ponsel, misalnya 0812-3456-7890."]


@pytest.mark.parametrize(
    "build, field", [(build_product, "seller_whatsapp"), (build_spot, "contact_phone")]
)
def test_bad_phone_number_is_refused_with_indonesian_message(db, build, field):
    errors = validation_errors(build(**{field: "12345"}))

    assert any(message.startswith("Nomor telepon tidak valid") for message in errors[field])


@pytest.mark.parametrize(
    "typed", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "0812 3456 7890"]
)
def test_phone_as_typed_is_stored_in_e164(db, typed):
    product = build_product(seller_whatsapp=typed)
    spot = build_spot(contact_phone=typed)

    product.full_clean()
    spot.full_clean()
    product.save()
    spot.save()

    assert Product.objects.get(pk=product.pk).seller_whatsapp == "+6281234567890"
    assert TourismSpot.objects.get(pk=spot.pk).contact_phone == "+6281234567890"


def test_empty_contact_phone_is_allowed_for_a_spot(db):
    spot = build_spot(contact_phone="")

    spot.full_clean()

    assert spot.contact_phone == ""


# --- Slugs ----------------------------------------------------------------------------


def test_empty_slug_is_filled_from_the_name(db):
    spot = build_spot(name="Curug Sewu Indah", slug="")

    spot.full_clean()

    assert spot.slug == "curug-sewu-indah"


@pytest.mark.parametrize("name", ["ꦏꦺꦴꦥꦶ ꦭꦸꦮꦏ꧀", "☕☕☕"], ids=["aksara-jawa", "emoji"])
def test_name_without_latin_letters_does_not_leave_the_slug_empty(db, name):
    product = build_product(name=name, slug="")

    try:
        product.full_clean()
    except ValidationError as error:
        assert "slug" in error.message_dict
    else:
        assert product.slug


def test_duplicate_slug_on_the_same_site_is_refused(site):
    existing = TourismSpotFactory(name="Curug Sewu")
    duplicate = build_spot(name="Curug Sewu Baru", slug=existing.slug)

    errors = validation_errors(duplicate)

    assert "__all__" in errors or "slug" in errors
    assert TourismSpot.objects.filter(slug=existing.slug).count() == 1


def test_duplicate_product_slug_on_the_same_site_is_refused(site):
    existing = ProductFactory(name="Keripik Tempe")
    duplicate = build_product(name="Keripik Tempe Pedas", slug=existing.slug)

    errors = validation_errors(duplicate)

    assert "__all__" in errors or "slug" in errors


def test_duplicate_slug_message_tells_the_editor_the_slug_is_taken(site):
    existing = TourismSpotFactory(name="Curug Sewu")

    errors = validation_errors(build_spot(name="Curug Sewu Baru", slug=existing.slug))

    messages = " ".join(message for field in errors.values() for message in field)
    assert "tidak ada" not in messages
    assert "sudah" in messages


def test_empty_slug_that_would_duplicate_is_refused(site):
    TourismSpotFactory(name="Curug Sewu")
    duplicate = build_spot(name="Curug Sewu", slug="")

    errors = validation_errors(duplicate)

    assert "__all__" in errors or "slug" in errors


def test_same_slug_on_another_site_is_allowed(site):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="desa-lain")
    other_site = Site.objects.create(hostname="desa-lain.test", port=80, root_page=other_home)
    existing = TourismSpotFactory(name="Curug Sewu")
    twin = build_spot(name="Curug Sewu", slug=existing.slug, site=other_site)

    twin.full_clean()
    twin.save()

    assert TourismSpot.objects.filter(slug=existing.slug).count() == 2


# --- Opening hours blocks -------------------------------------------------------------


def test_closing_time_before_opening_time_is_refused():
    block = OpeningHoursBlock()
    value = hours_value(block, opens_at=datetime.time(17), closes_at=datetime.time(8))

    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(value)

    assert "closes_at" in error.value.block_errors


def test_closing_time_equal_to_opening_time_is_refused():
    block = OpeningHoursBlock()
    value = hours_value(block, opens_at=datetime.time(8), closes_at=datetime.time(8))

    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(value)

    assert "closes_at" in error.value.block_errors


def test_missing_times_without_closed_are_refused():
    block = OpeningHoursBlock()

    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(hours_value(block))

    assert set(error.value.block_errors) == {"opens_at", "closes_at"}


def test_closed_day_needs_no_times():
    block = OpeningHoursBlock()

    value = block.clean(hours_value(block, closed=True))

    assert value["closed"] is True


def test_valid_opening_hours_pass():
    block = OpeningHoursBlock()

    value = block.clean(hours_value(block, opens_at=datetime.time(8), closes_at=datetime.time(17)))

    assert (value["opens_at"], value["closes_at"]) == (datetime.time(8), datetime.time(17))


def test_same_weekday_twice_is_refused():
    block = WeeklyHoursBlock()
    day = {"day": "0", "closed": False, "opens_at": "08:00:00", "closes_at": "17:00:00"}
    value = block.to_python([{"type": "day", "value": day}, {"type": "day", "value": day}])

    with pytest.raises(blocks.StreamBlockValidationError) as error:
        block.clean(value)

    messages = [e.message for e in error.value.non_block_errors.as_data()]
    assert "Setiap hari hanya boleh diisi satu kali." in messages


def test_different_weekdays_pass():
    block = WeeklyHoursBlock()
    days = [
        {
            "type": "day",
            "value": {
                "day": str(d),
                "closed": False,
                "opens_at": "08:00:00",
                "closes_at": "17:00:00",
            },
        }
        for d in range(7)
    ]

    value = block.clean(block.to_python(days))

    assert len(value) == 7


# --- Open or closed -------------------------------------------------------------------


@pytest.fixture
def monday_spot(db):
    """Open Monday 08:00-17:00, closed on Tuesday; Wednesday to Sunday left out."""
    return TourismSpotFactory.build(
        category=TourismCategoryFactory(),
        opening_hours__0__day__day="0",
        opening_hours__0__day__opens_at=datetime.time(8, 0),
        opening_hours__0__day__closes_at=datetime.time(17, 0),
        opening_hours__1__day__day="1",
        opening_hours__1__day__closed=True,
        opening_hours__1__day__opens_at=None,
        opening_hours__1__day__closes_at=None,
    )


@pytest.mark.parametrize("hour, minute", [(8, 0), (8, 30), (12, 0), (16, 59)])
def test_spot_is_open_inside_its_hours_on_that_weekday(monday_spot, hour, minute):
    assert monday_spot.is_open_at(wib(hour, minute)) is True


@pytest.mark.parametrize("hour, minute", [(7, 59), (17, 0), (20, 0), (0, 0)])
def test_spot_is_closed_outside_its_hours(monday_spot, hour, minute):
    assert monday_spot.is_open_at(wib(hour, minute)) is False


def test_spot_is_closed_all_day_on_a_day_marked_closed(monday_spot):
    tuesday = MONDAY + datetime.timedelta(days=1)

    assert monday_spot.is_open_at(wib(10, day=tuesday)) is False


def test_spot_is_closed_on_a_day_left_out(monday_spot):
    wednesday = MONDAY + datetime.timedelta(days=2)

    assert monday_spot.is_open_at(wib(10, day=wednesday)) is False


def test_spot_without_opening_hours_is_never_open(db):
    spot = build_spot(opening_hours=[])

    assert spot.is_open_at(wib(10)) is False


def test_opening_hours_are_read_in_jakarta_time(monday_spot):
    # 01:30 UTC is 08:30 WIB: open, though 01:30 would be before opening time.
    assert monday_spot.is_open_at(datetime.datetime(2025, 8, 18, 1, 30, tzinfo=UTC)) is True
    # 10:00 UTC is 17:00 WIB: closed, though 10:00 would be inside opening hours.
    assert monday_spot.is_open_at(datetime.datetime(2025, 8, 18, 10, 0, tzinfo=UTC)) is False
    # 23:30 UTC on Sunday is 06:30 WIB on Monday: before opening time.
    assert monday_spot.is_open_at(datetime.datetime(2025, 8, 17, 23, 30, tzinfo=UTC)) is False


def test_week_schedule_has_seven_rows_monday_first_and_marks_today(monday_spot):
    with mock.patch("django.utils.timezone.now", return_value=wib(9, day=MONDAY)):
        schedule = monday_spot.week_schedule()

    assert [str(row["name"]) for row in schedule] == [
        "Senin",
        "Selasa",
        "Rabu",
        "Kamis",
        "Jumat",
        "Sabtu",
        "Minggu",
    ]
    assert [row["is_today"] for row in schedule] == [True] + [False] * 6
    assert schedule[1]["hours"]["closed"] is True
    assert schedule[2]["hours"] is None


# --- Rupiah ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, shown",
    [
        (25000, "Rp25.000"),
        (1500000, "Rp1.500.000"),
        (500, "Rp500"),
        (0, "Gratis"),
        ("10000", "Rp10.000"),
        (None, ""),
    ],
)
def test_rupiah_filter_writes_prices_as_puebi(amount, shown):
    assert rupiah(amount) == shown


# --- WhatsApp -------------------------------------------------------------------------


def whatsapp_parts(url):
    parts = urlsplit(url)
    return parts, parse_qs(parts.query)


def test_spot_whatsapp_url_uses_digits_without_plus_and_names_the_spot(db):
    spot = build_spot(name="Curug Sewu", contact_phone="+6281234567890")

    parts, query = whatsapp_parts(spot.whatsapp_url(ITEM_URL))

    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    assert query["text"] == [f"Halo, saya ingin bertanya tentang wisata Curug Sewu: {ITEM_URL}"]


def test_product_whatsapp_url_names_seller_product_and_full_url(db):
    product = build_product(
        name="Keripik Tempe & Sambal", seller_name="Ibu Sumarni", seller_whatsapp="+6281398765432"
    )
    url = "http://testserver/produk/keripik-tempe-sambal/"

    parts, query = whatsapp_parts(product.whatsapp_url(url))

    assert parts.netloc + parts.path == "wa.me/6281398765432"
    assert "+" not in parts.path
    assert query["text"] == [f"Halo Ibu Sumarni, saya ingin memesan Keripik Tempe & Sambal: {url}"]


def test_spot_without_contact_phone_has_no_whatsapp_url(db):
    assert build_spot(contact_phone="").whatsapp_url(ITEM_URL) == ""


# --- JSON-LD --------------------------------------------------------------------------


def test_spot_jsonld_is_a_tourist_attraction_with_geo_and_hours(db):
    spot = build_spot(
        name="Curug Sewu",
        latitude="-7.250000",
        longitude="109.290000",
        ticket_price=10000,
        opening_hours__0__day__day="5",
        opening_hours__0__day__opens_at=datetime.time(7, 30),
        opening_hours__0__day__closes_at=datetime.time(16, 0),
        opening_hours__1__day__day="0",
        opening_hours__1__day__opens_at=datetime.time(8, 0),
        opening_hours__1__day__closes_at=datetime.time(17, 0),
        opening_hours__2__day__day="6",
        opening_hours__2__day__closed=True,
        opening_hours__2__day__opens_at=None,
        opening_hours__2__day__closes_at=None,
    )

    data = spot.jsonld(ITEM_URL, "http://testserver/media/foto.jpg")

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "TouristAttraction"
    assert data["name"] == "Curug Sewu"
    assert data["url"] == ITEM_URL
    assert data["image"] == ["http://testserver/media/foto.jpg"]
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": -7.25, "longitude": 109.29}
    assert isinstance(data["geo"]["latitude"], float)
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "08:00",
            "closes": "17:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Saturday",
            "opens": "07:30",
            "closes": "16:00",
        },
    ]
    assert data["isAccessibleForFree"] is False
    assert data["telephone"] == "+6281234567890"


def test_free_spot_jsonld_is_accessible_for_free(db):
    data = build_spot(ticket_price=0).jsonld(ITEM_URL, "")

    assert data["isAccessibleForFree"] is True
    assert "image" not in data


def test_spot_jsonld_without_coordinates_has_no_geo(db):
    data = build_spot(latitude=None, longitude=None).jsonld(ITEM_URL, "")

    assert "geo" not in data


@pytest.mark.parametrize(
    "availability, schema",
    [
        (Product.Availability.AVAILABLE, "https://schema.org/InStock"),
        (Product.Availability.PRE_ORDER, "https://schema.org/PreOrder"),
        (Product.Availability.SOLD_OUT, "https://schema.org/OutOfStock"),
    ],
)
def test_product_jsonld_offer_in_rupiah_with_availability(db, availability, schema):
    product = build_product(name="Gula Kelapa", price=18000, availability=availability)
    url = "http://testserver/produk/gula-kelapa/"

    data = product.jsonld(url, "")

    assert data["@type"] == "Product"
    assert data["name"] == "Gula Kelapa"
    assert data["description"] == "Keripik renyah dari stroberi petik Desa Uji."
    assert data["offers"]["@type"] == "Offer"
    assert data["offers"]["priceCurrency"] == "IDR"
    assert data["offers"]["price"] == "18000"
    assert data["offers"]["availability"] == schema
    assert data["offers"]["url"] == url
    assert data["offers"]["seller"] == {"@type": "Person", "name": "Ibu Sumarni"}
