"""Editing in a real browser: the preview side panel shows what the editor types, and a
click on "Simpan draf" in the same second as an autosave makes one item, not an error.

Runs Debian's chromium through Playwright; skipped where there is no chromium. A failing
step leaves a screenshot in test-artifacts/ (tests/browser.py)."""

import pytest
from wagtail.models import Page, Site

from catalog.models import Product
from tests.browser import (
    add_block,
    assert_preview_shows,
    browser_test_marks,
    csp_errors,
    log_in,
    preview_contents,
    step,
    type_in_rich_text,
)
from tests.factories import (
    ArticleIndexPageFactory,
    HomePageFactory,
    ProductCategoryFactory,
    ProductFactory,
    ProdukIndexPageFactory,
    VillageSettingsFactory,
)
from tests.helpers import PENULIS, make_user

pytestmark = browser_test_marks

TITLE = "Posyandu Balita Dibuka Setiap Kamis"
QUESTION = "Di mana posyandu diadakan?"
PRODUCT = "Keripik Singkong Pedas Bu Sari"


@pytest.fixture
def village_site(live_server):
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    make_user(PENULIS)
    return {
        "news": ArticleIndexPageFactory(parent=home),
        "products": ProdukIndexPageFactory(parent=home),
    }


def open_editor(page, url):
    """Open an add or edit form and wait until Wagtail watches it for edits: it takes the
    form's starting state two seconds after loading, and only changes after that autosave."""
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.editsWatched = true; })"
    )
    page.goto(url)
    page.wait_for_function("() => window.editsWatched === true")


def test_preview_panel_shows_the_typed_article(browser, live_server, village_site):
    base_url = live_server.url
    editor = log_in(browser, base_url, "penulis")
    violations = csp_errors(editor)
    news = village_site["news"]
    with step(editor, "preview-1-write"):
        editor.goto(f"{base_url}/admin/pages/add/articles/articlepage/{news.pk}/")
        editor.fill("#id_title", TITLE)
        editor.fill("#id_intro", "Posyandu melayani penimbangan dan imunisasi balita.")
        add_block(editor, "Tanya jawab (FAQ)")
        editor.fill("#body-0-value-items-0-value-question", QUESTION)
        type_in_rich_text(editor, "body-0-value-items-0-value-answer", "Di balai desa.")
    with step(editor, "preview-2-panel"):
        assert_preview_shows(editor, TITLE, QUESTION)
    assert violations == []


def test_preview_panel_shows_the_product_being_edited(browser, live_server, village_site):
    base_url = live_server.url
    product = ProductFactory(name="Gula Aren Cair")
    editor = log_in(browser, base_url, "penulis")
    violations = csp_errors(editor)
    with step(editor, "preview-product"):
        open_editor(editor, f"{base_url}/admin/snippets/catalog/product/edit/{product.pk}/")
        editor.fill("#id_name", "Gula Aren Cair Murni")
        editor.click("[data-side-panel-toggle='preview']")
        assert preview_contents(editor)["heading"] == "Gula Aren Cair Murni"
    assert violations == []


def test_save_click_in_the_same_second_as_an_autosave_makes_one_product(
    browser, live_server, village_site
):
    base_url = live_server.url
    ProductCategoryFactory(name="Makanan ringan")
    editor = log_in(browser, base_url, "penulis")
    add_url = f"{base_url}/admin/snippets/catalog/product/add/"
    # Autosaves of the new product wait here, so that one is still on its way to the
    # server when "Simpan draf" is clicked: both reach the create view together.
    held_autosaves = []

    def hold_autosave(route):
        if "application/json" in route.request.headers.get("accept", ""):
            held_autosaves.append(route)
        else:
            route.continue_()

    def wait_for_autosaves(count):
        for _ in range(150):
            if len(held_autosaves) >= count:
                return
            editor.wait_for_timeout(100)
        raise AssertionError(f"{len(held_autosaves)} autosaves were posted, not {count}")

    editor.route(add_url, hold_autosave)
    with step(editor, "same-second-1-type"):
        open_editor(editor, add_url)
        editor.fill("#id_name", PRODUCT)
        editor.get_by_role("button", name="Pilih kategori produk").click()
        editor.locator(".modal").get_by_role("link", name="Makanan ringan").click()
        editor.locator(".modal").wait_for(state="hidden")
        type_in_rich_text(editor, "id_description", "Keripik singkong renyah dengan cabai.")
        editor.fill("#id_price", "12000")
        editor.fill("#id_seller_name", "Bu Sari")
        editor.fill("#id_seller_whatsapp", "0812-3456-7890")
        # The first autosave left while the form was half typed. Dropped, it makes the page
        # post again with everything typed; that one is held until the click.
        wait_for_autosaves(1)
        held_autosaves[0].abort()
        wait_for_autosaves(2)
    with step(editor, "same-second-2-save"):
        editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
        save_draft = editor.get_by_role("button", name="Simpan draf")
        save_draft.wait_for()
        held_autosaves[1].continue_()
        save_draft.click()
        editor.wait_for_selector(".messages .success")
        assert editor.locator(".messages .error").count() == 0
    product = Product.objects.get()
    saved = product.get_latest_revision_as_object()
    assert (saved.name, saved.price, saved.seller_name) == (PRODUCT, 12000, "Bu Sari")
    assert not product.live
