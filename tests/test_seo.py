"""What search engines read: a <title> of its own for each page of a listing and each
filter, descriptions cut at a word within 160 characters, the village office as a schema.org
GovernmentOrganization on every page, and the NewsArticle's publisher and author."""

import json

import pytest
from django.test import override_settings
from wagtail.models import Site

import search.views
from articles.models import ArticleIndexPage, ArticlePage
from catalog.models.pages import CatalogIndexPage
from core.models import VillageSettings
from core.templatetags.site_tags import cut_description
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)
from tests.factories_gallery import AlbumPageFactory, GalleryIndexPageFactory
from tests.factories_government import GovernmentPageFactory
from tests.factories_standard_pages import StandardPageFactory
from tests.helpers import get_soup, jsonld_of_type, meta_content, soup

LONG_INTRO = (
    "Kader posyandu Dusun Kaliurip menimbang balita, mencatat tinggi badan, memberi vitamin A "
    "dan memeriksa tekanan darah para lansia setiap Kamis pagi di balai dusun bersama bidan "
    "desa dan perangkat desa yang bertugas."
)


@pytest.fixture(autouse=True)
def unlimited_search():
    """These tests search more often than the per-client limit allows."""
    unlimited = {name: (10**6, 60) for name in ("search", "suggestions")}
    with override_settings(RATE_LIMITS=unlimited):
        yield


def village_office(page_soup):
    """The site-wide GovernmentOrganization (a page may describe others, e.g. Pemerintahan)."""
    for script in page_soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@id") == "http://localhost/#organisasi":
            return data
    raise AssertionError("no village office JSON-LD on the page")


def title(client, url, params=None):
    return get_soup(client, url, params).title.get_text()


# --- Titles ---------------------------------------------------------------------------------


def test_berita_titles_differ_by_page_category_and_tag(client, monkeypatch, news_index):
    monkeypatch.setattr(ArticleIndexPage, "articles_per_page", 2)
    kesehatan = ArticleCategoryFactory(name="Kesehatan", slug="kesehatan")
    for _ in range(5):
        ArticlePageFactory(parent=news_index, categories=[kesehatan], tags=["posyandu"])

    titles = [
        title(client, news_index.url),
        title(client, news_index.url, {"page": 2}),
        title(client, news_index.url, {"kategori": "kesehatan"}),
        title(client, news_index.url, {"kategori": "kesehatan", "page": 2}),
        title(client, news_index.url, {"tag": "posyandu", "page": 3}),
    ]

    assert titles == [
        "Berita – Desa Uji",
        "Berita – Halaman 2 – Desa Uji",
        "Berita – Kategori Kesehatan – Desa Uji",
        "Berita – Kategori Kesehatan – Halaman 2 – Desa Uji",
        "Berita – Tag posyandu – Halaman 3 – Desa Uji",
    ]


@pytest.mark.parametrize(
    ("url", "factory", "category_factory"),
    [
        ("/wisata/", TourismSpotFactory, TourismCategoryFactory),
        ("/produk/", ProductFactory, ProductCategoryFactory),
    ],
)
def test_catalog_titles_differ_by_page_category_search_and_sort(
    client, monkeypatch, wisata_index, produk_index, url, factory, category_factory
):
    monkeypatch.setattr(CatalogIndexPage, "items_per_page", 1)
    category = category_factory(name="Pilihan", slug="pilihan")
    for number in range(3):
        factory(name=f"Stroberi {number}", category=category)
    name = "Wisata" if url == "/wisata/" else "Produk Warga"

    titles = [
        title(client, url),
        title(client, url, {"page": 2}),
        title(client, url, {"kategori": "pilihan"}),
        title(client, url, {"q": "stroberi", "page": 2}),
        title(client, url, {"urut": "termurah"}),
    ]

    assert titles == [
        f"{name} – Desa Uji",
        f"{name} – Halaman 2 – Desa Uji",
        f"{name} – Kategori Pilihan – Desa Uji",
        f"{name} – Pencarian “stroberi” – Halaman 2 – Desa Uji",
        f"{name} – Urutan Termurah – Desa Uji",
    ]


def test_search_titles_differ_by_page_and_kind(client, monkeypatch, news_index, produk_index):
    monkeypatch.setattr(search.views, "RESULTS_PER_PAGE", 1)
    for number in range(2):
        ArticlePageFactory(parent=news_index, title=f"Panen stroberi {number}")
    ProductFactory(name="Selai stroberi")

    titles = [
        title(client, "/cari/", {"q": "stroberi"}),
        title(client, "/cari/", {"q": "stroberi", "page": 2}),
        title(client, "/cari/", {"q": "stroberi", "jenis": "berita", "page": 2}),
    ]

    assert titles == [
        "Hasil pencarian untuk “stroberi” – Desa Uji",
        "Hasil pencarian untuk “stroberi” – Halaman 2 – Desa Uji",
        "Hasil pencarian untuk “stroberi” – Berita – Halaman 2 – Desa Uji",
    ]


# --- Descriptions ---------------------------------------------------------------------------


def assert_cut_at_a_word(description, original):
    assert len(description) <= 160
    assert description.endswith("…")
    kept = description.removesuffix("…")
    assert original.startswith(kept)
    assert original[len(kept)] in " ,.;:", f"cut inside a word: {kept[-15:]!r}"


def test_long_article_description_is_cut_at_a_word_with_an_ellipsis(client, news_index):
    assert len(LONG_INTRO) > 160
    article = ArticlePageFactory(parent=news_index, intro=LONG_INTRO)

    soup = get_soup(client, article)

    description = meta_content(soup, name="description")
    assert_cut_at_a_word(description, LONG_INTRO)
    assert meta_content(soup, property="og:description") == description


def test_long_product_description_is_cut_at_a_word(client, produk_index):
    product = ProductFactory(description=f"<p>{LONG_INTRO}</p>")

    soup = get_soup(client, f"{produk_index.url}{product.slug}/")

    assert_cut_at_a_word(meta_content(soup, name="description"), LONG_INTRO)


def test_short_description_is_kept_whole_and_not_escaped_twice(client, news_index):
    article = ArticlePageFactory(
        parent=news_index, intro="Gotong royong & kerja bakti “Jumat bersih”."
    )

    soup = get_soup(client, article)

    assert meta_content(soup, name="description") == "Gotong royong & kerja bakti “Jumat bersih”."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pendek saja.", "Pendek saja."),
        ("kata " * 40, "kata " * 31 + "kata…"),
        ("a" * 200, "a" * 159 + "…"),
        ("Satu, " + "dua " * 50, "Satu, " + "dua " * 37 + "dua…"),
        ("  spasi\n\nganda   <b>dan</b> tag  ", "spasi ganda dan tag"),
    ],
)
def test_cut_description_keeps_whole_words_within_160_characters(text, expected):
    assert cut_description(text) == expected
    assert len(cut_description(text)) <= 160


# --- Organization JSON-LD ---------------------------------------------------------------------


@pytest.fixture
def village_with_logo(village):
    village.logo = ImageFactory(file__width=400, file__height=400)
    village.instagram_url = "https://www.instagram.com/desauji"
    village.save()
    return village


@pytest.fixture
def every_page_type(home_page, news_index, wisata_index, produk_index, village_with_logo):
    """A URL of each kind of public page."""
    article = ArticlePageFactory(parent=news_index)
    spot = TourismSpotFactory()
    product = ProductFactory()
    profile = StandardPageFactory(parent=home_page, title="Profil Desa", slug="profil")
    government = GovernmentPageFactory(parent=home_page)
    gallery = GalleryIndexPageFactory(parent=home_page)
    album = AlbumPageFactory(parent=gallery, photos=1)
    return {
        "beranda": "/",
        "berita": news_index.url,
        "artikel": article.url,
        "wisata": wisata_index.url,
        "wisata detail": f"{wisata_index.url}{spot.slug}/",
        "produk": produk_index.url,
        "produk detail": f"{produk_index.url}{product.slug}/",
        "profil": profile.url,
        "pemerintahan": government.url,
        "galeri": gallery.url,
        "album": album.url,
        "pencarian": "/cari/?q=desa",
    }


def test_every_page_type_names_the_village_office_with_its_logo(client, every_page_type):
    for kind, url in every_page_type.items():
        data = village_office(get_soup(client, url))
        assert data["@type"] == "GovernmentOrganization", kind
        assert data["name"] == "Desa Uji", kind
        assert data["url"] == "http://localhost/", kind
        assert data["logo"]["@type"] == "ImageObject", kind
        assert data["logo"]["url"].startswith("http://localhost/media/images/"), kind
        assert (data["logo"]["width"], data["logo"]["height"]) == (400, 400), kind


def test_village_office_json_ld_has_address_contacts_and_social_links(client, village_with_logo):
    data = village_office(get_soup(client, "/"))

    assert data["@context"] == "https://schema.org"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Jl. Raya Uji No. 1",
        "addressCountry": "ID",
    }
    assert data["telephone"] == "+62281891234"
    assert data["email"] == "info@desauji.id"
    assert data["sameAs"] == [
        "https://www.facebook.com/desauji",
        "https://www.instagram.com/desauji",
    ]


def test_404_page_names_the_village_office_too(client, village):
    page_soup = soup(client.get("/tidak-ada/"), status=404)

    assert village_office(page_soup)["name"] == "Desa Uji"


def test_changed_village_settings_reach_the_json_ld_at_once(client, news_index):
    client.get("/")
    village = VillageSettings.for_site(Site.objects.get(is_default_site=True))
    village.village_name = "Desa Serang"
    village.logo = None
    village.save()

    data = village_office(get_soup(client, news_index.url))

    assert data["name"] == "Desa Serang"
    assert "logo" not in data


# --- NewsArticle ------------------------------------------------------------------------------


def test_news_article_publisher_is_the_village_office_with_its_logo(
    client, news_index, village_with_logo
):
    article = ArticlePageFactory(parent=news_index)

    soup = get_soup(client, article)

    publisher = jsonld_of_type(soup, "NewsArticle")["publisher"]
    organization = village_office(soup)
    assert publisher["@type"] == "GovernmentOrganization"
    assert publisher["@id"] == organization["@id"]
    assert publisher["name"] == "Desa Uji"
    assert publisher["logo"] == organization["logo"]
    assert "@context" not in publisher


@pytest.mark.parametrize(
    ("author_type", "schema_type"),
    [
        (ArticlePage.AuthorType.PERSON, "Person"),
        (ArticlePage.AuthorType.ORGANIZATION, "Organization"),
    ],
)
def test_article_author_is_typed_as_the_editor_chose(client, news_index, author_type, schema_type):
    article = ArticlePageFactory(
        parent=news_index, author_name="Siti Aminah", author_type=author_type
    )

    author = jsonld_of_type(get_soup(client, article), "NewsArticle")["author"]

    assert author == {"@type": schema_type, "name": "Siti Aminah"}


def test_article_author_defaults_to_a_team_byline(news_index):
    article = ArticlePageFactory(parent=news_index, author_name="Tim Redaksi")

    assert article.author_type == ArticlePage.AuthorType.ORGANIZATION


def test_article_without_byline_credits_the_village_office(client, news_index):
    article = ArticlePageFactory(parent=news_index, author_name="")

    soup = get_soup(client, article)

    author = jsonld_of_type(soup, "NewsArticle")["author"]
    assert author["@type"] == "GovernmentOrganization"
    assert author["@id"] == village_office(soup)["@id"]


def test_editor_chooses_person_or_organization_for_the_byline(admin_client, news_index):
    article = ArticlePageFactory(parent=news_index)

    soup = get_soup(admin_client, f"/admin/pages/{article.pk}/edit/")

    choices = {
        radio["value"]: radio.find_parent("label").get_text(strip=True)
        for radio in soup.select("input[type=radio][name=author_type]")
    }
    assert choices == {"orang": "Orang", "lembaga": "Lembaga"}
    assert soup.select_one("input[name=author_type][value=lembaga]").has_attr("checked")
