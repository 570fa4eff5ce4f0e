"""The search page (/cari/), its typeahead (/cari/saran/) and what searching records."""

import json
import tempfile

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search import views as search_views
from search.models import ApprovedPopularQuery, ZeroResultDailyHits
from tests import search_content as sc
from tests.factories import ArticlePageFactory, ProductFactory
from tests.helpers import MODERATOR, PENULIS, logged_in, make_user

# Hypothesis keeps caches in ./.hypothesis/; tests leave no files behind in the project.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="village-test-hypothesis-"))

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    database=None,  # no .hypothesis/ folder in the project
)


@pytest.fixture(scope="module")
def search_site_pages(django_db_setup, django_db_blocker):
    """A site with three articles, two wisata and two products, built once for the module
    in a transaction that is rolled back afterwards; each test rolls back its own changes."""
    titles = {sc.FESTIVAL_STROBERI, sc.LOMBA_KULINER, sc.PERLINDUNGAN_ANAK}
    names = {sc.KEBUN_STROBERI, sc.SATE_KAMBING, sc.KERIPIK_STROBERI, sc.BESEK_BAMBU}
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        pages = sc.create_site()
        articles = [a for a in sc.ARTICLES if a["title"] in titles]
        pages.content = sc.create_articles(pages.news_index, articles)
        pages.content.update(sc.create_wisata([w for w in sc.WISATA if w["name"] in names]))
        pages.content.update(sc.create_products([p for p in sc.PRODUCTS if p["name"] in names]))
        sc.reindex(pages.content.values())
        yield pages
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture(autouse=True)
def no_rate_limits():
    """These tests search far faster than a reader; tests/test_abuse.py tests the limits."""
    unlimited = {name: (10**6, 60) for name in ("search", "suggestions", "password_reset")}
    with override_settings(RATE_LIMITS=unlimited):
        yield


@pytest.fixture
def pages(search_site_pages, db):
    # The typo-correction vocabulary is cached per site; never reuse another test's.
    cache.clear()
    return search_site_pages


@pytest.fixture
def content(pages):
    """{title or name: object} of the module's articles, wisata and products."""
    return pages.content


def search(client, reader="127.0.0.1", **params):
    """GET /cari/ as the reader at that address, and parse the page."""
    response = client.get("/cari/", params, REMOTE_ADDR=reader)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def results(soup):
    return soup.select("ol.search-results li.search-result")


def result_titles(soup):
    return [li.select_one("h2 a").get_text(strip=True) for li in results(soup)]


def result_for(soup, title):
    for li in results(soup):
        if li.select_one("h2 a").get_text(strip=True) == title:
            return li
    raise AssertionError(f"{title!r} not among the results {result_titles(soup)}")


def text_of(element):
    return " ".join(element.get_text(" ").split())


def kind_label(li):
    return text_of(li.select_one(".result-kind")).split()[0]


def tab_counts(soup):
    counts = {}
    for link in soup.select("nav.search-tabs a"):
        count = link.select_one(".count")
        label = text_of(link).removesuffix(text_of(count)).strip()
        counts[label] = int(text_of(count))
    return counts


def notice(soup):
    return text_of(soup.select_one(".search-page p.notice"))


def hits_of(query_string):
    query = Query.objects.filter(query_string=query_string).first()
    return query.hits if query else 0


def approve(*query_strings):
    for query_string in query_strings:
        ApprovedPopularQuery.objects.create(query=Query.get(query_string))


def popular_chips(soup):
    heading = soup.find(id="popular-heading")
    return [a.get_text(strip=True) for a in heading.find_parent("section").select("a")]


# --- A results page -------------------------------------------------------------------


def test_search_page_answers_200_and_asks_not_to_be_indexed(client, content):
    soup = search(client, q="stroberi")

    robots = soup.find("meta", attrs={"name": "robots"})
    assert robots["content"] == "noindex"


def test_search_page_echoes_the_query_in_title_and_heading(client, content):
    soup = search(client, q="stroberi")

    assert soup.h1.get_text(strip=True) == "Hasil pencarian untuk “stroberi”"
    assert "Hasil pencarian untuk “stroberi”" in soup.title.get_text()
    assert soup.select_one(".search-page form input[name=q]")["value"] == "stroberi"


def test_query_with_html_is_shown_as_text(client, content):
    response = client.get("/cari/", {"q": "<script>alert(1)</script> stroberi"})

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; stroberi" in response.content


def test_each_result_shows_its_kind_and_links_to_its_own_page(client, content):
    soup = search(client, q="stroberi")

    festival = result_for(soup, sc.FESTIVAL_STROBERI)
    kebun = result_for(soup, sc.KEBUN_STROBERI)
    keripik = result_for(soup, sc.KERIPIK_STROBERI)
    assert kind_label(festival) == "Berita"
    assert festival.select_one("h2 a")["href"] == content[sc.FESTIVAL_STROBERI].url
    assert festival.select_one("h2 a")["href"] == "/berita/festival-panen-stroberi-2025/"
    assert kind_label(kebun) == "Wisata"
    assert kebun.select_one("h2 a")["href"] == "/wisata/kebun-stroberi-serang/"
    assert kind_label(keripik) == "Produk"
    assert keripik.select_one("h2 a")["href"] == "/produk/keripik-stroberi/"


def test_result_links_open_the_items(client, content):
    soup = search(client, q="stroberi")

    for link in soup.select("ol.search-results h2 a"):
        page = BeautifulSoup(client.get(link["href"]).content, "html.parser")
        assert page.h1.get_text(strip=True) == link.get_text(strip=True)


def test_article_result_shows_its_date_in_indonesian(client, content):
    soup = search(client, q="kuliner")

    time = result_for(soup, sc.LOMBA_KULINER).select_one(".result-kind time")
    assert time.get_text(strip=True) == "17 Agustus 2025"
    assert time["datetime"] == "2025-08-17"


def test_product_result_shows_its_price_in_rupiah(client, content):
    soup = search(client, q="besek")

    kind = text_of(result_for(soup, sc.BESEK_BAMBU).select_one(".result-kind"))
    assert "Rp25.000" in kind
    assert "per pcs" in kind


def test_wisata_result_shows_ticket_price_or_free(client, content):
    soup = search(client, q="sate")

    kind = text_of(result_for(soup, sc.SATE_KAMBING).select_one(".result-kind"))
    assert kind == "Wisata · Tiket Gratis"


def test_excerpt_marks_the_matched_word(client, content):
    soup = search(client, q="stroberi")

    excerpt = result_for(soup, sc.KEBUN_STROBERI).select_one(".excerpt")
    assert excerpt.get_text(" ", strip=True).startswith("Petik stroberi sendiri")
    assert [mark.get_text() for mark in excerpt.find_all("mark")] == ["stroberi"]


@pytest.mark.postgres
def test_excerpt_marks_the_stemmed_form_the_search_matched(client, content):
    soup = search(client, q="melindungi")

    assert result_titles(soup) == [sc.PERLINDUNGAN_ANAK]
    marks = result_for(soup, sc.PERLINDUNGAN_ANAK).select(".excerpt mark")
    assert [mark.get_text() for mark in marks] == ["perlindungan", "perlindungan"]


# --- Tabs and pages -------------------------------------------------------------------


def test_tabs_show_how_many_results_of_each_kind(client, content):
    soup = search(client, q="stroberi")

    assert tab_counts(soup) == {
        "Semua": 3,
        "Berita": 1,
        "Agenda": 0,
        "Wisata": 1,
        "Produk": 1,
        "Dokumen": 0,
    }
    current = soup.select_one("nav.search-tabs a[aria-current=page]")
    assert text_of(current) == "Semua 3"


def test_produk_tab_shows_only_products(client, content):
    soup = search(client, q="stroberi", jenis="produk")

    assert result_titles(soup) == [sc.KERIPIK_STROBERI]
    assert {kind_label(li) for li in results(soup)} == {"Produk"}
    current = soup.select_one("nav.search-tabs a[aria-current=page]")
    assert text_of(current) == "Produk 1"


@pytest.mark.parametrize("jenis", ["zzz", "halaman", "", "PRODUK"])
def test_unknown_jenis_falls_back_to_semua(client, content, jenis):
    soup = search(client, q="stroberi", jenis=jenis)

    assert len(results(soup)) == 3
    current = soup.select_one("nav.search-tabs a[aria-current=page]")
    assert text_of(current) == "Semua 3"


@pytest.fixture
def twelve_articles(pages):
    return [
        ArticlePageFactory(parent=pages.news_index, title=f"Lumbung Pangan Dusun {number}")
        for number in range(1, 13)
    ]


def test_results_are_shown_ten_per_page(client, twelve_articles):
    first = search(client, q="lumbung")
    second = search(client, q="lumbung", page="2")

    assert len(results(first)) == 10
    assert len(results(second)) == 2
    assert second.select_one("ol.search-results")["start"] == "11"
    titles = set(result_titles(first)) | set(result_titles(second))
    assert titles == {article.title for article in twelve_articles}


def test_pagination_links_keep_the_query(client, twelve_articles):
    soup = search(client, q="lumbung")

    next_link = soup.select_one("nav.pagination a[rel=next]")
    assert next_link["href"] == "?q=lumbung&page=2"
    assert soup.select_one("nav.pagination [aria-current=page]").get_text() == "1"


@pytest.mark.parametrize(
    ("page_number", "shown"),
    [("abc", 10), ("99999", 2), ("0", 2), ("-1", 2), ("", 10), ("1.5", 10)],
)
def test_page_numbers_out_of_range_or_not_numbers_still_show_a_page(
    client, twelve_articles, page_number, shown
):
    soup = search(client, q="lumbung", page=page_number)

    assert len(results(soup)) == shown


# --- Nothing found, nothing asked -----------------------------------------------------


def test_no_result_page_says_so_and_offers_popular_searches_and_latest_news(client, content):
    search(client, q="stroberi")
    search(client, q="kuliner")
    approve("stroberi", "kuliner")

    soup = search(client, q="zzqxv")

    assert results(soup) == []
    assert "Tidak ada hasil untuk “zzqxv”" in notice(soup)
    popular = soup.find(id="popular-heading").find_parent("section")
    assert popular.find("h2").get_text(strip=True) == "Pencarian populer"
    chips = {a.get_text(strip=True): a["href"] for a in popular.select("a")}
    assert chips == {"stroberi": "?q=stroberi", "kuliner": "?q=kuliner"}
    latest = soup.find(id="latest-heading").find_parent("section")
    assert latest.find("h2").get_text(strip=True) == "Berita terbaru"
    links = {a.get_text(strip=True): a["href"] for a in latest.select("a")}
    article = content[sc.FESTIVAL_STROBERI]
    assert links[article.title] == article.url
    assert len(links) == 3


def test_popular_searches_leave_out_queries_that_found_nothing(client, content):
    search(client, q="stroberi")
    search(client, q="zzqxv")
    approve("stroberi", "zzqxv")

    soup = search(client, q="yyqxv")

    popular = soup.find(id="popular-heading").find_parent("section")
    assert [a.get_text(strip=True) for a in popular.select("a")] == ["stroberi"]


def test_popular_searches_show_only_queries_a_moderator_approved(client, content):
    for number in range(30):
        search(client, reader=f"10.0.0.{number}", q="desa slot gacor wa 0812-0000-0000")
    search(client, q="stroberi")
    approve("stroberi")

    assert popular_chips(search(client)) == ["stroberi"]
    assert popular_chips(search(client, q="zzqxv")) == ["stroberi"]


def test_without_approved_queries_no_popular_list_is_shown(client, content):
    search(client, q="stroberi")

    soup = search(client)

    assert soup.find(id="popular-heading") is None
    assert soup.find(id="latest-heading") is not None


def test_approved_popular_searches_are_ranked_by_hits(client, content):
    search(client, q="kuliner")
    for reader in ["10.0.0.1", "10.0.0.2", "10.0.0.3"]:
        search(client, reader=reader, q="stroberi")
    approve("kuliner", "stroberi")

    assert popular_chips(search(client)) == ["stroberi", "kuliner"]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"q": "\t\n "}])
def test_empty_query_asks_for_keywords_and_logs_nothing(client, content, params):
    response = client.get("/cari/", params)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Pencarian"
    assert notice(soup).startswith("Tulis kata kunci")
    assert results(soup) == []
    assert not Query.objects.exists()
    assert not QueryDailyHits.objects.exists()
    assert not ZeroResultDailyHits.objects.exists()


# --- Bad input never breaks the page --------------------------------------------------

BAD_QUERIES = {
    "very_long": "stroberi " + "x" * 1200,
    "many_words": "stroberi kebun " * 100,
    "emoji": "🍓🌋🛍️ stroberi 👩🏽‍🌾",
    "mixed_scripts": "stroberi مرحبا 你好 नमस्ते Привет",
    "ampersand": "&",
    "pipe": "|",
    "bang": "!",
    "colon": ":",
    "star": "*",
    "open_paren": "(",
    "close_paren": ")",
    "apostrophe": "'",
    "double_quote": '"',
    "unbalanced_double_quote": 'kebun "stroberi',
    "backslash": "\\",
    "semicolon": ";",
    "operators_combined": "a & b | !c:* ('x')",
    "punctuation_combined": "&|!:*()'\";\\",
    "operators_around_word": "!stroberi & (kebun | 'serang'):*",
    "sql_like": "'; DROP TABLE wagtailcore_page; --",
    "percent": "100% stroberi",
    "null_byte": "stro\x00beri",
    "control_characters": "\x01\x02\x1b[31mstroberi\x7f\x0b\x0c",
    "fts_syntax": "NEAR(stroberi kebun) AND title:stroberi OR {body}:x ^y",
    "tsquery_syntax": "stroberi:A <-> kebun:*",
    "only_spaces_and_newlines": "\u00a0\u2003\u2028",
}


@pytest.mark.parametrize("query", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_odd_query_gets_a_page_not_an_error(client, content, query):
    response = client.get("/cari/", {"q": query, "page": "abc"})

    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1 is not None


@pytest.mark.parametrize("query", BAD_QUERIES.values(), ids=BAD_QUERIES.keys())
def test_odd_query_gets_json_suggestions_not_an_error(client, content, query):
    response = client.get("/cari/saran/", {"q": query})

    assert response.status_code == 200
    assert isinstance(json.loads(response.content)["suggestions"], list)


def test_null_byte_in_raw_query_string_gets_a_page(client, content):
    response = client.get("/cari/?q=%00&page=%00&jenis=%00")

    assert response.status_code == 200


def test_query_that_grows_when_lower_cased_gets_a_page_not_an_error(client, content):
    response = client.get("/cari/", {"q": "İ" * 200})

    assert response.status_code == 200


@PROPERTY_SETTINGS
@given(query=st.text())
def test_any_query_text_gets_a_page(client, content, query):
    response = client.get("/cari/", {"q": query})

    assert response.status_code == 200


@PROPERTY_SETTINGS
@given(page=st.text(), jenis=st.text(max_size=10))
def test_any_page_and_jenis_value_gets_a_page(client, content, page, jenis):
    response = client.get("/cari/", {"q": "stroberi", "page": page, "jenis": jenis})

    assert response.status_code == 200


@PROPERTY_SETTINGS
@given(query=st.text())
def test_any_query_text_gets_json_suggestions(client, content, query):
    response = client.get("/cari/saran/", {"q": query})

    assert response.status_code == 200
    data = json.loads(response.content)
    assert len(data["suggestions"]) <= 8


# --- Search promotions ----------------------------------------------------------------


@pytest.fixture
def promoted(pages):
    """Two articles say "pengumuman" in the title; editors pin a third one that does not."""
    ArticlePageFactory(parent=pages.news_index, title="Pengumuman Hasil Lomba Kebersihan")
    ArticlePageFactory(parent=pages.news_index, title="Pengumuman Pendaftaran Perangkat Desa")
    pinned = ArticlePageFactory(
        parent=pages.news_index, title="Jadwal Pelayanan Kantor Desa", intro="Pengumuman jadwal."
    )
    SearchPromotion.objects.create(query=Query.get("pengumuman"), page=pinned, sort_order=0)
    return pinned


def test_search_promotion_shows_the_pinned_page_first_as_pilihan_redaksi(client, promoted):
    soup = search(client, q="pengumuman")

    first = soup.select_one(".search-result")
    assert "promoted" in first["class"]
    assert first.select_one(".result-kind").get_text(strip=True) == "Pilihan redaksi"
    assert first.select_one("h2 a").get_text(strip=True) == promoted.title
    assert soup.select_one("section.promotions")["aria-label"] == "Pilihan redaksi"


def test_search_promotion_links_to_the_pinned_page(client, promoted):
    soup = search(client, q="pengumuman")

    assert soup.select_one(".promoted h2 a")["href"] == promoted.url


def test_search_promotion_is_not_repeated_on_other_tabs(client, promoted):
    soup = search(client, q="pengumuman", jenis="berita")

    assert soup.select(".promoted") == []
    assert promoted.title in result_titles(soup)


def test_unpublished_promoted_page_is_not_shown(client, promoted):
    promoted.unpublish()

    soup = search(client, q="pengumuman")

    assert soup.select(".promoted") == []


# --- What searching records -----------------------------------------------------------


def test_each_search_adds_a_daily_hit_for_its_query(client, content):
    search(client, reader="10.0.0.1", q="stroberi")
    search(client, reader="10.0.0.2", q="Stroberi")
    search(client, reader="10.0.0.3", q="  stroberi  ")

    query = Query.objects.get(query_string="stroberi")
    assert query.hits == 3
    assert QueryDailyHits.objects.filter(query=query).count() == 1
    assert not ZeroResultDailyHits.objects.exists()


def test_one_reader_counts_once_a_day_however_often_they_search(client, content):
    for query in ["stroberi", "Stroberi", "  stroberi  "] * 10:
        search(client, q=query)
    search(client, q="zzqxv")
    search(client, q="zzqxv")

    assert hits_of("stroberi") == 1
    assert hits_of("zzqxv") == 1
    assert ZeroResultDailyHits.objects.get(query__query_string="zzqxv").hits == 1


def test_search_hits_keep_no_reader_address(client, content):
    search(client, reader="203.0.113.77", q="stroberi")

    stored = [str(row) for model in (Query, QueryDailyHits) for row in model.objects.all()]
    assert stored and not any("203.0.113.77" in text for text in stored)


def test_search_that_finds_nothing_adds_a_zero_result_hit(client, content):
    search(client, reader="10.0.0.1", q="zzqxv")
    search(client, reader="10.0.0.2", q="zzqxv")

    query = Query.objects.get(query_string="zzqxv")
    assert query.hits == 2
    zero = ZeroResultDailyHits.objects.get(query=query)
    assert zero.hits == 2
    assert zero.date == timezone.localdate()


def test_misspelled_search_is_recorded_as_typed_and_as_finding_nothing(client, content):
    soup = search(client, q="stroberry")

    assert "Menampilkan hasil untuk" in notice(soup)
    assert hits_of("stroberry") == 1
    assert ZeroResultDailyHits.objects.filter(query__query_string="stroberry").exists()
    assert hits_of("stroberi") == 0


@pytest.fixture
def searches(client, content):
    queries = ["stroberi"] * 3 + ["kuliner"] + ["zzqxv"] * 2
    for number, query in enumerate(queries):
        search(client, reader=f"10.0.0.{number}", q=query)


def report_rows(soup, heading_id):
    """Each row's keyword and number of searches."""
    section = soup.find(id=heading_id).find_parent("section")
    return [
        [cell.get_text(strip=True) for cell in row.find_all("td")[:2]]
        for row in section.select("tbody tr")
    ]


def test_admin_report_lists_top_queries_and_those_without_results(client, searches):
    user = get_user_model().objects.create_superuser("kepala", "kepala@desa.id", "rahasia")
    client.force_login(user)

    response = client.get(reverse("popular_searches"))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert report_rows(soup, "popular-title") == [
        ["stroberi", "3"],
        ["zzqxv", "2"],
        ["kuliner", "1"],
    ]
    assert report_rows(soup, "zero-title") == [["zzqxv", "2"]]


def test_admin_report_is_at_the_documented_address():
    assert reverse("popular_searches") == "/admin/laporan/pencarian/"


def editor_without_report_permission():
    group = Group.objects.create(name="Penulis berita")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("penulis", "penulis@desa.id", "rahasia")
    user.groups.add(group)
    return user


@pytest.mark.parametrize("who", ["anonymous", "resident", "editor"])
def test_admin_report_is_closed_to_users_without_permission(client, searches, who):
    if who == "resident":
        client.force_login(get_user_model().objects.create_user("warga", "w@desa.id", "x"))
    elif who == "editor":
        client.force_login(editor_without_report_permission())

    response = client.get(reverse("popular_searches"))

    assert response.status_code in (302, 403)
    assert b"zzqxv" not in response.content
    if response.status_code == 302:
        assert response.url != reverse("popular_searches")


def approval_cell(soup, query_string):
    section = soup.find(id="popular-title").find_parent("section")
    for row in section.select("tbody tr"):
        cells = row.find_all("td")
        if cells[0].get_text(strip=True) == query_string:
            return cells[2]
    raise AssertionError(f"{query_string!r} not in the report")


def test_moderator_shows_a_popular_query_on_the_search_page(client, searches):
    moderator = logged_in(make_user(MODERATOR))
    report = BeautifulSoup(moderator.get(reverse("popular_searches")).content, "html.parser")
    cell = approval_cell(report, "stroberi")
    assert cell.get_text(" ", strip=True) == "Tidak ditampilkan Tampilkan"
    form = cell.find("form")

    response = moderator.post(form["action"], {"action": "approve"}, follow=True)

    assert response.status_code == 200
    assert "“stroberi” kini tampil di Pencarian populer." in response.content.decode()
    assert ApprovedPopularQuery.objects.filter(query__query_string="stroberi").exists()
    report = BeautifulSoup(response.content, "html.parser")
    assert approval_cell(report, "stroberi").get_text(" ", strip=True) == (
        "Ditampilkan Sembunyikan"
    )
    assert popular_chips(search(client)) == ["stroberi"]


def test_moderator_hides_an_approved_query_again(client, searches):
    approve("stroberi", "kuliner")
    moderator = logged_in(make_user(MODERATOR))
    query = Query.objects.get(query_string="stroberi")

    response = moderator.post(
        reverse("popular_search_approval", args=[query.pk]), {"action": "hide"}
    )

    assert response.status_code == 302
    assert not ApprovedPopularQuery.objects.filter(query=query).exists()
    assert popular_chips(search(client)) == ["kuliner"]


def test_penulis_cannot_approve_a_popular_query(client, searches):
    penulis = logged_in(make_user(PENULIS))
    query = Query.objects.get(query_string="stroberi")

    response = penulis.post(
        reverse("popular_search_approval", args=[query.pk]), {"action": "approve"}
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert not ApprovedPopularQuery.objects.exists()


def test_approving_needs_a_post(client, searches):
    moderator = logged_in(make_user(MODERATOR))
    query = Query.objects.get(query_string="stroberi")

    response = moderator.get(reverse("popular_search_approval", args=[query.pk]))

    assert response.status_code == 405
    assert not ApprovedPopularQuery.objects.exists()


@pytest.mark.parametrize("action", ["", "hapus", "\x00"])
def test_an_unknown_approval_action_changes_nothing(client, searches, action):
    approve("stroberi")
    moderator = logged_in(make_user(MODERATOR))
    query = Query.objects.get(query_string="stroberi")

    response = moderator.post(
        reverse("popular_search_approval", args=[query.pk]), {"action": action}, follow=True
    )

    assert response.status_code == 200
    assert "Tindakan tidak dikenali." in response.content.decode()
    assert ApprovedPopularQuery.objects.filter(query=query).exists()


# --- Typeahead ------------------------------------------------------------------------


def test_suggestions_complete_titles_across_kinds(client, content):
    response = client.get("/cari/saran/", {"q": "stro"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "stro"
    by_title = {s["title"]: s for s in data["suggestions"]}
    assert by_title[sc.KEBUN_STROBERI] == {
        "title": sc.KEBUN_STROBERI,
        "url": "/wisata/kebun-stroberi-serang/",
        "type": "Wisata",
    }
    assert by_title[sc.KERIPIK_STROBERI] == {
        "title": sc.KERIPIK_STROBERI,
        "url": "/produk/keripik-stroberi/",
        "type": "Produk",
    }
    assert by_title[sc.FESTIVAL_STROBERI]["type"] == "Berita"
    assert sc.SATE_KAMBING not in by_title


def test_suggestions_are_at_most_eight(client, content):
    for number in range(10):
        ProductFactory(name=f"Stroberi Beku Kemasan {number}")

    response = client.get("/cari/saran/", {"q": "stro"})

    assert len(response.json()["suggestions"]) == 8


@pytest.mark.parametrize("query", ["", "s", " s ", "\x00s"])
def test_suggestions_need_at_least_two_characters(client, content, query):
    response = client.get("/cari/saran/", {"q": query})

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_suggestions_are_answered_from_the_cache(client, content, monkeypatch):
    first = client.get("/cari/saran/", {"q": "stro"}).json()
    monkeypatch.setattr(search_views, "suggest_titles", failing_suggest_titles)

    again = client.get("/cari/saran/", {"q": "  STRO "}).json()

    assert again["suggestions"] == first["suggestions"]
    assert len(first["suggestions"]) >= 3


def failing_suggest_titles(site, query):
    raise AssertionError("the typeahead searched again instead of using its cache")


def test_cached_suggestions_show_newly_published_items(client, content):
    client.get("/cari/saran/", {"q": "stro"})

    ProductFactory(name="Selai Stroberi Bu Tini")

    titles = [s["title"] for s in client.get("/cari/saran/", {"q": "stro"}).json()["suggestions"]]
    assert "Selai Stroberi Bu Tini" in titles


def test_suggestions_are_not_recorded_as_searches(client, content):
    client.get("/cari/saran/", {"q": "stro"})

    assert not Query.objects.exists()


# --- The search form in every header --------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/berita/",
        "/berita/festival-panen-stroberi-2025/",
        "/wisata/",
        "/produk/keripik-stroberi/",
        "/cari/",
        "/cari/?q=stroberi",
        "/tidak-ada/",
    ],
)
def test_every_page_header_has_the_search_form(client, content, address):
    response = client.get(address)

    assert response.status_code in (200, 404)
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one("header form[role=search]")
    assert form["action"] == "/cari/"
    assert form["method"] == "get"
    assert form.select_one("input[name=q]") is not None


def test_header_search_form_keeps_the_query_on_the_results_page(client, content):
    soup = search(client, q="stroberi")

    assert soup.select_one("header input[name=q]")["value"] == "stroberi"
