"""The photo viewer in a real browser: a click on a thumbnail opens the dialog on that photo,
the arrow keys, buttons and swipes move through the album, Escape closes it and focus
returns to the page; without JavaScript every photo is a plain link.

Runs Debian's chromium through Playwright; skipped where there is no chromium. A failing
step leaves a screenshot in test-artifacts/ (tests/browser.py)."""

import pytest
from wagtail.models import Page, Site

from tests.browser import browser_test_marks, csp_errors, step
from tests.factories import HomePageFactory, VillageSettingsFactory
from tests.factories_gallery import AlbumPageFactory, GalleryIndexPageFactory

pytestmark = browser_test_marks

PHOTOS = 5
DIALOG_OPEN = "dialog.photo-dialog[open]"


@pytest.fixture
def album(live_server):
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    gallery = GalleryIndexPageFactory(parent=home)
    return AlbumPageFactory(parent=gallery, title="Festival Stroberi", photos=PHOTOS)


def reader(browser, javascript=True):
    """A phone-sized Indonesian reader."""
    context = browser.new_context(
        locale="id-ID", viewport={"width": 390, "height": 844}, java_script_enabled=javascript
    )
    return context.new_page()


def counter(page):
    return page.locator(f"{DIALOG_OPEN} [data-counter]").inner_text()


def wait_for_focus_on_photo(page, number):
    """Wait until the thumbnail link of photo `number` (1-based) has focus: the dialog's
    close event, which moves it there, follows the closing by a task."""
    page.wait_for_function(
        "(number) => document.querySelectorAll('.photo-link')[number - 1]"
        " === document.activeElement",
        arg=number,
        timeout=5000,
    )


def test_viewer_opens_on_the_clicked_photo_steps_with_arrows_and_closes_with_escape(
    browser, live_server, album
):
    page = reader(browser)
    violations = csp_errors(page)
    with step(page, "gallery-1-open"):
        page.goto(f"{live_server.url}{album.url}")
        links = page.locator(".photo-link")
        assert links.count() == PHOTOS
        links.nth(1).click()
        page.wait_for_selector(DIALOG_OPEN)
        assert counter(page) == f"2 / {PHOTOS}"
        caption = page.locator(f"{DIALOG_OPEN} [data-caption]").inner_text()
        assert caption == "Foto Festival Stroberi 2"
        image = page.locator(f"{DIALOG_OPEN} [data-image]")
        assert image.evaluate("img => img.src") == links.nth(1).evaluate("a => a.href")
        assert image.get_attribute("alt") == "Foto Festival Stroberi 2"
        assert page.evaluate("() => document.activeElement.closest('dialog[open]') !== null")
    with step(page, "gallery-2-arrows"):
        page.keyboard.press("ArrowRight")
        assert counter(page) == f"3 / {PHOTOS}"
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("ArrowLeft")
        assert counter(page) == f"1 / {PHOTOS}"
        page.keyboard.press("ArrowLeft")
        assert counter(page) == f"{PHOTOS} / {PHOTOS}"
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        assert counter(page) == f"2 / {PHOTOS}"
        page.keyboard.press("ArrowRight")
        assert counter(page) == f"3 / {PHOTOS}"
    with step(page, "gallery-3-escape"):
        page.keyboard.press("Escape")
        page.wait_for_selector(DIALOG_OPEN, state="detached")
        assert page.locator("dialog.photo-dialog").count() == 1
        # Back on the thumbnail of the photo last shown, so the reader goes on from there.
        wait_for_focus_on_photo(page, 3)
    assert violations == []


def test_viewer_buttons_are_large_enough_to_tap_and_step_through_the_album(
    browser, live_server, album
):
    page = reader(browser)
    with step(page, "gallery-buttons"):
        page.goto(f"{live_server.url}{album.url}")
        page.locator(".photo-link").first.click()
        page.wait_for_selector(DIALOG_OPEN)
        for name in ("Foto sebelumnya", "Foto berikutnya", "Tutup"):
            box = page.get_by_role("button", name=name).bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, name
        page.get_by_role("button", name="Foto berikutnya").click()
        assert counter(page) == f"2 / {PHOTOS}"
        page.get_by_role("button", name="Foto sebelumnya").click()
        assert counter(page) == f"1 / {PHOTOS}"
        page.get_by_role("button", name="Tutup").click()
        page.wait_for_selector(DIALOG_OPEN, state="detached")
        wait_for_focus_on_photo(page, 1)


def test_viewer_dialog_is_named_and_modal(browser, live_server, album):
    page = reader(browser)
    with step(page, "gallery-dialog"):
        page.goto(f"{live_server.url}{album.url}")
        page.locator(".photo-link").nth(2).click()
        page.wait_for_selector(DIALOG_OPEN)
        dialog = page.get_by_role("dialog", name="Foto: Festival Stroberi")
        assert dialog.is_visible()
        assert page.evaluate("() => document.querySelector('dialog[open]').matches(':modal')")
        # The page behind is inert: Tab moves through the dialog (and the browser's own
        # controls), never to a thumbnail or link of the page.
        for _press in range(5):
            page.keyboard.press("Tab")
            assert page.evaluate("() => document.activeElement.closest('main') === null")


def test_swiping_the_photo_moves_to_the_next_and_previous(browser, live_server, album):
    page = reader(browser)
    with step(page, "gallery-swipe"):
        page.goto(f"{live_server.url}{album.url}")
        page.locator(".photo-link").first.click()
        page.wait_for_selector(DIALOG_OPEN)
        box = page.locator(f"{DIALOG_OPEN} [data-image]").bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2

        def swipe(distance):
            page.mouse.move(x, y)
            page.mouse.down()
            page.mouse.move(x + distance, y + 5, steps=5)
            page.mouse.up()

        swipe(-120)
        assert counter(page) == f"2 / {PHOTOS}"
        swipe(120)
        assert counter(page) == f"1 / {PHOTOS}"
        swipe(-20)  # too short to be a swipe
        assert counter(page) == f"1 / {PHOTOS}"


def test_without_javascript_every_photo_is_a_plain_link(browser, live_server, album):
    page = reader(browser, javascript=False)
    with step(page, "gallery-no-js"):
        page.goto(f"{live_server.url}{album.url}")
        links = page.locator(".photo-grid .photo-link")
        assert links.count() == PHOTOS
        hrefs = [links.nth(number).get_attribute("href") for number in range(PHOTOS)]
        assert all(".max-1600x1600.format-jpeg" in href for href in hrefs)
        assert len(set(hrefs)) == PHOTOS
        for number in range(PHOTOS):
            assert links.nth(number).is_visible()
        assert page.locator("dialog").count() == 0
        with page.expect_navigation() as navigation:
            links.nth(3).click()
        assert navigation.value.url.endswith(hrefs[3])


def test_page_has_no_scrollable_region_hiding_photos(browser, live_server, album):
    page = reader(browser)
    with step(page, "gallery-no-scroller"):
        page.goto(f"{live_server.url}{album.url}")
        scrollers = page.evaluate(
            """() => [...document.querySelectorAll('main *')].filter((element) => {
                const style = getComputedStyle(element);
                return ['auto', 'scroll'].includes(style.overflowX)
                    && element.scrollWidth > element.clientWidth;
            }).length"""
        )
        assert scrollers == 0
