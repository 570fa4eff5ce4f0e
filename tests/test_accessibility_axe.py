"""axe-core in chromium on the pages readers open most: no serious or critical accessibility
violation on a phone (390×844, with the menu open) or a desktop (1280×800).

axe-core comes from npm (`npm ci` installs node_modules/axe-core from package-lock.json);
without it, or without chromium, the test is skipped with the reason. Each run also leaves
a screenshot per page and width in test-artifacts/, for a person to look at the layout."""

from pathlib import Path

import pytest
from wagtail.models import Page, Site

from tests.browser import ARTIFACTS, browser_test_marks
from tests.factories import (
    ArticleCategoryFactory,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    ImageFactory,
    ProductFactory,
    ProdukIndexPageFactory,
    TourismSpotFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)
from tests.factories_events import AgendaIndexPageFactory, EventPageFactory
from tests.factories_gallery import AlbumPageFactory, GalleryIndexPageFactory
from tests.factories_government import GovernmentPageFactory, OfficialFactory
from tests.factories_standard_pages import StandardPageFactory

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    *browser_test_marks,
    pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (run `npm ci`)"),
]

VIEWPORTS = {"telepon": (390, 844), "desktop": (1280, 800)}
BLOCKING_IMPACTS = {"serious", "critical"}
SCREENSHOT_PAGES = {"beranda", "berita", "produk"}


@pytest.fixture
def reader_pages(live_server):
    """The pages of a village as editors fill it: the nine menu sections, an article with a
    table of contents, FAQ and tags, wisata and products, officials and a photo album."""
    home = HomePageFactory(parent=Page.get_first_root_node(), hero_image=ImageFactory())
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    VillageSettingsFactory(
        site=site,
        village_name="Desa Serang",
        logo=ImageFactory(file__width=200, file__height=200),
        instagram_url="https://www.instagram.com/desaserang",
    )
    profile = StandardPageFactory(
        parent=home, title="Profil Desa", slug="profil", show_in_menus=True
    )
    for title in ["Sejarah", "Visi & Misi", "Geografi"]:
        StandardPageFactory(parent=profile, title=title, show_in_menus=True)
    government = GovernmentPageFactory(parent=home)
    for _ in range(3):
        OfficialFactory(with_photo=True)
    news = ArticleIndexPageFactory(parent=home)
    agenda = AgendaIndexPageFactory(parent=home)
    event = EventPageFactory(parent=agenda, title="Kerja bakti saluran irigasi")
    EventPageFactory(parent=agenda)
    gallery = GalleryIndexPageFactory(parent=home)
    album = AlbumPageFactory(parent=gallery, title="Festival Stroberi", photos=4)
    wisata = WisataIndexPageFactory(parent=home)
    ProdukIndexPageFactory(parent=home)
    StandardPageFactory(parent=home, title="Kontak", show_in_menus=True)

    category = ArticleCategoryFactory(name="Kesehatan")
    article = ArticlePageFactory(
        parent=news,
        title="Posyandu balita dan lansia di Dusun Kaliurip setiap bulan",
        cover_image=ImageFactory(),
        cover_alt_text="Kader posyandu menimbang balita",
        cover_caption="Penimbangan balita di balai dusun.",
        categories=[category],
        tags=["posyandu", "kesehatan"],
        body__0__heading__text="Latar belakang",
        body__1__paragraph__value='<p>Warga datang ke <a href="/berita/">balai dusun</a>.</p>',
        body__2__heading__text="Kegiatan",
        body__3__quote__text="Anak sehat, desa kuat.",
        body__4__heading__text="Hasil",
        body__5__faq__items__0__question="Kapan posyandu dibuka?",
        body__5__faq__items__0__answer__value="<p>Setiap Kamis pagi.</p>",
    )
    for _ in range(3):
        ArticlePageFactory(
            parent=news, categories=[category], cover_image=ImageFactory(), cover_alt_text="Foto"
        )
    spot = TourismSpotFactory(name="Curug Cipendok", featured=True, images=3)
    TourismSpotFactory(category=spot.category, featured=True)
    for name in ["Keripik Stroberi", "Gula Semut Aren", "Madu Hutan"]:
        ProductFactory(name=name, featured=True)
    return {
        "beranda": "/",
        "berita": article.url,
        "wisata": f"{wisata.url}{spot.slug}/",
        "produk": "/produk/",
        "pemerintahan": government.url,
        "album": album.url,
        "agenda": agenda.url,
        "kegiatan": event.url,
    }


def axe_violations(page):
    """axe-core's serious and critical violations on the page as it stands. axe is run by
    evaluating its source in the page: DevTools evaluation is not subject to the page's
    Content-Security-Policy, which refuses inline and injected scripts."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [violation for violation in results if violation["impact"] in BLOCKING_IMPACTS]


def describe(violations):
    return "\n".join(
        f"- {violation['id']} ({violation['impact']}): {violation['help']} → "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in violations
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_pages_have_no_serious_accessibility_violations(
    browser, reader_pages, live_server, viewport
):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    failures = []
    base_url = live_server.url
    for name, path in reader_pages.items():
        page = context.new_page()
        page.goto(base_url + path)
        if viewport == "telepon":
            page.click("summary.menu-button")  # the menu's contents are checked too
        if name in SCREENSHOT_PAGES:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"axe-{name}-{width}.png"), full_page=True)
        violations = axe_violations(page)
        if violations:
            failures.append(f"{name} ({path}) at {width}×{height}:\n{describe(violations)}")
        page.close()
    context.close()
    assert not failures, "\n".join(failures)
