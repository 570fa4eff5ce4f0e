"""The editorial admin: dashboard panels and buttons per role, the editor's action menu per
role, alt text on image upload, the Indonesian admin (login, dashboard, JavaScript catalogue,
English detection), comments and the promote tab."""

import io

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
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
    SNIPPET_MODELS,
    edit_url,
    logged_in,
    make_superuser,
    make_user,
    snippet_url,
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


# --- Dashboard: buttons to start new content -------------------------------------------


def new_content_buttons(dashboard):
    """{label: href} of the dashboard's "Buat konten baru" buttons ({} without the panel)."""
    section = panel(dashboard, "new-content")
    if section is None:
        return {}
    return {
        " ".join(link.get_text(" ").split()): link["href"] for link in section.select("a.button")
    }


def add_article_url(index):
    return reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])


def add_snippet_url(kind):
    return snippet_url(SNIPPET_MODELS[kind], "add")


def dashboard_of(user):
    return soup(logged_in(user).get(reverse("wagtailadmin_home")))


@pytest.mark.parametrize("role", [PENULIS, MODERATOR, "superuser"])
def test_dashboard_buttons_start_an_article_under_berita_a_wisata_and_a_produk(news_index, role):
    user = make_superuser() if role == "superuser" else make_user(role)

    dashboard = dashboard_of(user)

    assert panel_heading(panel(dashboard, "new-content")) == "Buat konten baru"
    assert new_content_buttons(dashboard) == {
        "Tulis berita": add_article_url(news_index),
        "Tambah wisata": add_snippet_url("spot"),
        "Tambah produk": add_snippet_url("product"),
    }


@pytest.mark.parametrize(
    "button, form_field",
    [("Tulis berita", "title"), ("Tambah wisata", "name"), ("Tambah produk", "name")],
)
def test_each_dashboard_button_opens_an_empty_form_for_the_penulis(
    news_index, penulis, button, form_field
):
    client = logged_in(penulis)
    href = new_content_buttons(soup(client.get(reverse("wagtailadmin_home"))))[button]

    form = soup(client.get(href))

    field = form.select_one(f"#id_{form_field}")
    assert field is not None and not field.get("value")
    assert action_menu(form)[0] == ("action-submit", "Kirim ke moderator")


def test_dashboard_has_no_tulis_berita_when_the_site_has_no_berita_index(village, penulis):
    buttons = new_content_buttons(dashboard_of(penulis))

    assert list(buttons) == ["Tambah wisata", "Tambah produk"]


def test_dashboard_shows_only_the_buttons_a_user_is_allowed(news_index):
    seller = make_user(None, "penjual")
    seller.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_product"),
    )

    assert new_content_buttons(dashboard_of(seller)) == {
        "Tambah produk": add_snippet_url("product")
    }


def test_dashboard_has_no_new_content_panel_for_a_user_who_may_add_nothing(news_index):
    reader = make_user(None, "pembaca")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))

    dashboard = dashboard_of(reader)

    assert panel(dashboard, "new-content") is None
    labels = {label(link) for link in dashboard.select("a")}
    assert not labels & {"Tulis berita", "Tambah wisata", "Tambah produk"}


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


# --- The editor's action menu ---------------------------------------------------------


def label(button):
    return " ".join(button.get_text(" ").split())


def action_menu(page):
    """(name, label) of the editor's main button, and those in the dropdown beside it."""
    menu = page.select_one("footer .w-dropdown-button")
    primary = menu.find("button", recursive=False)
    dropdown = menu.select(".w-dropdown__content button")
    return (primary.get("name"), label(primary)), [(b.get("name"), label(b)) for b in dropdown]


def add_url(kind, sections):
    if kind == "article":
        return add_article_url(sections["article"])
    return add_snippet_url(kind)


@pytest.mark.parametrize("kind", ["article", "product", "spot"])
def test_penulis_main_button_on_a_new_item_is_kirim_ke_moderator(sections, penulis, kind):
    page = soup(logged_in(penulis).get(add_url(kind, sections)))

    primary, dropdown = action_menu(page)
    assert primary == ("action-submit", "Kirim ke moderator")
    assert "Simpan draf" in [text for _name, text in dropdown]
    assert "action-publish" not in [name for name, _text in dropdown]


@pytest.mark.parametrize("kind", ["article", "product", "spot"])
def test_penulis_main_button_on_an_edit_is_kirim_ke_moderator(make_item, penulis, kind):
    item = make_item(kind, "Draf Penulis", live=False)

    primary, dropdown = action_menu(soup(logged_in(penulis).get(edit_url(kind, item))))

    assert primary == ("action-submit", "Kirim ke moderator")
    assert [text for _name, text in dropdown] == ["Simpan draf"]


@pytest.mark.parametrize("kind", ["article", "product"])
def test_penulis_main_button_after_rejection_is_kirim_ulang_ke_moderator(
    make_item, penulis, moderator, kind
):
    item = make_item(kind, "Perlu Perbaikan", live=False)
    submit_for_moderation(item, penulis)
    task_state = item.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment="Tambah foto.")

    primary, _dropdown = action_menu(soup(logged_in(penulis).get(edit_url(kind, item))))

    assert primary == ("action-submit", "Kirim ulang ke moderator")


@pytest.mark.parametrize("kind", ["article", "product", "spot"])
def test_moderator_keeps_simpan_draf_first_with_terbitkan_and_kirim_in_the_dropdown(
    make_item, moderator, kind
):
    item = make_item(kind, "Draf Moderator", live=False)

    primary, dropdown = action_menu(soup(logged_in(moderator).get(edit_url(kind, item))))

    assert primary[1] == "Simpan draf"
    assert ("action-publish", "Terbitkan") in dropdown
    assert ("action-submit", "Kirim ke moderator") in dropdown


# --- Promote tab: "Tampilkan dalam menu" only where the menu uses it --------------------


def test_article_edit_form_has_no_tampilkan_dalam_menu(make_item, moderator):
    article = make_item("article", "Berita Tanpa Menu")

    page = soup(logged_in(moderator).get(edit_url("article", article)))

    assert page.select_one("[name=show_in_menus]") is None
    assert "Tampilkan dalam menu" not in page.get_text()
    assert page.select_one("[name=slug]") is not None
    assert page.select_one("[name=search_description]") is not None


def test_new_article_form_has_no_tampilkan_dalam_menu(news_index, penulis):
    page = soup(logged_in(penulis).get(add_article_url(news_index)))

    assert page.select_one("[name=show_in_menus]") is None
    assert page.select_one("[name=slug]") is not None


def test_berita_index_edit_form_keeps_tampilkan_dalam_menu(news_index, moderator):
    page = soup(logged_in(moderator).get(reverse("wagtailadmin_pages:edit", args=[news_index.pk])))

    checkbox = page.select_one("input[name=show_in_menus]")
    assert checkbox is not None and checkbox.has_attr("checked")
