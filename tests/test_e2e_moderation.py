"""End to end in a real browser: an editor writes and submits an article, a moderator
approves it, and an anonymous reader finds it at its public address.

Runs Debian's chromium through Playwright (installed by .ci/run); skipped where there is
no chromium. A failing step leaves a screenshot in test-artifacts/ (tests/browser.py)."""

import pytest
from wagtail.models import Page, Site

from articles.models import ArticlePage
from tests.browser import (
    add_block,
    approve_from_dashboard,
    browser_test_marks,
    log_in,
    step,
    type_in_rich_text,
)
from tests.factories import ArticleIndexPageFactory, HomePageFactory, VillageSettingsFactory
from tests.helpers import MODERATOR, PENULIS, make_user

TITLE = "Warga Desa Uji Gotong Royong Bersihkan Sungai"

pytestmark = browser_test_marks


@pytest.fixture
def newsroom(live_server):
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    index = ArticleIndexPageFactory(parent=home)
    make_user(PENULIS)
    make_user(MODERATOR)
    return index


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
        # A Penulis's main button sends the article to a moderator.
        editor.click("footer button[name='action-submit']")
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
        approve_from_dashboard(moderator, TITLE)
    article.refresh_from_db()
    assert article.live

    with step(reader, "5-read"):
        response = reader.goto(f"{base_url}/berita/{article.slug}/")
        assert response.status == 200
        assert reader.locator("h1").inner_text() == TITLE
        assert "Kapan kerja bakti berikutnya?" in reader.locator(".faq summary").inner_text()
