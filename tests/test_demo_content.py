"""The demo loader builds Desa Serang with the seed article, and a second run changes nothing."""

import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from articles.models import ArticleCategory, ArticlePage
from core.models import VillageSettings
from demo import articles as demo_articles
from home.models import HomePage

SEED_FILE = (
    Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-perlindungan-anak.txt"
)
SEED_SLUG = "penguatan-kolaborasi-perlindungan-anak"


def content_counts():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.live().count(),
        "categories": ArticleCategory.objects.count(),
        "images": get_image_model().objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "settings": VillageSettings.objects.count(),
    }


@pytest.fixture
def demo_site(db):
    call_command("load_demo", stdout=StringIO())
    return Site.objects.get(is_default_site=True)


def test_demo_loader_is_idempotent(demo_site):
    before = content_counts()
    call_command("load_demo", stdout=StringIO())
    assert content_counts() == before


def test_demo_builds_the_village_site(demo_site):
    assert isinstance(demo_site.root_page.specific, HomePage)
    village = VillageSettings.for_site(demo_site)
    assert village.village_name == "Desa Serang"
    assert ArticleCategory.objects.count() == 3
    assert ArticlePage.objects.live().count() >= 11
    assert get_user_model().objects.get(username="admin").is_superuser


def test_demo_pages_render(client, demo_site):
    for url in ["/", "/berita/", f"/berita/{SEED_SLUG}/", "/berita/?page=2", "/berita/feed/"]:
        assert client.get(url).status_code == 200, url


def test_demo_listing_paginates(client, demo_site):
    html = client.get("/berita/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select(".cards .card")) == 12
    assert soup.select_one('.pagination a[href="?page=2"]') is not None


def seed_lines():
    """The seed article's lines, from its title to the share bar, without list numbering."""
    lines = [line.strip() for line in SEED_FILE.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = lines.index(demo_articles.ARTICLES[0]["title"])
    end = lines.index("Bagikan Berita")
    return [re.sub(r"^\d+\.\s+", "", line) for line in lines[start:end]]


@pytest.mark.skipif(not SEED_FILE.exists(), reason="shared/seed is not beside the checkout")
def test_seed_article_text_is_reproduced_verbatim(client, demo_site):
    html = client.get(f"/berita/{SEED_SLUG}/").content.decode()
    article = BeautifulSoup(html, "html.parser").select_one("article.article")
    text = " ".join(article.get_text(" ").split())
    also_read_at = seed_lines().index("Also read:")
    also_read_titles = seed_lines()[also_read_at + 1 : also_read_at + 3]
    missing = [
        line
        for line in seed_lines()
        if line != "Also read:" and line not in also_read_titles and line not in text
    ]
    assert missing == []
    box_links = [a.get_text(strip=True) for a in article.select(".also-read a")]
    assert box_links == also_read_titles
    assert "Bagikan Berita" in text


def test_seed_article_has_the_seed_structure(client, demo_site):
    html = client.get(f"/berita/{SEED_SLUG}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    questions = [summary.get_text(strip=True) for summary in soup.select(".faq summary")]
    assert len(questions) == 6
    assert (
        questions[0] == "Apa yang dimaksud dengan kolaborasi lintas sektor dalam perlindungan anak?"
    )
    assert soup.select_one(".faq h2").get_text(strip=True) == "Pertanyaan yang Sering Diajukan"
    assert soup.select_one(".conclusion h2").get_text(strip=True) == "Kesimpulan"
    assert soup.select_one(".toc") is not None
    assert soup.select_one(".also-read-label").get_text(strip=True) == "Baca juga:"


def test_home_page_features_the_seed_article(client, demo_site):
    soup = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    featured = soup.select_one("section[aria-labelledby=featured-heading]")
    assert demo_articles.ARTICLES[0]["title"] in featured.get_text()
