"""The public catalog: /wisata/ and /produk/ listings with search, filter, sort and
pagination; each item's detail page; what never shows (drafts, other sites); the home page."""

import datetime
import json
from unittest import mock
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowTask,
)

from catalog.models import Product, TourismSpot
from tests.factories import (
    HomePageFactory,
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)
from tests.helpers import get_soup, jsonld_of_type, make_superuser, meta_content

WIB = ZoneInfo("Asia/Jakarta")
# Monday 18 August 2025.
MONDAY = datetime.date(2025, 8, 18)
MONDAY_HOURS = {
    "opening_hours__0__hours__days": ["0"],
    "opening_hours__0__hours__opens_at": datetime.time(8, 0),
    "opening_hours__0__hours__closes_at": datetime.time(17, 0),
    "opening_hours__1__hours__days": ["6"],
    "opening_hours__1__hours__closed": True,
    "opening_hours__1__hours__opens_at": None,
    "opening_hours__1__hours__closes_at": None,
}


def wib(hour, minute=0, day=MONDAY):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=WIB)


def card_names(soup, scope="main .cards"):
    return [a.get_text(strip=True) for a in soup.select(f"{scope} .card .card-title a")]


def notices(soup):
    return [p.get_text(strip=True) for p in soup.select("main .notice")]


def result_count(soup):
    return " ".join(soup.select_one(".result-count").get_text().split())


def detail_url(index, item):
    return f"{index.url}{item.slug}/"


def set_published(item, when):
    type(item).objects.filter(pk=item.pk).update(first_published_at=when)


@pytest.fixture
def other_site(home_page):
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Desa Tetangga", slug="desa-tetangga"
    )
    return Site.objects.create(hostname="desa-tetangga.test", port=80, root_page=other_home)


# --- Listings: only live items of this site -------------------------------------------


def test_wisata_index_lists_only_live_spots_of_this_site(client, wisata_index, other_site):
    TourismSpotFactory(name="Curug Sewu", images=0)
    TourismSpotFactory(name="Curug Masih Draf", images=0, live=False)
    TourismSpotFactory(name="Curug Desa Tetangga", images=0, site=other_site)

    soup = get_soup(client, wisata_index.url)

    assert card_names(soup) == ["Curug Sewu"]


def test_produk_index_lists_only_live_products_of_this_site(client, produk_index, other_site):
    ProductFactory(name="Keripik Tempe", images=0)
    ProductFactory(name="Keripik Masih Draf", images=0, live=False)
    ProductFactory(name="Keripik Desa Tetangga", images=0, site=other_site)

    soup = get_soup(client, produk_index.url)

    assert card_names(soup) == ["Keripik Tempe"]


def test_spot_card_shows_name_link_category_and_ticket_price(client, wisata_index):
    spot = TourismSpotFactory(
        name="Curug Sewu", category=TourismCategoryFactory(name="Air Terjun"), ticket_price=10000
    )

    card = get_soup(client, wisata_index.url).select_one("main .card")

    link = card.select_one(".card-title a")
    assert (link.get_text(strip=True), link["href"]) == (
        "Curug Sewu",
        detail_url(wisata_index, spot),
    )
    assert card.select_one(".badge").get_text(strip=True) == "Air Terjun"
    assert card.select_one(".price").get_text(strip=True) == "Tiket: Rp10.000"


def test_free_spot_card_reads_gratis(client, wisata_index):
    TourismSpotFactory(name="Bukit Senja", ticket_price=0, images=0)

    card = get_soup(client, wisata_index.url).select_one("main .card")

    assert card.select_one(".price").get_text(strip=True) == "Tiket: Gratis"


def test_product_card_shows_name_category_price_unit_and_seller(client, produk_index):
    ProductFactory(
        name="Gula Kelapa",
        category=ProductCategoryFactory(name="Makanan"),
        price=1500000,
        unit=Product.Unit.KILOGRAM,
        seller_name="Pak Darto",
        images=0,
    )

    card = get_soup(client, produk_index.url).select_one("main .card")

    assert card.select_one(".card-title a").get_text(strip=True) == "Gula Kelapa"
    assert card.select_one(".badge").get_text(strip=True) == "Makanan"
    assert card.select_one(".price").get_text(strip=True) == "Rp1.500.000"
    assert card.select_one(".unit").get_text(strip=True) == "per kg"
    assert card.select_one(".card-intro").get_text(strip=True) == "Oleh Pak Darto"
    assert card.select_one("del") is None


def test_discounted_product_card_strikes_the_original_price(client, produk_index):
    ProductFactory(price=20000, original_price=25000, images=0)

    card = get_soup(client, produk_index.url).select_one("main .card")

    assert card.select_one("del").get_text(strip=True) == "Rp25.000"
    assert card.select_one(".price").get_text(strip=True) == "Rp20.000"


def test_card_image_is_lazy_with_alt_width_and_height(client, wisata_index):
    TourismSpotFactory(name="Curug Sewu")

    img = get_soup(client, wisata_index.url).select_one("main .card picture img")

    assert img["alt"] == "Foto Curug Sewu 1"
    assert img["loading"] == "lazy"
    assert (img["width"], img["height"]) == ("400", "300")
    assert img["srcset"]


# --- Search ---------------------------------------------------------------------------


@pytest.fixture
def searchable_spots(wisata_index):
    return [
        TourismSpotFactory(
            name="Curug Sewu",
            short_description="Air terjun tinggi.",
            description="<p>Kolam jernih di bawah tebing.</p>",
            images=0,
        ),
        TourismSpotFactory(
            name="Bukit Senja",
            short_description="Tempat melihat matahari terbenam.",
            description="<p>Padang rumput di puncak bukit.</p>",
            images=0,
        ),
    ]


def test_search_finds_a_spot_by_a_word_of_its_name(client, wisata_index, searchable_spots):
    soup = get_soup(client, wisata_index.url, {"q": "Sewu"})

    assert card_names(soup) == ["Curug Sewu"]
    assert result_count(soup).startswith("1 hasil untuk “Sewu”")


def test_search_finds_a_spot_by_a_word_of_its_description(client, wisata_index, searchable_spots):
    soup = get_soup(client, wisata_index.url, {"q": "rumput"})

    assert card_names(soup) == ["Bukit Senja"]


def test_search_finds_a_product_by_a_word_of_its_description(client, produk_index):
    ProductFactory(name="Gula Kelapa", description="<p>Dibuat dari nira segar.</p>", images=0)
    ProductFactory(name="Keripik Tempe", description="<p>Renyah dan gurih.</p>", images=0)

    soup = get_soup(client, produk_index.url, {"q": "nira"})

    assert card_names(soup) == ["Gula Kelapa"]


def test_search_keeps_the_query_in_the_search_box(client, wisata_index, searchable_spots):
    soup = get_soup(client, wisata_index.url, {"q": "  Sewu  "})

    assert soup.select_one("#catalog-q")["value"] == "Sewu"


def test_search_without_match_says_so_in_indonesian_with_zero_count(
    client, wisata_index, searchable_spots
):
    soup = get_soup(client, wisata_index.url, {"q": "kapal selam"})

    assert card_names(soup) == []
    assert "Belum ada wisata yang cocok." in notices(soup)
    assert result_count(soup).startswith("0 hasil untuk “kapal selam”")


def test_product_search_without_match_says_so_in_indonesian(client, produk_index):
    ProductFactory(name="Gula Kelapa", images=0)

    soup = get_soup(client, produk_index.url, {"q": "sepeda"})

    assert card_names(soup) == []
    assert "Belum ada produk yang cocok." in notices(soup)
    assert result_count(soup).startswith("0 hasil")


def test_search_does_not_find_words_only_in_an_unpublished_draft(client, wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", images=0)
    spot.name = "Curug Rahasia"
    spot.save_revision()

    soup = get_soup(client, wisata_index.url, {"q": "Rahasia"})

    assert card_names(soup) == []


# --- Category filter and sort ---------------------------------------------------------


def test_category_filter_shows_only_that_category(client, wisata_index):
    waterfalls = TourismCategoryFactory(name="Air Terjun")
    hills = TourismCategoryFactory(name="Bukit")
    TourismSpotFactory(name="Curug Sewu", category=waterfalls, images=0)
    TourismSpotFactory(name="Curug Lawe", category=waterfalls, images=0)
    TourismSpotFactory(name="Bukit Senja", category=hills, images=0)

    soup = get_soup(client, wisata_index.url, {"kategori": waterfalls.slug, "urut": "az"})

    assert card_names(soup) == ["Curug Lawe", "Curug Sewu"]
    selected = soup.select_one("select[name=kategori] option[selected]")
    assert selected["value"] == waterfalls.slug
    assert result_count(soup).startswith("2 hasil")


def test_category_filter_combines_with_search(client, produk_index):
    food = ProductCategoryFactory(name="Makanan")
    crafts = ProductCategoryFactory(name="Kerajinan Tangan")
    ProductFactory(name="Keripik Pisang", category=food, images=0)
    ProductFactory(name="Keripik Hiasan Bambu", category=crafts, images=0)

    soup = get_soup(client, produk_index.url, {"q": "keripik", "kategori": food.slug})

    assert card_names(soup) == ["Keripik Pisang"]


@pytest.fixture
def priced_spots(wisata_index):
    spots = {
        "Bukit Senja": 5000,
        "Curug Sewu": 15000,
        "Air Panas Guci": 0,
        "Danau Biru": 10000,
    }
    created = [
        TourismSpotFactory(name=name, ticket_price=price, images=0) for name, price in spots.items()
    ]
    # Published one day apart, in the order above: Danau Biru is the newest.
    for day, spot in enumerate(created):
        set_published(spot, wib(9, day=MONDAY + datetime.timedelta(days=day)))
    return created


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("termurah", ["Air Panas Guci", "Bukit Senja", "Danau Biru", "Curug Sewu"]),
        ("termahal", ["Curug Sewu", "Danau Biru", "Bukit Senja", "Air Panas Guci"]),
        ("az", ["Air Panas Guci", "Bukit Senja", "Curug Sewu", "Danau Biru"]),
        ("terbaru", ["Danau Biru", "Air Panas Guci", "Curug Sewu", "Bukit Senja"]),
        ("", ["Danau Biru", "Air Panas Guci", "Curug Sewu", "Bukit Senja"]),
    ],
)
def test_sort_orders_the_spot_cards(client, wisata_index, priced_spots, sort, expected):
    soup = get_soup(client, wisata_index.url, {"urut": sort} if sort else {})

    assert card_names(soup) == expected


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("termurah", ["Gula Kelapa", "Keripik Tempe", "Batik Tulis"]),
        ("termahal", ["Batik Tulis", "Keripik Tempe", "Gula Kelapa"]),
        ("az", ["Batik Tulis", "Gula Kelapa", "Keripik Tempe"]),
    ],
)
def test_sort_orders_the_product_cards_by_price_and_name(client, produk_index, sort, expected):
    ProductFactory(name="Keripik Tempe", price=15000, images=0)
    ProductFactory(name="Batik Tulis", price=350000, images=0)
    ProductFactory(name="Gula Kelapa", price=12000, images=0)

    soup = get_soup(client, produk_index.url, {"urut": sort})

    assert card_names(soup) == expected


def test_search_results_can_be_sorted_by_price(client, wisata_index, priced_spots):
    TourismSpotFactory(name="Kebun Teh", description="<p>Hamparan teh hijau.</p>", images=0)

    soup = get_soup(client, wisata_index.url, {"q": "kolam", "urut": "termurah"})

    assert card_names(soup) == ["Air Panas Guci", "Bukit Senja", "Danau Biru", "Curug Sewu"]


def test_search_typed_into_the_listing_form_finds_the_spot(client, wisata_index, priced_spots):
    form = get_soup(client, wisata_index.url).select_one("form.catalog-filter")
    params = {
        select["name"]: (select.select_one("option[selected]") or select.option)["value"]
        for select in form.select("select")
    }
    params["q"] = "curug"

    response = client.get(form["action"], params)

    assert response.status_code == 200
    assert card_names(BeautifulSoup(response.content, "html.parser")) == ["Curug Sewu"]


# --- Pagination -----------------------------------------------------------------------


@pytest.fixture
def thirteen_spots(wisata_index):
    category = TourismCategoryFactory(name="Air Terjun")
    return [
        TourismSpotFactory(name=f"Curug {number:02d}", category=category, images=0)
        for number in range(1, 14)
    ]


def test_thirteen_spots_paginate_twelve_then_one(client, wisata_index, thirteen_spots):
    first = get_soup(client, wisata_index.url, {"urut": "az"})
    second = get_soup(client, wisata_index.url, {"urut": "az", "page": 2})

    assert card_names(first) == [f"Curug {n:02d}" for n in range(1, 13)]
    assert card_names(second) == ["Curug 13"]
    assert second.select_one("nav.pagination [aria-current=page]").get_text(strip=True) == "2"


def test_pagination_links_keep_search_category_and_sort(client, wisata_index, thirteen_spots):
    params = {"q": "curug", "kategori": "air-terjun", "urut": "az"}

    soup = get_soup(client, wisata_index.url, params)

    assert len(card_names(soup)) == 12
    next_link = soup.select_one("nav.pagination a[rel=next]")
    query = parse_qs(urlsplit(next_link["href"]).query)
    assert query == {"q": ["curug"], "kategori": ["air-terjun"], "urut": ["az"], "page": ["2"]}
    second = get_soup(client, wisata_index.url + next_link["href"])
    assert card_names(second) == ["Curug 13"]


# --- Bad parameters never break the page ----------------------------------------------


def test_non_numeric_page_shows_the_first_page(client, wisata_index, thirteen_spots):
    soup = get_soup(client, wisata_index.url, {"page": "abc", "urut": "az"})

    assert card_names(soup)[0] == "Curug 01"


def test_page_beyond_the_last_shows_the_last_page(client, wisata_index, thirteen_spots):
    soup = get_soup(client, wisata_index.url, {"page": "99999", "urut": "az"})

    assert card_names(soup) == ["Curug 13"]


def test_unknown_sort_falls_back_to_newest_with_a_message(client, wisata_index, priced_spots):
    soup = get_soup(client, wisata_index.url, {"urut": "foo"})

    assert "Urutan tidak dikenal; dipakai urutan bawaan." in notices(soup)
    assert card_names(soup) == ["Danau Biru", "Air Panas Guci", "Curug Sewu", "Bukit Senja"]


def test_unknown_category_says_so_and_lists_nothing(client, wisata_index, priced_spots):
    soup = get_soup(client, wisata_index.url, {"kategori": "999"})

    assert "Kategori tidak ditemukan." in notices(soup)
    assert card_names(soup) == []


def test_overlong_query_is_cut_to_100_characters_with_a_message(client, produk_index):
    ProductFactory(name="Gula Kelapa", images=0)

    soup = get_soup(client, produk_index.url, {"q": "gula " * 200})

    assert "Kata kunci dipotong menjadi 100 karakter." in notices(soup)
    assert len(soup.select_one("#catalog-q")["value"]) <= 100


def test_null_byte_in_query_is_dropped(client, wisata_index, searchable_spots):
    soup = get_soup(client, wisata_index.url + "?q=Sewu%00")

    assert card_names(soup) == ["Curug Sewu"]
    assert soup.select_one("#catalog-q")["value"] == "Sewu"


def test_query_of_only_a_null_byte_shows_the_full_list(client, wisata_index, searchable_spots):
    soup = get_soup(client, wisata_index.url + "?q=%00")

    assert sorted(card_names(soup)) == ["Bukit Senja", "Curug Sewu"]


@pytest.mark.parametrize(
    "query",
    [
        "🌋",
        "curug 🌋",
        "&",
        "|",
        "!",
        ":",
        "*",
        "(",
        ")",
        "'",
        "\\",
        ";",
        "curug:* & !(bukit | senja)",
        "' OR 1=1; --",
        "'); DROP TABLE catalog_tourismspot; --",
    ],
)
def test_search_with_odd_characters_answers_a_normal_page(
    client, wisata_index, searchable_spots, query
):
    soup = get_soup(client, wisata_index.url, {"q": query})

    assert soup.h1.get_text(strip=True) == "Wisata"
    assert "hasil" in result_count(soup)
    assert TourismSpot.objects.count() == 2


@pytest.mark.parametrize("query", ['kolam "jernih', "&|!:*()'\"\\; kolam"])
def test_search_with_a_double_quote_answers_a_normal_page(
    client, wisata_index, searchable_spots, query
):
    response = client.get(wisata_index.url, {"q": query})

    assert response.status_code == 200
    assert "hasil" in result_count(BeautifulSoup(response.content, "html.parser"))


def test_search_of_only_a_quote_shows_the_whole_listing(client, wisata_index, searchable_spots):
    response = client.get(wisata_index.url, {"q": '"'})

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert len(soup.select(".cards .card")) == len(searchable_spots)


# --- Detail pages ---------------------------------------------------------------------


@pytest.fixture
def spot(wisata_index):
    return TourismSpotFactory(
        name="Curug Sewu",
        category=TourismCategoryFactory(name="Air Terjun"),
        ticket_price=15000,
        latitude="-7.250000",
        longitude="109.290000",
        facilities="Toilet\nMushola\n\nParkir luas",
        contact_phone="+6281234567890",
        images=0,
        **MONDAY_HOURS,
    )


@pytest.fixture
def product(produk_index):
    return ProductFactory(
        name="Keripik Tempe & Sambal",
        category=ProductCategoryFactory(name="Makanan"),
        price=20000,
        original_price=25000,
        seller_name="Ibu Sumarni",
        seller_whatsapp="+6281398765432",
        images=0,
    )


def spot_soup(client, wisata_index, spot, now=None):
    with mock.patch("django.utils.timezone.now", return_value=now or wib(9)):
        return get_soup(client, detail_url(wisata_index, spot))


def test_spot_page_has_its_name_in_h1(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    assert soup.h1.get_text(strip=True) == "Curug Sewu"
    assert soup.title.get_text().startswith("Curug Sewu")


def test_product_page_has_its_name_in_h1(client, produk_index, product):
    soup = get_soup(client, detail_url(produk_index, product))

    assert soup.h1.get_text(strip=True) == "Keripik Tempe & Sambal"


def test_spot_gallery_shows_each_image_as_picture_with_alt_size_and_srcset(client, wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", images=2)

    soup = spot_soup(client, wisata_index, spot)

    images = soup.select(".gallery picture img")
    assert [img["alt"] for img in images] == ["Foto Curug Sewu 1", "Foto Curug Sewu 2"]
    for img in images:
        assert (img["width"], img["height"]) == ("480", "360")
        assert "1200w" in img["srcset"]
    assert images[0].get("loading") is None
    assert images[1]["loading"] == "lazy"
    assert soup.select(".gallery picture source[type='image/webp']")


def test_spot_page_shows_ticket_price(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)
        for div in soup.select("dl.facts > div")
    }
    assert facts["Tiket masuk"] == "Rp15.000"
    assert facts["Pengelola"] == "+62 812-3456-7890"


def test_free_spot_page_shows_gratis(client, wisata_index):
    free = TourismSpotFactory(name="Bukit Senja", ticket_price=0, images=0)

    soup = spot_soup(client, wisata_index, free)

    assert soup.select_one("dl.facts dd.price").get_text(strip=True) == "Gratis"
    assert jsonld_of_type(soup, "TouristAttraction")["isAccessibleForFree"] is True


def hours_table(soup):
    return [
        (row.th.contents[0].strip(), row.td.get_text(strip=True))
        for row in soup.select("table.hours tbody tr")
    ]


def test_opening_hours_table_covers_the_week_with_today_marked(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot, now=wib(9, day=MONDAY + datetime.timedelta(2)))

    # Monday first; the days left out and the closed Sunday share one "Tutup" row.
    assert hours_table(soup) == [("Senin", "08.00–17.00 WIB"), ("Selasa–Minggu", "Tutup")]
    today = soup.select("table.hours tr[aria-current=date]")
    assert len(today) == 1
    assert today[0].th.get_text(" ", strip=True) == "Selasa–Minggu (hari ini)"


WORKWEEK_HOURS = {
    "opening_hours__0__hours__days": ["0", "1", "2", "3", "4"],
    "opening_hours__0__hours__closes_at": datetime.time(16, 0),
    "opening_hours__1__hours__days": ["5"],
    "opening_hours__1__hours__closes_at": datetime.time(12, 0),
    "opening_hours__2__hours__days": ["6"],
    "opening_hours__2__hours__closed": True,
}


@pytest.fixture
def workweek_spot(wisata_index):
    return TourismSpotFactory(name="Kebun Teh", images=0, **WORKWEEK_HOURS)


def test_opening_hours_table_collapses_days_with_the_same_hours(
    client, wisata_index, workweek_spot
):
    soup = spot_soup(client, wisata_index, workweek_spot, now=wib(9, day=MONDAY))

    assert hours_table(soup) == [
        ("Senin–Jumat", "08.00–16.00 WIB"),
        ("Sabtu", "08.00–12.00 WIB"),
        ("Minggu", "Tutup"),
    ]
    today = soup.select_one("table.hours tr[aria-current=date] th")
    assert today.get_text(" ", strip=True) == "Senin–Jumat (hari ini)"
    assert soup.select_one(".open-state").get_text(strip=True) == "Buka sekarang"


@pytest.mark.parametrize(
    "now, state",
    [
        (wib(15, 59, day=MONDAY + datetime.timedelta(days=4)), "Buka sekarang"),
        (wib(16, 0, day=MONDAY + datetime.timedelta(days=4)), "Tutup"),
        (wib(11, 0, day=MONDAY + datetime.timedelta(days=5)), "Buka sekarang"),
        (wib(10, 0, day=MONDAY + datetime.timedelta(days=6)), "Tutup"),
    ],
)
def test_open_state_follows_the_entry_covering_today(
    client, wisata_index, workweek_spot, now, state
):
    soup = spot_soup(client, wisata_index, workweek_spot, now=now)

    assert soup.select_one(".open-state").get_text(strip=True) == state


def test_spot_open_every_day_shows_one_row(client, wisata_index):
    spot = TourismSpotFactory(
        name="Lembah Asri",
        images=0,
        opening_hours__0__hours__every_day=True,
        opening_hours__0__hours__opens_at=datetime.time(6, 0),
        opening_hours__0__hours__closes_at=datetime.time(22, 0),
    )

    soup = spot_soup(client, wisata_index, spot)

    assert hours_table(soup) == [("Setiap hari", "06.00–22.00 WIB")]


def test_jsonld_gives_the_working_week_one_opening_hours_specification(
    client, wisata_index, workweek_spot
):
    soup = spot_soup(client, wisata_index, workweek_spot)

    hours = jsonld_of_type(soup, "TouristAttraction")["openingHoursSpecification"]
    assert [(spec["dayOfWeek"], spec["opens"], spec["closes"]) for spec in hours] == [
        (
            [
                f"https://schema.org/{day}"
                for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
            ],
            "08:00",
            "16:00",
        ),
        ("https://schema.org/Saturday", "08:00", "12:00"),
    ]


def test_spot_whose_hours_are_stored_one_entry_per_day_shows_them_collapsed(client, wisata_index):
    spot = TourismSpotFactory(name="Curug Lama", images=0)
    old = [
        {
            "type": "day",
            "value": {
                "day": str(day),
                "closed": False,
                "opens_at": "07:00:00",
                "closes_at": "17:00:00",
            },
        }
        for day in range(7)
    ]
    TourismSpot.objects.filter(pk=spot.pk).update(opening_hours=old)

    soup = spot_soup(client, wisata_index, spot)

    assert hours_table(soup) == [("Setiap hari", "07.00–17.00 WIB")]
    assert soup.select_one(".open-state").get_text(strip=True) == "Buka sekarang"


def test_spot_shows_open_now_inside_opening_hours(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot, now=wib(9))

    assert soup.select_one(".open-state").get_text(strip=True) == "Buka sekarang"
    assert "is-open" in soup.select_one(".open-state")["class"]


@pytest.mark.parametrize(
    "now",
    [
        wib(7, 59),
        wib(17, 0),
        wib(10, day=MONDAY + datetime.timedelta(days=6)),
        # 16:00 UTC on Monday is 23:00 WIB, after closing.
        datetime.datetime(2025, 8, 18, 16, 0, tzinfo=datetime.UTC),
    ],
)
def test_spot_shows_closed_outside_opening_hours(client, wisata_index, spot, now):
    soup = spot_soup(client, wisata_index, spot, now=now)

    assert soup.select_one(".open-state").get_text(strip=True) == "Tutup"


def test_spot_open_state_follows_jakarta_time_for_a_utc_clock(client, wisata_index, spot):
    # 01:30 UTC is 08:30 WIB on Monday.
    now = datetime.datetime(2025, 8, 18, 1, 30, tzinfo=datetime.UTC)

    soup = spot_soup(client, wisata_index, spot, now=now)

    assert soup.select_one(".open-state").get_text(strip=True) == "Buka sekarang"
    assert soup.select_one("table.hours tr[aria-current=date] th").contents[0].strip() == "Senin"


def test_spot_page_lists_facilities(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    items = [li.get_text(strip=True) for li in soup.select("ul.facilities li")]
    assert items == ["Toilet", "Mushola", "Parkir luas"]


def test_spot_page_shows_coordinates_and_openstreetmap_link(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    assert soup.select_one(".coordinates").get_text(strip=True) == "7,25° LS, 109,29° BT"
    link = soup.find("a", string="Lihat di OpenStreetMap")
    url = urlsplit(link["href"])
    assert url.netloc == "www.openstreetmap.org"
    assert parse_qs(url.query) == {"mlat": ["-7.250000"], "mlon": ["109.290000"]}


def test_spot_page_contact_button_opens_whatsapp_with_spot_and_url(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    link = soup.find("a", string="Hubungi pengelola")
    url = urlsplit(link["href"])
    assert (url.netloc, url.path) == ("wa.me", "/6281234567890")
    assert parse_qs(url.query)["text"] == [
        f"Halo, saya ingin bertanya tentang wisata Curug Sewu: {spot.get_full_url()}"
    ]


def test_spot_without_phone_has_no_contact_button(client, wisata_index):
    quiet = TourismSpotFactory(contact_phone="", images=0)

    soup = spot_soup(client, wisata_index, quiet)

    assert soup.find("a", string="Hubungi pengelola") is None


def test_product_page_shows_price_and_original_price_struck(client, produk_index, product):
    soup = get_soup(client, detail_url(produk_index, product))

    price_line = soup.select_one(".item-summary .price-line")
    assert price_line.select_one("strong.price").get_text(strip=True) == "Rp20.000"
    assert price_line.select_one("del").get_text(strip=True) == "Rp25.000"


def test_product_without_discount_has_no_struck_price(client, produk_index):
    plain = ProductFactory(price=25000, original_price=None, images=0)

    soup = get_soup(client, detail_url(produk_index, plain))

    assert soup.select_one(".item-summary del") is None


def test_product_order_button_sends_name_and_page_url_to_seller(client, produk_index, product):
    soup = get_soup(client, detail_url(produk_index, product))

    link = soup.find("a", string="Pesan via WhatsApp")
    url = urlsplit(link["href"])
    assert (url.netloc, url.path) == ("wa.me", "/6281398765432")
    message = parse_qs(url.query)["text"][0]
    assert message == (
        f"Halo Ibu Sumarni, saya ingin memesan Keripik Tempe & Sambal: {product.get_full_url()}"
    )
    assert message.endswith(soup.find("link", rel="canonical")["href"])


def test_sold_out_product_button_asks_the_seller_instead(client, produk_index):
    sold_out = ProductFactory(availability=Product.Availability.SOLD_OUT, images=0)

    soup = get_soup(client, detail_url(produk_index, sold_out))

    assert soup.find("a", string="Pesan via WhatsApp") is None
    assert soup.find("a", string="Tanya penjual via WhatsApp")["href"].startswith("https://wa.me/")
    assert soup.select_one(".availability").get_text(strip=True) == "Habis"


@pytest.mark.parametrize("kind", ["spot", "product"])
def test_detail_page_has_share_bar_with_the_item_url(
    client, wisata_index, produk_index, spot, product, kind
):
    item, index = (spot, wisata_index) if kind == "spot" else (product, produk_index)

    soup = spot_soup(client, index, item)

    bar = soup.select_one("section.share-bar")
    assert bar.h2.get_text(strip=True) == "Bagikan"
    whatsapp = urlsplit(bar.select_one("a.share-whatsapp")["href"])
    assert parse_qs(whatsapp.query) == {"text": [f"{item.name} {item.get_full_url()}"]}
    assert bar.select_one("button.share-copy")["data-copy-url"] == item.get_full_url()


def test_spot_related_lists_same_category_only_and_not_itself(client, wisata_index, spot):
    TourismSpotFactory(name="Curug Lawe", category=spot.category, images=0)
    TourismSpotFactory(name="Curug Draf", category=spot.category, images=0, live=False)
    TourismSpotFactory(name="Bukit Senja", category=TourismCategoryFactory(), images=0)

    soup = spot_soup(client, wisata_index, spot)

    related = soup.select_one("aside.related")
    assert related.h2.get_text(strip=True) == "Wisata lain di kategori ini"
    assert card_names(related, scope="") == ["Curug Lawe"]


def test_product_related_lists_same_category_only_and_not_itself(client, produk_index, product):
    ProductFactory(name="Rempeyek Kacang", category=product.category, images=0)
    ProductFactory(name="Tas Anyaman", category=ProductCategoryFactory(), images=0)

    soup = get_soup(client, detail_url(produk_index, product))

    related = soup.select_one("aside.related")
    assert related.h2.get_text(strip=True) == "Produk lain di kategori ini"
    links = related.select(".card-title a")
    assert [(a.get_text(strip=True), a["href"]) for a in links] == [
        ("Rempeyek Kacang", f"{produk_index.url}rempeyek-kacang/")
    ]


def test_detail_without_other_items_in_the_category_has_no_related_section(
    client, produk_index, product
):
    soup = get_soup(client, detail_url(produk_index, product))

    assert soup.select_one("aside.related") is None


def test_spot_page_publishes_tourist_attraction_jsonld(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    data = jsonld_of_type(soup, "TouristAttraction")
    assert data["name"] == "Curug Sewu"
    assert data["url"] == spot.get_full_url()
    assert data["geo"]["latitude"] == -7.25
    assert data["openingHoursSpecification"][0]["dayOfWeek"] == "https://schema.org/Monday"
    assert "image" not in data


def test_product_page_publishes_product_jsonld(client, produk_index, product):
    soup = get_soup(client, detail_url(produk_index, product))

    data = jsonld_of_type(soup, "Product")
    assert data["name"] == "Keripik Tempe & Sambal"
    assert data["offers"]["price"] == "20000"
    assert data["offers"]["priceCurrency"] == "IDR"
    assert data["offers"]["availability"] == "https://schema.org/InStock"


@pytest.mark.parametrize("factory", [TourismSpotFactory, ProductFactory])
def test_detail_head_has_canonical_og_title_and_absolute_og_image(
    client, wisata_index, produk_index, factory
):
    item = factory(name="Wajik Ketan", images=1)
    index = wisata_index if factory is TourismSpotFactory else produk_index

    soup = spot_soup(client, index, item)

    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == item.get_full_url()
    assert canonical.startswith("http") and canonical.endswith("/wajik-ketan/")
    assert meta_content(soup, property="og:url") == canonical
    assert meta_content(soup, property="og:title") == "Wajik Ketan"
    image = urlsplit(meta_content(soup, property="og:image"))
    assert image.scheme in ("http", "https") and image.netloc
    assert image.path.endswith(".jpg")
    script = soup.find("script", type="application/ld+json")
    assert json.loads(script.string)["image"] == [meta_content(soup, property="og:image")]


@pytest.mark.parametrize("kind", ["spot", "product"])
def test_item_without_photo_shows_a_plain_frame_on_its_card_not_a_broken_image(
    client, wisata_index, produk_index, kind
):
    factory, index = {
        "spot": (TourismSpotFactory, wisata_index),
        "product": (ProductFactory, produk_index),
    }[kind]
    item = factory(name="Tanpa Foto", images=0)

    card = get_soup(client, index.url).select_one("main .card")
    detail = get_soup(client, detail_url(index, item))

    frame = card.select_one("svg.card-image")
    assert frame["aria-hidden"] == "true"
    assert card.find("img") is None
    assert detail.select_one("article .gallery") is None
    assert detail.select("article img") == []


def test_detail_without_images_falls_back_to_the_village_share_image(client, wisata_index, village):
    village.share_image = ImageFactory()
    village.save()
    item = TourismSpotFactory(name="Bukit Senja", images=0)

    soup = spot_soup(client, wisata_index, item)

    assert "fill-1200x630" in meta_content(soup, property="og:image")
    assert soup.select_one(".gallery") is None


def test_jsonld_survives_a_name_that_tries_to_close_the_script(client, produk_index):
    name = "Keripik </script><script>alert(1)</script>"
    item = ProductFactory(name=name, images=0)

    soup = get_soup(client, detail_url(produk_index, item))

    assert jsonld_of_type(soup, "Product")["name"] == name
    assert soup.h1.get_text(strip=True) == name
    assert len(soup.find_all("script", string=lambda text: text and "alert(1)" in text)) == 1


def test_breadcrumb_links_home_and_the_index(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    crumbs = [(a.get_text(strip=True), a["href"]) for a in soup.select("nav.breadcrumb a")]
    assert crumbs == [("Beranda", "/"), ("Wisata", wisata_index.url)]


# --- What never shows -----------------------------------------------------------------


def assert_not_found(client, url):
    response = client.get(url)
    assert response.status_code == 404, url
    return response


@pytest.mark.parametrize("factory", [TourismSpotFactory, ProductFactory])
def test_draft_item_page_is_not_found(client, wisata_index, produk_index, factory):
    draft = factory(name="Masih Draf", images=0, live=False)
    index = wisata_index if factory is TourismSpotFactory else produk_index

    response = assert_not_found(client, detail_url(index, draft))

    assert "Masih Draf" not in response.content.decode()


@pytest.mark.parametrize("factory", [TourismSpotFactory, ProductFactory])
def test_unpublished_item_page_is_not_found(client, wisata_index, produk_index, factory):
    item = factory(name="Pernah Terbit", images=0)
    index = wisata_index if factory is TourismSpotFactory else produk_index
    assert client.get(detail_url(index, item)).status_code == 200

    item.unpublish()

    assert_not_found(client, detail_url(index, item))
    assert "Pernah Terbit" not in card_names(get_soup(client, index.url))


def test_item_waiting_for_moderation_is_not_found(client, wisata_index):
    user = make_superuser("editor")
    workflow = Workflow.objects.create(name="Moderasi wisata")
    task = GroupApprovalTask.objects.create(name="Periksa")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(TourismSpot), defaults={"workflow": workflow}
    )
    item = TourismSpotFactory(name="Menunggu Moderasi", images=0, live=False)
    item.save_revision(user=user)
    workflow.start(item, user)
    assert item.workflow_in_progress

    assert_not_found(client, detail_url(wisata_index, item))
    assert card_names(get_soup(client, wisata_index.url)) == []


def test_never_published_item_with_a_revision_is_not_found(client, produk_index):
    item = ProductFactory(name="Belum Disetujui", images=0, live=False)
    item.save_revision()

    assert_not_found(client, detail_url(produk_index, item))


@pytest.mark.parametrize("path", ["/wisata/tidak-ada/", "/produk/tidak-ada/"])
def test_unknown_slug_is_not_found(client, wisata_index, produk_index, path):
    assert_not_found(client, path)


@pytest.mark.parametrize("factory", [TourismSpotFactory, ProductFactory])
def test_slug_of_another_sites_item_is_not_found(
    client, wisata_index, produk_index, other_site, factory
):
    item = factory(name="Milik Desa Tetangga", images=0, site=other_site)
    index = wisata_index if factory is TourismSpotFactory else produk_index

    assert_not_found(client, detail_url(index, item))


def test_same_slug_on_two_sites_shows_this_sites_item(client, wisata_index, other_site):
    TourismSpotFactory(name="Curug Sewu", slug="curug", images=0, short_description="Di sini.")
    TourismSpotFactory(
        name="Curug Tetangga", slug="curug", images=0, site=other_site, short_description="Sana."
    )

    soup = get_soup(client, "/wisata/curug/")

    assert soup.h1.get_text(strip=True) == "Curug Sewu"


def test_published_item_with_newer_draft_shows_the_published_version(client, wisata_index):
    item = TourismSpotFactory(name="Curug Sewu", images=0)
    item.name = "Curug Sewu (draf baru)"
    item.short_description = "Kalimat yang belum terbit."
    item.save_revision()

    response = client.get(detail_url(wisata_index, item))

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Curug Sewu"
    assert "draf baru" not in response.content.decode()
    assert "belum terbit" not in response.content.decode()
    assert TourismSpot.objects.get(pk=item.pk).has_unpublished_changes


# --- Home page and navigation ---------------------------------------------------------


def test_home_page_features_spots_and_products_linking_to_their_pages(
    client, home_page, wisata_index, produk_index
):
    spot = TourismSpotFactory(name="Curug Sewu", featured=True, images=0)
    TourismSpotFactory(name="Curug Biasa", featured=False, images=0)
    TourismSpotFactory(name="Curug Unggulan Draf", featured=True, images=0, live=False)
    product = ProductFactory(name="Gula Kelapa", featured=True, images=0)
    ProductFactory(name="Keripik Biasa", featured=False, images=0)
    ProductFactory(name="Keripik Unggulan Draf", featured=True, images=0, live=False)

    soup = get_soup(client, home_page.url)

    spots = soup.select_one("section[aria-labelledby=wisata-heading]")
    products = soup.select_one("section[aria-labelledby=produk-heading]")
    assert [(a.get_text(strip=True), a["href"]) for a in spots.select(".card-title a")] == [
        ("Curug Sewu", detail_url(wisata_index, spot))
    ]
    assert [(a.get_text(strip=True), a["href"]) for a in products.select(".card-title a")] == [
        ("Gula Kelapa", detail_url(produk_index, product))
    ]
    assert spots.find("a", string=lambda s: s and "Lihat semua wisata" in s)["href"] == (
        wisata_index.url
    )


def test_home_page_featured_link_opens_the_detail_page(
    client, home_page, wisata_index, produk_index
):
    TourismSpotFactory(name="Curug Sewu", featured=True, images=0)

    home = get_soup(client, home_page.url)
    href = home.select_one("section[aria-labelledby=wisata-heading] .card-title a")["href"]

    assert get_soup(client, href).h1.get_text(strip=True) == "Curug Sewu"


def test_home_page_without_featured_items_has_no_catalog_sections(
    client, home_page, wisata_index, produk_index
):
    TourismSpotFactory(name="Curug Biasa", images=0)

    soup = get_soup(client, home_page.url)

    assert soup.select_one("section[aria-labelledby=wisata-heading]") is None
    assert soup.select_one("section[aria-labelledby=produk-heading]") is None


def test_header_navigation_links_to_wisata_and_produk(
    client, home_page, wisata_index, produk_index
):
    soup = get_soup(client, home_page.url)

    links = {a.get_text(strip=True): a["href"] for a in soup.select("nav.main-nav a")}
    assert links["Wisata"] == "/wisata/"
    assert links["Produk Warga"] == "/produk/"


def test_navigation_marks_wisata_current_on_a_spot_page(client, wisata_index, spot):
    soup = spot_soup(client, wisata_index, spot)

    current = soup.select("nav.main-nav a[aria-current=page]")
    assert [a["href"] for a in current] == ["/wisata/"]
