"""End to end in a real browser: an editor writes and submits an article, a moderator
approves it, and an anonymous reader finds it at its public address.

Runs Debian's chromium through Playwright (installed by .ci/run); skipped where there is
no chromium. A failing step leaves a screenshot in test-artifacts/."""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import ArticlePage
from tests.factories import ArticleIndexPageFactory, HomePageFactory, VillageSettingsFactory

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TITLE = "Warga Desa Uji Gotong Royong Bersihkan Sungai"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def newsroom(live_server):
    from wagtail.models import Page, Site

    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    index = ArticleIndexPageFactory(parent=home)
    User = get_user_model()
    for username, group in [("penulis", "Penulis"), ("moderator", "Moderator")]:
        user = User.objects.create_user(username, f"{username}@desauji.id", "rahasia-desa")
        user.groups.add(Group.objects.get(name=group))
    return index


@contextmanager
def step(page, name):
    """Run one step of the scenario; on failure, keep a screenshot of what the user saw."""
    try:
        yield
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"e2e-{name}.png"), full_page=True)
        (ARTIFACTS / f"e2e-{name}.html").write_text(page.content(), encoding="utf-8")
        raise


def log_in(browser, base_url, username):
    page = browser.new_context(locale="id-ID", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "rahasia-desa")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return page


def add_block(page, label):
    page.locator("[data-contentpath='body'] button.c-sf-add-button").last.click()
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


def test_editor_writes_moderator_approves_reader_sees(browser, live_server, newsroom):
    base_url = live_server.url
    editor = log_in(browser, base_url, "penulis")
    with step(editor, "1-write"):
        editor.goto(f"{base_url}/admin/pages/add/articles/articlepage/{newsroom.pk}/")
        editor.fill("#id_title", TITLE)
        editor.fill("#id_intro", "Puluhan warga membersihkan sungai dari sampah plastik.")
        add_block(editor, "Judul bagian")
        editor.fill("#body-0-value-text", "Sampah plastik menumpuk")
        add_block(editor, "Paragraf")
        type_in_rich_text(editor, "body-1-value", "Warga mengangkut lebih dari dua ton sampah.")
        add_block(editor, "Tanya jawab (FAQ)")
        editor.fill("#body-2-value-items-0-value-question", "Kapan kerja bakti berikutnya?")
        type_in_rich_text(
            editor, "body-2-value-items-0-value-answer", "Minggu pertama bulan depan."
        )
    with step(editor, "2-submit"):
        editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
        editor.click("button[name='action-submit']")
        editor.wait_for_selector(".messages .success")
    article = ArticlePage.objects.get(title=TITLE)
    assert not article.live
    assert article.workflow_in_progress

    reader = browser.new_page()
    with step(reader, "3-hidden-before-approval"):
        response = reader.goto(f"{base_url}/berita/{article.slug}/")
        assert response.status == 404

    moderator = log_in(browser, base_url, "moderator")
    with step(moderator, "4-approve"):
        panel = moderator.locator("#awaiting-review-section")
        assert TITLE in panel.inner_text()
        panel.locator("[data-w-dropdown-target='toggle']").first.click()
        panel.get_by_role("button", name="Setujui", exact=True).click()
        moderator.wait_for_selector("text=Tidak ada konten yang menunggu moderasi.")
    article.refresh_from_db()
    assert article.live

    with step(reader, "5-read"):
        response = reader.goto(f"{base_url}/berita/{article.slug}/")
        assert response.status == 200
        assert reader.locator("h1").inner_text() == TITLE
        assert "Kapan kerja bakti berikutnya?" in reader.locator(".faq summary").inner_text()
