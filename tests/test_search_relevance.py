"""Relevance of the site search, judged on fixed Indonesian content (tests/search_content.py).

Each judged query names the results a reader expects among the first three hits of
search_site(). Judgements that need the Indonesian stemmer run on PostgreSQL only; the
exact-word ones hold on SQLite too. The content is built once for the whole module."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction

from search.engine import search_site
from tests import search_content as sc

TOP = 3


@pytest.fixture(scope="module")
def judged_content(django_db_setup, django_db_blocker):
    """Site and content, created once in a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        pages = sc.create_site()
        content = sc.create_content(pages.news_index)
        yield pages.site, content
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def judged(judged_content, db):
    # The typo-correction vocabulary is cached per site; start every test from the database.
    cache.clear()
    return judged_content


def hit_names(site, query):
    return [str(hit.item) for hit in search_site(site, query).hits]


def result_titles(soup):
    return [a.get_text(strip=True) for a in soup.select("ol.search-results h2 a")]


def get_soup(client, params):
    response = client.get("/cari/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# --- The judged set -------------------------------------------------------------------


def judged_param(judgement):
    marks = [pytest.mark.postgres] if judgement.stemmed else []
    return pytest.param(judgement, marks=marks, id=judgement.query.replace(" ", "_"))


@pytest.mark.parametrize("judgement", [judged_param(j) for j in sc.JUDGEMENTS])
def test_judged_query_has_expected_results_in_top_three(judged, judgement):
    site, _content = judged

    names = hit_names(site, judgement.query)

    top = names[:TOP]
    missing = [name for name in judgement.expected if name not in top]
    assert not missing, f"{judgement.query!r}: {missing} not in top {TOP}: {top}"
    if judgement.first:
        assert top[0] == judgement.expected[0], f"{judgement.query!r} ranks first: {top[0]}"


@pytest.mark.parametrize("misspelled", sorted(sc.MISSPELLINGS))
def test_misspelled_query_finds_nothing_as_typed(judged, misspelled):
    site, _content = judged

    assert hit_names(site, misspelled) == []


@pytest.mark.parametrize("misspelled", sorted(sc.MISSPELLINGS))
def test_search_page_shows_results_for_corrected_misspelling(judged, client, misspelled):
    corrected, expected = sc.MISSPELLINGS[misspelled]

    soup = get_soup(client, {"q": misspelled})

    notice = soup.select_one(".search-page p.notice").get_text(" ", strip=True)
    assert "Menampilkan hasil untuk" in notice
    assert corrected in notice
    titles = result_titles(soup)
    for name in expected:
        assert name in titles


# --- Where a word appears decides the rank --------------------------------------------


def test_product_name_match_ranks_above_article_body_only_match(judged):
    site, _content = judged

    names = hit_names(site, "bambu")

    # "Gotong Royong…" says "bambu" only in its body.
    assert names.index(sc.BESEK_BAMBU) < names.index(sc.GOTONG_ROYONG)


def test_title_matches_of_every_kind_rank_above_body_only_match(judged):
    site, _content = judged

    names = hit_names(site, "stroberi")

    # "Desa Wisata Serang…" mentions the strawberry garden only in its body.
    body_only = names.index(sc.DESA_WISATA)
    for titled in (sc.KEBUN_STROBERI, sc.KERIPIK_STROBERI, sc.FESTIVAL_STROBERI):
        assert names.index(titled) < body_only


def test_tag_and_category_match_ranks_above_body_only_match(judged):
    site, _content = judged

    names = hit_names(site, "kesehatan")

    # Posyandu is tagged and filed under "Kesehatan"; the cash-aid article only says
    # "biaya kesehatan" in its body.
    assert names.index(sc.POSYANDU) < names.index(sc.BANTUAN_TUNAI)


def test_category_word_finds_every_item_of_that_category(judged):
    site, _content = judged

    names = hit_names(site, "kerajinan")

    assert set(names[:TOP]) == {sc.BESEK_BAMBU, sc.TAS_ECENG, sc.BATIK}


# --- Several words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "all_words", "one_word"),
    [
        ("sate kambing", [sc.SATE_KAMBING], sc.SUSU_KAMBING),
        ("madu hutan", [sc.MADU_HUTAN, sc.PANEN_MADU], sc.CURUG_SUMBAGA),
        ("pelatihan keuangan desa", [sc.PELATIHAN_KEUANGAN], sc.MUSYAWARAH),
    ],
)
def test_multi_word_query_ranks_documents_with_all_words_above_those_with_one(
    judged, query, all_words, one_word
):
    site, _content = judged

    names = hit_names(site, query)

    for name in all_words:
        assert names.index(name) < names.index(one_word)


@pytest.mark.parametrize(
    ("query", "one_word"),
    [
        ("sate kambing", sc.SUSU_KAMBING),
        ("madu hutan", sc.CURUG_SUMBAGA),
        ("kerajinan bambu", sc.GOTONG_ROYONG),
    ],
)
def test_multi_word_query_still_returns_documents_missing_a_word(judged, query, one_word):
    site, _content = judged

    assert one_word in hit_names(site, query)


# --- One list for every kind ----------------------------------------------------------


def test_results_of_different_kinds_are_interleaved_in_one_list_by_score(judged):
    site, _content = judged

    hits = search_site(site, "stroberi").hits

    assert {hit.source.kind for hit in hits[:TOP]} == {"berita", "wisata", "produk"}
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)


@pytest.mark.parametrize("query", ["stroberi", "desa", "kerajinan bambu"])
def test_semua_tab_lists_results_in_search_site_order(judged, client, query):
    site, _content = judged
    expected = hit_names(site, query)[:10]

    soup = get_soup(client, {"q": query})

    assert result_titles(soup) == expected
