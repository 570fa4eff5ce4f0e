"""Query budgets: how many SQL queries an anonymous visitor's page view costs.

Each test renders a page twice on a populated database, once showing few items and once
showing many, and asserts that both views stay within the page's budget below and cost
the same number of queries. A count that grows with the items shown is an N+1.

How a view is measured: the page is requested once first, so that images get their
renditions (the first render of an image INSERTs them) and the search log has its rows;
then every cache is cleared and the second request is counted. That is the first
uncached response a visitor gets in steady state: no page, rendition, site-root or
search-result cache helps it.

Counts are the same on SQLite and PostgreSQL (both use Wagtail's database search
backend, one search query per source), so each budget is that count plus a margin of
at most 2 for harmless changes (one more setting or menu query) that should not need a
budget bump. Few and many views must cost exactly the same: every relation a card or
block shows is loaded once per request (select_related, prefetch_related, in_bulk, one
query per content kind), and the few and many views show the same kinds of content, so
there is no constant that may legitimately differ between them.
"""

import itertools

import pytest
from django.db import connection

from home.models import HomeFeaturedArticle
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)
from tests.helpers import soup, steady_state_get

# Maximum queries per anonymous GET, steady state, first uncached response.
# Measured on SQLite and PostgreSQL (equal on both), budget = measured + 2.
BUDGETS = {
    "home": 34,  # measured 32
    "article": 26,  # measured 24: one for the "Baca juga" box, whose articles must be public
    "berita": 18,  # measured 16
    "berita?kategori": 19,  # measured 17: the category lookup
    "berita?tag": 19,  # measured 17: the tag lookup
    "wisata": 18,  # measured 16
    "wisata?q": 18,  # measured 16
    "wisata?urut=termurah": 18,  # measured 16
    "produk": 18,  # measured 16
    "produk?q": 18,  # measured 16
    "produk?urut=termurah": 18,  # measured 16
    "wisata detail": 20,  # measured 18
    "produk detail": 20,  # measured 18
    # Documents (a sixth source) cost three more: without a Produk Hukum page, whether the
    # kind is shown is asked of its index page on each of three paths.
    "cari": 25,  # measured 23: six source searches (pages: and their restrictions), the log, loads
    "cari/saran": 13,  # measured 11: per kind one completion (and for pages their restrictions)
}
# The number of queries the many-items view may cost beyond the few-items view.
ALLOWED_GROWTH = 0

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def render_every_request(settings):
    """Budgets count what rendering a page costs, so the anonymous page cache stays off."""
    settings.PAGE_CACHE_SECONDS = 0


def cards(response, scope="main"):
    return soup(response).select(f"{scope} article.card")


def assert_flat(few, many):
    assert many - few <= ALLOWED_GROWTH, f"{few} queries for few items, {many} for many"


def cover_article(news_index, **kwargs):
    """An article as editors publish them: cover image with alt text."""
    return ArticlePageFactory(
        parent=news_index,
        cover_image=ImageFactory(),
        cover_alt_text="Warga desa bergotong royong",
        **kwargs,
    )


# --- Home page ----------------------------------------------------------------------------


def feature_on_home(home_page, articles):
    for article in articles:
        home_page.featured_articles.add(HomeFeaturedArticle(article=article))
    home_page.save_revision().publish()


def test_home_page_query_count_does_not_grow_with_featured_and_latest_items(
    client, home_page, news_index, wisata_index, produk_index, django_assert_max_num_queries
):
    category = ArticleCategoryFactory()
    home_page.hero_image = ImageFactory()
    home_page.latest_articles_count = 12
    articles = [cover_article(news_index, categories=[category]) for _ in range(2)]
    feature_on_home(home_page, articles)
    for _ in range(2):
        TourismSpotFactory(featured=True, images=1)
        ProductFactory(featured=True, images=1)

    few_response, few = steady_state_get(
        client, home_page.url, BUDGETS["home"], django_assert_max_num_queries
    )

    articles = [cover_article(news_index, categories=[category]) for _ in range(10)]
    feature_on_home(home_page, articles[:4])
    for _ in range(4):
        TourismSpotFactory(featured=True, images=1)
        ProductFactory(featured=True, images=1)

    many_response, many = steady_state_get(
        client, home_page.url, BUDGETS["home"], django_assert_max_num_queries
    )

    # Featured 2 + latest 2 + wisata 2 + produk 2; then 6 + 12 + 4 + 4 (the home shows 4).
    assert len(cards(few_response)) == 8
    assert len(cards(many_response)) == 26
    assert_flat(few, many)


# --- Article page -------------------------------------------------------------------------


def reader_article(news_index, *, categories, tags, also_read, faq_items):
    """An article with cover, categories, tags, a "Baca juga" box and an FAQ."""
    body = {"body__0__paragraph__value": "<p>Warga membersihkan saluran irigasi.</p>"}
    for number, article in enumerate(also_read):
        body[f"body__1__also_read__articles__{number}__page"] = article
    for number in range(faq_items):
        body[f"body__2__faq__items__{number}__question"] = f"Pertanyaan {number + 1}?"
        body[f"body__2__faq__items__{number}__answer__value"] = "<p>Jawaban singkat.</p>"
    return cover_article(news_index, categories=categories, tags=tags, **body)


def test_article_page_query_count_does_not_grow_with_related_content(
    client, news_index, django_assert_max_num_queries
):
    categories = [ArticleCategoryFactory() for _ in range(6)]
    tags = [f"topik {number}" for number in range(6)]
    others = [cover_article(news_index, categories=[categories[0]]) for _ in range(2)]
    few_article = reader_article(
        news_index, categories=categories[:2], tags=tags[:2], also_read=others, faq_items=2
    )

    few_response, few = steady_state_get(
        client, few_article.url, BUDGETS["article"], django_assert_max_num_queries
    )

    others += [cover_article(news_index, categories=[categories[1]]) for _ in range(4)]
    many_article = reader_article(
        news_index, categories=categories, tags=tags, also_read=others[:3], faq_items=6
    )

    many_response, many = steady_state_get(
        client, many_article.url, BUDGETS["article"], django_assert_max_num_queries
    )

    def shown(response):
        page = soup(response)
        return [
            len(page.select(selector))
            for selector in (
                ".kicker .badge",
                ".tags .tag",
                "aside.also-read li",
                "section.faq details",
                ".related article.card",
            )
        ]

    # Categories, tags, "Baca juga" links, FAQ items, related articles (at most 3).
    assert shown(few_response) == [2, 2, 2, 2, 2]
    assert shown(many_response) == [6, 6, 3, 6, 3]
    assert_flat(few, many)


def test_article_page_query_count_does_not_grow_with_body_images(
    client, news_index, django_assert_max_num_queries
):
    # The article budget holds: without categories, tags or "Baca juga" it costs less.
    def article_with_images(count):
        body = {}
        for number in range(count):
            body[f"body__{number}__image__image"] = ImageFactory()
            body[f"body__{number}__image__alt_text"] = f"Foto kegiatan {number + 1}"
        return cover_article(news_index, **body)

    few_response, few = steady_state_get(
        client, article_with_images(2).url, BUDGETS["article"], django_assert_max_num_queries
    )
    many_response, many = steady_state_get(
        client, article_with_images(6).url, BUDGETS["article"], django_assert_max_num_queries
    )

    assert len(soup(few_response).select(".article-body figure.body-image")) == 2
    assert len(soup(many_response).select(".article-body figure.body-image")) == 6
    assert_flat(few, many)


# --- Berita listing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query_string", "budget"),
    [
        ("", "berita"),
        ("?kategori=sosial", "berita?kategori"),
        ("?tag=gotong-royong", "berita?tag"),
    ],
)
def test_berita_listing_query_count_does_not_grow_with_cards(
    client, news_index, query_string, budget, django_assert_max_num_queries
):
    sosial = ArticleCategoryFactory(name="Sosial", slug="sosial")
    # An article outside the filters, so the filtered listings really filter.
    cover_article(news_index, categories=[ArticleCategoryFactory()])

    def add_articles(count):
        for _ in range(count):
            cover_article(news_index, categories=[sosial], tags=["gotong royong"])

    url = news_index.url + query_string
    add_articles(2)
    few_response, few = steady_state_get(
        client, url, BUDGETS[budget], django_assert_max_num_queries
    )
    add_articles(10)
    many_response, many = steady_state_get(
        client, url, BUDGETS[budget], django_assert_max_num_queries
    )

    assert len(cards(few_response)) == (3 if not query_string else 2)
    assert len(cards(many_response)) == 12
    assert_flat(few, many)


# --- Wisata and Produk listings -----------------------------------------------------------

CATALOG = {
    "wisata": (TourismSpotFactory, "Curug Nomor", "curug"),
    "produk": (ProductFactory, "Keripik Stroberi", "keripik"),
}


@pytest.mark.parametrize("kind", ["wisata", "produk"])
@pytest.mark.parametrize("query", ["", "q", "urut=termurah"])
def test_catalog_listing_query_count_does_not_grow_with_cards(
    client, wisata_index, produk_index, kind, query, django_assert_max_num_queries
):
    factory, name, search_word = CATALOG[kind]
    index = wisata_index if kind == "wisata" else produk_index
    query_string = {"": "", "q": f"?q={search_word}", "urut=termurah": "?urut=termurah"}[query]
    budget = BUDGETS[f"{kind}?{query}" if query else kind]

    def add_items(count):
        for _ in range(count):
            number = next(_numbers)
            price = {"ticket_price" if kind == "wisata" else "price": 1000 * number}
            factory(name=f"{name} {number}", images=1, **price)

    url = index.url + query_string
    add_items(2)
    few_response, few = steady_state_get(client, url, budget, django_assert_max_num_queries)
    add_items(10)
    many_response, many = steady_state_get(client, url, budget, django_assert_max_num_queries)

    assert len(cards(few_response)) == 2
    assert len(cards(many_response)) == 12
    assert all(card.select_one("img") for card in cards(many_response))
    assert_flat(few, many)


# --- Wisata and Produk detail pages -------------------------------------------------------


@pytest.mark.parametrize("kind", ["wisata", "produk"])
def test_catalog_detail_query_count_does_not_grow_with_gallery_and_related_items(
    client, wisata_index, produk_index, kind, django_assert_max_num_queries
):
    if kind == "wisata":
        factory, category, index = TourismSpotFactory, TourismCategoryFactory(), wisata_index
    else:
        factory, category, index = ProductFactory, ProductCategoryFactory(), produk_index
    budget = BUDGETS[f"{kind} detail"]

    few_item = factory(category=category, images=3)
    for _ in range(2):
        factory(category=category, images=1)
    few_response, few = steady_state_get(
        client, f"{index.url}{few_item.slug}/", budget, django_assert_max_num_queries
    )

    many_item = factory(category=category, images=8)
    for _ in range(4):
        factory(category=category, images=1)
    many_response, many = steady_state_get(
        client, f"{index.url}{many_item.slug}/", budget, django_assert_max_num_queries
    )

    def shown(response):
        page = soup(response)
        return len(page.select(".gallery figure")), len(page.select(".related article.card"))

    # Gallery images, related items of the same category (at most 4).
    assert shown(few_response) == (3, 2)
    assert shown(many_response) == (8, 4)
    assert_flat(few, many)


# --- Search -------------------------------------------------------------------------------

SEARCH_WORD = "stroberi"


def add_search_content(news_index, articles, spots, products, article_body=dict):
    """Articles, wisata and products whose titles and names all contain SEARCH_WORD;
    article_body() gives each article's body."""
    for _ in range(articles):
        title = f"Festival {SEARCH_WORD} {next(_numbers)}"
        cover_article(news_index, title=title, **article_body())
    for _ in range(spots):
        TourismSpotFactory(name=f"Kebun {SEARCH_WORD} {next(_numbers)}")
    for _ in range(products):
        ProductFactory(name=f"Selai {SEARCH_WORD} {next(_numbers)}")


def search_results(response):
    return soup(response).select("ol.search-results li.search-result")


def text_body():
    return {
        "body__0__paragraph__value": "<p>Panen raya di kebun warga.</p>",
        "body__1__faq__items__0__question": "Kapan panen?",
        "body__1__faq__items__0__answer__value": "<p>Setiap bulan Juli.</p>",
    }


def test_search_page_query_count_does_not_grow_with_text_only_results(
    client, news_index, wisata_index, produk_index, django_assert_max_num_queries
):
    url = f"/cari/?q={SEARCH_WORD}"
    add_search_content(news_index, 1, 1, 1, text_body)
    few_response, few = steady_state_get(
        client, url, BUDGETS["cari"], django_assert_max_num_queries
    )
    add_search_content(news_index, 3, 2, 2, text_body)
    many_response, many = steady_state_get(
        client, url, BUDGETS["cari"], django_assert_max_num_queries
    )

    # One result of each kind; then 4 articles, 3 wisata and 3 products.
    assert len(search_results(few_response)) == 3
    assert len(search_results(many_response)) == 10
    assert_flat(few, many)


def test_search_page_query_count_does_not_grow_with_results_that_have_images_and_baca_juga(
    client, news_index, wisata_index, produk_index, django_assert_max_num_queries
):
    elsewhere = cover_article(news_index, title="Musyawarah desa")

    def illustrated_body():
        """As editors write them: text, a photo and a "Baca juga" box."""
        return {
            **text_body(),
            "body__2__image__image": ImageFactory(),
            "body__3__also_read__articles__0__page": elsewhere,
        }

    url = f"/cari/?q={SEARCH_WORD}"
    add_search_content(news_index, 1, 1, 1, illustrated_body)
    few_response, few = steady_state_get(
        client, url, BUDGETS["cari"], django_assert_max_num_queries
    )
    add_search_content(news_index, 3, 2, 2, illustrated_body)
    many_response, many = steady_state_get(
        client, url, BUDGETS["cari"], django_assert_max_num_queries
    )

    assert len(search_results(few_response)) == 3
    assert len(search_results(many_response)) == 10
    assert_flat(few, many)


def test_search_suggestions_query_count_does_not_grow_with_suggestions(
    client, news_index, wisata_index, produk_index, django_assert_max_num_queries
):
    url = f"/cari/saran/?q={SEARCH_WORD[:5]}"
    add_search_content(news_index, 1, 1, 1)
    few_response, few = steady_state_get(
        client, url, BUDGETS["cari/saran"], django_assert_max_num_queries
    )
    add_search_content(news_index, 3, 3, 3)
    many_response, many = steady_state_get(
        client, url, BUDGETS["cari/saran"], django_assert_max_num_queries
    )

    few_types = [suggestion["type"] for suggestion in few_response.json()["suggestions"]]
    assert sorted(few_types) == ["Berita", "Produk", "Wisata"]
    assert len(many_response.json()["suggestions"]) == 8  # the typeahead's limit
    assert_flat(few, many)


def test_the_page_tree_has_an_index_for_listing_children(db):
    """Menus and sections list children by depth and path; without this index PostgreSQL
    read the whole page table, a cost that grew with every article (home/0002)."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(
        constraint["index"] and constraint["columns"] == ["depth", "path"]
        for constraint in constraints.values()
    )
