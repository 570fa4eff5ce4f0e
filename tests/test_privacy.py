"""What is unpublished or private is gone everywhere at once: search (results, typeahead,
did-you-mean), "Baca juga", related articles, the home page, the feed and the sitemap,
caches included. Documents of a private collection are never served from /media, and
uploaded photos keep no location or camera data."""

import importlib
import sys
import xml.etree.ElementTree as ET
from io import BytesIO, StringIO
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import clear_url_caches, reverse
from PIL import ExifTags
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.models import SOCIAL_IMAGE_SPEC
from home.models import HomeFeaturedArticle
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    TourismSpotFactory,
)
from tests.helpers import get_soup, logged_in, meta_content, soup

SECRET_TITLE = "Sendang Kalimusala"
SECRET_INTRO = "Mata air tersembunyi di balik kebun salak Dusun Karang."
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def articles(home_page, news_index, wisata_index, produk_index):
    """The article that will be hidden, shown everywhere an article shows: the latest and
    pinned news on the home page, another article's "Baca juga" box and related articles,
    the feed, the sitemap and search."""
    published(home_page)
    published(news_index)
    category = ArticleCategoryFactory(name="Lingkungan", slug="lingkungan")
    secret = published(
        ArticlePageFactory(
            parent=news_index, title=SECRET_TITLE, intro=SECRET_INTRO, categories=[category]
        )
    )
    reader = published(
        ArticlePageFactory(
            parent=news_index,
            title="Kerja Bakti Membersihkan Saluran",
            intro="Warga membersihkan saluran irigasi bersama.",
            categories=[category],
            body__0__paragraph__value="<p>Gotong royong setiap Jumat.</p>",
            body__1__also_read__articles__0__page=secret,
        )
    )
    home_page.featured_articles.add(HomeFeaturedArticle(article=secret))
    published(home_page)
    return {"secret": secret, "reader": reader}


def make_private(moderator, page):
    """Put a password on the page through the admin's privacy dialog."""
    response = logged_in(moderator).post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "rahasia-desa"},
    )
    assert response.json()["step"] == "set_privacy_done"
    assert PageViewRestriction.objects.filter(page=page).exists()


def make_public(moderator, page):
    response = logged_in(moderator).post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": PageViewRestriction.NONE},
    )
    assert response.json()["is_public"] is True
    assert not PageViewRestriction.objects.filter(page=page).exists()


def unpublish(moderator, page):
    response = logged_in(moderator).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live


HIDE = {"privat": make_private, "tidak terbit": unpublish}


# --- What each surface shows a reader --------------------------------------------------


def search_results_text(client, query):
    page = get_soup(client, "/cari/", {"q": query})
    results = page.select_one("ol.search-results")
    return results.get_text(" ") if results else ""


def typeahead_titles(client, query):
    response = client.get("/cari/saran/", {"q": query})
    assert response.status_code == 200
    return " ".join(suggestion["title"] for suggestion in response.json()["suggestions"])


def did_you_mean_text(client, misspelled):
    """The correction notice and the results it shows."""
    page = get_soup(client, "/cari/", {"q": misspelled})
    shown = [page.select_one("p.notice"), page.select_one("ol.search-results")]
    return " ".join(element.get_text(" ") for element in shown if element)


def feed_text(client, news_index):
    response = client.get(f"{news_index.url}feed/")
    assert response.status_code == 200
    rss = ET.fromstring(response.content)
    return " ".join(
        f"{item.findtext('title')} {item.findtext('description')}"
        for item in rss.findall("channel/item")
    )


def sitemap_locations(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [
        url.findtext("sm:loc", namespaces=SITEMAP_NS) for url in root.findall("sm:url", SITEMAP_NS)
    ]


def shown_on(surface, client, articles, home_page, news_index):
    """The text a reader gets on `surface` where the hidden article could appear."""
    reader = articles["reader"]
    if surface == "pencarian":
        return search_results_text(client, "kalimusala")
    if surface == "saran ketik":
        return typeahead_titles(client, "kalimu")
    if surface == "maksud anda":
        return did_you_mean_text(client, "kalimusalla")
    if surface == "baca juga":
        box = get_soup(client, reader).select_one("aside.also-read")
        return box.get_text(" ") if box else ""
    if surface == "berita terkait":
        return " ".join(card.get_text(" ") for card in get_soup(client, reader).select(".related"))
    if surface == "beranda":
        return get_soup(client, home_page).select_one("main").get_text(" ")
    if surface == "feed":
        return feed_text(client, news_index)
    return " ".join(sitemap_locations(client))


SURFACES = [
    "pencarian",
    "saran ketik",
    "maksud anda",
    "baca juga",
    "berita terkait",
    "beranda",
    "feed",
    "sitemap",
]


def mentions_secret(text, articles):
    secret = articles["secret"]
    return SECRET_TITLE in text or SECRET_INTRO in text or secret.get_full_url() in text


@pytest.mark.parametrize("change", HIDE)
@pytest.mark.parametrize("surface", SURFACES)
def test_hidden_article_disappears_at_once_from_every_surface(
    client, moderator, articles, home_page, news_index, surface, change
):
    # The reader's first visit fills every cache: pages, search results, vocabulary.
    before = shown_on(surface, client, articles, home_page, news_index)
    assert mentions_secret(before, articles)

    HIDE[change](moderator, articles["secret"])

    after = shown_on(surface, client, articles, home_page, news_index)
    assert not mentions_secret(after, articles)


def test_article_in_a_private_section_leaves_search_at_once(
    client, moderator, articles, news_index
):
    assert SECRET_TITLE in search_results_text(client, "kalimusala")

    make_private(moderator, news_index)

    assert SECRET_TITLE not in search_results_text(client, "kalimusala")
    assert SECRET_TITLE not in typeahead_titles(client, "kalimu")


def test_article_made_public_again_is_found_again(client, moderator, articles):
    make_private(moderator, articles["secret"])
    assert SECRET_TITLE not in search_results_text(client, "kalimusala")

    make_public(moderator, articles["secret"])

    assert SECRET_TITLE in search_results_text(client, "kalimusala")
    assert SECRET_TITLE in typeahead_titles(client, "kalimu")


def test_cached_result_of_a_page_made_private_without_signals_is_not_shown(client, articles):
    """Shown hits are checked again when loaded, even if nothing retired the cache (a
    restriction written straight into the database, a cache that missed the purge)."""
    assert SECRET_TITLE in search_results_text(client, "kalimusala")

    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=articles["secret"], restriction_type="login")]
    )

    assert SECRET_TITLE not in search_results_text(client, "kalimusala")


# --- Catalog items: only while their index page is live and public ---------------------


@pytest.fixture
def featured_spot(home_page, wisata_index):
    published(home_page)
    published(wisata_index)
    return TourismSpotFactory(name="Curug Pelangi Kalimusala", featured=True, images=1)


def catalog_surfaces(client, home_page):
    return {
        "pencarian": search_results_text(client, "pelangi"),
        "saran ketik": typeahead_titles(client, "pelan"),
        "maksud anda": did_you_mean_text(client, "pelangii"),
        "beranda": get_soup(client, home_page).select_one("main").get_text(" "),
        "sitemap": " ".join(sitemap_locations(client)),
    }


@pytest.mark.parametrize("change", HIDE)
def test_items_leave_every_surface_when_their_index_page_is_hidden(
    client, moderator, home_page, wisata_index, featured_spot, change
):
    spot_url = f"{wisata_index.get_full_url()}{featured_spot.slug}/"
    before = catalog_surfaces(client, home_page)
    assert all(featured_spot.name in text or spot_url in text for text in before.values()), before

    HIDE[change](moderator, wisata_index)

    after = catalog_surfaces(client, home_page)
    assert [surface for surface, text in after.items() if featured_spot.name in text] == []
    assert spot_url not in after["sitemap"]


# --- Documents: only through Wagtail's document view -----------------------------------


def reload_urlconf():
    """Build the URL patterns again under the current settings (urls.py reads them once)."""
    if module := sys.modules.get("village_site.urls"):
        importlib.reload(module)
    clear_url_caches()


@pytest.fixture(params=["DEBUG", "SERVE_MEDIA"])
def media_served_by_django(request):
    """Development (DEBUG) or a tiny install (SERVE_MEDIA=true): Django serves /media/."""
    with override_settings(**{request.param: True}):
        reload_urlconf()
        yield
    reload_urlconf()


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Arsip perangkat desa")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="rahasia-desa",
    )
    return get_document_model().objects.create(
        title="Daftar penerima bantuan",
        file=ContentFile(b"NIK 3302xxxxxxxx penerima bantuan", name="penerima-bantuan.txt"),
        collection=collection,
    )


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_document_in_a_private_collection_is_not_served_from_media(
    client, media_served_by_django, private_document
):
    response = client.get(private_document.file.url)

    assert private_document.file.url.startswith("/media/documents/")
    assert response.status_code == 404
    assert b"NIK" not in body(response)


def test_document_in_a_private_collection_asks_for_the_password(
    client, media_served_by_django, private_document
):
    response = client.get(private_document.url)

    assert urlsplit(private_document.url).path.startswith("/documents/")
    assert b"NIK" not in body(response)
    assert soup(response).select_one("input[type=password]") is not None


def test_public_document_is_served_by_the_document_view_only(client, db, media_served_by_django):
    document = get_document_model().objects.create(
        title="Jadwal posyandu",
        file=ContentFile(b"Posyandu setiap Selasa", name="jadwal-posyandu.txt"),
    )

    assert body(client.get(document.url)) == b"Posyandu setiap Selasa"
    assert client.get(document.file.url).status_code == 404


def test_documents_are_streamed_by_wagtail_never_redirected_to_storage(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


# --- Photos: no location, camera or owner data -------------------------------------------

# Stored sideways (landscape) with EXIF Orientation 6: the camera means it upright
# (portrait), red on top and blue below.
STORED_SIZE = (1600, 1200)


def phone_photo():
    picture = PILImage.new("RGB", STORED_SIZE, (220, 20, 20))
    picture.paste((20, 20, 220), (800, 0, 1600, 1200))
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "KameraDesa"
    exif[ExifTags.Base.Artist] = "Pak Kadus Karang"
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (7.0, 25.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (109.0, 14.0, 3.0)
    content = BytesIO()
    picture.save(content, "JPEG", exif=exif, comment=b"rumah Pak Kadus", quality=95)
    return content.getvalue()


def assert_clean(data, label):
    picture = PILImage.open(BytesIO(data))
    exif = picture.getexif()
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo), f"{label}: GPS left"
    assert ExifTags.Base.Make not in exif, f"{label}: camera make left"
    assert ExifTags.Base.Artist not in exif, f"{label}: artist left"
    assert ExifTags.Base.Orientation not in exif, f"{label}: orientation tag left"
    assert not {"comment", "xmp"} & set(picture.info), f"{label}: comment or XMP left"
    return picture


def assert_upright(picture, label):
    """Red on top, blue below: the EXIF orientation was applied to the pixels."""
    rgb = picture.convert("RGB")
    top = rgb.getpixel((rgb.width // 2, 2))
    bottom = rgb.getpixel((rgb.width // 2, rgb.height - 3))
    assert top[0] > 150 > top[2], f"{label}: top is {top}, not red"
    assert bottom[2] > 150 > bottom[0], f"{label}: bottom is {bottom}, not blue"


def upload_single(client):
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sendang",
            "file": SimpleUploadedFile("sendang.jpg", phone_photo(), "image/jpeg"),
            "description": "Mata air jernih di bawah pohon beringin",
        },
    )
    assert response.status_code == 302
    return get_image_model().objects.get(title="Sendang")


def upload_multiple(client):
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("sendang.jpg", phone_photo(), "image/jpeg")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is True
    return get_image_model().objects.get(pk=response.json()["image_id"])


UPLOADERS = {"satu per satu": upload_single, "sekaligus": upload_multiple}


@pytest.mark.parametrize("uploader", UPLOADERS)
def test_uploaded_original_keeps_no_location_and_is_turned_upright(penulis, uploader):
    image = UPLOADERS[uploader](logged_in(penulis))

    with default_storage.open(image.file.name) as stored:
        data = stored.read()
    picture = assert_clean(data, "original")
    assert picture.size == (1200, 1600)
    assert (image.width, image.height) == (1200, 1600)
    assert image.file_size == len(data)
    assert_upright(picture, "original")


def picture_urls(page):
    """Every file the article's cover <picture> offers: AVIF, WebP and JPEG, each size."""
    picture = page.select_one("picture")
    urls = set()
    for element in picture.select("source, img"):
        for attribute in ("srcset", "src"):
            for candidate in element.get(attribute, "").split(","):
                if candidate.strip():
                    urls.add(candidate.split()[0])
    return urls


@pytest.mark.parametrize("uploader", UPLOADERS)
def test_every_served_rendition_of_an_uploaded_photo_keeps_no_location(
    client, penulis, news_index, uploader
):
    image = UPLOADERS[uploader](logged_in(penulis))
    article = published(
        ArticlePageFactory(
            parent=news_index,
            title="Sendang Dusun Karang",
            cover_image=image,
            cover_alt_text="Mata air jernih di bawah pohon beringin",
        )
    )
    page = get_soup(client, article)
    urls = picture_urls(page) | {urlsplit(meta_content(page, property="og:image")).path}

    with override_settings(SERVE_MEDIA=True):
        reload_urlconf()
        try:
            served = {url: body(client.get(url)) for url in urls}
            original_status = client.get(image.file.url).status_code
        finally:
            reload_urlconf()

    formats = {PILImage.open(BytesIO(data)).format for data in served.values()}
    assert formats == {"AVIF", "WEBP", "JPEG"}
    assert len(served) == 10  # three sizes in three formats, and the 1200×630 share image
    for url, data in served.items():
        assert_upright(assert_clean(data, url), url)
    assert image.file.url.startswith("/media/original_images/")
    assert original_status == 404


def test_image_saved_outside_the_admin_forms_is_cleaned_too(db):
    """Scripts, the demo loader and the multiple uploader's pending uploads save the file
    before the image; the stored file is still replaced by a clean one."""
    image = get_image_model()(title="Sendang")
    image.file.save("sendang.jpg", ContentFile(phone_photo()), save=False)
    first_name = image.file.name

    image.save()

    with default_storage.open(image.file.name) as stored:
        picture = assert_clean(stored.read(), "original")
    assert picture.size == (image.width, image.height) == (1200, 1600)
    assert not default_storage.exists(first_name)


def test_image_without_metadata_is_stored_as_uploaded(penulis):
    content = BytesIO()
    PILImage.new("RGB", (64, 48), "green").save(content, "PNG")

    response = logged_in(penulis).post(
        reverse("wagtailimages:add"),
        {
            "title": "Sawah",
            "file": SimpleUploadedFile("sawah.png", content.getvalue(), "image/png"),
            "description": "Sawah hijau",
        },
    )

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Sawah")
    with default_storage.open(image.file.name) as stored:
        assert stored.read() == content.getvalue()


def test_photo_that_cannot_be_cleaned_is_refused_with_a_message(penulis, monkeypatch):
    def broken_decoder(image, **kwargs):
        raise OSError("broken data stream when reading image file")

    # A photo whose header reads but whose picture data Pillow cannot decode.
    monkeypatch.setattr("core.images.ImageOps.exif_transpose", broken_decoder)

    response = logged_in(penulis).post(
        reverse("wagtailimages:add"),
        {
            "title": "Rusak",
            "file": SimpleUploadedFile("rusak.jpg", phone_photo(), "image/jpeg"),
            "description": "Foto rusak",
        },
    )

    assert response.status_code == 200
    assert "tidak bisa dibaca utuh" in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("uploader", ["wagtailimages:add", "wagtailimages:add_multiple"])
def test_a_truncated_photo_is_refused_with_a_message_not_an_error(penulis, uploader):
    truncated = phone_photo()[:2000]
    field = "file" if uploader == "wagtailimages:add" else "files[]"

    response = logged_in(penulis).post(
        reverse(uploader),
        {
            "title": "Terpotong",
            field: SimpleUploadedFile("terpotong.jpg", truncated, "image/jpeg"),
            "description": "Foto terpotong",
        },
    )

    assert response.status_code in (200, 400)
    assert "tidak bisa dibaca utuh" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_command_cleans_images_stored_before_uploads_were_cleaned(db):
    # As an older version stored it: written as uploaded, no signal on the way.
    name = default_storage.save("original_images/lama.jpg", ContentFile(phone_photo()))
    image_model = get_image_model()
    image = image_model.objects.bulk_create(
        [image_model(title="Foto lama", file=name, width=1600, height=1200)]
    )[0]
    old_rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    with old_rendition.file.open("rb") as served:
        assert PILImage.open(served).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    output = StringIO()

    call_command("strip_image_metadata", stdout=output)

    image = image_model.objects.get(pk=image.pk)
    assert "1 gambar dibersihkan" in output.getvalue()
    assert (image.width, image.height) == (1200, 1600)
    with default_storage.open(image.file.name) as stored:
        assert_upright(assert_clean(stored.read(), "original"), "original")
    assert not image.renditions.filter(pk=old_rendition.pk).exists()
    with image.get_rendition(SOCIAL_IMAGE_SPEC).file.open("rb") as served:
        assert_upright(assert_clean(served.read(), "share image"), "share image")

    call_command("strip_image_metadata", stdout=output)

    assert "0 gambar dibersihkan" in output.getvalue()


def test_command_reports_and_skips_an_image_whose_file_is_missing(db):
    image_model = get_image_model()
    image_model.objects.bulk_create(
        [image_model(title="Hilang", file="original_images/hilang.jpg", width=10, height=10)]
    )
    output, errors = StringIO(), StringIO()

    call_command("strip_image_metadata", stdout=output, stderr=errors)

    assert "hilang.jpg" in errors.getvalue()
    assert "0 gambar dibersihkan, 1 dilewati" in output.getvalue()


def test_a_search_promotion_of_a_private_page_is_not_shown(client, articles, moderator):
    SearchPromotion.objects.create(
        query=Query.get("pengumuman"), page=articles["secret"], sort_order=0
    )
    assert SECRET_TITLE in get_soup(client, "/cari/", {"q": "pengumuman"}).get_text(" ")

    make_private(moderator, articles["secret"])

    assert SECRET_TITLE not in get_soup(client, "/cari/", {"q": "pengumuman"}).get_text(" ")
