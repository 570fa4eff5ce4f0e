"""Where to buy a product: its seller's address and map point, set in the admin from a
pasted map link as a wisata's is, shown in the same "Lokasi" block with Google Maps
directions beside OpenStreetMap, and the demo products that get one."""

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from catalog.models import Product, ProductImage, TourismSpot
from demo.management.commands.load_demo import Command as LoadDemo
from tests.factories import ProductCategoryFactory, ProductFactory, TourismSpotFactory
from tests.helpers import (
    SNIPPET_FORM,
    form_data,
    get_soup,
    jsonld_of_type,
    logged_in,
    opening_hours_data,
    soup,
)
from tests.test_query_budgets import BUDGETS, steady_state_get

SELLER_ADDRESS = "Rumah Bu Sri, RT 02/RW 01 Dusun Krajan"
GOOGLE_DIRECTIONS = "https://www.google.com/maps/dir/?api=1&destination=-7.24123,109.28765"


def product_url(produk_index, product):
    return f"{produk_index.url}{product.slug}/"


def located_product(**kwargs):
    return ProductFactory(
        **{
            "name": "Selai Stroberi",
            "address": SELLER_ADDRESS,
            "latitude": "-7.241230",
            "longitude": "109.287650",
            **kwargs,
        }
    )


def map_links(section):
    return {a.get_text(" ", strip=True): a["href"] for a in section.select(".map-links a")}


# --- The product page -------------------------------------------------------------------


def test_product_page_shows_directions_beside_openstreetmap_at_its_point(client, produk_index):
    product = located_product()

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    assert location.h2.get_text(strip=True) == "Lokasi"
    assert location.select_one(".location-address").get_text(strip=True) == SELLER_ADDRESS
    assert location.select_one(".coordinates").get_text(strip=True) == "7,24123° LS, 109,28765° BT"
    links = map_links(location)
    assert links["Petunjuk arah (Google Maps, tab baru)"] == GOOGLE_DIRECTIONS
    osm = urlsplit(links["Lihat di OpenStreetMap"])
    assert osm.netloc == "www.openstreetmap.org"
    assert parse_qs(osm.query) == {"mlat": ["-7.241230"], "mlon": ["109.287650"]}
    assert osm.fragment == "map=16/-7.241230/109.287650"


def test_product_map_links_open_in_a_new_tab_without_referrer(client, produk_index):
    product = located_product()

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    for link in location.select(".map-links a"):
        assert link["target"] == "_blank"
        assert set(link["rel"]) == {"noopener", "noreferrer"}


def test_product_location_says_it_is_where_to_buy_or_pick_up(client, produk_index):
    product = located_product()

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    assert location.select_one(".location-intro").get_text(strip=True) == (
        "Tempat membeli atau mengambil pesanan dari penjual."
    )


def test_product_without_address_or_point_has_no_lokasi_block(client, produk_index):
    product = ProductFactory(address="", latitude=None, longitude=None)

    page = get_soup(client, product_url(produk_index, product))

    assert page.select_one("section.location") is None
    assert page.find(string="Lokasi") is None
    assert page.select_one("a[href^='https://www.google.com/maps']") is None
    assert page.select_one("a[href^='https://www.openstreetmap.org']") is None


def test_product_with_an_address_only_shows_it_without_map_links(client, produk_index):
    product = located_product(latitude=None, longitude=None)

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    assert location.select_one(".location-address").get_text(strip=True) == SELLER_ADDRESS
    assert location.select_one(".coordinates") is None
    assert location.select_one(".map-links") is None


def test_product_with_a_point_only_shows_the_map_links(client, produk_index):
    product = located_product(address="")

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    assert location.select_one(".location-address") is None
    assert map_links(location)["Petunjuk arah (Google Maps, tab baru)"] == GOOGLE_DIRECTIONS


def test_product_address_keeps_its_line_breaks(client, produk_index):
    product = located_product(address="Rumah Bu Sri\nRT 02/RW 01 Dusun Krajan")

    location = get_soup(client, product_url(produk_index, product)).select_one("section.location")

    address = location.select_one(".location-address")
    assert address.find("br") is not None
    assert address.get_text(" ", strip=True) == "Rumah Bu Sri RT 02/RW 01 Dusun Krajan"


def test_spot_address_without_a_point_stays_in_its_summary_only(client, wisata_index):
    spot = TourismSpotFactory(address="Dusun Kaliurip, Desa Uji", latitude=None, longitude=None)

    page = get_soup(client, f"{wisata_index.url}{spot.slug}/")

    facts = {
        row.dt.get_text(strip=True): row.dd.get_text(strip=True)
        for row in page.select(".facts > div")
    }
    assert facts["Alamat"] == "Dusun Kaliurip, Desa Uji"
    assert page.select_one("section.location") is None


def test_spot_page_still_shows_its_lokasi_block(client, wisata_index):
    spot = TourismSpotFactory(address="Dusun Kaliurip", latitude="-7.25", longitude="109.29")

    location = get_soup(client, f"{wisata_index.url}{spot.slug}/").select_one("section.location")

    assert location.select_one(".location-address").get_text(strip=True) == "Dusun Kaliurip"
    assert location.select_one(".location-intro") is None
    assert map_links(location)["Petunjuk arah (Google Maps, tab baru)"] == (
        "https://www.google.com/maps/dir/?api=1&destination=-7.25,109.29"
    )


# --- JSON-LD ----------------------------------------------------------------------------


def test_product_jsonld_offer_is_available_at_the_sellers_place(client, produk_index):
    product = located_product()

    data = jsonld_of_type(get_soup(client, product_url(produk_index, product)), "Product")

    assert data["offers"]["availableAtOrFrom"] == {
        "@type": "Place",
        "address": SELLER_ADDRESS,
        "geo": {"@type": "GeoCoordinates", "latitude": -7.24123, "longitude": 109.28765},
    }


def test_product_jsonld_place_has_only_what_is_known(db):
    product = ProductFactory.build(
        category=ProductCategoryFactory(), address="Rumah Bu Sri\n  Dusun Krajan  "
    )

    place = product.jsonld("http://testserver/produk/selai/", "")["offers"]["availableAtOrFrom"]

    assert place == {"@type": "Place", "address": "Rumah Bu Sri Dusun Krajan"}


def test_product_jsonld_without_location_names_no_place(client, produk_index):
    product = ProductFactory(address="", latitude=None, longitude=None)

    data = jsonld_of_type(get_soup(client, product_url(produk_index, product)), "Product")

    assert "availableAtOrFrom" not in data["offers"]


# --- The admin form ---------------------------------------------------------------------


def add_url():
    return reverse("wagtailsnippets_catalog_product:add")


def new_product_data(client, **changes):
    """The add form as rendered for this user, filled in as a valid draft."""
    data = form_data(client.get(add_url()), SNIPPET_FORM)
    return data | {
        "name": "Gula Semut Organik",
        "category": str(ProductCategoryFactory(name="Makanan").pk),
        "description": rich_text("<p>Gula semut dari nira kelapa.</p>"),
        "price": "18000",
        "seller_name": "Bu Sri",
        "seller_whatsapp": "0812-3456-7890",
        **changes,
    }


def field_error(response, name):
    """The error text the admin shows under the field `name` ("" when none)."""
    field = soup(response).find(attrs={"name": name}).find_parent(attrs={"data-field": True})
    return " ".join(field.select_one("[data-field-errors]").get_text(" ").split())


@pytest.mark.parametrize(
    "pasted",
    [
        "https://www.google.com/maps/place/Rumah+Bu+Sri/@-7.2412,109.2876,17z/"
        "data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d-7.24123!4d109.28765",
        "https://www.google.com/maps?q=-7.24123,109.28765",
        "https://www.openstreetmap.org/?mlat=-7.24123&mlon=109.28765#map=17/-7.24123/109.28765",
        "-7,24123 109,28765",
        "7°14'28.4\"S 109°17'15.5\"E",
    ],
)
def test_pasted_map_link_fills_the_product_coordinates(penulis, produk_index, pasted):
    client = logged_in(penulis)

    response = client.post(
        add_url(), new_product_data(client, address=SELLER_ADDRESS, location=pasted)
    )

    assert response.status_code == 302
    product = Product.objects.get()
    assert product.address == SELLER_ADDRESS
    # Degrees, minutes and seconds round to the nearest tenth of a second: about 3 m.
    assert abs(product.latitude - Decimal("-7.24123")) < Decimal("0.0001")
    assert abs(product.longitude - Decimal("109.28765")) < Decimal("0.0001")


def test_product_without_location_is_saved_without_one(penulis, produk_index):
    client = logged_in(penulis)

    response = client.post(add_url(), new_product_data(client, address="", location=""))

    assert response.status_code == 302
    product = Product.objects.get()
    assert (product.address, product.latitude, product.longitude) == ("", None, None)


@pytest.mark.parametrize(
    "pasted, message",
    [
        ("-91, 109.29", "Lintang harus antara -90 dan 90"),
        ("109.28765, -7.24123", "Lintang dan bujur tampaknya tertukar"),
        ("7.24123, 109.28765", "lintang diawali tanda minus"),
        ("48.8584, 2.2945", "berada di luar Indonesia"),
        ("https://maps.app.goo.gl/AbCdEf123", "Tautan pendek (seperti maps.app.goo.gl)"),
        ("di depan balai desa", "Lokasi tidak dikenali"),
        ("NaN, Infinity", "Lokasi tidak dikenali"),
        ("1e999, 1e999", "Lokasi tidak dikenali"),
        ("http://[::1", "Lokasi tidak dikenali"),
    ],
)
def test_bad_product_location_is_refused_at_the_field_in_indonesian(
    penulis, produk_index, pasted, message
):
    client = logged_in(penulis)

    response = client.post(add_url(), new_product_data(client, location=pasted))

    assert response.status_code == 200
    assert message in field_error(response, "location")
    assert form_data(response, SNIPPET_FORM)["location"] == [pasted]
    assert Product.objects.count() == 0


def test_product_location_fields_sit_in_the_konten_tab_after_the_seller(penulis, produk_index):
    page = soup(logged_in(penulis).get(add_url()))

    konten = page.select_one("#tab-konten")
    headings = [h.get_text(" ", strip=True) for h in konten.select("[data-panel-heading-text]")]
    assert headings.index("Tempat beli atau ambil") == headings.index("Penjual") + 1
    assert konten.find(attrs={"name": "address"}) is not None
    assert konten.find(attrs={"name": "location"}) is not None
    assert "Rumah Bu Sri, RT 02/RW 01 Dusun Krajan" in konten.get_text()


def test_product_edit_form_shows_the_point_as_coordinates(penulis, produk_index):
    product = located_product()
    edit = reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])

    data = form_data(logged_in(penulis).get(edit), SNIPPET_FORM)

    assert data["location"] == ["-7.24123, 109.28765"]
    assert [text.strip() for text in data["address"]] == [SELLER_ADDRESS]
    assert "latitude" not in data and "longitude" not in data


def test_emptied_product_location_clears_the_point(penulis, produk_index):
    product = located_product(live=False)
    client = logged_in(penulis)
    edit = reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])

    response = client.post(edit, form_data(client.get(edit), SNIPPET_FORM) | {"location": ""})

    assert response.status_code == 302
    draft = Product.objects.get(pk=product.pk).get_latest_revision_as_object()
    assert (draft.latitude, draft.longitude) == (None, None)
    assert draft.address == SELLER_ADDRESS


@pytest.mark.parametrize("field, value", [("latitude", "-91"), ("longitude", "181")])
def test_product_coordinates_out_of_range_are_refused_in_indonesian(db, field, value):
    product = ProductFactory.build(category=ProductCategoryFactory(), **{field: value})

    with pytest.raises(ValidationError) as refused:
        product.full_clean()

    assert refused.value.message_dict[field][0].startswith("Pastikan nilai ini")


def test_spot_form_still_fills_its_coordinates_from_a_link(penulis, wisata_index):
    spot = TourismSpotFactory(live=False)
    client = logged_in(penulis)
    edit = reverse("wagtailsnippets_catalog_tourismspot:edit", args=[spot.pk])
    data = form_data(client.get(edit), SNIPPET_FORM) | opening_hours_data()

    response = client.post(
        edit, data | {"location": "https://www.google.com/maps/@-7.2345,109.2345,15z"}
    )

    assert response.status_code == 302
    draft = TourismSpot.objects.get(pk=spot.pk).get_latest_revision_as_object()
    assert (draft.latitude, draft.longitude) == (Decimal("-7.234500"), Decimal("109.234500"))


# --- Demo products --------------------------------------------------------------------


def demo_row(slug, **location):
    """One product as demo.reader gives it, with its location keys when given."""
    return {
        "fields": {
            "slug": slug,
            "name": slug.replace("-", " ").title(),
            "description": "<p>Buatan warga Desa Serang.</p>",
            "price": 15000,
            "unit": "bungkus",
            "original_price": None,
            "seller_name": "KWT Mekar Sari",
            "seller_whatsapp": "0813-2900-1122",
            "availability": "tersedia",
            "featured": False,
            **location,
        },
        "category": "makanan-minuman",
        "gallery": [{"colour": "#c0392b", "alt_text": "Keripik stroberi dalam kemasan"}],
    }


DEMO_LOCATION = {
    "address": "Rumah produksi KWT Mekar Sari, Dusun Kaliurip",
    "latitude": "-7.252960",
    "longitude": "109.295120",
}


def test_demo_product_is_created_with_its_location(site, produk_index):
    category = ProductCategoryFactory(slug="makanan-minuman")

    created = LoadDemo().ensure_catalog_items(
        site,
        Product,
        ProductImage,
        {"makanan-minuman": category},
        [demo_row("keripik-stroberi", **DEMO_LOCATION)],
    )

    assert created == 1
    product = Product.objects.get(slug="keripik-stroberi")
    assert product.live
    assert product.address == DEMO_LOCATION["address"]
    assert (product.latitude, product.longitude) == (Decimal("-7.252960"), Decimal("109.295120"))


def test_demo_fills_the_location_of_a_product_loaded_before_it_had_one(site, produk_index):
    product = ProductFactory(slug="keripik-stroberi", address="", latitude=None, longitude=None)

    filled = LoadDemo().ensure_product_locations(
        site, [demo_row("keripik-stroberi", **DEMO_LOCATION)]
    )

    assert filled == 1
    product.refresh_from_db()
    assert product.address == DEMO_LOCATION["address"]
    assert (product.latitude, product.longitude) == (Decimal("-7.252960"), Decimal("109.295120"))
    latest = product.get_latest_revision_as_object()
    assert (latest.address, latest.latitude) == (DEMO_LOCATION["address"], Decimal("-7.252960"))
    assert not product.has_unpublished_changes


def test_demo_location_fill_is_idempotent(site, produk_index):
    product = ProductFactory(slug="keripik-stroberi", address="", latitude=None, longitude=None)
    rows = [demo_row("keripik-stroberi", **DEMO_LOCATION)]
    LoadDemo().ensure_product_locations(site, rows)
    revisions = product.revisions.count()

    assert LoadDemo().ensure_product_locations(site, rows) == 0
    assert product.revisions.count() == revisions


def test_demo_keeps_a_location_an_editor_gave(site, produk_index):
    product = ProductFactory(
        slug="keripik-stroberi", address="Kios Pasar Serang", latitude=None, longitude=None
    )

    filled = LoadDemo().ensure_product_locations(
        site, [demo_row("keripik-stroberi", **DEMO_LOCATION)]
    )

    assert filled == 0
    product.refresh_from_db()
    assert (product.address, product.latitude) == ("Kios Pasar Serang", None)


def test_demo_leaves_a_product_with_a_draft_alone(site, produk_index):
    product = ProductFactory(slug="keripik-stroberi", address="", latitude=None, longitude=None)
    product.name = "Keripik Stroberi Pedas"
    product.save_revision()

    filled = LoadDemo().ensure_product_locations(
        site, [demo_row("keripik-stroberi", **DEMO_LOCATION)]
    )

    assert filled == 0
    draft = Product.objects.get(pk=product.pk).get_latest_revision_as_object()
    assert (draft.name, draft.address) == ("Keripik Stroberi Pedas", "")


def test_demo_product_row_without_location_changes_nothing(site, produk_index):
    product = ProductFactory(slug="mendoan-beku", address="", latitude=None, longitude=None)
    revisions = product.revisions.count()

    assert LoadDemo().ensure_product_locations(site, [demo_row("mendoan-beku")]) == 0
    assert product.revisions.count() == revisions


# --- Query budget -----------------------------------------------------------------------


@pytest.fixture
def render_every_request(settings):
    """Budgets count what rendering a page costs, so the anonymous page cache stays off."""
    settings.PAGE_CACHE_SECONDS = 0


def test_product_location_costs_no_query(
    client, produk_index, render_every_request, django_assert_max_num_queries
):
    category = ProductCategoryFactory()
    budget = BUDGETS["produk detail"]
    plain = ProductFactory(category=category, address="", latitude=None, longitude=None)
    located = located_product(category=category)

    _response, without_location = steady_state_get(
        client, product_url(produk_index, plain), budget, django_assert_max_num_queries
    )
    response, with_location = steady_state_get(
        client, product_url(produk_index, located), budget, django_assert_max_num_queries
    )

    assert soup(response).select_one("section.location .map-links") is not None
    assert with_location == without_location
