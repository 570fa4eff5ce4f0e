"""Navigation and the phone layout: the header menu with each section's pages beneath it
(working without JavaScript), one-link cards, the product card's "Pesan" button, filters
behind "Saring", directions on catalog pages, and, in chromium at 390 px, tap targets of at
least 24×24 px and no sideways scrolling."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from catalog.models import Product
from tests.browser import browser_test_marks
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    ImageFactory,
    ProductFactory,
    TourismSpotFactory,
)
from tests.factories_standard_pages import StandardPageFactory
from tests.filled_village import build_filled_village
from tests.helpers import get_soup


def browser_test(test):
    """The marks of tests/browser.py, for the few tests here that drive chromium."""
    for mark in browser_test_marks:
        test = mark(test)
    return test


@pytest.fixture
def profile(home_page, village):
    """Profil Desa with three pages for the menu, one kept out of it and one draft."""
    section = StandardPageFactory(
        parent=home_page, title="Profil Desa", slug="profil", show_in_menus=True
    )
    for title, slug in [
        ("Sejarah", "sejarah"),
        ("Visi & Misi", "visi-misi"),
        ("Geografi", "geografi"),
    ]:
        StandardPageFactory(parent=section, title=title, slug=slug, show_in_menus=True)
    StandardPageFactory(parent=section, title="Arsip Lama", slug="arsip", show_in_menus=False)
    StandardPageFactory(
        parent=section, title="Draf Demografi", slug="demografi", show_in_menus=True, live=False
    )
    return section


def menu(soup):
    return soup.select_one("header nav.main-nav")


def menu_tree(soup):
    """[(section title, [sub-page titles])] as the menu lists them."""
    tree = []
    for item in menu(soup).select("ul.menu > li"):
        children = [a.get_text(strip=True) for a in item.select("details.submenu li a")]
        tree.append((item.find("a", recursive=False).get_text(strip=True), children))
    return tree


# --- The menu -------------------------------------------------------------------------------


def test_menu_lists_each_section_with_its_menu_pages_beneath_it(client, profile, news_index):
    soup = get_soup(client, "/")

    assert menu_tree(soup) == [
        ("Beranda", []),
        ("Profil Desa", ["Sejarah", "Visi & Misi", "Geografi"]),
        ("Berita", []),
    ]


def test_menu_works_without_javascript_as_details_and_summary(client, profile):
    soup = get_soup(client, "/")

    phone_menu = soup.select_one("header details.site-menu")
    assert phone_menu.find("summary", recursive=False).get_text(strip=True) == "Menu"
    assert phone_menu.select_one("nav.main-nav") is not None
    assert phone_menu.select_one("form.header-search input[name=q]") is not None
    # The section's dropdown is a disclosure too, named for screen readers.
    dropdown = soup.select_one("li.has-submenu > details.submenu")
    assert dropdown.summary.get_text(strip=True) == "Halaman di bagian Profil Desa"
    assert not dropdown.has_attr("open")


def test_menu_leaves_out_private_sub_pages(client, profile):
    sejarah = Page.objects.get(slug="sejarah")
    PageViewRestriction.objects.create(page=sejarah, restriction_type=PageViewRestriction.LOGIN)

    soup = get_soup(client, "/")

    assert dict(menu_tree(soup))["Profil Desa"] == ["Visi & Misi", "Geografi"]


def test_menu_marks_the_sub_page_shown_and_its_section(client, profile):
    soup = get_soup(client, "/profil/sejarah/")

    current = {
        a.get_text(strip=True): a["aria-current"] for a in menu(soup).select("a[aria-current]")
    }
    assert current == {"Profil Desa": "true", "Sejarah": "page"}


def test_menu_query_count_does_not_grow_with_sections_and_sub_pages(
    client, settings, home_page, profile
):
    settings.PAGE_CACHE_SECONDS = 0

    def uncached_view():
        client.get("/")  # renditions and the like are made once
        cache.clear()  # the menu is built again
        with CaptureQueriesContext(connection) as captured:
            soup = get_soup(client, "/")
        return len(captured), soup

    few, _ = uncached_view()
    for number in range(3):
        section = StandardPageFactory(
            parent=home_page, title=f"Bagian {number}", show_in_menus=True
        )
        for child in range(3):
            StandardPageFactory(parent=section, title=f"Sub {number}.{child}", show_in_menus=True)
    many, soup = uncached_view()

    assert [len(children) for _, children in menu_tree(soup)] == [0, 3, 3, 3, 3]
    assert many == few


def test_publishing_a_sub_page_updates_the_menu_on_every_page(client, profile, news_index):
    client.get(news_index.url)
    page = StandardPageFactory(parent=profile, title="Demografi Baru", show_in_menus=True)
    page.save_revision().publish()  # as an editor publishes it, with its signal

    soup = get_soup(client, news_index.url)

    assert "Demografi Baru" in dict(menu_tree(soup))["Profil Desa"]


# --- Cards: one link each ------------------------------------------------------------------


def test_article_card_is_one_link(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        cover_image=ImageFactory(),
        cover_alt_text="Warga bergotong royong",
        categories=[ArticleCategoryFactory(name="Kesehatan")],
    )

    card = get_soup(client, news_index.url).select_one("main article.card")

    assert [a["href"] for a in card.select("a")] == [article.url]
    assert "card-link" in card.select_one(".card-title a")["class"]


def test_spot_card_is_one_link(client, wisata_index):
    spot = TourismSpotFactory(name="Curug Cipendok")

    card = get_soup(client, wisata_index.url).select_one("main article.card")

    assert [a["href"] for a in card.select("a")] == [f"/wisata/{spot.slug}/"]


def test_product_card_has_its_link_and_a_pesan_button_outside_it(client, produk_index):
    ProductFactory(name="Keripik Stroberi", seller_whatsapp="+6281398765432")

    card = get_soup(client, produk_index.url).select_one("main article.card")

    links = card.select("a")
    assert [a["href"] for a in links][0] == "/produk/keripik-stroberi/"
    assert len(links) == 2
    pesan = card.select_one(".card-action a")
    assert pesan.find_parent(class_="card-title") is None
    assert pesan.get_text(" ", strip=True).startswith("Pesan")
    assert pesan["href"] == (
        "https://wa.me/6281398765432?text=Halo%2C%20saya%20ingin%20memesan%20Keripik%20Stroberi"
    )
    url = urlsplit(pesan["href"])
    assert parse_qs(url.query) == {"text": ["Halo, saya ingin memesan Keripik Stroberi"]}


def test_sold_out_product_card_has_no_pesan_button(client, produk_index):
    ProductFactory(name="Madu Hutan", availability=Product.Availability.SOLD_OUT)

    card = get_soup(client, produk_index.url).select_one("main article.card")

    assert [a["href"] for a in card.select("a")] == ["/produk/madu-hutan/"]


def test_product_cards_sit_two_by_two_on_a_phone(client, home_page, produk_index):
    ProductFactory(featured=True)

    for url in ("/", produk_index.url):
        cards = get_soup(client, url).select_one("main .cards:has(> .product-card)")
        assert "cards-products" in cards["class"]


# --- Filters behind "Saring" ---------------------------------------------------------------


def test_berita_categories_sit_in_a_saring_disclosure(client, news_index):
    ArticleCategoryFactory(name="Kesehatan")

    soup = get_soup(client, news_index.url)

    filters = soup.select_one("main details.filters")
    assert filters.summary.get_text(strip=True) == "Saring"
    assert [a.get_text(strip=True) for a in filters.select("nav.filter-nav a")] == [
        "Semua",
        "Kesehatan",
    ]


def test_saring_names_the_active_category(client, news_index):
    ArticleCategoryFactory(name="Kesehatan", slug="kesehatan")

    soup = get_soup(client, news_index.url, {"kategori": "kesehatan"})

    assert soup.select_one("details.filters summary").get_text(strip=True) == "Saring: Kesehatan"


@pytest.mark.parametrize("url", ["/wisata/", "/produk/"])
def test_catalog_filter_form_sits_in_a_saring_disclosure(client, wisata_index, produk_index, url):
    soup = get_soup(client, url)

    filters = soup.select_one("main details.filters")
    assert filters.summary.get_text(strip=True) == "Saring"
    form = filters.select_one("form.catalog-filter")
    assert {field["name"] for field in form.select("input, select")} == {"q", "kategori", "urut"}


# --- Directions ----------------------------------------------------------------------------


def test_spot_page_shows_directions_beside_openstreetmap_and_readable_location(
    client, wisata_index
):
    spot = TourismSpotFactory(
        name="Curug Cipendok",
        address="Dusun Kaliurip, Desa Uji",
        latitude="-7.25",
        longitude="109.29",
    )

    soup = get_soup(client, f"{wisata_index.url}{spot.slug}/")

    location = soup.select_one("section.location")
    assert (
        location.select_one(".location-address").get_text(strip=True) == "Dusun Kaliurip, Desa Uji"
    )
    assert location.select_one(".coordinates").get_text(strip=True) == "7,25° LS, 109,29° BT"
    links = {a.get_text(" ", strip=True): a["href"] for a in location.select(".map-links a")}
    assert links["Petunjuk arah (Google Maps, tab baru)"] == (
        "https://www.google.com/maps/dir/?api=1&destination=-7.25,109.29"
    )
    assert urlsplit(links["Lihat di OpenStreetMap"]).netloc == "www.openstreetmap.org"


def test_spot_without_coordinates_has_no_map_links(client, wisata_index):
    spot = TourismSpotFactory(latitude=None, longitude=None)

    soup = get_soup(client, f"{wisata_index.url}{spot.slug}/")

    assert soup.select_one("section.location") is None
    assert soup.find("a", string="Petunjuk arah") is None


def test_catalog_detail_loads_the_photo_viewer(client, produk_index):
    product = ProductFactory()

    soup = get_soup(client, f"{produk_index.url}{product.slug}/")

    assert soup.select_one("link[rel=stylesheet][href$='css/gallery.css']") is not None
    assert soup.select_one("script[src$='js/gallery.js'][defer]") is not None


# --- In chromium at 390 px -----------------------------------------------------------------

# Every link, button, summary and field a reader can see, except links inside a sentence of
# body text, which WCAG 2.2 (2.5.8) exempts; returns those smaller than 24×24 px.
# `within` narrows the search to part of the page.
SMALL_TAP_TARGETS = """(within) => {
  const bodyText = ".prose p, .prose li, .faq-answer p, .faq-answer li";
  const small = [];
  const targets = document.querySelectorAll(within || "a, button, summary, input, select");
  for (const element of targets) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    if (getComputedStyle(element).display === "inline" && element.closest(bodyText)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width < 24 || rect.height < 24) {
      const name = (element.textContent || element.name || "").trim().slice(0, 40);
      small.push(`<${element.tagName.toLowerCase()} class="${element.className}"> "${name}" `
        + `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
    }
  }
  return small;
}"""


@pytest.fixture
def phone_site(live_server):
    """A village as editors fill it (tests/filled_village.py), served to chromium."""
    return {"base": live_server.url, **build_filled_village()}


def open_at(browser, url, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="id-ID")
    page = context.new_page()
    page.goto(url)
    return page


@browser_test
def test_every_tap_target_is_at_least_24_px_on_a_phone(browser, phone_site):
    for path in ["/", phone_site["article"].url, "/produk/"]:
        page = open_at(browser, phone_site["base"] + path, 390)
        page.click("summary.menu-button")  # the menu's links are measured too
        small = page.evaluate(SMALL_TAP_TARGETS)
        assert small == [], f"{path}: " + "; ".join(small)
        page.context.close()


@browser_test
def test_home_event_card_links_are_at_least_24_px_on_a_phone(browser, phone_site):
    page = open_at(browser, phone_site["base"] + "/", 390)
    assert page.locator(".event-card-title a").count() == 2

    assert page.evaluate(SMALL_TAP_TARGETS, ".event-card-title a") == []


@browser_test
def test_nothing_scrolls_sideways_on_a_phone_with_the_menu_open_or_closed(browser, phone_site):
    for path in ["/", phone_site["article"].url, "/produk/"]:
        page = open_at(browser, phone_site["base"] + path, 390)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        page.click("summary.menu-button")
        assert page.locator("nav.main-nav").get_by_role("link", name="Sejarah").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        page.context.close()


@browser_test
def test_desktop_menu_fits_one_row_and_opens_a_dropdown_with_the_keyboard(browser, phone_site):
    page = open_at(browser, phone_site["base"] + "/", 1280)
    items = page.locator("nav.main-nav ul.menu > li")
    tops = {round(box["y"]) for box in (items.nth(i).bounding_box() for i in range(items.count()))}
    assert items.count() == 9
    assert len(tops) == 1, "the nine sections wrap onto a second row"
    assert not page.locator("summary.menu-button").is_visible()
    sejarah = page.locator("nav.main-nav").get_by_role("link", name="Sejarah")
    assert not sejarah.is_visible()

    page.locator("summary.submenu-toggle").first.focus()  # Profil Desa's
    page.keyboard.press("Enter")
    assert sejarah.is_visible()
    page.keyboard.press("Escape")  # site.js closes it and keeps focus on its button
    assert not sejarah.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('submenu-toggle')")
    page.context.close()


def test_taking_a_sub_page_out_of_the_menu_updates_every_page(client, profile, news_index):
    page = StandardPageFactory(parent=profile, title="Demografi Lama", show_in_menus=True)
    page.save_revision().publish()
    assert "Demografi Lama" in client.get(news_index.url).content.decode()

    page.show_in_menus = False
    page.save_revision().publish()

    assert "Demografi Lama" not in client.get(news_index.url).content.decode()
