"""Every block an editor can pick shows a preview with something to see: real images, articles
and videos when the site has them, and a sample that says what the block shows when it has not."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField

from articles.blocks import VideoEmbedBlock
from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, ImageFactory
from tests.helpers import logged_in, make_superuser, soup

VIDEO_URL = "https://www.youtube.com/watch?v=gotong-royong"


def picker_blocks():
    """Each block of ArticlePage.body and of every catalog StreamField, by app.model.field.name."""
    fields = [ArticlePage._meta.get_field("body")] + [
        field
        for model in apps.get_app_config("catalog").get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    ]
    return {
        f"{field.model._meta.label_lower}.{field.name}.{name}": block
        for field in fields
        for name, block in field.stream_block.child_blocks.items()
    }


PICKER_BLOCKS = picker_blocks()

# What each preview shows on a site without images, published articles or embedded videos.
EMPTY_SITE_TEXT = {
    "articles.articlepage.body.heading": "Peran Pemerintah dalam Mendorong Kolaborasi",
    "articles.articlepage.body.paragraph": "Perlindungan anak merupakan tanggung jawab bersama",
    "articles.articlepage.body.image": "Pustaka gambar masih kosong",
    "articles.articlepage.body.quote": "Anak-anak adalah masa depan desa kita. — Kepala Desa",
    "articles.articlepage.body.also_read": "Belum ada berita yang terbit",
    "articles.articlepage.body.faq": "Siapa saja yang terlibat?",
    "articles.articlepage.body.conclusion": "Kolaborasi lintas sektor",
    "articles.articlepage.body.embed": "Belum ada video di situs ini",
    "catalog.tourismspot.opening_hours.hours": "Senin–Jumat: 08.00–16.00 WIB",
}


@pytest.fixture
def editor(village):
    return logged_in(make_superuser())


@pytest.fixture
def full_site(news_index):
    """A site with library images, published articles (and a draft) and one embedded video."""
    ImageFactory(title="Sawah di Dusun Kaliurip")
    ImageFactory(title="Balai desa setelah dicat")
    for day in range(1, 5):
        ArticlePageFactory(
            parent=news_index,
            title=f"Kabar desa tanggal {day}",
            publication_date=datetime.date(2025, 3, day),
        )
    ArticlePageFactory(parent=news_index, title="Draf yang belum terbit", live=False)
    get_embed(VIDEO_URL)


def preview(client, key):
    """The preview page Wagtail's block picker shows for the block, parsed."""
    response = client.get(
        reverse("wagtailadmin_block_preview"), {"id": PICKER_BLOCKS[key].definition_prefix}
    )
    return soup(response)


def main_text(page):
    return page.main.get_text(" ", strip=True)


def test_every_picker_block_is_listed_here_with_its_sample_text():
    assert set(PICKER_BLOCKS) == set(EMPTY_SITE_TEXT)


@pytest.mark.parametrize("key", PICKER_BLOCKS)
def test_every_picker_block_has_full_meta_in_indonesian(key):
    block = PICKER_BLOCKS[key]
    assert block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.label and block.meta.help_text
    assert block.get_description()
    assert block.is_previewable


@pytest.mark.parametrize("key", PICKER_BLOCKS)
def test_preview_on_an_empty_site_shows_what_the_block_holds(editor, key):
    page = preview(editor, key)
    assert EMPTY_SITE_TEXT[key] in main_text(page)
    assert page.main.find("img") is None
    assert "None" not in main_text(page)


@pytest.mark.parametrize("key", PICKER_BLOCKS)
def test_preview_on_a_full_site_shows_content(editor, full_site, key):
    page = preview(editor, key)
    media = [tag for tag in page.main.find_all(["img", "iframe"]) if tag.get("src")]
    assert media or main_text(page)
    assert "None" not in main_text(page)
    assert "Belum ada" not in main_text(page)


def test_preview_uses_the_site_stylesheet(editor):
    page = preview(editor, "articles.articlepage.body.quote")
    assert page.find("link", rel="stylesheet", href="/static/css/site.css")
    assert page.main.select_one(".prose figure.quote blockquote")


def test_image_preview_shows_the_newest_library_image(editor, full_site):
    figure = preview(editor, "articles.articlepage.body.image").main.select_one("figure")
    img = figure.find("img")
    assert img["src"].startswith("/media/")
    assert img["alt"] == "Balai desa setelah dicat"
    assert figure.figcaption.get_text(strip=True) == "Balai desa setelah dicat"


def test_also_read_preview_links_the_three_newest_published_articles(editor, full_site):
    box = preview(editor, "articles.articlepage.body.also_read").main.select_one("aside")
    links = {a.get_text(strip=True): a["href"] for a in box.find_all("a")}
    assert "Baca juga:" in box.get_text()
    assert list(links) == ["Kabar desa tanggal 4", "Kabar desa tanggal 3", "Kabar desa tanggal 2"]
    assert links["Kabar desa tanggal 4"] == "/berita/kabar-desa-tanggal-4/"


def test_embed_preview_plays_the_latest_embedded_video(editor, full_site):
    figure = preview(editor, "articles.articlepage.body.embed").main.select_one("figure.video")
    assert figure.iframe["src"] == VIDEO_URL
    assert figure.figcaption.get_text(strip=True) == "Video desa"


def test_embed_preview_links_a_video_the_provider_no_longer_answers_for(editor):
    # An expired copy is fetched again; the offline finder knows only YouTube, like a
    # provider that has gone away.
    Embed.objects.create(
        url="https://vimeo.com/76979871",
        hash="vimeo-kerja-bakti",
        type="video",
        title="Kerja bakti di Vimeo",
        html="<iframe></iframe>",
        cache_until=timezone.now() - datetime.timedelta(days=1),
    )
    figure = preview(editor, "articles.articlepage.body.embed").main.select_one("figure.video")
    assert figure.iframe is None
    link = figure.select_one(".video-link a")
    assert link["href"] == "https://vimeo.com/76979871"
    assert link.get_text(strip=True) == "Tonton video"
    assert figure.figcaption.get_text(strip=True) == "Kerja bakti di Vimeo"


def test_video_block_links_a_video_that_cannot_be_embedded(db):
    block = VideoEmbedBlock()
    value = block.to_python({"video": "https://example.com/video-desa", "caption": "Panen raya"})
    figure = BeautifulSoup(block.render(value), "html.parser").figure
    assert figure.select_one(".video-link a")["href"] == "https://example.com/video-desa"
    assert figure.figcaption.get_text(strip=True) == "Panen raya"


def test_preview_of_an_unknown_block_is_not_found(editor):
    response = editor.get(reverse("wagtailadmin_block_preview"), {"id": "blockdef-unknown"})
    assert response.status_code == 404
