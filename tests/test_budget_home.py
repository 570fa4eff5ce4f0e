"""The APBDes summary on the home page: the latest published year in headline Rupiah, its
realisation and a link to the APBDes page; nothing without a public page or a published
budget; a published budget purges the cached home page."""

import pytest
from wagtail.models import PageViewRestriction

from budget.home_summary import budget_summary
from budget.models import BudgetPage
from tests.factories_budget import SMALL_BUDGET, BudgetPageFactory, make_budget
from tests.factories_government import GovernmentPageFactory
from tests.helpers import get_soup


@pytest.fixture
def budget_page(home_page, village):
    page = BudgetPageFactory(parent=home_page)
    page.save_revision().publish()
    return BudgetPage.objects.get(pk=page.pk)


def summary_of(client, url="/"):
    return get_soup(client, url).select_one("#ringkasan-apbdes")


def figures(section):
    return {
        figure.dt.get_text(strip=True): figure.dd.get_text(strip=True)
        for figure in section.select(".budget-figure")
    }


def test_home_shows_the_latest_published_year_in_headline_rupiah(client, budget_page):
    make_budget(2025, scale=2)
    make_budget(2026)
    make_budget(2027, live=False, scale=3)

    section = summary_of(client)

    assert section.h2.get_text(strip=True) == "APBDes 2026"
    # SMALL_BUDGET: pendapatan 1,5 miliar, belanja 1,49 miliar, SILPA 20 juta.
    assert figures(section) == {
        "Pendapatan": "Rp1,5 miliar",
        "Belanja": "Rp1,49 miliar",
        "SILPA": "Rp20 juta",
    }
    # Belanja realised 1.145.000.000 of 1.490.000.000.
    assert section.select_one(".budget-home-realisation").get_text(strip=True) == (
        "Realisasi belanja: 76,8% dari anggaran."
    )
    link = section.select_one("p.more a")
    assert (link.get_text(strip=True), link["href"]) == ("Lihat APBDes ›", "/apbdes/")


def test_home_loads_the_budget_styles_only_with_the_summary(client, budget_page):
    def stylesheets():
        return [link["href"] for link in get_soup(client, "/").select("link[rel=stylesheet]")]

    assert not any("budget" in href for href in stylesheets())
    make_budget(2025)
    client.get("/")  # the cache was purged by publishing
    assert any(href.endswith("css/budget.css") for href in stylesheets())


def test_no_realisation_line_without_realisation(client, budget_page):
    make_budget(2026, lines=[row | {"realised": None} for row in SMALL_BUDGET])

    section = summary_of(client)

    assert figures(section)["Belanja"] == "Rp1,49 miliar"
    assert section.select_one(".budget-home-realisation") is None


def test_no_summary_without_a_published_budget(client, budget_page):
    make_budget(2025, live=False)

    assert summary_of(client) is None


def test_no_summary_without_a_live_public_budget_page(client, home_page, village):
    make_budget(2025)
    assert summary_of(client) is None

    page = BudgetPageFactory(parent=home_page, live=False)
    assert summary_of(client) is None

    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert summary_of(client) is None


def test_summary_finds_the_page_under_pemerintahan(client, home_page, village):
    government = GovernmentPageFactory(parent=home_page)
    page = BudgetPageFactory(parent=government)
    page.save_revision().publish()
    make_budget(2025)

    link = summary_of(client).select_one("p.more a")

    assert link["href"] == "/pemerintahan/apbdes/"


def test_summary_costs_two_queries(home_page, budget_page, django_assert_num_queries):
    make_budget(2025)
    site = home_page.get_site()

    with django_assert_num_queries(2):
        summary = budget_summary(home_page, site)

    assert (summary.year, summary.totals.silpa) == (2025, 20_000_000)


def test_publishing_a_budget_purges_the_cached_home_page(client, budget_page):
    make_budget(2025)
    client.get("/")
    assert client.get("/").headers["X-Cache"] == "HIT"

    make_budget(2026, scale=2)

    response = client.get("/")
    assert response.headers["X-Cache"] == "MISS"
    assert "APBDes 2026" in response.content.decode()
    assert "Rp3 miliar" in response.content.decode()
