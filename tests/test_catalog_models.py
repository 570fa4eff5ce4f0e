"""Wisata and Produk Warga as data: what the admin form's full_clean accepts and refuses,
opening hours (and their conversion from one entry per day), the map point read from a
pasted link, what publishing requires, prices in rupiah, WhatsApp links and the JSON-LD
search engines read."""

import datetime
import importlib
import json
import tempfile
from decimal import Decimal
from unittest import mock
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Cast
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from wagtail import blocks
from wagtail.models import Page, Site

from catalog.blocks import OpeningHoursBlock, WeeklyHoursBlock, merge_day_entries
from catalog.location import parse_location
from catalog.models import Product, TourismSpot
from catalog.publishing import NO_PHOTO, SOME_ALT_TEXT_MISSING
from core.templatetags.site_tags import rupiah
from tests.factories import (
    HomePageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)

# Hypothesis keeps caches in ./.hypothesis/; tests leave no files behind in the project.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="village-test-hypothesis-"))

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


def entry(days=("0",), opens="08:00", closes="17:00", every_day=False, closed=False):
    """One opening-hours entry as stored: some weekdays ("0" = Monday), or every day."""
    return {
        "type": "hours",
        "value": {
            "days": [] if every_day else list(days),
            "every_day": every_day,
            "closed": closed,
            "opens_at": None if closed else f"{opens}:00",
            "closes_at": None if closed else f"{closes}:00",
        },
    }


def old_day(day, opens="08:00", closes="17:00", closed=False, block_id=None):
    """One entry of the old shape, one weekday each, as the database holds it."""
    value = {
        "day": str(day),
        "closed": closed,
        "opens_at": None if closed else f"{opens}:00",
        "closes_at": None if closed else f"{closes}:00",
    }
    return {"type": "day", "value": value, **({"id": block_id} if block_id else {})}


def spot_with_hours(*entries):
    return build_spot(opening_hours=list(entries))


def hours_value(block, **fields):
    empty = {
        "days": ["0"],
        "every_day": False,
        "closed": False,
        "opens_at": None,
        "closes_at": None,
    }
    data = empty | fields
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
    day = {"days": ["0"], "closed": False, "opens_at": "08:00:00", "closes_at": "17:00:00"}
    value = block.to_python([{"type": "hours", "value": day}, {"type": "hours", "value": day}])

    with pytest.raises(blocks.StreamBlockValidationError) as error:
        block.clean(value)

    messages = [e.message for e in error.value.non_block_errors.as_data()]
    assert "Setiap hari hanya boleh diisi satu kali." in messages


def test_different_weekdays_pass():
    block = WeeklyHoursBlock()
    days = [
        {
            "type": "hours",
            "value": {
                "days": [str(d)],
                "closed": False,
                "opens_at": "08:00:00",
                "closes_at": "17:00:00",
            },
        }
        for d in range(7)
    ]

    value = block.clean(block.to_python(days))

    assert len(value) == 7


def stream_errors(raw_entries):
    block = WeeklyHoursBlock()
    with pytest.raises(blocks.StreamBlockValidationError) as error:
        block.clean(block.to_python(raw_entries))
    return error.value


def test_entry_without_days_or_every_day_is_refused_at_the_days():
    block = OpeningHoursBlock()

    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(hours_value(block, days=[], opens_at="08:00:00", closes_at="17:00:00"))

    assert set(error.value.block_errors) == {"days"}
    assert error.value.block_errors["days"].messages[0] == (
        "Pilih harinya, atau centang 'Setiap hari'."
    )


def test_every_day_entry_covers_the_whole_week_without_ticking_days():
    block = OpeningHoursBlock()

    value = block.clean(
        hours_value(block, days=["2"], every_day=True, opens_at="07:00", closes_at="17:00")
    )

    assert value.weekdays == [0, 1, 2, 3, 4, 5, 6]
    assert value["days"] == []
    assert value.days_label == "Setiap hari"


def test_closed_entry_forgets_its_times():
    block = OpeningHoursBlock()

    value = block.clean(hours_value(block, closed=True, opens_at="08:00", closes_at="17:00"))

    assert (value["opens_at"], value["closes_at"]) == (None, None)
    assert value.hours_label == "Tutup"


def test_entry_days_are_kept_monday_first_and_named_as_ranges():
    block = OpeningHoursBlock()

    value = block.clean(
        hours_value(block, days=["4", "0", "3", "2"], opens_at="08:00", closes_at="16:00")
    )

    assert value["days"] == ["0", "2", "3", "4"]
    assert value.days_label == "Senin, Rabu–Jumat"
    assert value.hours_label == "08.00–16.00 WIB"


def test_day_in_two_entries_is_refused_at_the_second_entry():
    error = stream_errors([entry(["0", "1", "2"]), entry(["2", "3"], "09:00", "12:00")])

    assert list(error.block_errors) == [1]
    assert error.block_errors[1].block_errors["days"].messages[0] == (
        "Rabu sudah diisi di baris lain."
    )
    assert [e.message for e in error.non_block_errors.as_data()] == [
        "Setiap hari hanya boleh diisi satu kali."
    ]


def test_two_every_day_entries_are_refused():
    error = stream_errors([entry(every_day=True), entry(every_day=True, opens="09:00")])

    assert error.block_errors[1].block_errors["every_day"].messages[0] == (
        "'Setiap hari' sudah dipakai di baris lain."
    )


def test_every_day_entry_with_a_closed_monday_passes():
    block = WeeklyHoursBlock()

    value = block.clean(block.to_python([entry(every_day=True), entry(["0"], closed=True)]))

    assert len(value) == 2


# --- Open or closed -------------------------------------------------------------------


@pytest.fixture
def monday_spot(db):
    """Open Monday 08:00-17:00, closed on Tuesday; Wednesday to Sunday left out."""
    return TourismSpotFactory.build(
        category=TourismCategoryFactory(),
        opening_hours__0__hours__days=["0"],
        opening_hours__0__hours__opens_at=datetime.time(8, 0),
        opening_hours__0__hours__closes_at=datetime.time(17, 0),
        opening_hours__1__hours__days=["1"],
        opening_hours__1__hours__closed=True,
        opening_hours__1__hours__opens_at=None,
        opening_hours__1__hours__closes_at=None,
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


@pytest.fixture
def workweek_spot(db):
    """Senin–Jumat 08.00–16.00, Sabtu 08.00–12.00, Minggu tutup: three entries."""
    return spot_with_hours(
        entry(["0", "1", "2", "3", "4"], "08:00", "16:00"),
        entry(["5"], "08:00", "12:00"),
        entry(["6"], closed=True),
    )


@pytest.mark.parametrize(
    "day, hour, minute, is_open",
    [
        (0, 8, 0, True),
        (2, 10, 0, True),
        (4, 15, 59, True),
        (4, 16, 0, False),
        (3, 7, 59, False),
        (5, 11, 30, True),
        (5, 12, 0, False),
        (6, 10, 0, False),
    ],
)
def test_entry_for_several_days_opens_each_of_them(workweek_spot, day, hour, minute, is_open):
    moment = wib(hour, minute, day=MONDAY + datetime.timedelta(days=day))

    assert workweek_spot.is_open_at(moment) is is_open


@pytest.mark.parametrize("day, is_open", [(0, False), (1, True), (3, True), (5, True), (6, True)])
def test_every_day_with_a_closed_monday_is_closed_only_on_monday(db, day, is_open):
    spot = spot_with_hours(entry(every_day=True, opens="07:00"), entry(["0"], closed=True))

    assert spot.is_open_at(wib(10, day=MONDAY + datetime.timedelta(days=day))) is is_open


def test_day_named_in_an_entry_wins_over_every_day_wherever_it_stands(db):
    spot = spot_with_hours(entry(["6"], "07:00", "12:00"), entry(every_day=True))

    assert spot.is_open_at(wib(13, day=MONDAY + datetime.timedelta(days=6))) is False
    assert spot.is_open_at(wib(13, day=MONDAY + datetime.timedelta(days=5))) is True


def test_weekly_hours_lists_each_day_filled_in_with_its_own_hours(workweek_spot):
    hours = workweek_spot.weekly_hours()

    assert [day["day"] for day in hours] == ["0", "1", "2", "3", "4", "5", "6"]
    assert [day.hours_label for day in hours] == ["08.00–16.00 WIB"] * 5 + [
        "08.00–12.00 WIB",
        "Tutup",
    ]


def hours_rows(spot, today=MONDAY):
    with mock.patch("django.utils.timezone.now", return_value=wib(9, day=today)):
        return [(row["days"], row["hours"], row["is_today"]) for row in spot.hours_table()]


def test_hours_table_puts_consecutive_days_with_the_same_hours_on_one_row(workweek_spot):
    assert hours_rows(workweek_spot, today=MONDAY + datetime.timedelta(days=5)) == [
        ("Senin–Jumat", "08.00–16.00 WIB", False),
        ("Sabtu", "08.00–12.00 WIB", True),
        ("Minggu", "Tutup", False),
    ]


def test_hours_table_of_a_spot_open_every_day_is_one_row(db):
    spot = spot_with_hours(entry(every_day=True, opens="06:00", closes="22:00"))

    assert hours_rows(spot) == [("Setiap hari", "06.00–22.00 WIB", True)]


def test_hours_table_keeps_days_apart_when_a_different_day_separates_them(db):
    spot = spot_with_hours(entry(["0", "2"], "08:00", "16:00"), entry(["1"], closed=True))

    assert hours_rows(spot) == [
        ("Senin", "08.00–16.00 WIB", True),
        ("Selasa", "Tutup", False),
        ("Rabu", "08.00–16.00 WIB", False),
        ("Kamis–Minggu", "Tutup", False),
    ]


def test_hours_table_treats_days_left_out_like_closed_days(monday_spot):
    assert hours_rows(monday_spot) == [
        ("Senin", "08.00–17.00 WIB", True),
        ("Selasa–Minggu", "Tutup", False),
    ]


# --- Opening hours stored one entry per day (before entries covered several days) -------


def test_old_entries_with_the_same_hours_merge_into_one_entry_per_group():
    old = [old_day(day, "08:00", "16:00", block_id=f"id-{day}") for day in range(5)]
    old += [old_day(5, "08:00", "12:00", block_id="id-5"), old_day(6, closed=True)]

    merged = merge_day_entries(old)

    assert merged == [
        {
            "type": "hours",
            "id": "id-0",
            "value": {
                "days": ["0", "1", "2", "3", "4"],
                "every_day": False,
                "closed": False,
                "opens_at": "08:00:00",
                "closes_at": "16:00:00",
            },
        },
        {
            "type": "hours",
            "id": "id-5",
            "value": {
                "days": ["5"],
                "every_day": False,
                "closed": False,
                "opens_at": "08:00:00",
                "closes_at": "12:00:00",
            },
        },
        {
            "type": "hours",
            "value": {
                "days": ["6"],
                "every_day": False,
                "closed": True,
                "opens_at": None,
                "closes_at": None,
            },
        },
    ]


def test_seven_old_days_with_the_same_hours_become_every_day():
    merged = merge_day_entries([old_day(day, "07:00", "17:00") for day in (6, 0, 3, 1, 2, 5, 4)])

    assert [entry["value"] for entry in merged] == [
        {
            "days": [],
            "every_day": True,
            "closed": False,
            "opens_at": "07:00:00",
            "closes_at": "17:00:00",
        }
    ]


def test_merge_keeps_new_entries_and_the_first_hours_of_a_repeated_old_day():
    new = entry(["6"], closed=True)
    merged = merge_day_entries([new, old_day(0, "08:00"), old_day(0, "09:00"), old_day("x")])

    assert merged[0] is new
    assert [(e["value"]["days"], e["value"]["opens_at"]) for e in merged[1:]] == [
        (["0"], "08:00:00")
    ]


def test_spot_holding_old_entries_reads_them_as_multi_day_hours(db):
    spot = spot_with_hours(*[old_day(day, "08:00", "16:00") for day in range(5)], old_day(6))

    assert [child.block_type for child in spot.opening_hours] == ["hours", "hours"]
    assert spot.is_open_at(wib(10, day=MONDAY + datetime.timedelta(days=4))) is True
    assert spot.is_open_at(wib(10, day=MONDAY + datetime.timedelta(days=5))) is False
    assert hours_rows(spot)[0] == ("Senin–Jumat", "08.00–16.00 WIB", True)


def test_old_revision_json_and_old_pairs_read_in_the_new_shape():
    block = WeeklyHoursBlock()
    pairs = [
        (
            "day",
            {
                "day": "1",
                "closed": False,
                "opens_at": datetime.time(8),
                "closes_at": datetime.time(9),
            },
        )
    ]

    from_revision = block.to_python(json.dumps([old_day(1, "08:00", "09:00")]))
    from_pairs = block.to_python(pairs)

    for value in (from_revision, from_pairs):
        assert [child.value.weekdays for child in value] == [[1]]
        assert value[0].value["opens_at"] == datetime.time(8)


def stored_opening_hours(spot):
    """The JSON in the database, not read through the block."""
    return (
        TourismSpot.objects.annotate(raw=Cast("opening_hours", models.JSONField()))
        .values_list("raw", flat=True)
        .get(pk=spot.pk)
    )


MIGRATION = importlib.import_module("catalog.migrations.0003_merge_opening_hours_days")


def test_migration_rewrites_stored_day_entries_and_back(wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu")
    old = [old_day(day, "08:00", "16:00") for day in range(5)] + [old_day(6, closed=True)]
    TourismSpot.objects.filter(pk=spot.pk).update(opening_hours=old)

    MIGRATION.merge_days(django_apps, None)

    stored = stored_opening_hours(spot)
    assert [(e["type"], e["value"]["days"], e["value"]["closed"]) for e in stored] == [
        ("hours", ["0", "1", "2", "3", "4"], False),
        ("hours", ["6"], True),
    ]
    assert TourismSpot.objects.get(pk=spot.pk).is_open_at(wib(9)) is True

    MIGRATION.split_days(django_apps, None)

    assert [e["value"] for e in stored_opening_hours(spot)] == [e["value"] for e in old]


def test_migration_leaves_new_entries_alone(wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu")
    before = stored_opening_hours(spot)

    MIGRATION.merge_days(django_apps, None)

    assert stored_opening_hours(spot) == before


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
        opening_hours__0__hours__days=["5"],
        opening_hours__0__hours__opens_at=datetime.time(7, 30),
        opening_hours__0__hours__closes_at=datetime.time(16, 0),
        opening_hours__1__hours__days=["0"],
        opening_hours__1__hours__opens_at=datetime.time(8, 0),
        opening_hours__1__hours__closes_at=datetime.time(17, 0),
        opening_hours__2__hours__days=["6"],
        opening_hours__2__hours__closed=True,
        opening_hours__2__hours__opens_at=None,
        opening_hours__2__hours__closes_at=None,
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


def test_spot_jsonld_gives_days_with_the_same_hours_one_specification(workweek_spot):
    data = workweek_spot.jsonld(ITEM_URL, "")

    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in weekdays],
            "opens": "08:00",
            "closes": "16:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Saturday",
            "opens": "08:00",
            "closes": "12:00",
        },
    ]


def test_spot_jsonld_of_every_day_with_a_closed_monday_lists_six_days(db):
    spot = spot_with_hours(entry(every_day=True, opens="07:00"), entry(["0"], closed=True))

    (specification,) = spot.jsonld(ITEM_URL, "")["openingHoursSpecification"]

    assert [day.rsplit("/", 1)[1] for day in specification["dayOfWeek"]] == [
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert (specification["opens"], specification["closes"]) == ("07:00", "17:00")


def test_spot_closed_every_day_has_no_opening_hours_in_jsonld(db):
    spot = spot_with_hours(entry(every_day=True, closed=True))

    assert "openingHoursSpecification" not in spot.jsonld(ITEM_URL, "")


# --- The map point, from a pasted link or typed coordinates ----------------------------

SERANG = ("-7.2345", "109.2345")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://www.google.com/maps/place/Curug+Sewu/@-7.2345,109.2345,15z", SERANG),
        (
            "https://www.google.com/maps/place/Curug+Sewu/@-7.23,109.23,15z/data=!3m1!4b1"
            "!4m6!3m5!1s0x2e6f:0x1!8m2!3d-7.2345!4d109.2345!16s",
            SERANG,
        ),
        ("https://www.google.com/maps/@-7.2345,109.2345,17z?entry=ttu", SERANG),
        ("https://www.google.co.id/maps/@-7.2345,109.2345,17z", SERANG),
        ("google.com/maps/@-7.2345,109.2345,17z", SERANG),
        ("https://maps.google.com/?q=-7.2345,109.2345", SERANG),
        ("https://www.google.com/maps?q=-7.2345,+109.2345&z=15", SERANG),
        ("https://www.google.com/maps/search/?api=1&query=-7.2345%2C109.2345", SERANG),
        ("https://www.google.com/maps/search/-7.2345,+109.2345", SERANG),
        ("https://maps.google.com/maps?ll=-7.2345,109.2345&z=16", SERANG),
        ("https://www.openstreetmap.org/?mlat=-7.2345&mlon=109.2345#map=16/-7.2/109.2", SERANG),
        ("https://www.openstreetmap.org/#map=15/-7.2345/109.2345", SERANG),
        ("https://www.openstreetmap.org/way/123#map=18/-7.2345/109.2345", SERANG),
        ("https://www.openstreetmap.org/search?query=-7.2345%2C109.2345", SERANG),
        ("geo:-7.2345,109.2345?z=15", SERANG),
        ("geo:0,0?q=-7.2345,109.2345(Curug Sewu)", SERANG),
        ("-7.2345, 109.2345", SERANG),
        ("-7.2345,109.2345", SERANG),
        ("  -7.2345   109.2345  ", SERANG),
        ("-7,2345 109,2345", SERANG),
        ("-7,2345, 109,2345", SERANG),
        ("-7,2345;109,2345", SERANG),
        ("\u22127.2345,\u00a0109.2345", SERANG),
        ("-7.23456789, 109.23450001", ("-7.234568", "109.2345")),
        ("7°14'04.2\"S 109°14'04.2\"E", SERANG),
        ("7°14′04.2″S 109°14′04.2″E", SERANG),
        ("7°14'4.2\" LS, 109°14'4.2\" BT", SERANG),
        ("109°14'04.2\"E 7°14'04.2\"S", SERANG),
        ("-0.5, 100.4", ("-0.5", "100.4")),
    ],
)
def test_location_is_read_from_links_and_typed_coordinates(text, expected):
    location = parse_location(text)

    assert (location.latitude, location.longitude) == tuple(Decimal(part) for part in expected)
    assert location.latitude.as_tuple().exponent == -6


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_location_is_no_location(text):
    assert parse_location(text) is None


def test_location_is_shown_back_as_typed():
    assert str(parse_location("-7.250000, 109.290000")) == "-7.25, 109.29"


@pytest.mark.parametrize(
    "text, message",
    [
        ("https://maps.app.goo.gl/AbCdEf123", "Tautan pendek (seperti maps.app.goo.gl)"),
        ("maps.app.goo.gl/AbCdEf123", "tidak bisa dibaca tanpa membukanya di internet"),
        ("https://goo.gl/maps/xyz", "Tautan pendek"),
        ("https://www.google.com/maps/place/Curug+Sewu", "Tautan ini tidak memuat koordinat"),
        ("https://www.google.com/maps?q=Curug+Sewu", "Tautan ini tidak memuat koordinat"),
        ("https://www.openstreetmap.org/node/123", "Tautan ini tidak memuat koordinat"),
        ("https://example.com/?lat=-7&lon=109", "bukan dari Google Maps atau OpenStreetMap"),
        ("Dusun Kaliurip RT 3", "Lokasi tidak dikenali"),
        ("-7.2345, 109.2345, 15", "Lokasi tidak dikenali"),
        ("NaN, NaN", "Lokasi tidak dikenali"),
        ("geo:di-sini", "Lokasi tidak dikenali"),
        ("http://[::1", "Lokasi tidak dikenali"),
        ("-7°99' S 109° E", "Lokasi tidak dikenali"),
        ("https://www.openstreetmap.org/?mlat=abc&mlon=109", "Lokasi tidak dikenali"),
        ("https://www.openstreetmap.org/?mlat=1e999&mlon=109", "Lintang harus antara -90 dan 90"),
        ("91, 109", "Lintang harus antara -90 dan 90 dan bujur antara -180 dan 180"),
        ("109.2345, -7.2345", "Lintang dan bujur tampaknya tertukar"),
        ("7.2345, 109.2345", "lintang diawali tanda minus"),
        ("48.8584, 2.2945", "Titik 48.8584, 2.2945 berada di luar Indonesia"),
        ("x" * 3000, "Teks lokasi terlalu panjang"),
    ],
)
def test_bad_location_is_refused_saying_what_to_do_in_indonesian(text, message):
    with pytest.raises(ValidationError) as error:
        parse_location(text)

    assert message in error.value.messages[0]


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=80) | st.from_regex(r"https?://[a-z.]{0,20}/[\w@,.!/?=&%-]{0,40}"))
def test_any_text_gives_a_location_in_indonesia_or_an_indonesian_error(text):
    try:
        location = parse_location(text)
    except ValidationError as error:
        assert error.messages and error.messages[0][0].isupper()
    else:
        assert location is None or (-12 < location.latitude < 7 and 94 < location.longitude < 142)


# --- What going public needs -----------------------------------------------------------


def test_publishing_a_revision_without_photos_is_refused(wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", images=0, live=False)

    with pytest.raises(ValidationError) as error:
        spot.save_revision().publish()

    assert error.value.messages == [str(NO_PHOTO)]
    spot.refresh_from_db()
    assert spot.live is False
    assert spot.live_revision is None


def test_publishing_a_photo_without_alt_text_is_refused(produk_index):
    product = ProductFactory(name="Gula Semut", live=False)
    product.gallery_images.update(alt_text="")
    product = Product.objects.get(pk=product.pk)

    with pytest.raises(ValidationError) as error:
        product.save_revision().publish()

    assert error.value.messages == [str(SOME_ALT_TEXT_MISSING)]
    assert Product.objects.get(pk=product.pk).live is False


def test_scheduled_revision_with_photos_is_published_by_the_scheduler(wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", live=False)
    spot.go_live_at = datetime.datetime(2025, 8, 18, 1, tzinfo=UTC)
    revision = spot.save_revision()
    revision.approved_go_live_at = spot.go_live_at
    revision.save()

    with mock.patch("django.utils.timezone.now", return_value=wib(9)):
        revision.publish()

    assert TourismSpot.objects.get(pk=spot.pk).live is True
