"""The news index (/berita/) with its filters and pagination, and the home page."""

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from home.models import HomeFeaturedArticle
from tests.factories import ArticleCategoryFactory, ArticlePageFactory, ImageFactory
from tests.helpers import get_soup

FIRST_DAY = date(2025, 1, 1)


def card_titles(soup, scope="main"):
    return [a.get_text(strip=True) for a in soup.select(f"{scope} .card .card-title a")]


def current_page_number(soup):
    return soup.select_one("nav.pagination [aria-current=page]").get_text(strip=True)


def make_articles(index, count, **kwargs):
    """`count` live articles, one a day from FIRST_DAY, returned oldest first."""
    return [
        ArticlePageFactory(
            parent=index,
            title=f"Berita hari ke-{day + 1}",
            publication_date=FIRST_DAY + timedelta(days=day),
            **kwargs,
        )
        for day in range(count)
    ]


@pytest.fixture
def thirteen_articles(news_index):
    return make_articles(news_index, 13)


# --- Listing --------------------------------------------------------------------------


def test_index_lists_live_articles_newest_first_by_publication_date(client, news_index):
    ArticlePageFactory(parent=news_index, title="Tengah", publication_date=date(2025, 5, 1))
    ArticlePageFactory(parent=news_index, title="Terbaru", publication_date=date(2025, 9, 1))
    ArticlePageFactory(parent=news_index, title="Terlama", publication_date=date(2025, 1, 1))

    soup = get_soup(client, news_index.url)

    assert card_titles(soup) == ["Terbaru", "Tengah", "Terlama"]


def test_index_excludes_draft_articles(client, news_index):
    ArticlePageFactory(parent=news_index, title="Sudah Terbit")
    ArticlePageFactory(parent=news_index, title="Masih Draf", live=False)

    soup = get_soup(client, news_index.url)

    assert card_titles(soup) == ["Sudah Terbit"]


def test_article_card_shows_title_date_intro_and_category(client, news_index):
    category = ArticleCategoryFactory(name="Pemerintahan")
    article = ArticlePageFactory(
        parent=news_index,
        title="Musyawarah Desa 2025",
        intro="Warga membahas rencana pembangunan.",
        publication_date=date(2025, 8, 17),
        categories=[category],
    )

    soup = get_soup(client, news_index.url)

    card = soup.select_one("main .card")
    link = card.select_one(".card-title a")
    assert (link.get_text(strip=True), link["href"]) == ("Musyawarah Desa 2025", article.url)
    assert card.time.get_text(strip=True) == "17 Agustus 2025"
    assert card.select_one(".card-intro").get_text(strip=True) == (
        "Warga membahas rencana pembangunan."
    )
    assert [badge.get_text(strip=True) for badge in card.select(".badge")] == ["Pemerintahan"]


def test_article_card_cover_image_has_dimensions_and_lazy_loading(client, news_index):
    ArticlePageFactory(
        parent=news_index, cover_image=ImageFactory(), cover_alt_text="Balai desa yang baru"
    )

    soup = get_soup(client, news_index.url)

    img = soup.select_one("main .card img")
    assert img["alt"] == "Balai desa yang baru"
    assert int(img["width"]) > 0
    assert int(img["height"]) > 0
    assert img["loading"] == "lazy"


# --- Pagination -----------------------------------------------------------------------


def test_first_page_shows_twelve_newest_cards(client, news_index, thirteen_articles):
    soup = get_soup(client, news_index.url)

    newest_first = [article.title for article in reversed(thirteen_articles)]
    assert card_titles(soup) == newest_first[:12]


def test_pagination_marks_current_page_and_links_to_the_next(client, news_index, thirteen_articles):
    soup = get_soup(client, news_index.url)

    nav = soup.select_one("nav.pagination")
    assert current_page_number(soup) == "1"
    page_links = {a.get_text(strip=True): a["href"] for a in nav.select("a[aria-label]")}
    assert parse_qs(urlsplit(page_links["2"]).query) == {"page": ["2"]}


def test_second_page_shows_the_thirteenth_article(client, news_index, thirteen_articles):
    soup = get_soup(client, news_index.url, {"page": 2})

    assert card_titles(soup) == [thirteen_articles[0].title]
    assert current_page_number(soup) == "2"


def test_non_numeric_page_shows_the_first_page(client, news_index, thirteen_articles):
    soup = get_soup(client, news_index.url, {"page": "abc"})

    assert current_page_number(soup) == "1"
    assert len(card_titles(soup)) == 12


def test_page_beyond_the_end_shows_the_last_page(client, news_index, thirteen_articles):
    soup = get_soup(client, news_index.url, {"page": 99999})

    assert current_page_number(soup) == "2"
    assert card_titles(soup) == [thirteen_articles[0].title]


@pytest.mark.parametrize("page", ["-1", "0", "1.5", "", "1e3", "\x00"])
def test_odd_page_numbers_still_show_a_page_of_articles(
    client, news_index, thirteen_articles, page
):
    response = client.get(news_index.url, {"page": page})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert card_titles(soup)


# --- Filters --------------------------------------------------------------------------


def test_category_filter_shows_only_that_category(client, news_index):
    health = ArticleCategoryFactory(name="Kesehatan", slug="kesehatan")
    sport = ArticleCategoryFactory(name="Olahraga", slug="olahraga")
    ArticlePageFactory(parent=news_index, title="Posyandu Balita", categories=[health])
    ArticlePageFactory(parent=news_index, title="Turnamen Voli", categories=[sport])
    ArticlePageFactory(parent=news_index, title="Tanpa Kategori")

    soup = get_soup(client, news_index.url, {"kategori": "kesehatan"})

    assert card_titles(soup) == ["Posyandu Balita"]


def test_category_filter_marks_its_link_as_current(client, news_index):
    health = ArticleCategoryFactory(name="Kesehatan", slug="kesehatan")
    ArticleCategoryFactory(name="Olahraga", slug="olahraga")
    ArticlePageFactory(parent=news_index, categories=[health])

    soup = get_soup(client, news_index.url, {"kategori": "kesehatan"})

    current = soup.select("nav.filter-nav a[aria-current=page]")
    assert [a.get_text(strip=True) for a in current] == ["Kesehatan"]


def test_pagination_links_keep_the_category_filter(client, news_index):
    health = ArticleCategoryFactory(name="Kesehatan", slug="kesehatan")
    make_articles(news_index, 13, categories=[health])

    soup = get_soup(client, news_index.url, {"kategori": "kesehatan"})

    next_link = soup.select_one("nav.pagination a[rel=next]")
    assert parse_qs(urlsplit(next_link["href"]).query) == {"kategori": ["kesehatan"], "page": ["2"]}


def test_tag_filter_shows_only_tagged_articles(client, news_index):
    ArticlePageFactory(parent=news_index, title="Sumur Bor Baru", tags=["air bersih"])
    ArticlePageFactory(parent=news_index, title="Lomba Tujuh Belasan", tags=["budaya"])

    soup = get_soup(client, news_index.url, {"tag": "air-bersih"})

    assert card_titles(soup) == ["Sumur Bor Baru"]


def test_unknown_category_says_so_and_lists_nothing(client, news_index):
    ArticlePageFactory(parent=news_index)

    soup = get_soup(client, news_index.url, {"kategori": "tidak-ada"})

    assert "Kategori tidak ditemukan." in soup.select_one("main .notice").get_text()
    assert card_titles(soup) == []


def test_unknown_tag_says_so_and_lists_nothing(client, news_index):
    ArticlePageFactory(parent=news_index, tags=["budaya"])

    soup = get_soup(client, news_index.url, {"tag": "tidak-ada"})

    assert "Tag tidak ditemukan." in soup.select_one("main .notice").get_text()
    assert card_titles(soup) == []


HOSTILE_VALUES = [
    pytest.param("\x00", id="null-byte"),
    pytest.param("a" * 1000, id="very-long"),
    pytest.param("🌾🏡", id="emoji"),
    pytest.param("' OR 1=1 --", id="sql-quote"),
    pytest.param("x%'; DROP TABLE articles_articlecategory; --", id="sql-drop"),
    pytest.param("_%\\", id="like-wildcards"),
    pytest.param("désa-ñ", id="unicode-slug"),
]


@pytest.mark.parametrize("param", ["kategori", "tag"])
@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_filter_values_answer_with_a_notice_not_an_error(client, news_index, param, value):
    ArticlePageFactory(parent=news_index, categories=[ArticleCategoryFactory()], tags=["budaya"])

    response = client.get(news_index.url, {param: value})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("main .notice[role=status]") is not None
    assert card_titles(soup) == []


def test_index_announces_its_rss_feed(client, news_index):
    soup = get_soup(client, news_index.url)

    feed_link = soup.find("link", rel="alternate", type="application/rss+xml")
    assert feed_link["href"] == f"{news_index.url}feed/"


# --- Home page ------------------------------------------------------------------------


def test_home_lists_latest_articles_up_to_configured_count(client, home_page, news_index):
    articles = make_articles(news_index, 4)
    home_page.latest_articles_count = 3
    home_page.save_revision().publish()

    soup = get_soup(client, home_page.url)

    expected = [article.title for article in reversed(articles)][:3]
    assert card_titles(soup, "section[aria-labelledby=latest-heading]") == expected


def test_home_shows_featured_articles_chosen_by_editors(client, home_page, news_index):
    older, _newer = make_articles(news_index, 2)
    home_page.featured_articles.add(HomeFeaturedArticle(article=older))
    home_page.save_revision().publish()

    soup = get_soup(client, home_page.url)

    featured = card_titles(soup, "section[aria-labelledby=featured-heading]")
    assert featured == [older.title]


def test_home_hides_draft_featured_article(client, home_page, news_index):
    live = ArticlePageFactory(parent=news_index, title="Sudah Terbit")
    draft = ArticlePageFactory(parent=news_index, title="Masih Draf", live=False)
    HomeFeaturedArticle.objects.create(page=home_page, article=draft, sort_order=0)
    HomeFeaturedArticle.objects.create(page=home_page, article=live, sort_order=1)

    soup = get_soup(client, home_page.url)

    assert card_titles(soup, "section[aria-labelledby=featured-heading]") == ["Sudah Terbit"]
    assert "Masih Draf" not in soup.get_text()


def test_home_shows_about_the_village(client, home_page, village):
    soup = get_soup(client, home_page.url)

    about = soup.select_one("section.about")
    assert about.h2.get_text(strip=True) == "Tentang Desa"
    assert about.select_one(".prose").get_text(strip=True) == "Desa Uji terletak di kaki gunung."


def test_header_links_office_phone_and_email(client, home_page, village):
    soup = get_soup(client, home_page.url)

    links = {a["href"]: a.get_text(" ", strip=True) for a in soup.select("header .topbar a")}
    assert village.phone_display in links["tel:+62281891234"]
    assert "info@desauji.id" in links["mailto:info@desauji.id"]


def test_header_groups_landline_number_by_area_code(client, home_page, village):
    soup = get_soup(client, home_page.url)

    phone = soup.select_one("header .topbar a[href^='tel:']")
    assert phone.get_text(" ", strip=True).endswith("+62 281-891-234")


def test_header_shows_village_name(client, home_page, village):
    soup = get_soup(client, home_page.url)

    assert soup.select_one("header .brand-name").get_text(strip=True) == "Desa Uji"


def test_navigation_links_to_news_index_unmarked_on_home(client, home_page, news_index):
    soup = get_soup(client, home_page.url)

    links = [a for a in soup.select("nav.main-nav a") if a["href"] == news_index.url]
    assert [a.get_text(strip=True) for a in links] == ["Berita"]
    assert not links[0].has_attr("aria-current")


def test_navigation_marks_news_index_current_when_on_it(client, news_index):
    soup = get_soup(client, news_index.url)

    current = soup.select("nav.main-nav a[aria-current=page]")
    assert [a["href"] for a in current] == [news_index.url]


def test_footer_shows_address_office_hours_and_social_links(client, home_page, village):
    soup = get_soup(client, home_page.url)

    footer = soup.select_one("footer.site-footer")
    assert footer.address.get_text(strip=True) == "Jl. Raya Uji No. 1"
    hours = footer.select_one("section[aria-labelledby=footer-hours] p")
    assert hours.get_text(strip=True) == "Senin–Jumat, 08.00–15.00 WIB"
    social = [(a.get_text(strip=True), a["href"]) for a in footer.select(".social-list a")]
    assert social == [("Facebook", "https://www.facebook.com/desauji")]
