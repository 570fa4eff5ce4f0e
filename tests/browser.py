"""Driving Debian's chromium through Playwright, for the tests that need a real browser
(the `browser` fixture is in conftest.py): logging in, Wagtail's StreamField and Draftail
editors, and a screenshot in test-artifacts/ when a step fails."""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PASSWORD = "rahasia-desa"

# Marks for a browser test module: skipped without chromium; the live server needs data
# committed, and serialized_rollback restores what migrations installed (groups, workflow).
browser_test_marks = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@contextmanager
def step(page, name):
    """Run one step of a scenario; on failure, keep a screenshot of what the user saw."""
    try:
        yield
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)
        (ARTIFACTS / f"e2e-{name}.html").write_text(page.content(), encoding="utf-8")
        raise


def log_in(browser, base_url, username, password=PASSWORD):
    """A new browser context (Indonesian, desktop width) logged in to the admin."""
    page = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return page


def add_block(page, label, field="body"):
    page.locator(f"[data-contentpath='{field}'] button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label).first.click()


def type_in_rich_text(page, field_id, text):
    """Draftail keeps its value in a hidden input; type into the editor beside it."""
    editor = page.locator(
        f"xpath=//input[@id='{field_id}']/ancestor::div[contains(@class, 'w-field__input')][1]"
        "//div[contains(@class, 'public-DraftEditor-content')]"
    )
    editor.click()
    editor.press_sequentially(text)
    # Draftail writes the hidden input on change; wait for it so the form submits the text.
    page.wait_for_function(
        "([id, text]) => document.getElementById(id).value.includes(text)", arg=[field_id, text]
    )


def csp_errors(page):
    """Console messages in which chromium reports a Content-Security-Policy violation."""
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return errors


def preview_contents(page):
    """The heading and FAQ questions in the preview panel, read once Wagtail has swapped
    its loading proxy in place of the old iframe (two iframes exist while it loads)."""
    handle = page.wait_for_function(
        """() => {
            const frames = document.querySelectorAll("[data-w-preview-target='iframe']");
            const doc = frames.length === 1 && frames[0].contentDocument;
            const heading = doc && doc.querySelector("main h1");
            if (!heading) return null;
            const questions = [...doc.querySelectorAll(".faq summary")];
            return {heading: heading.innerText, questions: questions.map(q => q.innerText)};
        }"""
    )
    return handle.json_value()


def approve_from_dashboard(page, title):
    """A moderator approves `title` from the dashboard's "Menunggu moderasi" panel and
    confirms in the dialog, without a comment."""
    panel = page.locator("#awaiting-review-section")
    assert title in panel.inner_text()
    panel.locator("[data-w-dropdown-target='toggle']").first.click()
    panel.get_by_role("button", name="Setujui", exact=True).click()
    page.get_by_role("button", name="Ya, setujui dan terbitkan").click()
    page.wait_for_selector("text=Tidak ada konten yang menunggu moderasi.")


def assert_preview_shows(page, title, question):
    """Open the editor's preview panel and check it shows the typed title and FAQ question."""
    page.click("[data-side-panel-toggle='preview']")
    preview = preview_contents(page)
    assert preview["heading"] == title
    assert any(question in shown for shown in preview["questions"])
