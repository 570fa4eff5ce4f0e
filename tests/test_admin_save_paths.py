"""Every way an editor saves (autosave, "Simpan draf", submit, publish, preview) ends in
success or a clear Indonesian message, never a server error: the preview may be framed by
the admin, an address clash is shown where the editor looks, a second create for an item
autosave already made continues that item, and form data Wagtail cannot read is refused
with a 400."""

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import IntegrityError, connection
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import rich_text

from articles.models import ArticlePage
from catalog.models import Product
from tests.factories import ImageFactory, ProductCategoryFactory, ProductFactory
from tests.helpers import (
    MODERATOR,
    PAGE_FORM,
    SNIPPET_FORM,
    body_data,
    create_item,
    form_data,
    logged_in,
    make_user,
    snippet_url,
    soup,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
JSON = {"HTTP_ACCEPT": "application/json"}
TITLE = "Kerja Bakti Membersihkan Saluran Irigasi"
PRODUCT = "Keripik Pisang Cokelat"


@pytest.fixture
def editor(penulis):
    client = logged_in(penulis)
    # A 500 must show as a response here, as the browser would see it.
    client.raise_request_exception = False
    return client


def article_add_url(news_index):
    return reverse("wagtailadmin_pages:add", args=["articles", "articlepage", news_index.pk])


@pytest.fixture
def article_data(editor, news_index):
    """A new article as the add form posts it (Wagtail's JavaScript fills the slug)."""
    data = form_data(editor.get(article_add_url(news_index)), PAGE_FORM)
    return data | body_data() | {"title": TITLE, "slug": "kerja-bakti", "intro": "Warga bekerja."}


@pytest.fixture
def product_data(editor, produk_index):
    """A new product as the add form posts it, with one gallery photo."""
    data = form_data(editor.get(snippet_url(Product, "add")), SNIPPET_FORM)
    return data | {
        "name": PRODUCT,
        "slug": "keripik-pisang-cokelat",
        "category": str(ProductCategoryFactory(name="Makanan ringan").pk),
        "description": rich_text("<p>Keripik pisang berlapis cokelat.</p>"),
        "gallery_images-TOTAL_FORMS": "1",
        "gallery_images-0-image": str(ImageFactory().pk),
        "gallery_images-0-alt_text": "Keripik pisang dalam kemasan",
        "gallery_images-0-ORDER": "1",
        "price": "15000",
        "seller_name": "Bu Wati",
        "seller_whatsapp": "0812-3456-7890",
    }


def messages_text(response):
    """The admin's message banner and the address notice, as the editor reads them."""
    page = soup(response)
    parts = page.select(".messages li, #address-errors")
    return " ".join(" ".join(part.get_text(" ").split()) for part in parts)


def field_error(response, name):
    page = soup(response)
    field = page.find(attrs={"name": name}).find_parent(attrs={"data-field": True})
    return " ".join(field.select_one("[data-field-errors]").get_text(" ").split())


def tab_of(response, name):
    """The heading of the editor tab that holds the field `name`."""
    page = soup(response)
    panel = page.find(attrs={"name": name}).find_parent(attrs={"role": "tabpanel"})
    # The tab's own text, without the error counter Wagtail's JavaScript fills in.
    return page.find(id=panel["aria-labelledby"]).find(string=True, recursive=False).strip()


def field_label(response, name):
    page = soup(response)
    field_id = page.find(attrs={"name": name})["id"]
    return page.find("label", attrs={"for": field_id}).get_text(" ", strip=True)


# --- Preview and framing ------------------------------------------------------------------


def test_page_preview_may_be_framed_by_the_admin(editor, news_index, article_data):
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["articles", "articlepage", news_index.pk]
    )
    assert editor.post(preview_url, article_data).json()["is_valid"] is True

    response = editor.get(preview_url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    assert TITLE in response.content.decode()
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_product_preview_may_be_framed_by_the_admin(editor, product_data):
    product = ProductFactory(name="Keripik Talas")
    preview_url = snippet_url(Product, "preview_on_edit", product.pk)
    assert editor.post(preview_url, product_data).json()["is_valid"] is True

    response = editor.get(preview_url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    assert PRODUCT in response.content.decode()
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize("kind", ["article", "product"])
def test_public_pages_refuse_to_be_framed(client, sections, kind):
    item = create_item(kind, "Berita untuk Dibingkai" if kind == "article" else "Gula Aren")
    url = item.url if kind == "article" else f"/produk/{item.slug}/"

    response = client.get(url)

    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


# --- Addresses (slugs) --------------------------------------------------------------------


def test_the_address_field_is_called_alamat_url(editor, news_index, produk_index):
    article_form = editor.get(article_add_url(news_index))
    product_form = editor.get(snippet_url(Product, "add"))

    assert field_label(article_form, "slug").startswith("Alamat (URL)")
    assert field_label(product_form, "slug").startswith("Alamat (URL)")


def test_article_address_clash_is_shown_above_the_tabs(editor, news_index, article_data):
    create_item("article", "Kerja Bakti")  # published earlier at /berita/kerja-bakti/

    response = editor.post(article_add_url(news_index), article_data)

    assert response.status_code == 200
    assert tab_of(response, "slug") != tab_of(response, "title")
    notice = " ".join(soup(response).select_one("#address-errors").get_text(" ").split())
    assert notice.startswith("Alamat (URL)")
    assert "'kerja-bakti' sudah dipakai halaman lain" in notice
    assert "Slug" not in messages_text(response)
    assert ArticlePage.objects.filter(slug="kerja-bakti").count() == 1


def test_product_address_clash_is_shown_at_the_field_on_the_first_tab(editor, product_data):
    ProductFactory(name="Keripik Pisang Cokelat", slug="keripik-pisang-cokelat")

    response = editor.post(snippet_url(Product, "add"), product_data)

    assert response.status_code == 200
    assert tab_of(response, "slug") == tab_of(response, "name") == "Konten"
    error = field_error(response, "slug")
    assert "Alamat (URL) 'keripik-pisang-cokelat' sudah dipakai oleh Keripik Pisang" in error
    assert Product.objects.count() == 1


def test_product_address_is_filled_from_its_name(editor, product_data):
    response = editor.post(snippet_url(Product, "add"), product_data | {"slug": ""})

    assert response.status_code == 302
    assert Product.objects.get().slug == "keripik-pisang-cokelat"


# --- A second create for the same new item -------------------------------------------------


def test_save_click_after_autosave_continues_the_autosaved_product(editor, product_data):
    add_url = snippet_url(Product, "add")
    autosaved = editor.post(add_url, product_data, **JSON)
    clicked = editor.post(add_url, product_data | {"price": "17500"})

    product = Product.objects.get()
    assert autosaved.json()["success"] is True
    assert clicked.status_code == 302
    assert clicked["Location"].startswith(snippet_url(Product, "edit", product.pk))
    assert product.get_latest_revision_as_object().price == 17500
    assert product.gallery_images.count() == 1
    assert product.revisions.count() == 2


def test_save_click_after_autosave_continues_the_autosaved_article(
    editor, news_index, article_data
):
    add_url = article_add_url(news_index)
    autosaved = editor.post(add_url, article_data, **JSON)
    clicked = editor.post(add_url, article_data | {"intro": "Warga bekerja sejak pagi."})

    article = ArticlePage.objects.get()
    assert autosaved.json()["success"] is True
    assert clicked.status_code == 302
    assert clicked["Location"] == reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert article.get_latest_revision_as_object().intro == "Warga bekerja sejak pagi."


def test_submit_after_autosave_sends_the_autosaved_article_to_moderation(
    editor, news_index, article_data
):
    add_url = article_add_url(news_index)
    editor.post(add_url, article_data, **JSON)
    submitted = editor.post(add_url, article_data | {"action-submit": "1"})

    article = ArticlePage.objects.get()
    assert submitted.status_code == 302
    assert article.workflow_in_progress
    assert not article.live


def test_late_autosave_keeps_what_the_click_saved(editor, product_data):
    add_url = snippet_url(Product, "add")
    clicked = editor.post(add_url, product_data | {"price": "17500"})
    late = editor.post(add_url, product_data, **JSON)

    product = Product.objects.get()
    answer = late.json()
    assert clicked.status_code == 302
    assert answer["success"] is True
    assert answer["url"] == snippet_url(Product, "edit", product.pk)
    assert answer["revision_id"] == product.latest_revision_id
    # The page learns the saved photo's id, so its next autosave does not add it again.
    photo = product.gallery_images.get()
    assert answer["field_updates"]["gallery_images-0-id"] == str(photo.pk)
    assert product.get_latest_revision_as_object().price == 17500


def test_an_earlier_abandoned_draft_is_continued_by_the_next_attempt(editor, product_data):
    add_url = snippet_url(Product, "add")
    editor.post(add_url, product_data, **JSON)
    Revision.objects.update(created_at=timezone.now() - timedelta(minutes=5))

    again = editor.post(add_url, product_data | {"seller_name": "Bu Wati Rahayu"}, **JSON)

    product = Product.objects.get()
    assert again.json()["success"] is True
    assert again.json()["hydrate_url"].startswith(snippet_url(Product, "edit", product.pk))
    assert product.get_latest_revision_as_object().seller_name == "Bu Wati Rahayu"


def test_an_old_draft_is_not_taken_over(editor, product_data):
    add_url = snippet_url(Product, "add")
    editor.post(add_url, product_data, **JSON)
    Revision.objects.update(created_at=timezone.now() - timedelta(days=2))

    response = editor.post(add_url, product_data)

    assert response.status_code == 200
    assert "sudah dipakai" in field_error(response, "slug")
    assert Product.objects.count() == 1


def test_another_editors_draft_at_the_same_address_is_not_taken_over(
    editor, product_data, produk_index
):
    colleague = logged_in(make_user(MODERATOR))
    colleague.post(snippet_url(Product, "add"), product_data, **JSON)

    response = editor.post(snippet_url(Product, "add"), product_data)

    assert response.status_code == 200
    assert "sudah dipakai" in field_error(response, "slug")
    assert Product.objects.count() == 1


def test_a_save_that_loses_a_race_at_the_database_gets_a_message(editor, product_data, monkeypatch):
    def lost_race(*args, **kwargs):
        raise IntegrityError("UNIQUE constraint failed: catalog_product.site_id, slug")

    monkeypatch.setattr(Product, "save", lost_race)

    response = editor.post(snippet_url(Product, "add"), product_data)
    autosave = editor.post(snippet_url(Product, "add"), product_data, **JSON)

    assert response.status_code == 409
    assert "Muat ulang halaman" in soup(response, 409).get_text()
    assert autosave.status_code == 409
    assert autosave.json()["error_code"] == "validation_error"
    assert "Muat ulang halaman" in autosave.json()["error_message"]


# --- Form data Wagtail cannot read ---------------------------------------------------------

MALFORMED_ARTICLE_DATA = {
    "StreamField count is not a number": {"body-count": "abc"},
    "StreamField says more blocks than it sends": {"body-count": "3"},
    "block order is not a number": {"body-0-order": "x"},
    "rich text is not JSON": {"body-0-value": "<p>bukan JSON</p>"},
    "cover image id is not a number": {"cover_image": "abc"},
}
MALFORMED_PRODUCT_DATA = {
    "description is not JSON": {"description": "<p>bukan JSON</p>"},
    "description is JSON of the wrong shape": {"description": '{"blocks": 5}'},
    "gallery image id is not a number": {"gallery_images-0-image": "abc"},
    "category id is not a number": {"category": "abc"},
}


@pytest.mark.parametrize("change", MALFORMED_ARTICLE_DATA.values(), ids=MALFORMED_ARTICLE_DATA)
def test_malformed_article_post_is_refused_with_400(editor, news_index, article_data, change):
    response = editor.post(article_add_url(news_index), article_data | change)
    autosave = editor.post(article_add_url(news_index), article_data | change, **JSON)

    assert response.status_code == 400
    assert "Sebagian isian formulir rusak" in soup(response, 400).get_text()
    # Autosave renders no form, so some of these are plain validation errors for it.
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "validation_error"
    assert not ArticlePage.objects.exists()


@pytest.mark.parametrize("change", MALFORMED_PRODUCT_DATA.values(), ids=MALFORMED_PRODUCT_DATA)
def test_malformed_product_post_is_refused_with_400(editor, product_data, change):
    response = editor.post(snippet_url(Product, "add"), product_data | change)

    assert response.status_code == 400
    assert "Sebagian isian formulir rusak" in soup(response, 400).get_text()
    assert not Product.objects.exists()


def test_malformed_edit_post_leaves_the_item_as_it_was(editor, product_data):
    product = ProductFactory(name="Keripik Talas")
    edit_url = snippet_url(Product, "edit", product.pk)
    data = form_data(editor.get(edit_url), SNIPPET_FORM)

    response = editor.post(edit_url, data | {"name": "Keripik Ubi", "description": "{"})

    assert response.status_code == 400
    product.refresh_from_db()
    assert product.name == "Keripik Talas"


# --- SQLite under concurrent writes ------------------------------------------------------


def test_sqlite_waits_for_writers_instead_of_failing(tmp_path):
    """WAL, a 20 s busy timeout and IMMEDIATE transactions on a real SQLite file."""
    script = (
        "import json; from django.db import connection; c = connection.cursor(); "
        "print(json.dumps({p: c.execute(f'PRAGMA {p}').fetchone()[0] "
        "for p in ('journal_mode', 'busy_timeout', 'synchronous')} "
        "| {'mode': connection.transaction_mode}))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "village_site.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'desa.sqlite3'}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    pragmas = json.loads(result.stdout.strip().splitlines()[-1])
    assert pragmas == {
        "journal_mode": "wal",
        "busy_timeout": 20000,
        "synchronous": 1,
        "mode": "IMMEDIATE",
    }


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the suite runs on PostgreSQL")
def test_the_suites_own_sqlite_connection_has_the_same_options():
    options = connection.settings_dict["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 20
    assert "journal_mode=WAL" in options["init_command"]
