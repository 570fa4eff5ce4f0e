"""The public APBDes page: totals, charts that draw the data, realisation per bidang, the
year selector, the comparison, downloads, Dataset JSON-LD, query budget and demo content."""

import csv
import io
import json
from collections import Counter
from types import SimpleNamespace

import pytest

from budget.models import Budget, BudgetPage
from budget.sections import Section
from demo import budget as demo_budget
from tests.factories_budget import SMALL_BUDGET, BudgetPageFactory, make_budget
from tests.helpers import get_soup, jsonld_of_type, steady_state_get


@pytest.fixture
def budget_page(home_page, village):
    page = BudgetPageFactory(parent=home_page)
    page.save_revision().publish()
    return BudgetPage.objects.get(pk=page.pk)


def rupiah_number(text):
    """Rp1.234.567 as 1234567; -Rp5.000 as -5000."""
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    return sign * int(text.lstrip("-").removeprefix("Rp").replace(".", ""))


def table_amounts(page_soup, table_id):
    """{row heading: anggaran} of a summary table's body."""
    return {
        row.th.get_text(strip=True): rupiah_number(row.find_all("td")[0].get_text())
        for row in page_soup.select(f"#{table_id} tbody tr")
    }


def test_page_shows_the_totals_in_full_and_in_headline_form(client, budget_page):
    make_budget(2025)

    page_soup = get_soup(client, budget_page)

    assert page_soup.h1.get_text(strip=True) == "APBDes 2025"
    headline = [dd.get_text(strip=True) for dd in page_soup.select(".budget-figure dd")]
    assert headline == ["Rp1,5 miliar", "Rp1,49 miliar", "Rp20 juta"]
    summary = table_amounts(page_soup, "budget-summary")
    assert summary == {
        "Pendapatan": 1_500_000_000,
        "Belanja": 1_490_000_000,
        "Surplus/(Defisit)": 10_000_000,
        "Penerimaan pembiayaan": 30_000_000,
        "Pengeluaran pembiayaan": 20_000_000,
        "Pembiayaan neto": 10_000_000,
        "SILPA": 20_000_000,
    }


@pytest.mark.parametrize(
    ("chart", "table", "key"),
    [
        ("pendapatan", "tabel-pendapatan", "source"),
        ("belanja", "tabel-belanja", "bidang"),
    ],
)
def test_charts_draw_the_numbers_of_the_data(client, budget_page, chart, table, key):
    budget = make_budget(2025)
    expected = Counter()
    for line in budget.lines.all():
        if getattr(line, key):
            label = line.get_source_display() if key == "source" else line.get_bidang_display()
            expected[label] += line.amount

    page_soup = get_soup(client, budget_page)

    bars = {
        bar["data-label"]: int(bar["data-value"])
        for bar in page_soup.select(f"svg#grafik-{chart} g.bar")
    }
    segments = page_soup.select(f"svg#donat-{chart} circle.segment")
    assert bars == dict(expected)
    assert {s["data-label"]: int(s["data-value"]) for s in segments} == dict(expected)
    assert table_amounts(page_soup, table) == dict(expected)
    assert sum(float(s["data-percent"]) for s in segments) == pytest.approx(100, abs=0.01)
    # The longest bar is the largest amount; the others are in proportion.
    widths = {
        bar["data-label"]: float(bar.rect["width"])
        for bar in page_soup.select(f"svg#grafik-{chart} g.bar")
    }
    largest = max(expected, key=expected.get)
    for label, amount in expected.items():
        assert widths[label] / widths[largest] == pytest.approx(
            amount / expected[largest], abs=0.01
        )


def test_charts_are_images_with_a_title_and_description(client, budget_page):
    make_budget(2025)

    page_soup = get_soup(client, budget_page)

    for svg in page_soup.select("svg[role=img]"):
        labelled_by = svg["aria-labelledby"].split()
        assert svg.title["id"] in labelled_by and svg.desc["id"] in labelled_by
    desc = page_soup.select_one("svg#grafik-pendapatan desc").get_text()
    assert "Dana Desa: Rp1.000.000.000" in desc


def test_realisation_is_shown_as_a_percentage_per_bidang(client, budget_page):
    make_budget(2025)

    page_soup = get_soup(client, budget_page)

    percent = {
        row.th.get_text(strip=True): row.find_all("td")[2].get_text(strip=True)
        for row in page_soup.select("#tabel-belanja tbody tr")
    }
    assert percent == {
        "Penyelenggaraan Pemerintahan Desa": "100,0%",
        "Pelaksanaan Pembangunan Desa": "75,0%",
        "Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa": "50,0%",
    }


def test_latest_published_year_is_shown_and_others_can_be_chosen(client, budget_page):
    make_budget(2025)
    make_budget(2026, scale=2)
    make_budget(2027, live=False)

    latest = get_soup(client, budget_page)
    chosen = get_soup(client, budget_page, {"tahun": "2025"})

    assert latest.h1.get_text(strip=True) == "APBDes 2026"
    assert [o["value"] for o in latest.select("#tahun option")] == ["2026", "2025"]
    assert chosen.h1.get_text(strip=True) == "APBDes 2025"
    assert table_amounts(chosen, "budget-summary")["Pendapatan"] == 1_500_000_000


@pytest.mark.parametrize("value", ["abc", "1999", "2027", "-1", "2025x", "9" * 40])
def test_a_bad_year_shows_a_message_and_the_latest_year(client, budget_page, value):
    make_budget(2025)
    make_budget(2026, scale=2)
    make_budget(2027, live=False)

    page_soup = get_soup(client, budget_page, {"tahun": value})

    message = page_soup.select_one(".notice[role=status]").get_text(strip=True)
    assert message == f"APBDes tahun “{value[:20]}” tidak tersedia; ditampilkan APBDes 2026."
    assert page_soup.h1.get_text(strip=True) == "APBDes 2026"


def test_page_without_a_published_budget_says_so(client, budget_page):
    make_budget(2025, live=False)

    page_soup = get_soup(client, budget_page, {"tahun": "2025"})

    assert "APBDes belum diterbitkan." in page_soup.get_text()
    assert not page_soup.select("svg")


def test_comparison_with_the_previous_published_year(client, budget_page):
    make_budget(2025)
    make_budget(2026, scale=2)

    page_soup = get_soup(client, budget_page)

    rows = {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in page_soup.select("#budget-comparison tbody tr")
    }
    assert rows["Pendapatan"] == [
        "Rp1.500.000.000",
        "Rp3.000.000.000",
        "+Rp1.500.000.000 (+100,0%)",
    ]
    assert rows["SILPA"] == ["Rp20.000.000", "Rp40.000.000", "+Rp20.000.000 (+100,0%)"]
    assert rows["Bidang 2"][:2] == ["Rp800.000.000", "Rp1.600.000.000"]


def test_no_comparison_without_a_previous_year(client, budget_page):
    make_budget(2025)

    assert not get_soup(client, budget_page).select("#budget-comparison")


def test_csv_download_adds_up_to_the_same_totals(client, budget_page):
    budget = make_budget(2025)

    response = client.get(f"{budget_page.url}unduh/2025/csv/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == len(SMALL_BUDGET)
    sums = Counter()
    for row in rows:
        sums[row["bagian"]] += int(row["anggaran"])
    assert sums[Section.PENDAPATAN] == budget.totals.pendapatan
    assert sums[Section.BELANJA] == budget.totals.belanja
    assert sums[Section.PEMBIAYAAN_PENERIMAAN] - sums[Section.PEMBIAYAAN_PENGELUARAN] == (
        budget.totals.pembiayaan_neto
    )
    assert rows[0]["sumber_pendapatan"] == "Dana Desa"
    assert rows[0]["tanggal_realisasi"] == "2025-12-31"


def test_json_download_adds_up_to_the_same_totals(client, budget_page):
    make_budget(2025)

    data = json.loads(client.get(f"{budget_page.url}unduh/2025/json/").content)

    sums = Counter()
    for row in data["baris"]:
        sums[row["bagian"]] += row["anggaran"]
    totals = data["total_anggaran"]
    assert totals["pendapatan"] == sums["pendapatan"] == 1_500_000_000
    assert totals["belanja"] == sums["belanja"]
    assert (
        totals["silpa"]
        == (
            sums["pendapatan"]
            - sums["belanja"]
            + sums["pembiayaan_penerimaan"]
            - sums["pembiayaan_pengeluaran"]
        )
        == 20_000_000
    )
    assert data["total_realisasi"]["pendapatan"] == 1_430_000_000
    assert data["desa"] and data["tahun"] == 2025


@pytest.mark.parametrize(
    "path", ["unduh/2027/csv/", "unduh/2027/json/", "unduh/1/csv/", "unduh/abc/csv/"]
)
def test_downloads_of_a_draft_or_missing_year_are_not_found(client, budget_page, path):
    make_budget(2027, live=False)

    assert client.get(f"{budget_page.url}{path}").status_code == 404


def test_dataset_jsonld_links_both_downloads(client, budget_page):
    make_budget(2025)

    dataset = jsonld_of_type(get_soup(client, budget_page), "Dataset")

    assert dataset["temporalCoverage"] == "2025"
    urls = {d["encodingFormat"]: d["contentUrl"] for d in dataset["distribution"]}
    assert urls["text/csv"].endswith("/apbdes/unduh/2025/csv/")
    assert urls["application/json"].endswith("/apbdes/unduh/2025/json/")
    assert client.get(urls["text/csv"]).status_code == 200


def test_publishing_a_budget_purges_its_page_and_downloads(budget_page):
    budget = make_budget(2025, live=False)

    paths = budget.paths_showing_it()

    assert {"/apbdes/", "/apbdes/unduh/2025/csv/", "/apbdes/unduh/2025/json/", "/"} <= set(paths)


def many_lines(count):
    return SMALL_BUDGET + [
        dict(
            section=Section.BELANJA,
            bidang=3,
            code=f"3.1.{n:02d}",
            description=f"Kegiatan {n}",
            amount=0,
        )
        for n in range(count)
    ]


def test_query_budget_is_flat_in_the_number_of_lines(
    client, budget_page, django_assert_max_num_queries
):
    make_budget(2025, lines=many_lines(2))
    make_budget(2026, lines=many_lines(2))
    _response, few = steady_state_get(client, budget_page.url, 30, django_assert_max_num_queries)
    Budget.objects.all().delete()
    make_budget(2025, lines=many_lines(60))
    make_budget(2026, lines=many_lines(60))

    _response, many = steady_state_get(client, budget_page.url, 30, django_assert_max_num_queries)

    assert many == few


def test_demo_loads_two_balanced_published_years_once(home_page, village):
    reports = []
    pages = SimpleNamespace(home=home_page)

    demo_budget.load(pages, reports.append)
    demo_budget.load(pages, reports.append)

    budgets = {budget.year: budget for budget in Budget.objects.all()}
    assert sorted(budgets) == [2025, 2026]
    for budget in budgets.values():
        assert budget.live and budget.publication_problems() == []
        assert 900_000_000 < budget.totals.of_section(Section.PENDAPATAN) < 3_000_000_000
    assert budgets[2025].realised_totals.belanja > 0
    assert budgets[2026].realised_totals.belanja == 0
    page = BudgetPage.objects.get()
    assert (page.slug, page.title, page.show_in_menus, page.live) == (
        "apbdes",
        "APBDes",
        False,
        True,
    )
    assert reports == ["Halaman APBDes dibuat.", "APBDes 2025, 2026 dibuat."]


def test_demo_page_shows_the_demo_year(client, home_page, village):
    demo_budget.load(SimpleNamespace(home=home_page), lambda message: None)

    page_soup = get_soup(client, "/apbdes/")

    assert page_soup.h1.get_text(strip=True) == "APBDes 2026"
    assert get_soup(client, "/apbdes/", {"tahun": "2025"}).select("#tabel-belanja tbody tr")


def test_a_year_without_realisation_says_so_instead_of_rp0(client, budget_page):
    make_budget(2026, lines=[row | {"realised": None} for row in SMALL_BUDGET])

    page_soup = get_soup(client, budget_page)

    summary_rows = page_soup.select("#budget-summary tbody tr")
    assert {row.select("td")[1].get_text(strip=True) for row in summary_rows} == {"–"}
    spending = page_soup.select("#tabel-belanja tbody tr")
    assert spending and all(row.select("td")[1].get_text(strip=True) == "–" for row in spending)
