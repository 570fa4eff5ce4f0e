"""How readers' apps and search engines find the news: RSS feed, sitemap, robots.txt."""

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils.timezone import localdate
from wagtail.models import Page, PageViewRestriction, Site

from core.models import SOCIAL_IMAGE_SPEC
from tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    ImageFactory,
    ProductFactory,
    TourismSpotFactory,
    WisataIndexPageFactory,
)

MEDIA_NS = "http://search.yahoo.com/mrss/"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
RFC_822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
JAKARTA = ZoneInfo("Asia/Jakarta")


def feed_url(index):
    return f"{index.url}feed/"


def get_feed(client, index):
    response = client.get(feed_url(index))
    assert response.status_code == 200
    return ET.fromstring(response.content)


def only_item(channel_root):
    items = channel_root.findall("channel/item")
    assert len(items) == 1
    return items[0]


# --- RSS feed -------------------------------------------------------------------------


def test_feed_answers_with_rss_content_type(client, news_index):
    response = client.get(feed_url(news_index))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")


def test_feed_channel_title_names_the_news_index(client, news_index, village):
    rss = get_feed(client, news_index)

    title = rss.find("channel/title").text
    assert news_index.title in title
    assert village.village_name in title


def test_feed_lists_twenty_newest_live_articles_newest_first(client, news_index):
    first_day = date(2025, 1, 1)
    articles = [
        ArticlePageFactory(
            parent=news_index,
            title=f"Berita hari ke-{day + 1}",
            publication_date=first_day + timedelta(days=day),
        )
        for day in range(21)
    ]
    ArticlePageFactory(
        parent=news_index, title="Draf terbaru", publication_date=date(2025, 12, 31), live=False
    )

    rss = get_feed(client, news_index)

    titles = [item.findtext("title") for item in rss.findall("channel/item")]
    assert titles == [article.title for article in reversed(articles[1:])]


def test_feed_item_has_title_absolute_link_and_intro(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, title="Panen Raya Padi", intro="Hasil panen naik tahun ini."
    )

    item = only_item(get_feed(client, news_index))

    assert item.findtext("title") == "Panen Raya Padi"
    assert item.findtext("link") == article.get_full_url()
    assert urlsplit(item.findtext("link")).scheme in {"http", "https"}
    assert item.findtext("description") == "Hasil panen naik tahun ini."


def test_feed_item_description_shows_markup_in_the_intro_as_text(client, news_index):
    intro = "Rapat <script>alert('desa')</script> & <b>musyawarah</b> di balai desa."
    ArticlePageFactory(parent=news_index, intro=intro)

    response = client.get(feed_url(news_index))
    item = only_item(ET.fromstring(response.content))

    # Feed readers render the description as HTML: escaped once, it shows the text typed.
    assert item.findtext("description") == (
        "Rapat &lt;script&gt;alert(&#x27;desa&#x27;)&lt;/script&gt; &amp; "
        "&lt;b&gt;musyawarah&lt;/b&gt; di balai desa."
    )
    assert b"<script>" not in response.content


def test_feed_item_pubdate_is_rfc_822_publication_date(client, news_index):
    ArticlePageFactory(parent=news_index, publication_date=date(2025, 8, 17))

    item = only_item(get_feed(client, news_index))

    pub_date = item.findtext("pubDate")
    assert RFC_822.match(pub_date)
    assert parsedate_to_datetime(pub_date) == datetime(2025, 8, 17, tzinfo=JAKARTA)


def test_feed_item_has_media_content_with_absolute_cover_url(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, cover_image=ImageFactory(), cover_alt_text="Sawah"
    )

    item = only_item(get_feed(client, news_index))

    media = item.find(f"{{{MEDIA_NS}}}content")
    assert media is not None
    assert media.get("medium") == "image"
    url = urlsplit(media.get("url"))
    assert url.scheme in {"http", "https"}
    assert url.netloc
    assert url.path == article.cover_image.get_rendition(SOCIAL_IMAGE_SPEC).url


def test_feed_item_without_cover_has_no_media_content(client, news_index):
    ArticlePageFactory(parent=news_index, cover_image=None)

    item = only_item(get_feed(client, news_index))

    assert item.find(f"{{{MEDIA_NS}}}content") is None


# --- Sitemap --------------------------------------------------------------------------


@pytest.fixture
def published_site(home_page, news_index):
    """Home, index and two articles published the way editors do, plus one draft."""
    home_page.save_revision().publish()
    news_index.save_revision().publish()
    articles = [
        ArticlePageFactory(parent=news_index, title="Panen Raya Padi"),
        ArticlePageFactory(parent=news_index, title="Festival Budaya"),
    ]
    for article in articles:
        article.save_revision().publish()
    draft = ArticlePageFactory(parent=news_index, title="Masih Draf", live=False)
    draft.save_revision()
    return {"live": [home_page, news_index, *articles], "draft": draft}


def sitemap_entries(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def test_sitemap_lists_every_live_page_by_absolute_url(client, published_site):
    entries = sitemap_entries(client)

    assert set(entries) == {page.get_full_url() for page in published_site["live"]}
    assert all(urlsplit(loc).scheme in {"http", "https"} for loc in entries)


def test_sitemap_entries_carry_lastmod(client, published_site):
    entries = sitemap_entries(client)

    assert entries
    for loc, lastmod in entries.items():
        assert lastmod, f"{loc} has no <lastmod>"
        assert isinstance(date.fromisoformat(lastmod[:10]), date)


def test_sitemap_omits_draft_articles(client, published_site):
    entries = sitemap_entries(client)

    assert published_site["draft"].get_full_url() not in entries


@pytest.fixture
def catalog_items(published_site, wisata_index, produk_index):
    """Published Wisata and Produk sections with live items, and one draft of each."""
    wisata_index.save_revision().publish()
    produk_index.save_revision().publish()
    return {
        "live": [
            TourismSpotFactory(name="Curug Lawe"),
            TourismSpotFactory(name="Telaga Warna"),
            ProductFactory(name="Gula Kelapa"),
        ],
        "draft": [
            TourismSpotFactory(name="Curug Baru", live=False),
            ProductFactory(name="Keripik Baru", live=False),
        ],
    }


def test_sitemap_lists_every_live_wisata_and_product_with_lastmod(client, catalog_items):
    entries = sitemap_entries(client)

    for item in catalog_items["live"]:
        item = type(item).objects.get(pk=item.pk)
        url = item.get_full_url()
        assert urlsplit(url).path == f"{item.index_page().url}{item.slug}/"
        assert date.fromisoformat(entries[url][:10]) == localdate(item.last_published_at)
    for item in catalog_items["draft"]:
        assert not any(item.slug in loc for loc in entries)


def test_sitemap_lists_catalog_items_of_its_own_site_only(client, catalog_items, village):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="desa-lain")
    other_site = Site.objects.create(hostname="desa-lain.test", root_page=other_home)
    WisataIndexPageFactory(parent=other_home)
    elsewhere = TourismSpotFactory(name="Pantai Desa Lain", site=other_site)

    here = sitemap_entries(client)
    there = sitemap_entries(client, HTTP_HOST="desa-lain.test")

    assert elsewhere.get_full_url() in there
    assert elsewhere.get_full_url() not in here
    assert catalog_items["live"][0].get_full_url() in here
    assert catalog_items["live"][0].get_full_url() not in there


def test_sitemap_omits_items_whose_index_page_is_private(client, catalog_items, wisata_index):
    PageViewRestriction.objects.create(page=wisata_index, restriction_type="login")

    entries = sitemap_entries(client)

    assert not any(urlsplit(loc).path.startswith(wisata_index.url) for loc in entries)
    assert catalog_items["live"][2].get_full_url() in entries


def test_cached_sitemap_drops_an_item_as_soon_as_it_is_unpublished(client, catalog_items, settings):
    settings.PAGE_CACHE_SECONDS = 600
    item = catalog_items["live"][2]
    url = item.get_full_url()
    assert url in sitemap_entries(client)

    item.unpublish()

    assert url not in sitemap_entries(client)


# --- robots.txt -----------------------------------------------------------------------


def test_robots_txt_is_plain_text(client, home_page):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")


def test_robots_txt_names_absolute_sitemap_url(client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()

    sitemaps = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Sitemap:")]
    assert len(sitemaps) == 1
    url = urlsplit(sitemaps[0])
    assert url.scheme in {"http", "https"}
    assert url.netloc
    assert url.path == reverse("sitemap")
    assert client.get(url.path).status_code == 200


def test_robots_txt_disallows_admin(client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert "Disallow: /admin/" in lines


# --- Unknown addresses ----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/berita/tidak-ada/", "/berita/feed/extra/"])
def test_unknown_news_urls_answer_404(client, news_index, path):
    ArticlePageFactory(parent=news_index)

    response = client.get(path)

    assert response.status_code == 404
