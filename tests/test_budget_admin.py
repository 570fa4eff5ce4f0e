"""The APBDes in the admin: listing with totals, the spreadsheet import (good files, files
with errors, bad files), the balance check before publishing, and a Penulis's import that a
Moderator publishes."""

import datetime
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from budget.models import Budget
from tests.factories_budget import BudgetPageFactory, make_budget
from tests.helpers import SNIPPET_FORM, form_data, get_soup, logged_in, make_user, soup

IMPORT_URL = "/admin/apbdes/impor/"

GOOD_ROWS = [
    ["APBDes Desa Serang 2025", "", "", "", ""],
    ["Kode", "Uraian", "Anggaran", "Realisasi", "Tanggal Realisasi"],
    ["4", "PENDAPATAN", "", "", ""],
    ["4.2.1", "Dana Desa", "1.000.000.000", "1.000.000.000", "31/12/2025"],
    ["4.2.3", "Alokasi Dana Desa", "Rp450.000.000", "430.000.000", "2025-12-20"],
    ["", "JUMLAH PENDAPATAN", "1.450.000.000", "", ""],
    ["5", "BELANJA", "", "", ""],
    ["2", "BIDANG PELAKSANAAN PEMBANGUNAN DESA", "", "", ""],
    ["2.3", "Pekerjaan umum dan penataan ruang", "", "", ""],
    ["2.3.01", "Pengerasan jalan", "1.000.000.000", "900.000.000", "15/12/2025"],
    ["5.3.01", "BLT Dana Desa", "440.000.000", "", ""],
    ["", "JUMLAH BELANJA", "1.440.000.000", "", ""],
    ["", "SURPLUS/(DEFISIT)", "10.000.000", "", ""],
    ["6", "PEMBIAYAAN", "", "", ""],
    ["6.1.1", "SILPA tahun sebelumnya", "5.000.000", "", ""],
    ["6.2.2", "Penyertaan modal BUMDes", "15.000.000", "", ""],
    ["", "SILPA", "0", "", ""],
]


def csv_file(rows, name="apbdes.csv"):
    text = "\n".join(";".join(row) for row in rows) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="apbdes.xlsx"):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def import_file(client, upload, year=2025, site=1):
    return client.post(IMPORT_URL, {"year": year, "site": site, "file": upload})


def errors_shown(response):
    return [li.get_text(strip=True) for li in soup(response).select(".budget-import-errors li")]


@pytest.fixture
def penulis_client(penulis):
    return logged_in(penulis)


@pytest.fixture
def moderator_client(moderator):
    return logged_in(moderator)


def test_penulis_imports_a_csv_as_a_draft_with_every_line(penulis_client, site):
    response = import_file(penulis_client, csv_file(GOOD_ROWS), site=site.pk)

    budget = Budget.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_budget_budget:edit", args=[budget.pk])
    assert budget.live is False and budget.year == 2025
    assert budget.latest_revision is not None
    lines = list(budget.lines.order_by("sort_order"))
    assert [line.code for line in lines] == ["4.2.1", "4.2.3", "2.3.01", "5.3.01", "6.1.1", "6.2.2"]
    assert [line.source for line in lines[:2]] == ["dana_desa", "alokasi_dana_desa"]
    assert [line.bidang for line in lines[2:4]] == [2, 5]
    assert lines[2].sub_bidang == "Pekerjaan umum dan penataan ruang"
    assert lines[1].realised == 430_000_000
    assert lines[1].realised_on == datetime.date(2025, 12, 20)
    assert [line.section for line in lines[4:]] == [
        "pembiayaan_penerimaan",
        "pembiayaan_pengeluaran",
    ]
    assert (budget.declared_pendapatan, budget.declared_belanja) == (1_450_000_000, 1_440_000_000)
    assert budget.totals.silpa == 0


def test_an_xlsx_with_numbers_and_dates_imports_the_same(penulis_client, site):
    rows = [
        ["Kode", "Uraian", "Anggaran", "Realisasi", "Tanggal Realisasi"],
        ["", "PENDAPATAN", None, None, None],
        ["4.2.1", "Dana Desa", 1_000_000_000, 999_000_000.0, datetime.datetime(2025, 12, 31)],
        ["", "JUMLAH PENDAPATAN", 1_000_000_000, None, None],
        ["", "BELANJA", None, None, None],
        ["1.1.01", "Siltap", 900_000_000, None, None],
    ]

    response = import_file(penulis_client, xlsx_file(rows), site=site.pk)

    assert response.status_code == 302
    budget = Budget.objects.get()
    assert budget.totals.pendapatan == 1_000_000_000
    assert budget.totals.belanja == 900_000_000
    line = budget.lines.get(code="4.2.1")
    assert (line.realised, line.realised_on) == (999_000_000, datetime.date(2025, 12, 31))


def test_import_errors_name_row_and_column_and_save_nothing(penulis_client, site):
    rows = [list(row) for row in GOOD_ROWS]
    rows[3][2] = "Rp1.2jt"
    rows[4][2] = "-5.000"
    rows[4][4] = "32/13/2025"
    rows[9][0] = "9.1.01"
    rows[10][2] = "1.234,50"
    rows.insert(2, ["4.2.1", "Dana Desa", "100", "", ""])

    response = import_file(penulis_client, csv_file(rows), site=site.pk)

    assert errors_shown(response) == [
        "Baris 3, kolom Uraian: baris rincian sebelum judul bagian PENDAPATAN, BELANJA atau "
        "PEMBIAYAAN.",
        "Baris 5, kolom Anggaran: 'Rp1.2jt' bukan angka.",
        "Baris 6, kolom Anggaran: '-5.000' negatif; anggaran tidak boleh negatif.",
        "Baris 6, kolom Tanggal Realisasi: '32/13/2025' bukan tanggal; tulis misalnya 31/12/2025.",
        "Baris 11, kolom Kode: '9.1.01' bukan kode kegiatan bidang 1 sampai 5 (misalnya 2.2.01).",
        "Baris 12, kolom Anggaran: '1.234,50' bukan bilangan bulat Rupiah.",
    ]
    assert not Budget.objects.exists()


def test_a_sub_total_that_is_not_the_sum_says_by_how_much(penulis_client, site):
    rows = [list(row) for row in GOOD_ROWS]
    rows[11][2] = "1.445.000.000"

    response = import_file(penulis_client, csv_file(rows), site=site.pk)

    assert errors_shown(response) == [
        "Baris 12, kolom Anggaran: Total belanja tertulis Rp1.445.000.000 tetapi jumlah "
        "rinciannya Rp1.440.000.000 (selisih Rp5.000.000)."
    ]
    assert not Budget.objects.exists()


def test_a_file_without_the_header_row_is_refused(penulis_client, site):
    response = import_file(penulis_client, csv_file([["a", "b"], ["1", "2"]]), site=site.pk)

    assert errors_shown(response) == ["Baris judul kolom (Kode, Uraian, Anggaran) tidak ditemukan."]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("apbdes.pdf", b"%PDF-1.4"), "Berkas harus berformat XLSX atau CSV."),
        (SimpleUploadedFile("apbdes.csv", b"  \n"), "Berkas kosong."),
        (SimpleUploadedFile("apbdes.csv", b";;;\n;;\n"), "Berkas kosong."),
        (
            SimpleUploadedFile("apbdes.xlsx", b"PK\x03\x04 bukan xlsx"),
            "Berkas XLSX tidak bisa dibaca; simpan ulang dari Excel atau LibreOffice.",
        ),
        (
            SimpleUploadedFile("apbdes.csv", b"Kode;Uraian\n" + b"1" * (5 * 1024 * 1024)),
            "Berkas terlalu besar; maksimal 5 MB.",
        ),
        (
            SimpleUploadedFile("apbdes.csv", b"\x00\x01\x02 binary"),
            "Berkas CSV tidak bisa dibaca; simpan ulang sebagai CSV.",
        ),
    ],
)
def test_bad_files_get_an_indonesian_message(penulis_client, site, upload, message):
    response = import_file(penulis_client, upload, site=site.pk)

    assert errors_shown(response) == [message]
    assert not Budget.objects.exists()


def test_an_existing_year_is_not_imported_again(penulis_client, site):
    make_budget(2025, live=False)

    response = import_file(penulis_client, csv_file(GOOD_ROWS), site=site.pk)

    assert "APBDes tahun 2025 sudah ada." in soup(response).get_text()
    assert Budget.objects.count() == 1


def test_listing_shows_years_with_totals_and_the_import_link(penulis_client):
    make_budget(2025)

    page_soup = get_soup(penulis_client, reverse("wagtailsnippets_budget_budget:list"))

    row = page_soup.select_one("table tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
    assert "2025" in cells[1]
    assert "Rp1.500.000.000" in cells and "Rp1.490.000.000" in cells and "Rp20.000.000" in cells
    link = page_soup.find("a", href=IMPORT_URL)
    assert link is not None and "Impor dari spreadsheet" in link.get_text()


def test_a_reader_without_a_role_cannot_import(client, db):
    response = logged_in(make_user()).get(IMPORT_URL)

    assert response.status_code in (302, 403)


def test_an_unbalanced_budget_cannot_be_published_and_says_by_how_much(db):
    budget = make_budget(2025, live=False, declared_belanja=1_495_000_000)

    with pytest.raises(ValidationError) as refusal:
        budget.save_revision().publish()

    assert refusal.value.messages == [
        "Total belanja tertulis Rp1.495.000.000 tetapi jumlah rinciannya Rp1.490.000.000 "
        "(selisih Rp5.000.000)."
    ]
    assert not Budget.objects.get(pk=budget.pk).live


def test_submitting_an_unbalanced_budget_is_refused_in_the_form(penulis_client, site):
    budget = make_budget(2025, live=False, declared_pendapatan=1_600_000_000)
    edit_url = reverse("wagtailsnippets_budget_budget:edit", args=[budget.pk])

    data = form_data(penulis_client.get(edit_url), SNIPPET_FORM)
    response = penulis_client.post(edit_url, data | {"action-submit": "1"})

    text = soup(response).get_text()
    assert "Total pendapatan tertulis Rp1.600.000.000 tetapi jumlah rinciannya " in text
    assert "(selisih Rp100.000.000)." in text
    budget.refresh_from_db()
    assert not budget.workflow_in_progress


def test_penulis_imports_and_moderator_publishes(
    penulis_client, moderator_client, client, site, home_page, village
):
    page = BudgetPageFactory(parent=home_page)
    page.save_revision().publish()
    import_file(penulis_client, csv_file(GOOD_ROWS), site=site.pk)
    budget = Budget.objects.get()
    edit_url = reverse("wagtailsnippets_budget_budget:edit", args=[budget.pk])

    # The Penulis cannot publish; submitting sends it to the Moderator.
    data = form_data(penulis_client.get(edit_url), SNIPPET_FORM)
    penulis_client.post(edit_url, data | {"action-publish": "1"})
    assert not Budget.objects.get().live
    response = penulis_client.post(edit_url, data | {"action-submit": "1"})
    assert response.status_code == 302
    budget.refresh_from_db()
    assert budget.workflow_in_progress
    assert "APBDes belum diterbitkan." in get_soup(client, "/apbdes/").get_text()

    task_state = budget.current_workflow_task_state
    approve_url = reverse(
        "wagtailsnippets_budget_budget:workflow_action",
        args=[budget.pk, "approve", task_state.pk],
    )
    response = moderator_client.post(approve_url, {"comment": ""})

    assert response.status_code == 302
    budget.refresh_from_db()
    assert budget.live and not budget.workflow_in_progress
    public = get_soup(client, "/apbdes/")
    assert public.h1.get_text(strip=True) == "APBDes 2025"
    assert [dd.get_text(strip=True) for dd in public.select(".budget-figure dd")] == [
        "Rp1,45 miliar",
        "Rp1,44 miliar",
        "Rp0",
    ]
