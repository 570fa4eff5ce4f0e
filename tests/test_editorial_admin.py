"""The editorial admin: dashboard panels per role, alt text on image upload, the
Indonesian admin (login, dashboard, JavaScript catalogue, English detection) and comments."""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Workflow

from editorial.language_check import english_segments
from tests.helpers import (
    MODERATOR,
    PENULIS,
    edit_url,
    logged_in,
    make_user,
    soup,
)

Image = get_image_model()


def panel(page, panel_id):
    """The dashboard panel <section>, or None when the dashboard does not show it."""
    return page.select_one(f"section#{panel_id}-section")


def panel_heading(section):
    return section.select_one("h2").get_text(" ", strip=True)


def draft_rows(dashboard):
    """(title, kind, status) for each row of "Draf saya"."""
    return [
        tuple(" ".join(cell.get_text(" ").split()) for cell in row.select("td")[:3])
        for row in panel(dashboard, "my-drafts").select("tbody tr")
    ]


def submit_for_moderation(item, user):
    item.save_revision(user=user)
    Workflow.objects.get(name="Moderasi").start(item, user)


# --- Dashboard ------------------------------------------------------------------------


def test_moderator_dashboard_shows_menunggu_moderasi_even_when_nothing_waits(moderator):
    dashboard = soup(logged_in(moderator).get(reverse("wagtailadmin_home")))

    awaiting = panel(dashboard, "awaiting-review")
    assert panel_heading(awaiting) == "Menunggu moderasi"
    assert "Tidak ada konten yang menunggu moderasi." in awaiting.get_text(" ", strip=True)


def test_moderator_dashboard_lists_submitted_work_under_menunggu_moderasi(
    make_item, penulis, moderator
):
    submit_for_moderation(make_item("article", "Berita Menunggu", live=False), penulis)
    submit_for_moderation(make_item("product", "Produk Menunggu", live=False), penulis)

    dashboard = soup(logged_in(moderator).get(reverse("wagtailadmin_home")))

    awaiting = panel(dashboard, "awaiting-review")
    assert panel_heading(awaiting) == "Menunggu moderasi"
    text = awaiting.get_text(" ", strip=True)
    assert "Berita Menunggu" in text and "Produk Menunggu" in text
    assert len(dashboard.select("section#awaiting-review-section")) == 1


def test_penulis_dashboard_has_no_menunggu_moderasi_even_with_own_work_waiting(make_item, penulis):
    submit_for_moderation(make_item("article", "Berita Menunggu", live=False), penulis)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert panel(dashboard, "awaiting-review") is None
    assert "Menunggu moderasi" not in dashboard.get_text()


@pytest.mark.parametrize("role", [PENULIS, MODERATOR])
def test_every_role_has_draf_saya(db, role):
    dashboard = soup(logged_in(make_user(role)).get(reverse("wagtailadmin_home")))

    assert panel_heading(panel(dashboard, "my-drafts")) == "Draf saya"


def test_draf_saya_lists_the_penulis_unpublished_article_with_its_status(make_item, penulis):
    make_item("article", "Berita Panen Raya", live=False).save_revision(user=penulis)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert draft_rows(dashboard) == [("Berita Panen Raya", "Berita", "draf")]


def test_draf_saya_shows_an_article_in_moderation_as_such(make_item, penulis):
    submit_for_moderation(make_item("article", "Berita Menunggu", live=False), penulis)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert draft_rows(dashboard) == [("Berita Menunggu", "Berita", "dalam moderasi")]


def test_draf_saya_shows_the_draft_title_of_an_edited_live_article(make_item, penulis):
    article = make_item("article", "Judul Terbit")
    article.title = "Judul Suntingan"
    article.save_revision(user=penulis)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    [(title, _kind, status)] = draft_rows(dashboard)
    assert title == "Judul Suntingan"
    assert status == "terbit + draf"


def test_draf_saya_shows_the_draft_name_of_an_edited_live_product(make_item, penulis):
    product = make_item("product", "Gula Kelapa")
    product.name = "Gula Kelapa Organik"
    product.save_revision(user=penulis)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert [title for title, _kind, _status in draft_rows(dashboard)] == ["Gula Kelapa Organik"]


def test_draf_saya_leaves_out_other_users_drafts(make_item, penulis, moderator):
    make_item("article", "Draf Saya Sendiri", live=False).save_revision(user=penulis)
    make_item("article", "Draf Moderator", live=False).save_revision(user=moderator)
    make_item("product", "Produk Orang Lain", live=False).save_revision(
        user=make_user(PENULIS, "penulis2")
    )

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert [title for title, _kind, _status in draft_rows(dashboard)] == ["Draf Saya Sendiri"]
    assert "Draf Moderator" not in dashboard.get_text()
    assert "Produk Orang Lain" not in dashboard.get_text()


def test_draf_saya_leaves_out_work_that_is_already_live(make_item, penulis, moderator):
    # The Penulis's own revision, approved and published by a moderator.
    make_item("article", "Sudah Terbit").save_revision(user=penulis).publish(user=moderator)

    dashboard = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert draft_rows(dashboard) == []
    assert "Anda belum punya draf." in panel(dashboard, "my-drafts").get_text(" ", strip=True)


# --- Image upload: alt text -----------------------------------------------------------


def png(name="sawah.png"):
    content = io.BytesIO()
    PILImage.new("RGB", (32, 24), "green").save(content, "PNG")
    return SimpleUploadedFile(name, content.getvalue(), content_type="image/png")


def field_error(page, field):
    errors = page.select_one(f'[data-contentpath="{field}"] [data-field-errors]')
    return " ".join(errors.get_text(" ").split())


def test_single_image_upload_without_alt_text_is_refused_at_the_field(penulis):
    response = logged_in(penulis).post(
        reverse("wagtailimages:add"), {"title": "Sawah", "file": png(), "description": ""}
    )

    page = soup(response)
    assert field_error(page, "description") == "Kolom ini harus diisi."
    assert (
        page.select_one("label[for=id_description]")
        .get_text(" ", strip=True)
        .startswith("Teks alternatif")
    )
    assert not Image.objects.exists()


def test_single_image_upload_with_alt_text_is_saved(penulis):
    response = logged_in(penulis).post(
        reverse("wagtailimages:add"),
        {"title": "Sawah", "file": png(), "description": "Warga menanam padi di sawah"},
    )

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.title, image.description) == ("Sawah", "Warga menanam padi di sawah")
    assert image.uploaded_by_user == penulis


def test_multiple_uploader_first_post_with_only_the_file_succeeds(penulis):
    response = logged_in(penulis).post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png()},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is True
    image = Image.objects.get(pk=response.json()["image_id"])
    assert image.description == ""
    assert f'name="image-{image.pk}-description"' in response.json()["form"]


def test_multiple_uploader_follow_up_form_requires_alt_text(penulis):
    client = logged_in(penulis)
    image_id = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png()},
        headers={"x-requested-with": "XMLHttpRequest"},
    ).json()["image_id"]
    prefix = f"image-{image_id}"

    response = client.post(
        reverse("wagtailimages:edit_multiple", args=[image_id]),
        {f"{prefix}-title": "Sawah baru", f"{prefix}-description": "", f"{prefix}-tags": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.json()["success"] is False
    assert "Kolom ini" in " ".join(response.json()["form"].split())
    assert Image.objects.get(pk=image_id).title != "Sawah baru"


# --- Indonesian admin -----------------------------------------------------------------


def test_login_page_labels_the_password_kata_sandi(db):
    page = soup(Client().get(reverse("wagtailadmin_login")))

    labels = [label.get_text(" ", strip=True) for label in page.select("label")]
    assert (
        page.select_one("label[for=id_password]").get_text(" ", strip=True).startswith("Kata sandi")
    )
    assert not [label for label in labels if "Password" in label]


def test_admin_dashboard_is_indonesian(penulis):
    page = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert page.html["lang"] == "id"
    assert page.title.get_text(strip=True).startswith("Dasbor")


def test_admin_javascript_catalogue_has_the_projects_indonesian(penulis):
    response = logged_in(penulis).get(reverse("wagtailadmin_javascript_catalog"))

    content = response.content.decode()
    assert response.status_code == 200
    assert '"(%(number)s item baru di menu ini)"' in content
    assert '"Tambah komentar"' in content


@pytest.mark.parametrize(
    "segment, english",
    [
        ("Save draft", True),
        ("Forgotten password?", True),
        ("Simpan draf", False),
        ("Lupa kata sandi?", False),
    ],
)
def test_english_segments_flags_english_and_passes_indonesian(segment, english):
    flagged = english_segments([segment], settings.BASE_DIR)

    assert flagged == ([segment] if english else [])


# --- Comments -------------------------------------------------------------------------


def test_page_editor_has_commenting_switched_on(make_item, penulis):
    article = make_item("article", "Berita Dikomentari", live=False)

    content = logged_in(penulis).get(edit_url("article", article)).content.decode()

    assert settings.WAGTAILADMIN_COMMENTS_ENABLED is True
    assert 'data-w-init-event-value="w-comments:init"' in content
    assert 'id="comments-data"' in content
    assert 'name="comment_notifications"' in content
    assert "wagtailadmin/js/comments.js" in content
