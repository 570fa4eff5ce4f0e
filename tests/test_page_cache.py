"""Anonymous page views come from the cache until what they show changes."""

import uuid
import warnings

import pytest
from bs4 import BeautifulSoup
from django.core.cache import CacheKeyWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from articles.models import ArticleIndexPage
from tests.factories import (
    ArticleCategoryFactory,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
)
from tests.helpers import logged_in, make_superuser


def cache_state(client, url):
    return client.get(url).headers.get("X-Cache")


@pytest.fixture
def category():
    return ArticleCategoryFactory(name="Pemerintahan")


@pytest.fixture
def articles(news_index, category):
    other = ArticleCategoryFactory(name="Pertanian")
    return {
        "first": ArticlePageFactory(
            parent=news_index, title="Musyawarah desa", categories=[category]
        ),
        "sibling": ArticlePageFactory(parent=news_index, title="Rapat RT", categories=[category]),
        "unrelated": ArticlePageFactory(parent=news_index, title="Panen padi", categories=[other]),
    }


def test_second_anonymous_view_is_served_from_the_cache(client, articles):
    url = articles["first"].url
    first = client.get(url)
    second = client.get(url)
    assert first.headers["X-Cache"] == "MISS"
    assert second.headers["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "public" in second.headers["Cache-Control"]
    assert "s-maxage=600" in second.headers["Cache-Control"]


def test_logged_in_editors_always_get_a_fresh_private_page(client, articles):
    logged_in(make_superuser("kades"), client)
    url = articles["first"].url
    client.get(url)
    response = client.get(url)
    assert "X-Cache" not in response.headers
    assert "private" in response.headers["Cache-Control"]


@pytest.mark.parametrize("url", ["/admin/login/", "/cari/?q=desa"])
def test_admin_and_search_are_never_cached(client, news_index, url):
    client.get(url)
    assert "X-Cache" not in client.get(url).headers


def test_publishing_an_article_purges_the_pages_that_show_it(client, news_index, articles):
    home = news_index.get_parent()
    watched = [articles["sibling"].url, news_index.url, f"{news_index.url}feed/", home.url]
    for url in [*watched, articles["unrelated"].url]:
        client.get(url)

    new = ArticlePageFactory(
        parent=news_index, title="Kerja bakti", categories=articles["first"].categories.all()
    )
    new.save_revision().publish()

    for url in watched:
        response = client.get(url)
        assert response.headers["X-Cache"] == "MISS", url
        assert "Kerja bakti" in response.content.decode(), url
    assert cache_state(client, articles["unrelated"].url) == "HIT"


def test_unpublishing_takes_the_article_off_the_listing_at_once(client, news_index, articles):
    assert "Rapat RT" in client.get(news_index.url).content.decode()
    articles["sibling"].unpublish()
    assert "Rapat RT" not in client.get(news_index.url).content.decode()
    assert client.get(articles["sibling"].url).status_code == 404


def test_editing_village_settings_purges_every_page(client, village, articles):
    url = articles["unrelated"].url
    client.get(url)
    village.phone = "+6281111111111"
    village.save()
    response = client.get(url)
    assert response.headers["X-Cache"] == "MISS"
    assert "+62 811-1111-1111" in response.content.decode()


def test_publishing_a_product_purges_its_listing_home_and_category(client, produk_index):
    category = ProductCategoryFactory(name="Kerajinan")
    neighbour = ProductFactory(name="Tikar Pandan", category=category)
    other = ProductFactory(name="Kopi Bubuk")
    neighbour_url = f"{produk_index.url}{neighbour.slug}/"
    other_url = f"{produk_index.url}{other.slug}/"
    for url in [produk_index.url, neighbour_url, other_url, "/"]:
        client.get(url)

    ProductFactory(name="Besek Bambu", category=category)

    for url in [produk_index.url, neighbour_url]:
        response = client.get(url)
        assert response.headers["X-Cache"] == "MISS", url
        assert "Besek Bambu" in response.content.decode(), url
    assert cache_state(client, other_url) == "HIT"


def test_page_cache_can_be_switched_off(client, settings, articles):
    settings.PAGE_CACHE_SECONDS = 0
    url = articles["first"].url
    client.get(url)
    assert "X-Cache" not in client.get(url).headers


def test_publishing_a_section_updates_the_menu_on_every_page(client, home_page, articles):
    url = articles["unrelated"].url
    client.get(url)
    section = ArticleIndexPageFactory(
        parent=home_page, title="Pengumuman", slug="pengumuman", show_in_menus=True
    )
    section.save_revision().publish()
    response = client.get(url)
    assert response.headers["X-Cache"] == "MISS"
    menu = BeautifulSoup(response.content, "html.parser").select_one(".main-nav")
    assert "Pengumuman" in menu.get_text()


def test_publishing_an_article_leaves_unrelated_pages_cached(client, news_index, articles):
    url = articles["unrelated"].url
    client.get(url)
    ArticlePageFactory(parent=news_index, title="Kerja bakti").save_revision().publish()
    assert cache_state(client, url) == "HIT"


def test_renaming_the_home_page_updates_the_menu_on_every_page(client, home_page, articles):
    url = articles["unrelated"].url
    client.get(url)
    home_page.title = "Beranda Desa"
    home_page.save_revision().publish()
    menu = BeautifulSoup(client.get(url).content, "html.parser").select_one(".main-nav")
    assert "Beranda Desa" in menu.get_text()


def test_the_menu_is_built_once_not_on_every_page_view(client, settings, articles):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(articles["first"].url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(articles["sibling"].url)
    menu = BeautifulSoup(response.content, "html.parser").select_one(".main-nav")
    assert "Berita" in menu.get_text()
    menu_queries = [q for q in captured if '"show_in_menus"' in q["sql"].partition("WHERE")[2]]
    assert menu_queries == []


def test_moving_an_article_takes_it_off_the_old_listing(client, home_page, news_index, articles):
    client.get(news_index.url)
    other_index = ArticleIndexPageFactory(parent=home_page, title="Arsip", slug="arsip")
    articles["sibling"].move(other_index, pos="last-child")
    assert "Rapat RT" not in client.get(news_index.url).content.decode()
    assert "Rapat RT" in client.get(other_index.url).content.decode()


def test_changing_a_slug_sends_the_old_cached_address_to_the_new_one(
    client, articles, django_capture_on_commit_callbacks
):
    article = articles["first"]
    old_url = article.url
    client.get(old_url)
    article.slug = "musyawarah-desa-2026"
    # Wagtail announces the new slug once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/berita/musyawarah-desa-2026/"
    assert client.get(response["Location"]).status_code == 200


def test_making_a_page_private_stops_serving_it_from_the_cache(client, news_index, articles):
    url = articles["first"].url
    client.get(url)
    client.get(news_index.url)
    PageViewRestriction.objects.create(
        page=articles["first"], restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    response = client.get(url)
    assert "<h1>Musyawarah desa</h1>" not in response.content.decode()
    assert "Musyawarah desa" not in client.get(news_index.url).content.decode()


def test_a_private_section_leaves_the_menu_of_every_page(client, home_page, articles):
    section = ArticleIndexPageFactory(
        parent=home_page, title="Arsip Internal", slug="arsip-internal", show_in_menus=True
    )
    section.save_revision().publish()
    url = articles["unrelated"].url
    assert "Arsip Internal" in client.get(url).content.decode()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    menu = BeautifulSoup(client.get(url).content, "html.parser").select_one(".main-nav")
    assert "Arsip Internal" not in menu.get_text()


# --- Query strings: only the parameters a page reads vary its cached view ------------------


def test_a_junk_parameter_is_served_from_the_cache(client, home_page, village):
    first = client.get(f"/?r={uuid.uuid4().hex}")
    second = client.get(f"/?r={uuid.uuid4().hex}")

    assert first.headers["X-Cache"] == "MISS"
    assert second.headers["X-Cache"] == "HIT"
    assert second.content == first.content
    assert cache_state(client, "/") == "HIT"


def test_a_parameter_the_page_does_not_read_is_ignored_once_the_page_is_known(
    client, home_page, village
):
    client.get("/?q=judi")
    client.get("/?q=slot")

    assert cache_state(client, f"/?q={uuid.uuid4().hex}") == "HIT"


@pytest.fixture
def two_pages_of_news(monkeypatch, news_index, articles):
    monkeypatch.setattr(ArticleIndexPage, "articles_per_page", 2)
    return news_index


def listed_titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in page.select("main .card-title")]


def test_the_page_number_still_varies_the_cached_listing(client, two_pages_of_news):
    url = two_pages_of_news.url
    first = client.get(url)
    second = client.get(f"{url}?page=2")

    assert second.headers["X-Cache"] == "MISS"
    assert listed_titles(second) and listed_titles(second) != listed_titles(first)
    again = client.get(f"{url}?utm_source=wa&page=2")
    assert again.headers["X-Cache"] == "HIT"
    assert again.content == second.content


def test_a_junk_parameter_never_reaches_the_cached_page(client, two_pages_of_news):
    url = two_pages_of_news.url
    response = client.get(f"{url}?utm_source=spamvertisement")

    assert b"spamvertisement" not in response.content
    pagination = BeautifulSoup(response.content, "html.parser").select_one("nav.pagination")
    assert [a["href"] for a in pagination.select("a")] == ["?page=2", "?page=2"]
    assert client.get(url).content == response.content


@pytest.mark.parametrize(
    "url",
    [
        "/%00/",
        "/berita/%00",
        "/?page=%00&kategori=%00",
        "/" + "panjang-" * 40 + "/",
        "/berita/?kategori=" + "x" * 600,
    ],
    ids=["nul-path", "nul-in-listing-path", "nul-params", "long-path", "long-value"],
)
def test_odd_addresses_make_no_cache_key_warning(client, news_index, url):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        response = client.get(url)
        repeat = client.get(url)

    assert response.status_code in (200, 404)
    assert repeat.status_code == response.status_code


@pytest.mark.parametrize("change", ["replaced", "deleted"])
def test_a_changed_cover_image_purges_the_listing_and_home_that_show_it(client, news_index, change):
    image = ImageFactory(title="Sampul lama")
    article = ArticlePageFactory(
        parent=news_index, title="Kerja bakti", cover_image=image, cover_alt_text="Warga"
    )
    article.save_revision().publish()
    home = news_index.get_parent()
    watched = [news_index.url, home.url]
    for url in watched:
        client.get(url)
        assert cache_state(client, url) == "HIT"

    if change == "replaced":
        image.title = "Sampul baru"
        image.save()
    else:
        image.delete()

    for url in watched:
        assert cache_state(client, url) == "MISS", url
