"""In a real browser: a Penulis cannot replace the file of an image that live content shows.

The Penulis opens the edit form of an image they uploaded; before they save, a Moderator
publishes a Wisata that shows it. Choosing a new file and saving is then refused with a
reason in Indonesian, and readers keep seeing the picture that was approved.
Skipped without chromium; a failing step leaves a screenshot in test-artifacts/."""

import pytest
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Site

from tests.browser import browser_test_marks, log_in, step
from tests.factories import (
    HomePageFactory,
    ImageFactory,
    TourismSpotFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)
from tests.helpers import PENULIS, make_user

pytestmark = browser_test_marks


@pytest.fixture
def wisata_site(live_server):
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    return WisataIndexPageFactory(parent=home)


@pytest.fixture
def penulis_image(wisata_site):
    penulis = make_user(PENULIS)
    return ImageFactory(
        title="Telaga Pagi",
        uploaded_by_user=penulis,
        collection=Collection.get_first_root_node(),
        description="Telaga berkabut di pagi hari",
    )


def publish_spot_showing(image):
    """What a Moderator does meanwhile: a published Wisata whose gallery shows `image`."""
    spot = TourismSpotFactory(name="Telaga Warna", images=0, live=False)
    spot.gallery_images.add(spot.gallery_images.model(image=image, alt_text="Telaga"))
    spot.save()
    spot.save_revision().publish()
    return spot


def gallery_sources(page):
    return page.locator(".gallery img").evaluate_all("images => images.map(i => i.src)")


def test_penulis_cannot_replace_an_image_that_a_live_wisata_shows(
    browser, live_server, penulis_image, tmp_path
):
    base_url = live_server.url
    replacement = tmp_path / "foto-lain.png"
    PILImage.new("RGB", (64, 48), "red").save(replacement, "PNG")
    old_file = penulis_image.file.name
    old_bytes = Image.objects.get(pk=penulis_image.pk).file.read()

    editor = log_in(browser, base_url, "penulis")
    with step(editor, "permissions-1-open-form"):
        editor.goto(f"{base_url}/admin/images/{penulis_image.pk}/")
        editor.wait_for_selector("#id_file")

    spot = publish_spot_showing(penulis_image)
    reader = browser.new_page()
    with step(reader, "permissions-2-reader-before"):
        reader.goto(f"{base_url}/wisata/{spot.slug}/")
        shown_before = gallery_sources(reader)
        assert shown_before

    with step(editor, "permissions-3-replace"):
        editor.set_input_files("#id_file", str(replacement))
        editor.locator("#w-editor-form button[type=submit]").first.click()
        editor.wait_for_url(f"{base_url}/admin/")
        message = editor.locator(".messages .error").inner_text()
        assert "Gambar ini dipakai di konten yang sudah terbit" in message
        assert "Hanya moderator" in message

    stored = Image.objects.get(pk=penulis_image.pk)
    assert stored.file.name == old_file
    assert stored.file.read() == old_bytes
    with step(reader, "permissions-4-reader-after"):
        reader.goto(f"{base_url}/wisata/{spot.slug}/")
        assert gallery_sources(reader) == shown_before
