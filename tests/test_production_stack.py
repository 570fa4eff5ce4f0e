"""The production stack end to end, as `make serve` runs it: gunicorn with two workers
(gunicorn.conf.py), production settings over plain HTTP, whitenoise's hashed static files.
In chromium a Penulis writes an article with the preview panel open (no CSP violation),
submits it, a Moderator approves it, and an anonymous reader fetches it over HTTP.

The stack (tests/production_stack.py) gets its own database, cache and media folders."""

import shutil
import urllib.request

import pytest
from django.utils.text import slugify

from tests.browser import (
    CHROMIUM,
    add_block,
    approve_from_dashboard,
    assert_preview_shows,
    csp_errors,
    log_in,
    step,
    type_in_rich_text,
)
from tests.production_stack import GUNICORN

TITLE = "Jadwal Pembagian Bibit Padi Musim Tanam"
QUESTION = "Siapa yang berhak menerima bibit?"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed"),
    pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed"),
]


def test_write_preview_submit_approve_read_on_gunicorn(browser, production_stack):
    base_url = production_stack["url"]
    news_index_id = production_stack["news_index_id"]
    editor = log_in(browser, base_url, "penulis")
    violations = csp_errors(editor)
    with step(editor, "stack-1-write"):
        editor.goto(f"{base_url}/admin/pages/add/articles/articlepage/{news_index_id}/")
        editor.fill("#id_title", TITLE)
        editor.fill("#id_intro", "Kelompok tani menerima bibit padi unggul dari desa.")
        add_block(editor, "Paragraf")
        type_in_rich_text(editor, "body-0-value", "Bibit dibagikan di balai desa.")
        add_block(editor, "Tanya jawab (FAQ)")
        editor.fill("#body-1-value-items-0-value-question", QUESTION)
        type_in_rich_text(editor, "body-1-value-items-0-value-answer", "Anggota kelompok tani.")
    with step(editor, "stack-2-preview"):
        assert_preview_shows(editor, TITLE, QUESTION)
    with step(editor, "stack-3-submit"):
        editor.click("footer button[name='action-submit']")
        editor.wait_for_selector(".messages .success")
    assert violations == []

    moderator = log_in(browser, base_url, "moderator")
    with step(moderator, "stack-4-approve"):
        approve_from_dashboard(moderator, TITLE)

    reader_url = f"{base_url}/berita/{slugify(TITLE)}/"
    with urllib.request.urlopen(reader_url, timeout=30) as response:
        html = response.read().decode()
        assert response.status == 200
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert f"<h1>{TITLE}</h1>" in html
    assert QUESTION in html
