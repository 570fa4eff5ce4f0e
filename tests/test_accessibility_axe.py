"""axe-core in chromium on the pages readers open most: no serious or critical accessibility
violation on a phone (390×844, with the menu open) or a desktop (1280×800).

axe-core comes from npm (`npm ci` installs node_modules/axe-core from package-lock.json);
without it, or without chromium, the test is skipped with the reason. Each run also leaves
a screenshot per page and width in test-artifacts/, for a person to look at the layout."""

from pathlib import Path

import pytest

from tests.browser import ARTIFACTS, browser_test_marks
from tests.filled_village import build_filled_village

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
    """The pages readers open most, of a village as editors fill it."""
    village = build_filled_village()
    return {
        "beranda": "/",
        "berita": village["article"].url,
        "wisata": f"{village['wisata'].url}{village['spot'].slug}/",
        "produk": "/produk/",
        "pemerintahan": village["government"].url,
        "album": village["album"].url,
        "agenda": village["agenda"].url,
        "kegiatan": village["event"].url,
        "produk-hukum": village["produk_hukum"].url,
        "dokumen": f"{village['produk_hukum'].url}{village['document'].slug}/",
        "informasi-publik": village["informasi_publik"].url,
        "apbdes": village["apbdes"].url,
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
        response = page.goto(base_url + path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
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
