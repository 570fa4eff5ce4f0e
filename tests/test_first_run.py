"""A fresh install without the demo: `manage.py migrate` replaces Wagtail's English welcome
page with the village's empty Indonesian site, whose sections all answer; a second run, or a
site that is already built, gets nothing new."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Revision, Site

from articles.models import ArticleIndexPage
from budget.models import BudgetPage
from core.models import VillageSettings
from demo import budget as demo_budget
from demo.reader import read_site
from demo.site import set_up_site
from documents.models import InformasiPublikPage, ProdukHukumIndexPage
from events.models import AgendaIndexPage
from government.models import GovernmentPage
from home.models import HomePage
from standard_pages.models import StandardPage
from tests.helpers import get_soup
from villages.structure import (
    GOVERNMENT_PAGES,
    SECTIONS,
    StructureError,
    VillageSite,
    ensure_village_structure,
    is_welcome_page,
)

SECTION_URLS = {
    "Profil Desa": "/profil/",
    "Pemerintahan": "/pemerintahan/",
    "Berita": "/berita/",
    "Agenda": "/agenda/",
    "Galeri": "/galeri/",
    "Wisata": "/wisata/",
    "Produk Warga": "/produk/",
    "Kontak": "/kontak/",
}

GOVERNMENT_URLS = {
    "Produk Hukum": "/pemerintahan/produk-hukum/",
    "APBDes": "/pemerintahan/apbdes/",
    "Informasi Publik": "/pemerintahan/informasi-publik/",
}


def menu_sections(client, url="/"):
    """The header menu's top-level links in order, and each one's dropdown links."""
    menu = get_soup(client, url).select_one("nav.main-nav")
    return [
        (
            item.find("a", recursive=False).get_text(strip=True),
            [a.get_text(strip=True) for a in item.select(".submenu a")],
        )
        for item in menu.select("ul.menu > li")
    ]


def top_menu_links(client, url="/"):
    menu = get_soup(client, url).select_one("nav.main-nav")
    return [
        (item.find("a", recursive=False).get_text(strip=True), item.find("a")["href"])
        for item in menu.select("ul.menu > li")
    ]


def migrate(first_run=True):
    """`manage.py migrate` on the test database, with the first-run switch as a real
    install has it (on) unless told otherwise; its console output."""
    output = StringIO()
    with override_settings(VILLAGE_FIRST_RUN=first_run):
        call_command("migrate", verbosity=1, stdout=output)
    return output.getvalue()


def page_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "settings": VillageSettings.objects.count(),
    }


@pytest.fixture
def welcome_site(db):
    """The test database as Wagtail's migrations leave it: the site shows the welcome page."""
    site = Site.objects.get(is_default_site=True)
    assert is_welcome_page(site.root_page)
    return site


@pytest.fixture
def first_run(welcome_site):
    return migrate()


def test_fresh_install_serves_every_section_in_indonesian(client, first_run):
    answers = {}
    for url in ["/", *SECTION_URLS.values(), *GOVERNMENT_URLS.values()]:
        response = client.get(url)
        html = response.content.decode()
        answers[url] = (response.status_code, 'lang="id"' in html, "Wagtail" in html)
    assert answers == {url: (200, True, False) for url in answers}


def test_each_section_shows_its_title_and_neutral_intro(client, first_run):
    for spec in SECTIONS:
        texts = spec.default_texts()
        page = get_soup(client, SECTION_URLS[texts["title"]])
        assert page.h1.get_text(strip=True) == texts["title"]
        assert page.find("meta", attrs={"name": "description"})["content"] == texts["intro"]


def test_home_page_welcomes_in_indonesian(client, first_run):
    page = get_soup(client, "/")
    assert page.h1.get_text(strip=True) == "Selamat datang"
    assert "Belum ada berita yang diterbitkan." in page.get_text()


def test_welcome_page_is_gone(first_run):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.title == "Beranda"
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    assert Page.objects.filter(depth=2).count() == 1


def test_menu_lists_the_sections_in_order(client, first_run):
    assert top_menu_links(client) == [("Beranda", "/"), *SECTION_URLS.items()]


def test_menu_opens_pemerintahan_on_its_transparency_pages(client, first_run):
    sections = dict(menu_sections(client))
    assert sections["Pemerintahan"] == list(GOVERNMENT_URLS)
    assert [title for title, children in sections.items() if children] == ["Pemerintahan"]
    menu = get_soup(client, "/").select_one("nav.main-nav .submenu")
    assert [a["href"] for a in menu.select("a")] == list(GOVERNMENT_URLS.values())


def test_transparency_pages_wait_under_pemerintahan(client, first_run):
    government = GovernmentPage.objects.get()
    children = [page.specific for page in government.get_children()]
    assert [(type(page), page.slug, page.live, page.show_in_menus) for page in children] == [
        (ProdukHukumIndexPage, "produk-hukum", True, True),
        (BudgetPage, "apbdes", True, True),
        (InformasiPublikPage, "informasi-publik", True, True),
    ]
    for spec, page in zip(GOVERNMENT_PAGES, children, strict=True):
        texts = spec.default_texts()
        assert (page.title, page.intro) == (texts["title"], texts["intro"])
        html = get_soup(client, GOVERNMENT_URLS[texts["title"]])
        assert html.h1.get_text(strip=True) == texts["title"]


def test_migrate_says_what_it_built(first_run):
    assert "Situs desa disiapkan: Beranda dan 8 halaman bagian" in first_run
    assert "setup_village" in first_run


def test_profile_sub_pages_wait_as_drafts(client, first_run):
    profile = StandardPage.objects.get(slug="profil")
    drafts = StandardPage.objects.child_of(profile)
    assert [(page.title, page.slug, page.live) for page in drafts] == [
        ("Sejarah Desa", "sejarah", False),
        ("Visi & Misi", "visi-misi", False),
        ("Geografi", "geografi", False),
    ]
    assert all(page.latest_revision_id for page in drafts)
    assert client.get("/profil/sejarah/").status_code == 404


def test_village_settings_exist_for_the_site(first_run):
    site = Site.objects.get(is_default_site=True)
    assert VillageSettings.objects.get(site=site).village_name == "Desa"


def test_second_migrate_creates_nothing(first_run):
    before = page_counts()
    assert "Situs desa disiapkan" not in migrate()
    assert page_counts() == before


def test_switched_off_migrate_keeps_the_welcome_page(welcome_site):
    before = page_counts()
    migrate(first_run=False)
    assert page_counts() == before
    assert is_welcome_page(Site.objects.get(is_default_site=True).root_page)


def test_a_built_site_is_left_alone(home_page, village, news_index):
    before = page_counts()
    migrate()
    assert page_counts() == before
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk


def test_an_edited_welcome_page_is_not_replaced(welcome_site):
    welcome = welcome_site.root_page
    welcome.title = "Situs kami"
    welcome.save_revision().publish()
    before = page_counts()
    migrate()
    assert page_counts() == before
    assert Site.objects.get(is_default_site=True).root_page_id == welcome.pk


# --- The structure itself ------------------------------------------------------------


def test_structure_names_every_section(first_run):
    village = ensure_village_structure(Site.objects.get(is_default_site=True))
    assert isinstance(village, VillageSite)
    assert [getattr(village, spec.attribute).title for spec in SECTIONS] == list(SECTION_URLS)
    assert all(getattr(village, spec.attribute).live for spec in SECTIONS)
    assert [getattr(village, spec.attribute).url for spec in GOVERNMENT_PAGES] == list(
        GOVERNMENT_URLS.values()
    )


def test_a_moved_transparency_page_is_not_duplicated(first_run):
    budget = BudgetPage.objects.get()
    budget.move(HomePage.objects.get(), pos="last-child")
    village = ensure_village_structure(Site.objects.get(is_default_site=True))
    assert BudgetPage.objects.count() == 1
    assert village.budget.pk == budget.pk
    assert village.budget.url == "/apbdes/"


def test_a_deleted_transparency_page_returns_in_its_place(client, first_run):
    ProdukHukumIndexPage.objects.get().delete()
    lines = []
    ensure_village_structure(Site.objects.get(is_default_site=True), report=lines.append)
    assert lines == ["Halaman Produk Hukum dibuat."]
    assert dict(menu_sections(client))["Pemerintahan"] == list(GOVERNMENT_URLS)
    assert client.get("/pemerintahan/produk-hukum/").status_code == 200


def test_renamed_section_is_not_duplicated(first_run):
    news = ArticleIndexPage.objects.get()
    news.title, news.slug = "Kabar Desa", "kabar"
    news.save_revision().publish()
    village = ensure_village_structure(Site.objects.get(is_default_site=True))
    assert ArticleIndexPage.objects.count() == 1
    assert village.news.title == "Kabar Desa"


def test_deleted_section_returns_in_its_menu_place(client, first_run):
    AgendaIndexPage.objects.get().delete()
    lines = []
    ensure_village_structure(Site.objects.get(is_default_site=True), report=lines.append)
    assert lines == ["Halaman Agenda dibuat."]
    assert [title for title, _children in menu_sections(client)] == ["Beranda", *SECTION_URLS]
    assert client.get("/agenda/").status_code == 200


def test_structure_refuses_to_replace_another_root_page(welcome_site):
    other = Page.get_first_root_node().add_child(instance=Page(title="Lama", slug="lama"))
    welcome_site.root_page = other
    welcome_site.save()
    with pytest.raises(StructureError, match="bukan Beranda"):
        ensure_village_structure(welcome_site)
    assert not HomePage.objects.exists()


# --- The demo on a first run's pages (make run: migrate, then load_demo) ----------------


def test_demo_fills_the_pages_a_first_run_built(first_run):
    village = set_up_site(with_images=False)
    texts = read_site()
    assert village.profile.intro == texts["sections"]["profile"]["intro"]
    assert village.contact.intro == texts["sections"]["contact"]["intro"]
    assert village.home.hero_title == texts["home"]["hero_title"]
    site = Site.objects.get(is_default_site=True)
    assert VillageSettings.for_site(site).village_name == "Desa Serang"
    assert (site.site_name, site.hostname, site.port) == ("Desa Serang", "testserver", 80)


def test_demo_keeps_what_an_editor_wrote(first_run):
    news = ArticleIndexPage.objects.get()
    news.intro = "Kabar dari balai desa, ditulis sendiri oleh operator."
    news.save_revision().publish()
    agenda = AgendaIndexPage.objects.get()
    agenda.intro = "Draf pengantar agenda."
    agenda.save_revision()
    revisions = Revision.objects.count()
    village = set_up_site(with_images=False)
    assert village.news.intro == "Kabar dari balai desa, ditulis sendiri oleh operator."
    agenda_texts = next(spec for spec in SECTIONS if spec.attribute == "agenda")
    assert AgendaIndexPage.objects.get().intro == agenda_texts.default_texts()["intro"]
    # One revision each for the home page, the six sections nobody touched and the pages
    # under Pemerintahan.
    untouched = len(SECTIONS) - 2 + len(GOVERNMENT_PAGES)
    assert Revision.objects.count() == revisions + 1 + untouched


def test_a_second_set_up_changes_nothing(first_run):
    set_up_site(with_images=False)
    revisions = Revision.objects.count()
    set_up_site(with_images=False)
    assert Revision.objects.count() == revisions


def test_demo_fills_the_structures_apbdes_page(client, first_run):
    village = set_up_site(with_images=False)
    lines = []
    demo_budget.load(village, lines.append)
    demo_budget.load(village, lines.append)
    page = BudgetPage.objects.get()
    assert (page.pk, page.intro, page.url) == (
        village.budget.pk,
        demo_budget.PAGE_INTRO,
        "/pemerintahan/apbdes/",
    )
    # set_up_site gave the structure's page the demo's intro; the loader adds the budgets.
    assert lines == ["APBDes 2025, 2026 dibuat."]
    assert get_soup(client, "/pemerintahan/apbdes/").h1.get_text(strip=True) == "APBDes 2026"


def test_demo_budget_keeps_an_editors_apbdes_intro(first_run):
    village = set_up_site(with_images=False)
    page = village.budget
    page.intro = "Anggaran desa kami, ditulis operator."
    page.save_revision().publish()
    demo_budget.load(village, lambda message: None)
    assert BudgetPage.objects.get().intro == "Anggaran desa kami, ditulis operator."
