"""The demo loader builds Desa Serang from demo/content/ with the seed article verbatim, a
second run changes nothing, and it keeps away from databases that are not for development."""

import re
from functools import cache
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from articles.models import ArticleCategory, ArticlePage
from catalog.models import Product, ProductCategory, TourismCategory, TourismSpot
from core.models import VillageSettings
from demo.management.commands.load_demo import Command as LoadDemo
from demo.reader import (
    CONTENT_DIR,
    ContentError,
    load_content,
    parse_body,
    read_site,
)
from editorial import admin_browser
from events.models import EventPage
from gallery.models import AlbumPage
from government.models import Official
from home.models import HomePage
from standard_pages.models import StandardPage
from villages.structure import SECTIONS, ensure_village_structure

SEED_FILE = Path(__file__).resolve().parent / "data" / "article-perlindungan-anak.txt"
SEED_SLUG = "penguatan-kolaborasi-perlindungan-anak"


@cache
def demo_content():
    return load_content()


def seed_title():
    return next(a["title"] for a in demo_content().articles if a["slug"] == SEED_SLUG)


def load_demo(debug=True, **options):
    """Run the loader as `make demo` does (dev settings, DEBUG on) unless told otherwise."""
    output = StringIO()
    with override_settings(DEBUG=debug):
        call_command("load_demo", stdout=output, **options)
    return output.getvalue()


def content_counts():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.live().count(),
        "categories": ArticleCategory.objects.count(),
        "spots": TourismSpot.objects.count(),
        "products": Product.objects.count(),
        "images": get_image_model().objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "settings": VillageSettings.objects.count(),
    }


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo loaded once per module (and per xdist worker), rolled back after the last
    test; each test still runs in a savepoint of its own through the `db` fixture."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(db, loaded_demo):
    return Site.objects.get(is_default_site=True)


def test_demo_loader_is_idempotent(demo_site):
    before = content_counts()
    load_demo()
    assert content_counts() == before


def test_demo_builds_the_village_site(demo_site):
    assert isinstance(demo_site.root_page.specific, HomePage)
    village = VillageSettings.for_site(demo_site)
    assert village.village_name == "Desa Serang"
    assert ArticleCategory.objects.count() == 3
    assert ArticlePage.objects.live().count() >= 11
    assert get_user_model().objects.get(username="admin").is_superuser


def test_demo_pages_render(client, demo_site):
    sections = [f"/{spec.slug}/" for spec in SECTIONS]
    urls = ["/", *sections, f"/berita/{SEED_SLUG}/", "/berita/?page=2", "/berita/feed/"]
    assert {url: client.get(url).status_code for url in urls} == {url: 200 for url in urls}


def test_demo_gives_every_section_its_texts(demo_site):
    village = ensure_village_structure(demo_site)
    texts = read_site()["sections"]
    for spec in SECTIONS:
        page = getattr(village, spec.attribute)
        assert page.title == texts[spec.attribute]["title"]
        assert not spec.is_untouched(page), spec.attribute
    home = village.home
    assert (home.title, home.hero_title) == ("Beranda", "Selamat datang di Desa Serang")
    assert home.hero_image is not None


def test_demo_loads_each_features_content(demo_site):
    village = ensure_village_structure(demo_site)
    assert StandardPage.objects.child_of(village.profile).live().count() == 3
    assert Official.objects.exists()
    assert EventPage.objects.child_of(village.agenda).live().exists()
    assert AlbumPage.objects.child_of(village.gallery).live().exists()


def test_demo_listing_paginates(client, demo_site):
    html = client.get("/berita/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select(".cards .card")) == 12
    assert soup.select_one('.pagination a[href="?page=2"]') is not None


def seed_lines():
    """The seed article's lines, from its title to the share bar, without list numbering."""
    lines = [line.strip() for line in SEED_FILE.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = lines.index(seed_title())
    end = lines.index("Bagikan Berita")
    return [re.sub(r"^\d+\.\s+", "", line) for line in lines[start:end]]


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
    assert seed_title() in featured.get_text()


def test_articles_by_a_person_credit_a_person_and_team_articles_an_organization(demo_site):
    types = dict(ArticlePage.objects.values_list("author_name", "author_type"))
    assert types["Tim Redaksi Desa Serang"] == ArticlePage.AuthorType.ORGANIZATION
    assert types["Ayu Kartikasari"] == ArticlePage.AuthorType.PERSON


# --- The content files ---------------------------------------------------------------


def test_every_content_file_becomes_site_content(demo_site):
    content = demo_content()
    assert ArticlePage.objects.live().count() == len(content.articles) == 17
    assert ArticleCategory.objects.count() == len(content.article_categories)
    assert TourismSpot.objects.filter(live=True).count() == len(content.spots)
    assert Product.objects.filter(live=True).count() == len(content.products)
    assert TourismCategory.objects.count() == len(content.tourism_categories)
    assert ProductCategory.objects.count() == len(content.product_categories)
    assert [a["slug"] for a in content.articles if a["featured"]] == [SEED_SLUG]


def test_also_read_links_follow_the_order_written():
    seed = next(a for a in demo_content().articles if a["slug"] == SEED_SLUG)
    also_read = [value for block_type, value in seed["body"] if block_type == "also_read"]
    assert also_read == [
        {"articles": ["pelatihan-olahraga-anak-anak", "pelatihan-pengelolaan-keuangan-kades"]}
    ]


MARKDOWN_BODY = """
## Jadwal layanan

Paragraf pertama,
ditulis dalam dua baris dengan **tebal**.

Belanja desa dibagi ke dalam:

- Bidang pemerintahan
- Bidang pembangunan

### Tanya jawab

```yaml
block: faq
heading: Pertanyaan yang Sering Diajukan
items:
  - question: Kapan buka?
    answer: Setiap hari *kerja*.
```

```yaml
block: embed
video: https://www.youtube.com/watch?v=abc
caption: Video kegiatan
```
"""


def test_markdown_body_becomes_stream_blocks():
    assert parse_body(MARKDOWN_BODY) == [
        ("heading", {"text": "Jadwal layanan", "level": "h2"}),
        ("paragraph", "<p>Paragraf pertama, ditulis dalam dua baris dengan <b>tebal</b>.</p>"),
        (
            "paragraph",
            "<p>Belanja desa dibagi ke dalam:</p>"
            "<ul><li>Bidang pemerintahan</li><li>Bidang pembangunan</li></ul>",
        ),
        ("heading", {"text": "Tanya jawab", "level": "h3"}),
        (
            "faq",
            {
                "heading": "Pertanyaan yang Sering Diajukan",
                "items": [
                    {"question": "Kapan buka?", "answer": "<p>Setiap hari <i>kerja</i>.</p>"}
                ],
            },
        ),
        ("embed", {"video": "https://www.youtube.com/watch?v=abc", "caption": "Video kegiatan"}),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("#### Terlalu dalam", "hanya ## (H2) dan ### (H3)"),
        ("```yaml\nblock: galeri\n```", "block: galeri tidak dikenal"),
        ("```yaml\nblock: quote\ntext: Kutipan\nauthor: Kades\n```", "kunci tidak dikenal: author"),
        ("```yaml\nblock: quote\ntext: Kutipan", "tidak ditutup"),
    ],
)
def test_malformed_body_is_refused_with_the_reason(body, message):
    with pytest.raises(ContentError, match=re.escape(message)):
        parse_body(body)


def test_site_texts_must_name_every_section(tmp_path):
    text = (CONTENT_DIR / "desa.yaml").read_text(encoding="utf-8")
    start = text.index("  agenda:")
    end = text.index("  gallery:")
    (tmp_path / "desa.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ContentError, match="desa.yaml: sections: kunci wajib tidak ada: agenda"):
        read_site(tmp_path)


def test_image_block_gets_a_drawn_picture(demo_site):
    body = [("image", {"image": "#336699", "alt_text": "Balai desa", "caption": "Balai"})]
    article = {"slug": "uji-gambar", "title": "Uji gambar", "body": body}
    [(block_type, value)] = LoadDemo().article_body(article)
    assert block_type == "image"
    assert value["image"].title == "Uji gambar (1)"
    assert value["alt_text"] == "Balai desa"


# --- Keeping away from real databases --------------------------------------------------


def test_loader_refuses_to_run_without_debug(demo_site):
    before = content_counts()
    with pytest.raises(CommandError, match="--force"):
        load_demo(debug=False)
    assert content_counts() == before


def test_forced_load_without_debug_loads_content_but_no_accounts(demo_site):
    get_user_model().objects.all().delete()
    ArticlePage.objects.get(slug="musyawarah-desa-rkpdes-2026").delete()
    Product.objects.get(slug="paket-sayur-organik").delete()
    output = load_demo(debug=False, force=True)
    assert ArticlePage.objects.live().filter(slug="musyawarah-desa-rkpdes-2026").exists()
    assert Product.objects.filter(live=True, slug="paket-sayur-organik").exists()
    assert not get_user_model().objects.exists()
    assert "akun demo (admin, penulis, moderator) tidak dibuat" in output


def test_language_report_says_when_chromium_is_missing(monkeypatch):
    monkeypatch.setattr(admin_browser, "CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(CommandError, match="apt-get install chromium"):
        call_command("admin_language_report")
