"""In a real browser: a Penulis starts an article from the dashboard, its long title wraps,
and the main button sends it to a moderator; the moderator approves it from the dashboard
through the confirmation dialog, with a comment that reaches the author by e-mail.

Runs Debian's chromium through Playwright; skipped where there is no chromium. A failing
step leaves a screenshot in test-artifacts/ (tests/browser.py)."""

from django.core import mail

from articles.models import ArticlePage
from tests.browser import browser_test_marks, log_in, step

TITLE = (
    "Musyawarah Desa Sepakat Memperbaiki Jalan Usaha Tani Sepanjang Dua Kilometer "
    "di Dusun Kaliurip Sebelum Musim Tanam"
)
COMMENT = "Terima kasih, beritanya jelas. Lain kali sertakan foto jalannya."

pytestmark = browser_test_marks


def test_moderator_approves_with_a_comment_from_the_dashboard(
    browser, live_server, news_index, penulis, moderator
):
    base_url = live_server.url
    author = log_in(browser, base_url, "penulis")
    with step(author, "approval-1-write"):
        author.get_by_role("link", name="Tulis berita").click()
        title = author.locator("#id_title")
        title.wait_for()
        one_line = title.bounding_box()["height"]
        title.fill(TITLE)
        title.press("Enter")
        assert title.evaluate("element => element.tagName") == "TEXTAREA"
        assert title.input_value() == TITLE
        # The whole title is on screen: it wraps onto more lines instead of scrolling.
        assert title.bounding_box()["height"] > 1.5 * one_line
        assert title.evaluate("element => element.scrollWidth <= element.clientWidth")
        # Wagtail fills the address from the title a moment after typing stops.
        author.wait_for_function(
            "() => document.getElementById('id_slug').value.startsWith('musyawarah-desa-sepakat')"
        )
        author.fill("#id_intro", "Warga dan perangkat desa sepakat memperbaiki jalan sawah.")
    with step(author, "approval-2-submit"):
        author.click("footer button[name='action-submit']")
        author.wait_for_selector(".messages .success")
    article = ArticlePage.objects.get(title=TITLE)
    assert article.workflow_in_progress
    assert not article.live
    mail.outbox.clear()

    reviewer = log_in(browser, base_url, "moderator")
    panel = reviewer.locator("#awaiting-review-section")
    dialog = reviewer.locator(".modal-content")

    def open_approval_dialog():
        panel.locator("[data-w-dropdown-target='toggle']").first.click()
        panel.get_by_role("button", name="Setujui", exact=True).click()
        dialog.get_by_role("heading", name="Setujui dan terbitkan?").wait_for()

    with step(reviewer, "approval-3-cancel"):
        open_approval_dialog()
        dialog.get_by_role("button", name="Batal").click()
        dialog.wait_for(state="hidden")
    article.refresh_from_db()
    assert not article.live
    assert article.workflow_in_progress

    with step(reviewer, "approval-4-confirm"):
        open_approval_dialog()
        assert TITLE in dialog.inner_text()
        dialog.get_by_label("Komentar untuk penulis (opsional)").fill(COMMENT)
        dialog.get_by_role("button", name="Ya, setujui dan terbitkan").click()
        reviewer.wait_for_selector("text=Tidak ada konten yang menunggu moderasi.")

    article.refresh_from_db()
    assert article.live
    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert f'Komentar moderator: "{COMMENT}"' in mail.outbox[0].body

    reader = browser.new_page()
    with step(reader, "approval-5-read"):
        response = reader.goto(f"{base_url}/berita/{article.slug}/")
        assert response.status == 200
        assert reader.locator("h1").inner_text() == TITLE
