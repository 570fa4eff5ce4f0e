"""Information pages (Profil Desa, Sejarah, Visi & Misi, Geografi): what a reader sees, what
search finds, the editor's block previews, the query budget and the demo's profile."""

import json
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Revision

from standard_pages.blocks import StandardPageBodyBlock
from standard_pages.models import ContactPage, StandardPage
from tests.factories import ImageFactory
from tests.factories_standard_pages import ContactPageFactory, StandardPageFactory
from tests.helpers import get_soup, logged_in, make_superuser, soup, steady_state_get

PROFILE_BODY = {
    "body__0__heading__text": "Letak dan Wilayah",
    "body__1__paragraph__value": "<p>Desa berada di lereng Gunung Slamet yang sejuk.</p>",
    "body__2__facts__title": "Desa dalam angka",
    "body__2__facts__items__0__label": "Luas wilayah",
    "body__2__facts__items__0__value": "12,5 km²",
    "body__2__facts__items__1__label": "Jumlah penduduk",
    "body__2__facts__items__1__value": "4.512 jiwa",
    "body__2__facts__items__2__label": "RT/RW",
    "body__2__facts__items__2__value": "24/6",
    "body__3__heading__text": "Penduduk",
    "body__5__heading__text": "Dusun",
    "body__6__heading__text": "Sumbaga",
    "body__6__heading__level": "h3",
    "body__7__heading__text": "Penduduk",
}


@pytest.fixture
def profile(home_page, village):
    return StandardPageFactory(
        parent=home_page,
        title="Profil Desa",
        slug="profil",
        intro="Mengenal Desa Uji dari dekat.",
        **PROFILE_BODY,
        body__4="table",  # the factory's table: Dusun, Jiwa, Luas (km²)
    )


def sub_pages(profile, *titles, **fields):
    return [StandardPageFactory(parent=profile, title=title, **fields) for title in titles]


def main(page_soup):
    return page_soup.select_one("main")


# --- What a reader sees ----------------------------------------------------------------


def test_page_shows_title_intro_and_breadcrumb_to_home(client, profile):
    page = get_soup(client, profile)

    assert page.h1.get_text(strip=True) == "Profil Desa"
    assert page.select_one(".article-header .lead").get_text(strip=True) == (
        "Mengenal Desa Uji dari dekat."
    )
    crumbs = page.select("nav.breadcrumb a")
    assert [(a.get_text(strip=True), a["href"]) for a in crumbs] == [("Beranda", "/")]
    assert page.select_one("nav.breadcrumb [aria-current=page]").get_text() == "Profil Desa"


def test_sub_page_breadcrumb_passes_through_its_parent(client, profile):
    (history,) = sub_pages(profile, "Sejarah Desa")

    crumbs = get_soup(client, history).select("nav.breadcrumb a")

    assert [(a.get_text(strip=True), a["href"]) for a in crumbs] == [
        ("Beranda", "/"),
        ("Profil Desa", "/profil/"),
    ]
    assert history.url == "/profil/sejarah-desa/"


def test_facts_block_shows_each_row_as_a_term_and_its_value(client, profile):
    box = get_soup(client, profile).select_one(".article-body figure.facts-box")

    assert box.figcaption.get_text(strip=True) == "Desa dalam angka"
    rows = [
        (row.dt.get_text(strip=True), row.dd.get_text(strip=True))
        for row in box.select("dl.facts > div")
    ]
    assert rows == [
        ("Luas wilayah", "12,5 km²"),
        ("Jumlah penduduk", "4.512 jiwa"),
        ("RT/RW", "24/6"),
    ]


def test_table_block_has_caption_headers_and_numbers_written_the_indonesian_way(client, profile):
    region = get_soup(client, profile).select_one(".article-body .table-scroll")
    table = region.table

    # A wide table scrolls inside a region that keyboard users can focus and that is named.
    assert region["tabindex"] == "0"
    assert region["role"] == "region"
    assert region["aria-label"] == "Jumlah penduduk per dusun"
    assert table.caption.get_text(strip=True) == "Jumlah penduduk per dusun"
    headers = [(th.get_text(strip=True), th["scope"]) for th in table.thead.find_all("th")]
    assert headers == [("Dusun", "col"), ("Jiwa", "col"), ("Luas (km²)", "col")]
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.tbody.find_all("tr")
    ]
    assert rows == [["Sumbaga", "4.512", "12,5"], ["Kaliurip", "1.094", "3,25"]]
    assert table.tbody.tr.th["scope"] == "row"
    assert "number" in table.tbody.tr.td["class"]


def test_table_of_contents_links_every_section_heading_with_sub_headings_nested(client, profile):
    page = get_soup(client, profile)

    toc = page.select_one("nav.toc")
    assert toc.h2.get_text(strip=True) == "Daftar isi"
    top = [(a.get_text(strip=True), a["href"]) for a in toc.select(":scope > ol > li > a")]
    assert top == [
        ("Letak dan Wilayah", "#letak-dan-wilayah"),
        ("Penduduk", "#penduduk"),
        ("Dusun", "#dusun"),
        ("Penduduk", "#penduduk-2"),
    ]
    nested = [a["href"] for a in toc.select("ol ol a")]
    assert nested == ["#sumbaga"]
    # Every anchor lands on its heading in the body, and each id is used once.
    body = page.select_one(".article-body")
    for href in [a["href"] for a in toc.find_all("a")]:
        assert len(page.select(href)) == 1
        assert body.select_one(href).name in ("h2", "h3")


def test_page_with_fewer_than_three_headings_has_no_table_of_contents(client, home_page, village):
    page = StandardPageFactory(
        parent=home_page,
        body__0__heading__text="Visi",
        body__1__paragraph__value="<p>Desa yang maju dan mandiri.</p>",
        body__2__heading__text="Misi",
    )

    assert get_soup(client, page).select_one("nav.toc") is None


def test_share_bar_shares_the_page_address_and_title(client, profile):
    share = get_soup(client, profile).select_one("section.share-bar")

    assert share.h2.get_text(strip=True) == "Bagikan Halaman"
    whatsapp = share.select_one("a.share-whatsapp")["href"]
    assert whatsapp.startswith("https://wa.me/?")
    text = parse_qs(urlsplit(whatsapp).query)["text"][0]
    assert text == "Profil Desa http://localhost/profil/"
    email = share.select_one("a.share-email")["href"]
    assert email.startswith("mailto:?")


def test_live_public_sub_pages_are_listed_as_cards_in_editor_order(client, profile):
    sub_pages(profile, "Sejarah Desa", "Visi & Misi", intro="Arah pembangunan desa.")
    StandardPageFactory(parent=profile, title="Draf Geografi", live=False)
    (private,) = sub_pages(profile, "Arsip Rapat")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    sub_pages(profile, "Geografi")

    section = get_soup(client, profile).select_one("section.subpages")

    assert section.h2.get_text(strip=True) == "Selengkapnya tentang Profil Desa"
    cards = [
        (card.h3.a.get_text(strip=True), card.h3.a["href"]) for card in section.select(".card")
    ]
    assert cards == [
        ("Sejarah Desa", "/profil/sejarah-desa/"),
        ("Visi & Misi", "/profil/visi-misi/"),
        ("Geografi", "/profil/geografi/"),
    ]
    assert section.select_one(".card-intro").get_text(strip=True) == "Arah pembangunan desa."


def test_page_without_sub_pages_lists_none(client, profile):
    assert get_soup(client, profile).select_one("section.subpages") is None


def test_page_loads_the_information_pages_stylesheet(client, profile):
    page = get_soup(client, profile)

    assert page.find("link", rel="stylesheet", href="/static/css/pages.css")


def test_faq_block_is_published_as_faq_page_data(client, home_page, village):
    page = StandardPageFactory(
        parent=home_page,
        body__0__faq__items__0__question="Di mana kantor desa?",
        body__0__faq__items__0__answer__value="<p>Di Jalan Raya Uji.</p>",
    )

    scripts = get_soup(client, page).find_all("script", type="application/ld+json")

    assert "FAQPage" in [json.loads(script.string)["@type"] for script in scripts]


def test_image_block_shows_the_picture_with_alt_text(client, home_page, village):
    page = StandardPageFactory(
        parent=home_page,
        body__0__image__image__image=ImageFactory(),
        body__0__image__alt_text="Balai desa dari depan",
    )

    img = get_soup(client, page).select_one(".article-body figure.body-image img")

    assert img["alt"] == "Balai desa dari depan"
    assert img["width"] and img["height"]


def test_unpublished_page_is_not_found(client, home_page, village):
    page = StandardPageFactory(parent=home_page, live=False)

    assert client.get(f"/{page.slug}/").status_code == 404


# --- Search ----------------------------------------------------------------------------


def test_site_search_finds_a_page_by_its_body_and_quotes_its_text(client, profile):
    response = client.get("/cari/", {"q": "lereng"})

    results = soup(response).select("ol.search-results li.search-result")
    hits = {li.select_one("h2 a").get_text(strip=True): li for li in results}
    assert "Profil Desa" in hits
    assert hits["Profil Desa"].select_one("h2 a")["href"] == "/profil/"
    assert hits["Profil Desa"].select_one(".result-kind").get_text(strip=True) == "Halaman"


def test_site_search_finds_a_page_by_a_fact_value(client, profile):
    results = get_soup(client, "/cari/", {"q": "jiwa"}).select("li.search-result h2 a")

    assert "Profil Desa" in [a.get_text(strip=True) for a in results]


def test_search_text_holds_the_intro_and_the_body(profile):
    text = profile.search_text()

    assert text.startswith("Mengenal Desa Uji dari dekat.")
    assert "lereng Gunung Slamet" in text


# --- Editors ---------------------------------------------------------------------------


@pytest.fixture
def editor(village):
    return logged_in(make_superuser())


def test_editor_screens_open(editor, profile):
    urls = [
        reverse("wagtailadmin_pages:edit", args=[profile.pk]),
        reverse("wagtailadmin_pages:add", args=["standard_pages", "standardpage", profile.pk]),
    ]
    for url in urls:
        assert editor.get(url).status_code == 200, url


def test_table_block_editor_script_is_served():
    assert finders.find("typed_table_block/js/typed_table_block.js")


@pytest.mark.parametrize("name", list(StandardPageBodyBlock.base_blocks))
def test_every_body_block_has_full_meta_in_indonesian(name):
    block = StandardPage._meta.get_field("body").stream_block.child_blocks[name]

    assert block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.label and block.meta.help_text
    assert block.get_description()
    assert "berita" not in str(block.get_description()).lower()
    assert block.is_previewable


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("facts", ["Desa dalam angka", "Luas wilayah", "12,5 km²", "Ketinggian", "1.050 mdpl"]),
        ("table", ["Jumlah penduduk per dusun", "Pesanggrahan", "1.308", "1.226"]),
    ],
)
def test_preview_of_the_new_blocks_shows_real_looking_content(editor, name, expected):
    block = StandardPage._meta.get_field("body").stream_block.child_blocks[name]

    response = editor.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})

    text = soup(response).main.get_text(" ", strip=True)
    for part in expected:
        assert part in text
    assert "None" not in text


# --- Query budget ----------------------------------------------------------------------

# Maximum queries for an anonymous reader's first uncached view (see test_query_budgets.py):
# measured 18 with any number of sub-pages, images and tables, plus a margin of 2.
STANDARD_PAGE_BUDGET = 20


def test_query_count_does_not_grow_with_sub_pages_and_images(
    client, profile, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    page = StandardPageFactory(
        parent=profile,
        title="Geografi",
        body__0__image__image__image=ImageFactory(),
        body__1="facts",
        body__2="table",
    )
    sub_pages(page, "Batas Wilayah")

    few_response, few = steady_state_get(
        client, page.url, STANDARD_PAGE_BUDGET, django_assert_max_num_queries
    )

    for _ in range(4):
        page.body.append(("image", {"image": ImageFactory(), "alt_text": "Sawah", "caption": ""}))
        page.body.append(("table", page.body[2].value))
    page.save_revision().publish()
    sub_pages(page, "Sungai", "Iklim", "Tanah", "Hutan")

    many_response, many = steady_state_get(
        client, page.url, STANDARD_PAGE_BUDGET, django_assert_max_num_queries
    )

    assert len(soup(few_response).select(".subpages .card")) == 1
    assert len(soup(many_response).select(".subpages .card")) == 5
    assert len(soup(many_response).select(".article-body img")) == 5
    assert many == few


# --- Demo content ----------------------------------------------------------------------


@pytest.fixture
def demo_pages(site, home_page, village):
    """The sections the village structure makes: Profil Desa (with a neutral draft under
    it, as the structure leaves it) and Kontak; no office location yet."""
    profile = StandardPageFactory(
        parent=home_page, title="Profil Desa", slug="profil", intro="Mengenal desa kami.", body=[]
    )
    profile.save_revision().publish()
    StandardPageFactory(
        parent=profile,
        title="Sejarah Desa",
        slug="sejarah",
        intro="Asal-usul desa.",
        body=[],
        live=False,
    ).save_revision()
    contact = ContactPageFactory(parent=home_page)
    contact.save_revision().publish()
    return SimpleNamespace(site=site, home=home_page, profile=profile, contact=contact)


def load_demo_profile(pages):
    from demo.village_profile import load

    messages = []
    load(pages, messages.append)
    return messages


def demo_state():
    return {
        "pages": list(Page.objects.order_by("path").values_list("title", "live")),
        "revisions": Revision.objects.count(),
    }


def test_demo_fills_the_profile_and_publishes_its_sub_pages(client, demo_pages):
    messages = load_demo_profile(demo_pages)

    assert "Isi halaman Profil Desa dimuat." in messages
    assert "Halaman Sejarah Desa diisi." in messages
    assert "Halaman Visi & Misi dibuat." in messages
    assert "Halaman Geografi dibuat." in messages
    page = get_soup(client, "/profil/")
    # The section's intro is desa.yaml's (demo/site.py); the demo fills the body.
    assert page.select_one(".lead").get_text(strip=True) == "Mengenal desa kami."
    assert "Desa Serang berada di ketinggian" in page.select_one(".article-body").get_text()
    facts = {
        row.dt.get_text(strip=True): row.dd.get_text(strip=True)
        for row in page.select(".facts-box dl.facts > div")
    }
    assert facts["Jumlah penduduk"] == "7.836 jiwa"
    assert facts["Dusun"] == "7"
    assert page.select_one("nav.toc")
    assert page.select_one(".article-body table caption")
    cards = [a.get_text(strip=True) for a in page.select(".subpages .card h3 a")]
    assert cards == ["Sejarah Desa", "Visi & Misi", "Geografi"]
    for slug in ("sejarah", "visi-misi", "geografi"):
        sub_page = get_soup(client, f"/profil/{slug}/")
        assert len(sub_page.select(".article-body h2")) >= 3


def test_demo_population_table_adds_up(client, demo_pages):
    load_demo_profile(demo_pages)

    table = get_soup(client, "/profil/").select_one(".article-body table")
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.tbody.find_all("tr")
    ]
    *dusun, total = rows

    def number(text):
        return int(text.replace(".", ""))

    for column in (2, 3, 4):
        assert sum(number(row[column]) for row in dusun) == number(total[column])
    assert total[4] == "7.836"


def test_demo_fills_the_contact_page_and_the_office_location(client, demo_pages):
    messages = load_demo_profile(demo_pages)

    assert "Catatan sebelum berkunjung di halaman Kontak dimuat." in messages
    assert "Titik lokasi kantor desa diisi." in messages
    contact = ContactPage.objects.get(pk=demo_pages.contact.pk)
    assert contact.intro == "Hubungi kantor desa untuk layanan dan informasi."
    page = get_soup(client, contact)
    assert "KTP elektronik" in page.select_one(".contact-visit").get_text()
    links = [a["href"] for a in page.select(".contact-directions a")]
    assert "https://www.google.com/maps/dir/?api=1&destination=-7.2435,109.2946" in links


def test_demo_load_is_idempotent(demo_pages):
    load_demo_profile(demo_pages)
    before = demo_state()

    messages = load_demo_profile(demo_pages)

    assert messages == []
    assert demo_state() == before


def test_demo_leaves_pages_and_settings_that_people_have_written(demo_pages, village):
    editor = make_superuser()
    history = StandardPage.objects.get(slug="sejarah")
    history.intro = "Sejarah desa menurut warga."
    history.save_revision(user=editor)
    village.office_latitude, village.office_longitude = "-7.250000", "109.300000"
    village.save()

    messages = load_demo_profile(demo_pages)

    assert "Halaman Sejarah Desa diisi." not in messages
    assert "Titik lokasi kantor desa diisi." not in messages
    history.refresh_from_db()
    assert not history.live
    assert not history.body
    assert history.get_latest_revision_as_object().intro == "Sejarah desa menurut warga."
    village.refresh_from_db()
    assert str(village.office_latitude) == "-7.250000"
