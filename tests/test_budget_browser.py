"""The APBDes import as a new user meets it, in a real browser: a Penulis follows the "APBDes"
menu to "Impor dari spreadsheet", uploads a CSV in the documented layout (docs/apbdes-import.md),
lands on the draft with every line and sends it to moderation; a Moderator approves it from the
dashboard; the reader then sees the year on the APBDes page. The import page loads without any
Content-Security-Policy error.

Runs Debian's chromium through Playwright; skipped where there is no chromium. A failing
step leaves a screenshot in test-artifacts/ (tests/browser.py)."""

import pytest

from budget.models import Budget
from tests.browser import approve_from_dashboard, browser_test_marks, csp_errors, log_in, step
from tests.factories_budget import BudgetPageFactory
from tests.test_budget_admin import GOOD_ROWS

pytestmark = browser_test_marks


def csv_upload(rows):
    """The spreadsheet as a file chooser receives it: semicolons, as Excel saves CSV here."""
    text = "\n".join(";".join(row) for row in rows) + "\n"
    return {"name": "apbdes-2025.csv", "mimeType": "text/csv", "buffer": text.encode("utf-8")}


@pytest.fixture
def budget_page(home_page, village):
    return BudgetPageFactory(parent=home_page)


def test_penulis_imports_a_csv_and_moderator_publishes_it(
    browser, live_server, budget_page, penulis, moderator
):
    base_url = live_server.url
    author = log_in(browser, base_url, "penulis")
    violations = csp_errors(author)
    with step(author, "budget-1-open-import"):
        author.get_by_role("link", name="APBDes", exact=True).click()
        author.wait_for_url(f"{base_url}/admin/snippets/budget/budget/")
        author.get_by_role("link", name="Impor dari spreadsheet").click()
        author.wait_for_url(f"{base_url}/admin/apbdes/impor/")
        assert author.locator("h1").inner_text().strip() == "Impor APBDes dari spreadsheet"
    with step(author, "budget-2-upload"):
        author.get_by_label("Tahun anggaran").fill("2025")
        author.get_by_label("Berkas XLSX atau CSV").set_input_files(csv_upload(GOOD_ROWS))
        author.get_by_role("button", name="Impor sebagai draf").click()
        author.wait_for_selector(".messages .success")
        assert "APBDes 2025 diimpor sebagai draf dengan 6 baris" in author.inner_text(".messages")
    assert violations == []
    budget = Budget.objects.get()
    assert author.url == f"{base_url}/admin/snippets/budget/budget/edit/{budget.pk}/"
    assert not budget.live
    assert budget.lines.count() == 6

    with step(author, "budget-3-submit"):
        author.click("footer button[name='action-submit']")
        author.wait_for_selector(".messages .success")
    budget.refresh_from_db()
    assert budget.workflow_in_progress
    assert not budget.live

    reviewer = log_in(browser, base_url, "moderator")
    with step(reviewer, "budget-4-approve"):
        approve_from_dashboard(reviewer, "APBDes 2025")
    budget.refresh_from_db()
    assert budget.live and not budget.workflow_in_progress

    reader = browser.new_page()
    with step(reader, "budget-5-read"):
        response = reader.goto(f"{base_url}/apbdes/")
        assert response.status == 200
        assert reader.locator("h1").inner_text() == "APBDes 2025"
        figures = reader.locator(".budget-figure dd").all_inner_texts()
        assert [figure.strip() for figure in figures] == ["Rp1,45 miliar", "Rp1,44 miliar", "Rp0"]
