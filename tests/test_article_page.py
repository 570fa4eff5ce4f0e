"""The article page (/berita/<slug>/): what a reader, a link preview and a search engine see."""

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage
from core.models import SOCIAL_IMAGE_SPEC
from home.models import HomePage
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    ImageFactory,
)
from tests.helpers import get_soup, jsonld_of_type, meta_content

SHARE_TITLE = "Air & Listrik: Siapa Dapat? Desa 100% Siap"


def article_body(soup):
    return soup.select_one(".article-body")


# --- The article itself ---------------------------------------------------------------


def test_article_page_renders_in_indonesian_with_title_in_h1(client, news_index):
    article = ArticlePageFactory(parent=news_index, title="Kerja Bakti Membersihkan Sungai")

    response = client.get(article.url)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "id"
    assert soup.h1.get_text(strip=True) == "Kerja Bakti Membersihkan Sungai"


def test_article_page_shows_publication_date_in_indonesian(client, news_index):
    article = ArticlePageFactory(parent=news_index, publication_date=date(2025, 8, 17))

    soup = get_soup(client, article)

    time = soup.select_one(".article-header .meta time")
    assert time.get_text(strip=True) == "17 Agustus 2025"
    assert time["datetime"] == "2025-08-17"


def test_article_page_shows_author_byline(client, news_index):
    article = ArticlePageFactory(parent=news_index, author_name="Siti Aminah")

    soup = get_soup(client, article)

    assert "Oleh Siti Aminah" in soup.select_one(".article-header .meta").get_text()


def test_reading_time_counts_about_200_words_per_minute(client, news_index):
    words = " ".join(["kata"] * 450)
    article = ArticlePageFactory(
        parent=news_index,
        intro="Ringkasan singkat.",
        body__0__paragraph__value=f"<p>{words}</p>",
    )

    soup = get_soup(client, article)

    assert "3 menit baca" in soup.select_one(".article-header .meta").get_text()


def test_breadcrumb_links_to_home_and_news_index(client, home_page, news_index):
    article = ArticlePageFactory(parent=news_index, title="Posyandu Balita")

    soup = get_soup(client, article)

    crumbs = soup.select("nav.breadcrumb a")
    assert [(a.get_text(strip=True), a["href"]) for a in crumbs] == [
        (home_page.title, home_page.url),
        (news_index.title, news_index.url),
    ]
    current = soup.select_one("nav.breadcrumb [aria-current=page]")
    assert current.get_text(strip=True) == "Posyandu Balita"


def test_publication_date_defaults_to_first_publication_date(news_index):
    article = ArticlePageFactory(parent=news_index, live=False, publication_date=None)

    article.save_revision().publish()

    article.refresh_from_db()
    assert article.first_published_at is not None
    assert article.publication_date == timezone.localdate(article.first_published_at)


# --- Body blocks ----------------------------------------------------------------------


@pytest.mark.parametrize("level", ["h2", "h3"])
def test_heading_block_renders_its_level_with_slugified_anchor(client, news_index, level):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__heading__text="Peran Pemerintah dalam Kolaborasi",
        body__0__heading__level=level,
    )

    soup = get_soup(client, article)

    heading = article_body(soup).find(level)
    assert heading.get_text(strip=True) == "Peran Pemerintah dalam Kolaborasi"
    assert heading["id"] == "peran-pemerintah-dalam-kolaborasi"


def test_paragraph_block_renders_its_html(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__paragraph__value="<p>Warga <b>bergotong royong</b> setiap Jumat.</p>",
    )

    soup = get_soup(client, article)

    paragraph = article_body(soup).p
    assert paragraph.get_text() == "Warga bergotong royong setiap Jumat."
    assert paragraph.b.get_text() == "bergotong royong"


def test_image_block_renders_alt_caption_dimensions_and_lazy_loading(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__image__image=ImageFactory(),
        body__0__image__alt_text="Warga membersihkan saluran air",
        body__0__image__caption="Kerja bakti hari Minggu",
    )

    soup = get_soup(client, article)

    figure = article_body(soup).select_one("figure.body-image")
    img = figure.img
    assert img["alt"] == "Warga membersihkan saluran air"
    assert int(img["width"]) > 0
    assert int(img["height"]) > 0
    assert img["loading"] == "lazy"
    assert figure.figcaption.get_text(strip=True) == "Kerja bakti hari Minggu"


def test_quote_block_renders_text_and_attribution(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__quote__text="Anak-anak adalah masa depan desa kita.",
        body__0__quote__attribution="Kepala Desa Serang",
    )

    soup = get_soup(client, article)

    quote = article_body(soup).select_one("figure.quote")
    assert quote.blockquote.get_text(strip=True) == "Anak-anak adalah masa depan desa kita."
    assert quote.figcaption.get_text(strip=True) == "— Kepala Desa Serang"


def test_also_read_box_links_to_chosen_live_articles(client, news_index):
    first = ArticlePageFactory(parent=news_index, title="Panen Raya Padi")
    second = ArticlePageFactory(parent=news_index, title="Festival Budaya Desa")
    article = ArticlePageFactory(
        parent=news_index,
        body__0__also_read__articles__0__page=first,
        body__0__also_read__articles__1__page=second,
    )

    soup = get_soup(client, article)

    box = article_body(soup).select_one("aside.also-read")
    assert box.select_one(".also-read-label").get_text(strip=True) == "Baca juga:"
    assert [(a.get_text(strip=True), a["href"]) for a in box.select("a")] == [
        ("Panen Raya Padi", first.url),
        ("Festival Budaya Desa", second.url),
    ]


def test_also_read_box_omits_unpublished_article(client, news_index):
    live = ArticlePageFactory(parent=news_index, title="Panen Raya Padi")
    draft = ArticlePageFactory(parent=news_index, title="Rencana Rahasia", live=False)
    article = ArticlePageFactory(
        parent=news_index,
        body__0__also_read__articles__0__page=live,
        body__0__also_read__articles__1__page=draft,
    )

    soup = get_soup(client, article)

    titles = [a.get_text(strip=True) for a in article_body(soup).select("aside.also-read a")]
    assert titles == ["Panen Raya Padi"]
    assert "Rencana Rahasia" not in soup.get_text()


def test_faq_renders_each_question_as_details_and_summary(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__faq__items__0__question="Siapa yang boleh ikut?",
        body__0__faq__items__0__answer__value="<p>Semua warga desa.</p>",
        body__0__faq__items__1__question="Kapan pendaftaran dibuka?",
        body__0__faq__items__1__answer__value="<p>Mulai 1 September.</p>",
    )

    soup = get_soup(client, article)

    details = article_body(soup).select("section.faq details")
    assert [
        (d.summary.get_text(strip=True), d.select_one(".faq-answer").get_text()) for d in details
    ] == [
        ("Siapa yang boleh ikut?", "Semua warga desa."),
        ("Kapan pendaftaran dibuka?", "Mulai 1 September."),
    ]


def test_faq_publishes_faqpage_jsonld_with_questions_and_plain_text_answers(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__faq__items__0__question="Siapa yang boleh ikut?",
        body__0__faq__items__0__answer__value="<p>Semua <b>warga</b> desa.</p>",
        body__0__faq__items__1__question="Kapan pendaftaran dibuka?",
        body__0__faq__items__1__answer__value="<p>Mulai 1 September.</p>",
    )

    soup = get_soup(client, article)

    faq = jsonld_of_type(soup, "FAQPage")
    assert faq["@context"] == "https://schema.org"
    assert [
        (q["@type"], q["name"], q["acceptedAnswer"]["@type"], q["acceptedAnswer"]["text"])
        for q in faq["mainEntity"]
    ] == [
        ("Question", "Siapa yang boleh ikut?", "Answer", "Semua warga desa."),
        ("Question", "Kapan pendaftaran dibuka?", "Answer", "Mulai 1 September."),
    ]


def test_faq_jsonld_answer_text_decodes_html_entities(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__faq__items__0__question="Apa yang gratis?",
        body__0__faq__items__0__answer__value="<p>Air &amp; listrik untuk balai desa.</p>",
    )

    soup = get_soup(client, article)

    faq = jsonld_of_type(soup, "FAQPage")
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"] == "Air & listrik untuk balai desa."


def test_conclusion_block_renders_callout_with_kesimpulan_heading(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0="conclusion",
        body__0__conclusion__text__value="<p>Kolaborasi membuat desa lebih kuat.</p>",
    )

    soup = get_soup(client, article)

    callout = article_body(soup).select_one("section.conclusion")
    assert callout.h2.get_text(strip=True) == "Kesimpulan"
    assert callout.p.get_text(strip=True) == "Kolaborasi membuat desa lebih kuat."


def test_embed_block_renders_iframe_from_offline_finder(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__embed__video__value="https://www.youtube.com/watch?v=kerja-bakti",
        body__0__embed__caption="Video kerja bakti",
    )

    soup = get_soup(client, article)

    video = article_body(soup).select_one("figure.video")
    assert video.iframe["src"] == "https://www.youtube.com/watch?v=kerja-bakti"
    assert video.iframe["title"] == "Video desa"
    assert video.figcaption.get_text(strip=True) == "Video kerja bakti"


# --- Table of contents ----------------------------------------------------------------


def test_table_of_contents_links_headings_with_h3_nested_under_h2(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__heading__text="Latar Belakang",
        body__1__paragraph__value="<p>Isi.</p>",
        body__2__heading__text="Jadwal Kegiatan",
        body__3__heading__text="Hari Pertama",
        body__3__heading__level="h3",
        body__4__heading__text="Hari Kedua",
        body__4__heading__level="h3",
        body__5__heading__text="Penutup",
    )

    soup = get_soup(client, article)

    toc = soup.select_one("nav.toc")
    top_level = toc.find("ol").find_all("li", recursive=False)
    outline = [
        (
            item.a.get_text(strip=True),
            item.a["href"],
            [(a.get_text(strip=True), a["href"]) for a in item.select(":scope > ol a")],
        )
        for item in top_level
    ]
    assert outline == [
        ("Latar Belakang", "#latar-belakang", []),
        (
            "Jadwal Kegiatan",
            "#jadwal-kegiatan",
            [("Hari Pertama", "#hari-pertama"), ("Hari Kedua", "#hari-kedua")],
        ),
        ("Penutup", "#penutup", []),
    ]
    anchors = {tag["id"] for tag in article_body(soup).find_all(["h2", "h3"], id=True)}
    assert {"latar-belakang", "jadwal-kegiatan", "hari-pertama", "hari-kedua", "penutup"} <= anchors


def test_headings_with_the_same_text_get_distinct_anchors(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__heading__text="Pagi",
        body__1__heading__text="Jadwal",
        body__1__heading__level="h3",
        body__2__heading__text="Sore",
        body__3__heading__text="Jadwal",
        body__3__heading__level="h3",
    )

    soup = get_soup(client, article)

    ids = [tag["id"] for tag in article_body(soup).find_all("h3", id=True)]
    assert len(ids) == 2
    assert len(set(ids)) == 2
    toc_targets = [a["href"].removeprefix("#") for a in soup.select("nav.toc ol ol a")]
    assert toc_targets == ids


def test_table_of_contents_absent_with_only_two_headings(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__heading__text="Latar Belakang",
        body__1__heading__text="Penutup",
    )

    soup = get_soup(client, article)

    assert soup.select_one("nav.toc") is None
    assert "Daftar isi" not in soup.get_text()


# --- Share bar ------------------------------------------------------------------------


@pytest.fixture
def shared_article(news_index):
    return ArticlePageFactory(parent=news_index, title=SHARE_TITLE)


def share_href(soup, network):
    return soup.select_one(f".share-bar a.share-{network}")["href"]


def test_share_bar_has_heading_bagikan_berita(client, shared_article):
    soup = get_soup(client, shared_article)

    assert soup.select_one(".share-bar h2").get_text(strip=True) == "Bagikan Berita"


def test_whatsapp_share_link_sends_title_and_url(client, shared_article):
    soup = get_soup(client, shared_article)

    href = urlsplit(share_href(soup, "whatsapp"))
    assert (href.scheme, href.netloc, href.path) == ("https", "wa.me", "/")
    assert parse_qs(href.query) == {"text": [f"{SHARE_TITLE} {shared_article.get_full_url()}"]}


def test_facebook_share_link_sends_url(client, shared_article):
    soup = get_soup(client, shared_article)

    href = urlsplit(share_href(soup, "facebook"))
    assert (href.netloc, href.path) == ("www.facebook.com", "/sharer/sharer.php")
    assert parse_qs(href.query) == {"u": [shared_article.get_full_url()]}


def test_x_share_link_sends_text_and_url(client, shared_article):
    soup = get_soup(client, shared_article)

    href = urlsplit(share_href(soup, "x"))
    assert (href.netloc, href.path) == ("x.com", "/intent/post")
    assert parse_qs(href.query) == {
        "text": [SHARE_TITLE],
        "url": [shared_article.get_full_url()],
    }


def test_telegram_share_link_sends_url_and_text(client, shared_article):
    soup = get_soup(client, shared_article)

    href = urlsplit(share_href(soup, "telegram"))
    assert (href.netloc, href.path) == ("t.me", "/share/url")
    assert parse_qs(href.query) == {
        "url": [shared_article.get_full_url()],
        "text": [SHARE_TITLE],
    }


def test_email_share_link_has_subject_and_body(client, shared_article):
    soup = get_soup(client, shared_article)

    href = urlsplit(share_href(soup, "email"))
    assert href.scheme == "mailto"
    assert parse_qs(href.query) == {
        "subject": [SHARE_TITLE],
        "body": [f"{SHARE_TITLE} {shared_article.get_full_url()}"],
    }


def test_copy_link_button_carries_url_and_stays_hidden_until_script_reveals_it(
    client, shared_article
):
    soup = get_soup(client, shared_article)

    button = soup.select_one(".share-bar button[data-copy-url]")
    assert button["data-copy-url"] == shared_article.get_full_url()
    assert button.has_attr("hidden")


# --- Head: title, description, canonical, link previews -----------------------------


def test_title_tag_names_article_and_village(client, news_index, village):
    article = ArticlePageFactory(parent=news_index, title="Posyandu Balita")

    soup = get_soup(client, article)

    title = soup.title.get_text()
    assert "Posyandu Balita" in title
    assert village.village_name in title


def test_meta_description_uses_search_description_when_set(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        intro="Ringkasan untuk pembaca.",
        search_description="Deskripsi khusus mesin pencari.",
    )

    soup = get_soup(client, article)

    assert meta_content(soup, name="description") == "Deskripsi khusus mesin pencari."


def test_meta_description_falls_back_to_intro(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, intro="Ringkasan untuk pembaca.", search_description=""
    )

    soup = get_soup(client, article)

    assert meta_content(soup, name="description") == "Ringkasan untuk pembaca."


def test_canonical_link_is_the_article_full_url(client, news_index):
    article = ArticlePageFactory(parent=news_index)

    soup = get_soup(client, article)

    assert soup.find("link", rel="canonical")["href"] == article.get_full_url()


def test_open_graph_describes_the_article_with_absolute_url(client, news_index):
    article = ArticlePageFactory(parent=news_index, title="Posyandu Balita")

    soup = get_soup(client, article)

    assert meta_content(soup, property="og:title") == "Posyandu Balita"
    assert meta_content(soup, property="og:type") == "article"
    assert meta_content(soup, property="og:url") == article.get_full_url()
    assert meta_content(soup, property="og:url").startswith("http")


def test_og_image_is_absolute_url_of_cover_image(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, cover_image=ImageFactory(), cover_alt_text="Balai desa"
    )

    soup = get_soup(client, article)

    og_image = meta_content(soup, property="og:image")
    assert og_image.startswith("http")
    assert urlsplit(og_image).path == article.cover_image.get_rendition(SOCIAL_IMAGE_SPEC).url


def test_og_image_falls_back_to_village_share_image(client, news_index, village):
    village.share_image = ImageFactory()
    village.save()
    article = ArticlePageFactory(parent=news_index, cover_image=None)

    soup = get_soup(client, article)

    og_image = meta_content(soup, property="og:image")
    assert og_image.startswith("http")
    expected = village.share_image.get_rendition(SOCIAL_IMAGE_SPEC).url
    assert urlsplit(og_image).path == expected


def test_twitter_card_is_summary_large_image_when_there_is_an_image(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, cover_image=ImageFactory(), cover_alt_text="Balai desa"
    )

    soup = get_soup(client, article)

    assert meta_content(soup, name="twitter:card") == "summary_large_image"
    assert meta_content(soup, name="twitter:image") == meta_content(soup, property="og:image")


def test_news_article_jsonld_describes_the_article(client, news_index, village):
    article = ArticlePageFactory(
        parent=news_index,
        title="Posyandu Balita",
        author_name="Siti Aminah",
        author_type=ArticlePage.AuthorType.PERSON,
        publication_date=date(2025, 8, 17),
        cover_image=ImageFactory(),
        cover_alt_text="Balai desa",
    )

    soup = get_soup(client, article)

    data = jsonld_of_type(soup, "NewsArticle")
    assert data["headline"] == "Posyandu Balita"
    assert data["datePublished"].startswith("2025-08-17")
    assert data["author"] == {"@type": "Person", "name": "Siti Aminah"}
    assert data["publisher"]["name"] == village.village_name
    assert data["url"] == article.get_full_url()
    assert len(data["image"]) == 1
    assert data["image"][0].startswith("http")


# --- Related articles -----------------------------------------------------------------


@pytest.fixture
def related_scenario(news_index):
    """An article with a category and a tag, and candidates around it."""
    shared = ArticleCategoryFactory(name="Kesehatan")
    other = ArticleCategoryFactory(name="Olahraga")
    article = ArticlePageFactory(
        parent=news_index,
        title="Posyandu Balita",
        publication_date=date(2025, 6, 1),
        categories=[shared],
        tags=["gizi"],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Senam Lansia",
        publication_date=date(2025, 1, 1),
        categories=[shared],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Imunisasi Anak",
        publication_date=date(2025, 2, 1),
        categories=[shared],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Makanan Bergizi",
        publication_date=date(2025, 4, 1),
        tags=["gizi"],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Cek Kesehatan Gratis",
        publication_date=date(2025, 3, 1),
        categories=[shared],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Turnamen Voli",
        publication_date=date(2025, 7, 1),
        categories=[other],
    )
    ArticlePageFactory(
        parent=news_index,
        title="Draf Kesehatan",
        publication_date=date(2025, 8, 1),
        categories=[shared],
        live=False,
    )
    return article


def related_titles(client, article):
    soup = get_soup(client, article)
    return [a.get_text(strip=True) for a in soup.select("aside.related .card-title a")]


def test_related_articles_are_three_newest_sharing_category_or_tag(client, related_scenario):
    assert related_titles(client, related_scenario) == [
        "Makanan Bergizi",
        "Cek Kesehatan Gratis",
        "Imunisasi Anak",
    ]


def test_related_articles_never_include_the_article_itself(client, related_scenario):
    assert "Posyandu Balita" not in related_titles(client, related_scenario)


def test_related_articles_exclude_unrelated_articles(client, related_scenario):
    assert "Turnamen Voli" not in related_titles(client, related_scenario)


def test_related_articles_exclude_drafts(client, related_scenario):
    assert "Draf Kesehatan" not in related_titles(client, related_scenario)


# --- Validation, visibility, page tree ------------------------------------------------


def test_cover_image_without_alt_text_fails_validation(news_index):
    article = ArticlePageFactory(parent=news_index)
    article.cover_image = ImageFactory()
    article.cover_alt_text = "  "

    with pytest.raises(ValidationError) as excinfo:
        article.full_clean()

    assert "cover_alt_text" in excinfo.value.message_dict


def test_draft_article_answers_404_to_anonymous_reader(client, news_index):
    draft = ArticlePageFactory(parent=news_index, live=False)

    response = client.get(f"{news_index.url}{draft.slug}/")

    assert response.status_code == 404


def test_article_page_can_be_created_under_news_index(news_index):
    assert ArticlePage.can_create_at(news_index)


def test_article_page_cannot_be_created_under_home_page(home_page):
    assert not ArticlePage.can_create_at(home_page)


def test_article_index_can_be_created_under_home_page(home_page):
    assert ArticleIndexPage.can_create_at(home_page)


def test_article_index_cannot_be_created_under_another_index(news_index):
    assert not ArticleIndexPage.can_create_at(news_index)


def test_home_page_can_be_created_under_the_root(db):
    assert HomePage.can_create_at(Page.get_first_root_node())


def test_home_page_cannot_be_created_below_the_root(home_page, news_index):
    assert not HomePage.can_create_at(home_page)
    assert not HomePage.can_create_at(news_index)
