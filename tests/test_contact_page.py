"""The Kontak page: the office's address, hours and tappable numbers from the village
settings, directions as plain map links, GovernmentOffice data, and the settings form's
check of the office coordinates."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.urls import reverse

from core.models import VillageSettings
from tests.factories_standard_pages import ContactPageFactory
from tests.helpers import (
    PENULIS,
    get_soup,
    jsonld_of_type,
    logged_in,
    make_user,
    soup,
)

EMPTY_CONTACT = {
    "phone": "",
    "email": "",
    "whatsapp": "",
    "address": "",
    "office_hours": "",
    "facebook_url": "",
}


@pytest.fixture
def contact(home_page, village):
    return ContactPageFactory(
        parent=home_page,
        intro="Kantor desa melayani warga setiap hari kerja.",
        visit_info="<ul><li>Bawa KTP dan Kartu Keluarga asli.</li></ul>",
    )


@pytest.fixture
def office_location(village):
    village.office_latitude, village.office_longitude = "-7.243500", "109.294600"
    village.address = "Jl. Raya Uji No. 1\nKecamatan Karangreja\nKabupaten Purbalingga"
    village.office_hours = "Senin–Kamis, 08.00–15.00 WIB\nJumat, 08.00–11.00 WIB"
    village.save()
    return village


def empty_settings(village):
    for name, value in EMPTY_CONTACT.items():
        setattr(village, name, value)
    village.save()


def content(page_soup):
    return page_soup.select_one("article.contact-page")


# --- What a reader sees ----------------------------------------------------------------


def test_contact_page_shows_title_intro_address_and_hours(client, contact, office_location):
    page = get_soup(client, contact)

    assert page.h1.get_text(strip=True) == "Kontak"
    assert page.select_one(".lead").get_text(strip=True) == (
        "Kantor desa melayani warga setiap hari kerja."
    )
    office = page.select_one("section.contact-office")
    assert office.h2.get_text(strip=True) == "Kantor Desa Uji"
    facts = {row.dt.get_text(strip=True): row.dd for row in office.select("dl.facts > div")}
    assert facts["Alamat"].address.get_text("|", strip=True) == (
        "Jl. Raya Uji No. 1|Kecamatan Karangreja|Kabupaten Purbalingga"
    )
    assert facts["Jam pelayanan"].get_text("|", strip=True) == (
        "Senin–Kamis, 08.00–15.00 WIB|Jumat, 08.00–11.00 WIB"
    )


def test_phone_whatsapp_and_email_are_tappable_links(client, contact):
    links = {
        a["href"]: a.get_text(" ", strip=True)
        for a in get_soup(client, contact).select(".contact-actions a")
    }

    assert links == {
        "tel:+62281891234": "Telepon +62 281-891-234",
        "https://wa.me/6281234567890": "WhatsApp +62 812-3456-7890",
        "mailto:info@desauji.id": "E-mail info@desauji.id",
    }


def test_directions_link_to_google_maps_and_openstreetmap_with_the_coordinates(
    client, contact, office_location
):
    directions = get_soup(client, contact).select_one("section.contact-directions")

    assert directions.h2.get_text(strip=True) == "Petunjuk arah"
    assert directions.select_one(".coordinates").get_text() == "-7.2435, 109.2946"
    links = {a.get_text(" ", strip=True): a for a in directions.select("a")}
    google = links["Petunjuk arah di Google Maps"]["href"]
    assert google == "https://www.google.com/maps/dir/?api=1&destination=-7.2435,109.2946"
    osm = urlsplit(links["Petunjuk arah di OpenStreetMap"]["href"])
    assert (osm.netloc, osm.path) == ("www.openstreetmap.org", "/directions")
    assert osm.query == "route=%3B-7.2435,109.2946"
    assert osm.fragment == "map=16/-7.2435/109.2946"
    for link in links.values():
        assert link["rel"] == ["noopener", "noreferrer"]


def test_no_map_is_embedded_and_no_third_party_script_is_loaded(client, contact, office_location):
    page = get_soup(client, contact)

    assert page.find("iframe") is None
    for script in page.find_all("script", src=True):
        assert script["src"].startswith("/static/")


def test_without_coordinates_there_are_no_directions(client, contact):
    assert get_soup(client, contact).select_one("section.contact-directions") is None


def test_visit_info_is_shown_under_its_heading(client, contact):
    visit = get_soup(client, contact).select_one("section.contact-visit")

    assert visit.h2.get_text(strip=True) == "Sebelum berkunjung"
    assert visit.li.get_text(strip=True) == "Bawa KTP dan Kartu Keluarga asli."


def test_empty_settings_fields_are_not_shown(client, contact, village):
    empty_settings(village)
    village.phone = "+62281891234"
    village.save()

    page = content(get_soup(client, contact))

    assert [a["href"] for a in page.select(".contact-actions a")] == ["tel:+62281891234"]
    assert page.select_one("dl.facts") is None
    assert "WhatsApp" not in page.get_text()
    assert "E-mail" not in page.get_text()


def test_with_nothing_set_readers_see_only_the_title(client, home_page, village):
    empty_settings(village)
    page = ContactPageFactory(parent=home_page, intro="")

    article = content(get_soup(client, page))

    assert article.get_text(" ", strip=True) == "Kontak"


def test_with_nothing_set_an_admin_is_told_where_to_fill_the_settings(
    admin_client, home_page, village, site
):
    empty_settings(village)
    page = ContactPageFactory(parent=home_page)

    notice = content(get_soup(admin_client, page)).select_one(".notice")

    assert "belum diisi" in notice.get_text()
    link = notice.find("a")
    assert link.get_text(strip=True) == "Isi di Pengaturan → Pengaturan desa"
    assert link["href"] == reverse(
        "wagtailsettings:edit", args=["core", "villagesettings", site.pk]
    )


def test_with_nothing_set_a_penulis_is_told_to_ask_the_admin(client, home_page, village):
    empty_settings(village)
    page = ContactPageFactory(parent=home_page)

    notice = content(get_soup(logged_in(make_user(PENULIS), client), page)).select_one(".notice")

    assert "Minta admin desa mengisinya" in notice.get_text()
    assert notice.find("a") is None


# --- Structured data -------------------------------------------------------------------


def test_jsonld_describes_the_government_office(client, contact, office_location):
    data = jsonld_of_type(get_soup(client, contact), "GovernmentOffice")

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Kantor Desa Uji"
    assert data["url"] == "http://localhost/kontak/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Jl. Raya Uji No. 1, Kecamatan Karangreja, Kabupaten Purbalingga",
        "addressCountry": "ID",
    }
    assert data["telephone"] == "+62281891234"
    assert data["email"] == "info@desauji.id"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": -7.2435, "longitude": 109.2946}
    assert data["openingHours"] == ["Senin–Kamis, 08.00–15.00 WIB", "Jumat, 08.00–11.00 WIB"]
    assert data["sameAs"] == ["https://www.facebook.com/desauji"]


def test_jsonld_leaves_out_what_the_settings_do_not_hold(client, home_page, village):
    empty_settings(village)
    page = ContactPageFactory(parent=home_page)

    data = jsonld_of_type(get_soup(client, page), "GovernmentOffice")

    assert set(data) == {"@context", "@type", "name", "url"}


# --- The settings form -----------------------------------------------------------------


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["core", "villagesettings", site.pk])


def post_settings(admin_client, site, **changes):
    """Post the settings form with a name, a phone number and the given changes."""
    data = {
        "village_name": "Desa Uji",
        "phone": "0281-891234",
        "office_latitude": "",
        "office_longitude": "",
        **changes,
    }
    return admin_client.post(settings_url(site), data)


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        ("-97.5", "109.2946", "Lintang harus antara -90 dan 90"),
        ("90.000001", "109.2946", "Lintang harus antara -90 dan 90"),
        ("-7.2435", "181", "Bujur harus antara -180 dan 180"),
        ("-7.2435", "-180.5", "Bujur harus antara -180 dan 180"),
        ("-7.2435", "", "Isi lintang dan bujur bersama-sama"),
        ("", "109.2946", "Isi lintang dan bujur bersama-sama"),
    ],
)
def test_settings_form_refuses_bad_coordinates_with_an_indonesian_message(
    admin_client, site, village, latitude, longitude, message
):
    response = post_settings(
        admin_client, site, office_latitude=latitude, office_longitude=longitude
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    village = VillageSettings.objects.get(pk=village.pk)
    assert village.office_latitude is None and village.office_longitude is None


@pytest.mark.parametrize(
    ("latitude", "message"),
    [
        ("tujuh", "Masukkan sebuah bilangan."),
        ("NaN", "Masukkan sebuah bilangan."),
        ("Infinity", "Masukkan sebuah bilangan."),
        ("--7", "Masukkan sebuah bilangan."),
        ("1000", "Lintang harus antara -90 dan 90"),
        ("1e400", "Lintang harus antara -90 dan 90"),
    ],
)
def test_settings_form_refuses_what_is_not_a_latitude_without_an_error_page(
    admin_client, site, village, latitude, message
):
    response = post_settings(
        admin_client, site, office_latitude=latitude, office_longitude="109.2946"
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert VillageSettings.objects.get(pk=village.pk).office_latitude is None


def test_settings_form_rounds_coordinates_pasted_with_many_decimals(admin_client, site, village):
    response = post_settings(
        admin_client,
        site,
        office_latitude="-7.24351234567",
        office_longitude="109.2946009",
    )

    assert response.status_code == 302
    village = VillageSettings.objects.get(pk=village.pk)
    assert str(village.office_latitude) == "-7.243512"
    assert str(village.office_longitude) == "109.294601"


def test_saved_coordinates_reach_the_contact_page_at_once(client, admin_client, site, contact):
    # The anonymous page cache holds the page without directions first.
    assert get_soup(client, contact).select_one(".contact-directions") is None

    response = post_settings(
        admin_client, site, office_latitude="-7.2435", office_longitude="109.2946"
    )

    assert response.status_code == 302
    directions = get_soup(client, contact).select_one(".contact-directions")
    assert directions.select_one(".coordinates").get_text() == "-7.2435, 109.2946"


def test_editor_screens_open(admin_client, site, contact):
    for url in [
        reverse("wagtailadmin_pages:edit", args=[contact.pk]),
        settings_url(site),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
    assert "Lokasi kantor desa" in soup(admin_client.get(settings_url(site))).get_text()


# --- Query budget ----------------------------------------------------------------------

# Maximum queries for an anonymous reader's first uncached view (see test_query_budgets.py):
# measured 13, plus a margin of 2.
CONTACT_PAGE_BUDGET = 15


def test_contact_page_query_count_is_fixed(
    client, contact, office_location, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    assert client.get(contact.url).status_code == 200
    for cache in caches.all():
        cache.clear()

    with django_assert_max_num_queries(CONTACT_PAGE_BUDGET):
        response = client.get(contact.url)

    assert response.status_code == 200
    assert get_soup(client, contact).select_one(".contact-directions")
