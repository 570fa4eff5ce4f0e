"""Galeri: album pages show every photo as a link with its caption, the Galeri page lists
live public albums newest first, the shared photo grid serves the catalog's detail pages,
albums go through moderation, and the demo loads its albums once."""

import datetime
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from core import purge
from demo import gallery as demo_gallery
from demo.reader import ContentError
from gallery.models import AlbumPage, AlbumPhoto
from tests.factories import ImageFactory, ProductFactory, TourismSpotFactory
from tests.factories_gallery import AlbumPageFactory, GalleryIndexPageFactory
from tests.helpers import PAGE_FORM, form_data, get_soup, logged_in, meta_content, soup
from tests.test_query_budgets import assert_flat, steady_state_get

# Maximum queries per anonymous GET, steady state, first uncached response (measured + 2),
# counted as tests/test_query_budgets.py counts them.
BUDGETS = {
    "album": 18,  # measured 16: the Galeri page for the breadcrumb, photos, renditions
    "galeri": 19,  # measured 17: the count, albums, their covers and the covers' renditions
}


@pytest.fixture
def gallery_index(home_page, village):
    return GalleryIndexPageFactory(parent=home_page)


def album_soup(client, album):
    return get_soup(client, album.url)


def photo_items(page_soup):
    return page_soup.select(".photo-viewer .photo-grid-item")


# --- The album page ----------------------------------------------------------------------


def test_album_page_shows_every_photo_as_a_link_to_its_large_version(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Festival Stroberi", photos=5)

    items = photo_items(album_soup(client, album))

    assert len(items) == 5
    for item in items:
        link = item.select_one("a.photo-link")
        assert re.search(r"\.max-1600x1600\.format-jpeg\.jpg$", link["href"])
        assert int(link["data-width"]) == 1600
        assert int(link["data-height"]) == 900
        img = link.select_one("picture img")
        assert (img["width"], img["height"]) == ("480", "360")
        assert "1200w" in img["srcset"]


def test_album_page_shows_photos_in_the_editors_order_with_their_captions(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Kerja Bakti", photos=3)

    captions = [
        item.figcaption.get_text(strip=True) for item in photo_items(album_soup(client, album))
    ]

    assert captions == ["Foto Kerja Bakti 1", "Foto Kerja Bakti 2", "Foto Kerja Bakti 3"]


def test_photo_alt_text_is_the_image_description_else_the_caption_else_its_title(
    client, gallery_index
):
    album = AlbumPageFactory(parent=gallery_index, photos=0, live=False)
    described = ImageFactory(title="IMG_2031", description="Ibu-ibu menimbang balita")
    album.photos.add(AlbumPhoto(image=described, caption="Penimbangan bulan Juli"))
    album.photos.add(AlbumPhoto(image=ImageFactory(title="IMG_2032"), caption="Imunisasi"))
    album.photos.add(AlbumPhoto(image=ImageFactory(title="Kader posyandu"), caption=""))
    album.save_revision().publish()

    images = album_soup(client, album).select(".photo-grid picture img")

    assert [img["alt"] for img in images] == [
        "Ibu-ibu menimbang balita",
        "Imunisasi",
        "Kader posyandu",
    ]


def test_album_photos_below_the_first_row_load_lazily(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, photos=6)

    images = album_soup(client, album).select(".photo-grid picture img")

    assert [img.get("loading") for img in images] == [None] * 4 + ["lazy"] * 2


def test_album_page_shows_its_date_in_indonesian_and_its_photo_count(client, gallery_index):
    album = AlbumPageFactory(
        parent=gallery_index, title="Upacara", date=datetime.date(2025, 8, 17), photos=4
    )

    page_soup = album_soup(client, album)

    time = page_soup.select_one(".album-header time")
    assert time["datetime"] == "2025-08-17"
    assert time.get_text(strip=True) == "17 Agustus 2025"
    assert "4 foto" in page_soup.select_one(".album-header .meta").get_text()


def test_album_page_shares_its_cover_photo(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, photos=2)

    page_soup = album_soup(client, album)

    assert "fill-1200x630" in meta_content(page_soup, property="og:image")
    assert meta_content(page_soup, name="description") == album.description


def test_album_page_breadcrumb_leads_back_to_the_gallery(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Posyandu Balita")

    crumbs = album_soup(client, album).select(".breadcrumb li")

    assert [crumb.get_text(strip=True) for crumb in crumbs] == [
        "Beranda",
        "Galeri",
        "Posyandu Balita",
    ]
    assert crumbs[1].a["href"] == gallery_index.url


def test_album_page_loads_the_viewer_from_its_own_files_only(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, photos=2)

    response = client.get(album.url)
    page_soup = soup(response)

    scripts = [script.get("src", "") for script in page_soup.find_all("script")]
    assert any(src.endswith("/js/gallery.js") for src in scripts)
    stylesheets = [link["href"] for link in page_soup.find_all("link", rel="stylesheet")]
    assert any(href.endswith("/css/gallery.css") for href in stylesheets)
    # Nothing the Content-Security-Policy (script-src/style-src 'self') would block.
    assert all(
        script.get("src") or script.get("type") == "application/ld+json"
        for script in page_soup.find_all("script")
    )
    assert page_soup.select("[style]") == []
    assert not any(name.startswith("on") for tag in page_soup.find_all(True) for name in tag.attrs)


def test_viewer_dialog_is_inert_markup_until_the_script_opens_it(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Festival Stroberi", photos=2)

    template = album_soup(client, album).select_one(".photo-viewer template")

    dialog = template.select_one("dialog.photo-dialog")
    assert dialog["aria-label"] == "Foto: Festival Stroberi"
    # Template content is not page text to BeautifulSoup, so read each button's spoken name.
    names = [button.select_one(".visually-hidden").string for button in dialog.find_all("button")]
    assert names == ["Tutup", "Foto sebelumnya", "Foto berikutnya"]
    assert all(button["type"] == "button" for button in dialog.find_all("button"))


def test_preview_shows_the_drafts_photos_before_they_are_published(gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Upacara", photos=1)
    draft = album.get_latest_revision_as_object()
    draft.photos.add(AlbumPhoto(image=ImageFactory(), caption="Pengibaran bendera"))
    draft.save_revision()

    stored = AlbumPage.objects.get(pk=album.pk)
    response = stored.get_latest_revision_as_object().make_preview_request()
    response.render()

    captions = [item.figcaption.get_text(strip=True) for item in photo_items(soup(response))]
    assert captions == ["Foto Upacara 1", "Pengibaran bendera"]
    live = [
        item.figcaption.get_text(strip=True) for item in photo_items(album_soup(Client(), album))
    ]
    assert live == ["Foto Upacara 1"]


def test_draft_album_is_not_public(client, gallery_index):
    album = AlbumPageFactory(parent=gallery_index, live=False)

    assert client.get(album.url).status_code == 404


def test_album_is_found_by_a_word_of_a_photo_caption(gallery_index):
    album = AlbumPageFactory(parent=gallery_index, title="Kerja Bakti", photos=0, live=False)
    album.photos.add(AlbumPhoto(image=ImageFactory(), caption="Membersihkan selokan Dusun Krajan"))
    album.save_revision().publish()

    found = AlbumPage.objects.live().search("selokan")

    assert [page.pk for page in found] == [album.pk]


def test_changing_a_photo_purges_the_album_page(gallery_index):
    album = AlbumPageFactory(parent=gallery_index, photos=2)
    image = album.photos.first().image

    assert urlsplit(album.url).path in purge.paths_referencing(image)


# --- The Galeri page -----------------------------------------------------------------------


def listed_titles(page_soup):
    return [link.get_text(strip=True) for link in page_soup.select("main .album-card-link")]


def test_gallery_lists_live_public_albums_only_newest_first(client, gallery_index):
    AlbumPageFactory(parent=gallery_index, title="Lama", date=datetime.date(2024, 5, 1))
    AlbumPageFactory(parent=gallery_index, title="Baru", date=datetime.date(2025, 8, 17))
    AlbumPageFactory(parent=gallery_index, title="Draf", live=False)
    private = AlbumPageFactory(parent=gallery_index, title="Rahasia")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )

    assert listed_titles(get_soup(client, gallery_index)) == ["Baru", "Lama"]


def test_gallery_card_links_the_whole_card_and_shows_cover_date_and_count(client, gallery_index):
    album = AlbumPageFactory(
        parent=gallery_index, title="Festival Stroberi", date=datetime.date(2025, 8, 17), photos=7
    )

    card = get_soup(client, gallery_index).select_one("main article.album-card")

    link = card.select_one("a.album-card-link")
    assert link["href"] == album.url
    assert card.select("a") == [link]
    cover = card.select_one("picture img")
    assert cover["alt"] == "Foto Festival Stroberi 1"
    assert (cover["width"], cover["height"]) == ("400", "225")
    assert card.time.get_text(strip=True) == "17 Agustus 2025"
    assert card.select_one(".badge").get_text(strip=True) == "7 foto"


def test_gallery_without_albums_says_so(client, gallery_index):
    page_soup = get_soup(client, gallery_index)

    assert page_soup.select_one("main .notice").get_text(strip=True) == (
        "Belum ada album foto di sini."
    )


def test_gallery_shows_twelve_albums_per_page(client, gallery_index):
    # With the page cache on (as here), a page sees only the query parameters its type
    # declares in settings.PAGE_CACHE_QUERY_PARAMETERS: the Galeri declares "page".
    for number in range(13):
        AlbumPageFactory(
            parent=gallery_index,
            title=f"Album {number:02d}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            photos=1,
        )

    first = get_soup(client, gallery_index)
    second = get_soup(client, gallery_index, {"page": "2"})

    assert len(listed_titles(first)) == 12
    assert listed_titles(first)[0] == "Album 12"
    assert listed_titles(second) == ["Album 00"]
    assert second.select_one(".pagination [aria-current='page']").get_text(strip=True) == "2"


@pytest.mark.parametrize("number", ["abc", "0", "-1", "999", "9" * 40, "1.5", "%00"])
def test_gallery_answers_a_bad_page_number_with_the_nearest_page(client, gallery_index, number):
    AlbumPageFactory(parent=gallery_index, title="Satu-satunya", photos=1)

    page_soup = get_soup(client, gallery_index, {"page": number})

    assert listed_titles(page_soup) == ["Satu-satunya"]


# --- Query budgets -------------------------------------------------------------------------


@pytest.fixture
def uncached(settings):
    """Budgets count what rendering a page costs, so the anonymous page cache stays off."""
    settings.PAGE_CACHE_SECONDS = 0


def test_album_query_count_does_not_grow_with_its_photos(
    client, gallery_index, uncached, django_assert_max_num_queries
):
    few = AlbumPageFactory(parent=gallery_index, photos=2)
    many = AlbumPageFactory(parent=gallery_index, photos=12)

    few_response, few_count = steady_state_get(
        client, few.url, BUDGETS["album"], django_assert_max_num_queries
    )
    many_response, many_count = steady_state_get(
        client, many.url, BUDGETS["album"], django_assert_max_num_queries
    )

    assert len(photo_items(soup(few_response))) == 2
    assert len(photo_items(soup(many_response))) == 12
    assert_flat(few_count, many_count)


def test_gallery_query_count_does_not_grow_with_its_albums(
    client, home_page, village, uncached, django_assert_max_num_queries
):
    few_index = GalleryIndexPageFactory(parent=home_page, slug="galeri")
    for _ in range(2):
        AlbumPageFactory(parent=few_index, photos=2)
    few_response, few_count = steady_state_get(
        client, few_index.url, BUDGETS["galeri"], django_assert_max_num_queries
    )

    for _ in range(10):
        AlbumPageFactory(parent=few_index, photos=3)
    many_response, many_count = steady_state_get(
        client, few_index.url, BUDGETS["galeri"], django_assert_max_num_queries
    )

    assert len(soup(few_response).select("main article.album-card")) == 2
    assert len(soup(many_response).select("main article.album-card")) == 12
    assert_flat(few_count, many_count)


# --- The catalog's detail pages use the same grid -----------------------------------------


@pytest.mark.parametrize("kind", ["wisata", "produk"])
def test_catalog_detail_page_shows_every_photo_as_a_link(client, wisata_index, produk_index, kind):
    factory, index = {
        "wisata": (TourismSpotFactory, wisata_index),
        "produk": (ProductFactory, produk_index),
    }[kind]
    item = factory(name="Curug Sewu", images=3)

    page_soup = get_soup(client, f"{index.url}{item.slug}/")

    links = page_soup.select("article .photo-viewer a.photo-link")
    assert len(links) == 3
    assert all(link["href"].endswith(".max-1600x1600.format-jpeg.jpg") for link in links)
    assert [link.img["alt"] for link in links] == [
        "Foto Curug Sewu 1",
        "Foto Curug Sewu 2",
        "Foto Curug Sewu 3",
    ]
    # The first photo leads the page, large; the others follow as thumbnails.
    assert "photo-viewer-featured" in page_soup.select_one(".photo-viewer")["class"]
    assert links[0].img["fetchpriority"] == "high"


# --- Editing: moderation and the photo minimum ---------------------------------------------


def album_add_url(gallery_index):
    return reverse("wagtailadmin_pages:add", args=["gallery", "albumpage", gallery_index.pk])


def album_form(client, gallery_index, photos):
    """The add form as the browser posts it, with `photos` photos filled in."""
    data = form_data(client.get(album_add_url(gallery_index)), PAGE_FORM)
    data |= {
        "title": "Posyandu Balita",
        "slug": "posyandu-balita",
        "date": "2025-07-10",
        "description": "Penimbangan dan imunisasi balita di balai dusun.",
        "photos-TOTAL_FORMS": str(len(photos)),
        "photos-INITIAL_FORMS": "0",
    }
    for number, image in enumerate(photos):
        data |= {
            f"photos-{number}-image": str(image.pk),
            f"photos-{number}-caption": f"Kegiatan posyandu {number + 1}",
            f"photos-{number}-ORDER": str(number + 1),
        }
    return data


def test_penulis_album_waits_for_a_moderator_before_it_goes_public(client, gallery_index, penulis):
    editor = logged_in(penulis)
    data = album_form(editor, gallery_index, [ImageFactory(), ImageFactory()])

    response = editor.post(album_add_url(gallery_index), data | {"action-submit": "1"})

    assert response.status_code == 302
    album = AlbumPage.objects.get(slug="posyandu-balita")
    assert not album.live
    assert album.workflow_in_progress
    draft = album.get_latest_revision_as_object()
    assert [photo.caption for photo in draft.photos.all()] == [
        "Kegiatan posyandu 1",
        "Kegiatan posyandu 2",
    ]
    assert client.get(f"{gallery_index.url}posyandu-balita/").status_code == 404


def test_album_without_photos_cannot_go_to_moderation(gallery_index, penulis):
    editor = logged_in(penulis)
    data = album_form(editor, gallery_index, [])

    response = editor.post(album_add_url(gallery_index), data | {"action-submit": "1"})

    assert response.status_code == 200
    assert not AlbumPage.objects.exists()
    errors = response.context["form"].formsets["photos"].non_form_errors()
    assert errors == [
        "Tambahkan minimal satu foto sebelum album dikirim ke moderator atau diterbitkan."
    ]


def test_album_draft_may_be_saved_before_its_photos_are_chosen(gallery_index, penulis):
    # Wagtail defers required fields and minimums until a page is submitted or published.
    editor = logged_in(penulis)
    data = album_form(editor, gallery_index, [])

    response = editor.post(album_add_url(gallery_index), data)

    assert response.status_code == 302
    album = AlbumPage.objects.get(slug="posyandu-balita")
    assert not album.live
    assert not album.workflow_in_progress


# --- Demo content --------------------------------------------------------------------------


@pytest.fixture
def demo_pages(gallery_index, monkeypatch):
    """What load_demo passes (the default site's section pages; only the Galeri is read).
    The demo draws its photos at phone-camera size; small ones test the same loader faster."""
    monkeypatch.setattr(demo_gallery, "LANDSCAPE", (480, 320))
    monkeypatch.setattr(demo_gallery, "PORTRAIT", (420, 630))
    return SimpleNamespace(gallery=gallery_index)


def test_demo_loads_three_albums_of_captioned_photos(gallery_index, demo_pages):
    messages = []

    demo_gallery.load(demo_pages, messages.append)

    albums = AlbumPage.objects.live().child_of(gallery_index).order_by("title")
    assert [album.title for album in albums] == [
        "Festival Stroberi 2025",
        "Kerja Bakti Dusun Krajan",
        "Posyandu Balita",
    ]
    for album in albums:
        photos = list(album.photos.all())
        assert len(photos) >= 8
        assert all(photo.caption for photo in photos)
        assert len({photo.image_id for photo in photos}) == len(photos)
        assert album.get_latest_revision().content["photos"]
    assert messages == ["3 album galeri dibuat."]


def test_demo_albums_are_loaded_once(gallery_index, demo_pages):
    demo_gallery.load(demo_pages, lambda message: None)
    counts = (AlbumPage.objects.count(), AlbumPhoto.objects.count())
    messages = []

    demo_gallery.load(demo_pages, messages.append)

    assert (AlbumPage.objects.count(), AlbumPhoto.objects.count()) == counts
    assert messages == []


def test_demo_leaves_an_album_an_editor_changed(gallery_index, demo_pages):
    demo_gallery.load(demo_pages, lambda message: None)
    album = AlbumPage.objects.get(slug="posyandu-balita")
    album.title = "Posyandu Balita Dusun Krajan"
    album.save_revision().publish()

    demo_gallery.load(demo_pages, lambda message: None)

    assert AlbumPage.objects.get(pk=album.pk).title == "Posyandu Balita Dusun Krajan"
    assert AlbumPage.objects.filter(slug="posyandu-balita").count() == 1


def test_demo_album_pages_render_every_photo(client, gallery_index, demo_pages):
    demo_gallery.load(demo_pages, lambda message: None)
    album = AlbumPage.objects.get(slug="festival-stroberi-2025")

    items = photo_items(album_soup(client, album))

    assert len(items) == album.photos.count()
    assert all(item.figcaption for item in items)


def test_demo_album_file_with_an_unknown_scene_is_refused_by_name(tmp_path):
    albums = tmp_path / "galeri.yaml"
    albums.write_text(
        "albums:\n"
        "  - slug: panen-raya\n"
        "    title: Panen Raya\n"
        "    date: 2025-03-01\n"
        "    description: Panen padi bersama.\n"
        "    photos:\n"
        "      - {scene: sawah-terbang, colour: '#3a7d44', caption: Panen padi.}\n",
        encoding="utf-8",
    )

    with pytest.raises(ContentError, match="galeri.yaml: panen-raya: scene sawah-terbang"):
        demo_gallery.read_albums(albums)
