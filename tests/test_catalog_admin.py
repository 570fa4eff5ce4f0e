"""The "Katalog" admin: listings with status filter and export, the add form's Indonesian
validation, preview, and moderation from submission to the public page."""

import csv
import io
import json

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from catalog.models import Product, TourismSpot
from tests.factories import (
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def url_name(model, view):
    return f"wagtailsnippets_catalog_{model._meta.model_name}:{view}"


def rich_text(text):
    """The Draftail content state the admin's rich text editor posts."""
    block = {
        "key": "k1",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


def editor_form_data(response):
    """Every named field of the editor form, as the browser would post it untouched."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("input", attrs={"name": "name"}).find_parent("form")
    data = {}
    for field in form.select("input, select, textarea"):
        name = field.get("name")
        if not name:
            continue
        if field.name == "select":
            option = field.select_one("option[selected]") or field.select_one("option")
            data[name] = option.get("value", "") if option else ""
        elif field.name == "textarea":
            data[name] = field.get_text()
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def opening_hours_data(*days):
    """StreamField POST data, as the admin's JavaScript writes it, for (day, opens, closes)."""
    data = {"opening_hours-count": str(len(days))}
    for number, (day, opens_at, closes_at) in enumerate(days):
        prefix = f"opening_hours-{number}"
        data.update(
            {
                f"{prefix}-type": "day",
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(number),
                f"{prefix}-id": "",
                f"{prefix}-value-day": day,
                f"{prefix}-value-opens_at": opens_at,
                f"{prefix}-value-closes_at": closes_at,
            }
        )
    return data


def field_error(response, name):
    """The error text the admin shows under the field `name` ("" when none)."""
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(attrs={"name": name}).find_parent(attrs={"data-field": True})
    return " ".join(field.select_one("[data-field-errors]").get_text(" ").split())


@pytest.fixture
def moderation(db):
    """A one-step approval workflow for both catalog snippets."""
    workflow = Workflow.objects.create(name="Moderasi katalog uji")
    task = GroupApprovalTask.objects.create(name="Periksa isi katalog")
    task.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for model in (TourismSpot, Product):
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow


def start_moderation(item, user, workflow):
    item.save_revision(user=user)
    workflow.start(item, user)
    assert item.workflow_in_progress


@pytest.fixture
def product_form(admin_client, produk_index):
    """A valid new product as the add form posts it, with one gallery image."""
    data = editor_form_data(admin_client.get(reverse(url_name(Product, "add"))))
    data.update(
        {
            "name": "Gula Semut Organik",
            "slug": "",
            "category": str(ProductCategoryFactory(name="Makanan").pk),
            "description": rich_text("Gula semut dari nira kelapa."),
            "gallery_images-0-image": str(ImageFactory().pk),
            "gallery_images-0-alt_text": "Gula semut dalam toples kaca",
            "price": "18000",
            "original_price": "",
            "seller_name": "Bu Ani",
            "seller_whatsapp": "0812-3456-7890",
        }
    )
    return data


@pytest.fixture
def spot_form(admin_client, wisata_index):
    """A valid new tourist spot as the add form posts it, with Monday hours."""
    data = editor_form_data(admin_client.get(reverse(url_name(TourismSpot, "add"))))
    data.update(
        {
            "name": "Telaga Warna",
            "slug": "",
            "category": str(TourismCategoryFactory(name="Danau").pk),
            "short_description": "Telaga dengan air berwarna hijau kebiruan.",
            "description": rich_text("Telaga di kaki bukit."),
            "gallery_images-0-image": str(ImageFactory().pk),
            "gallery_images-0-alt_text": "Telaga berwarna hijau di pagi hari",
            "latitude": "-7.250000",
            "longitude": "109.290000",
            "ticket_price": "5000",
            "contact_phone": "0812 3456 7890",
        }
    )
    data.update(opening_hours_data(("0", "08:00", "17:00")))
    return data


def post_add(client, model, data):
    return client.post(reverse(url_name(model, "add")), data)


# --- Listings -------------------------------------------------------------------------


def test_katalog_menu_is_in_the_admin(admin_client, village):
    response = admin_client.get("/admin/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Katalog" in content
    assert reverse(url_name(TourismSpot, "list")) in content
    assert reverse(url_name(Product, "list")) in content


def test_product_listing_shows_name_category_and_price(admin_client, produk_index):
    ProductFactory(name="Gula Kelapa", category=ProductCategoryFactory(name="Makanan"), price=25000)
    ProductFactory(name="Batik Tulis", category=ProductCategoryFactory(name="Kain"), price=1500000)

    response = admin_client.get(reverse(url_name(Product, "list")))

    assert response.status_code == 200
    rows = {
        row.select_one("td a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    }
    assert set(rows) == {"Gula Kelapa", "Batik Tulis"}
    assert "Makanan" in rows["Gula Kelapa"] and "Rp25.000" in rows["Gula Kelapa"]
    assert "Kain" in rows["Batik Tulis"] and "Rp1.500.000" in rows["Batik Tulis"]


def test_spot_listing_shows_name_category_and_ticket_price(admin_client, wisata_index):
    TourismSpotFactory(
        name="Curug Sewu", category=TourismCategoryFactory(name="Air Terjun"), ticket_price=10000
    )
    TourismSpotFactory(
        name="Bukit Senja", category=TourismCategoryFactory(name="Bukit"), ticket_price=0, images=0
    )

    response = admin_client.get(reverse(url_name(TourismSpot, "list")))

    assert response.status_code == 200
    rows = {
        row.select_one("td a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    }
    assert set(rows) == {"Curug Sewu", "Bukit Senja"}
    assert "Air Terjun" in rows["Curug Sewu"] and "Rp10.000" in rows["Curug Sewu"]
    assert "Bukit" in rows["Bukit Senja"] and "Gratis" in rows["Bukit Senja"]


@pytest.fixture
def items_in_each_state(admin_user, moderation, wisata_index, produk_index):
    """For each model: one live, one draft and one waiting for moderation."""
    for factory in (TourismSpotFactory, ProductFactory):
        factory(name="Sudah Terbit", images=0)
        factory(name="Masih Draf", images=0, live=False)
        waiting = factory(name="Menunggu Moderasi", images=0, live=False)
        start_moderation(waiting, admin_user, moderation)


@pytest.mark.parametrize("model", [TourismSpot, Product])
@pytest.mark.parametrize(
    "status, expected",
    [
        ("terbit", {"Sudah Terbit"}),
        ("draf", {"Masih Draf"}),
        ("moderasi", {"Menunggu Moderasi"}),
        ("", {"Sudah Terbit", "Masih Draf", "Menunggu Moderasi"}),
    ],
)
def test_status_filter_narrows_the_listing(
    admin_client, items_in_each_state, model, status, expected
):
    response = admin_client.get(reverse(url_name(model, "list")), {"status": status})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    names = {row.select_one("td a").get_text(strip=True) for row in soup.select("table tbody tr")}
    assert names == expected


def test_admin_search_finds_an_item_by_name(admin_client, wisata_index):
    TourismSpotFactory(name="Curug Sewu", images=0)
    TourismSpotFactory(name="Bukit Senja", images=0)

    response = admin_client.get(reverse(url_name(TourismSpot, "list")), {"q": "curug"})

    soup = BeautifulSoup(response.content, "html.parser")
    names = [row.select_one("td a").get_text(strip=True) for row in soup.select("table tbody tr")]
    assert names == ["Curug Sewu"]


def test_admin_search_results_can_be_sorted_by_name(admin_client, wisata_index):
    TourismSpotFactory(name="Curug Sewu", images=0)
    TourismSpotFactory(name="Curug Lawe", images=0)

    response = admin_client.get(
        reverse(url_name(TourismSpot, "list")), {"q": "curug", "ordering": "name"}
    )

    soup = BeautifulSoup(response.content, "html.parser")
    names = [row.select_one("td a").get_text(strip=True) for row in soup.select("table tbody tr")]
    assert names == ["Curug Lawe", "Curug Sewu"]


@pytest.mark.parametrize("model, factory", [(Product, ProductFactory), (TourismSpot, None)])
def test_csv_export_lists_the_items(admin_client, wisata_index, produk_index, model, factory):
    factory = factory or TourismSpotFactory
    factory(name="Gula Kelapa, Asli", images=0)
    factory(name="Batik Tulis", images=0, live=False)

    response = admin_client.get(reverse(url_name(model, "list")), {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    names = {row[0] for row in rows[1:]}
    assert names == {"Gula Kelapa, Asli", "Batik Tulis"}


def test_csv_export_follows_the_status_filter(admin_client, produk_index):
    ProductFactory(name="Gula Kelapa", images=0, seller_whatsapp="+6281398765432")
    ProductFactory(name="Masih Draf", images=0, live=False)

    response = admin_client.get(
        reverse(url_name(Product, "list")), {"export": "csv", "status": "terbit"}
    )

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[next(iter(row))] for row in rows] == ["Gula Kelapa"]
    assert "+6281398765432" in rows[0].values()


def test_xlsx_export_is_a_spreadsheet_with_the_items(admin_client, produk_index):
    ProductFactory(name="Gula Kelapa", images=0)

    response = admin_client.get(reverse(url_name(Product, "list")), {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    assert "Gula Kelapa" in [cell.value for cell in sheet["A"]]


FORMULAS = {
    "name": '=HYPERLINK("http://jahat.example/","Klik untuk hadiah")',
    "short_description": "@SUM(A1:A9)",
    "address": "+cmd|' /C calc'!A0",
    "category": "-2+3+cmd|' /C calc'!A0",
}


@pytest.fixture
def spot_with_formulas(wisata_index):
    """Text an editor typed that a spreadsheet would run, and a southern latitude."""
    texts = FORMULAS | {"category": TourismCategoryFactory(name=FORMULAS["category"])}
    return TourismSpotFactory(images=0, latitude="-7.250000", longitude="109.290000", **texts)


def test_csv_export_keeps_formulas_as_text(admin_client, spot_with_formulas):
    response = admin_client.get(reverse(url_name(TourismSpot, "list")), {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    cells = rows[1]
    for value in FORMULAS.values():
        assert f"'{value}" in cells
        assert value not in cells
    assert "-7.250000" in cells
    assert "109.290000" in cells


def test_xlsx_export_keeps_formulas_as_text_and_numbers_as_numbers(
    admin_client, spot_with_formulas
):
    response = admin_client.get(reverse(url_name(TourismSpot, "list")), {"export": "xlsx"})

    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cells = [cell for cell in sheet[2]]
    values = [cell.value for cell in cells]
    for value in FORMULAS.values():
        assert f"'{value}" in values
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert -7.25 in values
    assert 109.29 in values


# --- Adding through the admin: Indonesian validation ----------------------------------


def test_valid_product_is_saved_as_a_draft_by_default(admin_client, product_form):
    response = post_add(admin_client, Product, product_form)

    assert response.status_code == 302
    product = Product.objects.get()
    assert (product.name, product.slug) == ("Gula Semut Organik", "gula-semut-organik")
    assert product.live is False
    assert product.seller_whatsapp == "+6281234567890"
    assert product.price == 18000
    assert [image.alt_text for image in product.gallery_images.all()] == [
        "Gula semut dalam toples kaca"
    ]
    assert Client().get("/produk/gula-semut-organik/").status_code == 404


def test_valid_product_with_publish_action_goes_live(admin_client, product_form):
    response = post_add(admin_client, Product, product_form | {"action-publish": "action-publish"})

    assert response.status_code == 302
    product = Product.objects.get()
    assert product.live is True
    page = Client().get("/produk/gula-semut-organik/")
    assert page.status_code == 200
    assert "Gula Semut Organik" in page.content.decode()


def test_valid_spot_with_opening_hours_is_saved(admin_client, spot_form):
    response = post_add(admin_client, TourismSpot, spot_form | {"action-publish": "action-publish"})

    assert response.status_code == 302
    spot = TourismSpot.objects.get()
    assert spot.contact_phone == "+6281234567890"
    hours = spot.weekly_hours()
    assert [(day["day"], str(day["opens_at"]), str(day["closes_at"])) for day in hours] == [
        ("0", "08:00:00", "17:00:00")
    ]
    assert spot.live is True


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"seller_whatsapp": "12345"}, "seller_whatsapp", "Nomor telepon tidak valid"),
        (
            {"seller_whatsapp": "0281-891234"},
            "seller_whatsapp",
            "WhatsApp harus nomor ponsel, misalnya 0812-3456-7890.",
        ),
        ({"price": "0"}, "price", "Harga harus lebih dari Rp0."),
        ({"price": "-5000"}, "price", "Pastikan nilai ini lebih besar dari atau sama dengan 0."),
        (
            {"price": "25000", "original_price": "20000"},
            "original_price",
            "Harga sebelum diskon harus lebih tinggi dari harga.",
        ),
    ],
)
def test_invalid_product_is_refused_with_indonesian_message_at_the_field(
    admin_client, product_form, changes, field, message
):
    response = post_add(admin_client, Product, product_form | changes)

    assert response.status_code == 200
    assert message in field_error(response, field)
    assert Product.objects.count() == 0


def test_product_with_several_errors_shows_each_and_saves_nothing(admin_client, product_form):
    response = post_add(
        admin_client,
        Product,
        product_form | {"seller_whatsapp": "12345", "price": "0", "action-publish": "1"},
    )

    assert response.status_code == 200
    assert "Nomor telepon tidak valid" in field_error(response, "seller_whatsapp")
    assert field_error(response, "price") == "Harga harus lebih dari Rp0."
    assert field_error(response, "name") == ""
    assert Product.objects.count() == 0


def test_product_without_gallery_image_is_refused(admin_client, product_form):
    response = post_add(admin_client, Product, product_form | {"gallery_images-0-image": ""})

    assert response.status_code == 200
    assert field_error(response, "gallery_images-0-image")
    assert Product.objects.count() == 0


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"latitude": "91"}, "latitude"),
        ({"latitude": "-91"}, "latitude"),
        ({"longitude": "181"}, "longitude"),
        ({"longitude": "-181"}, "longitude"),
    ],
)
def test_out_of_range_coordinates_are_refused(admin_client, spot_form, changes, field):
    response = post_add(admin_client, TourismSpot, spot_form | changes)

    assert response.status_code == 200
    assert field_error(response, field).startswith("Pastikan nilai ini lebih")
    assert TourismSpot.objects.count() == 0


def test_spot_bad_contact_phone_is_refused(admin_client, spot_form):
    response = post_add(admin_client, TourismSpot, spot_form | {"contact_phone": "12345"})

    assert response.status_code == 200
    assert "Nomor telepon tidak valid" in field_error(response, "contact_phone")
    assert TourismSpot.objects.count() == 0


def test_closing_before_opening_time_is_refused(admin_client, spot_form):
    data = spot_form | opening_hours_data(("0", "17:00", "08:00"))

    response = post_add(admin_client, TourismSpot, data)

    assert response.status_code == 200
    assert "Jam tutup harus setelah jam buka." in response.content.decode()
    assert TourismSpot.objects.count() == 0


def test_same_day_twice_is_refused(admin_client, spot_form):
    data = spot_form | opening_hours_data(("0", "08:00", "17:00"), ("0", "09:00", "12:00"))

    response = post_add(admin_client, TourismSpot, data)

    assert response.status_code == 200
    assert "Setiap hari hanya boleh diisi satu kali." in response.content.decode()
    assert TourismSpot.objects.count() == 0


def test_phone_typed_with_country_code_and_spaces_is_accepted(admin_client, product_form):
    response = post_add(
        admin_client, Product, product_form | {"seller_whatsapp": "+62 812 3456 7890"}
    )

    assert response.status_code == 302
    assert Product.objects.get().seller_whatsapp == "+6281234567890"


# --- Preview --------------------------------------------------------------------------


def test_preview_of_an_edited_product_shows_the_edited_name(admin_client, produk_index):
    product = ProductFactory(name="Gula Kelapa")
    edit_url = reverse(url_name(Product, "edit"), args=[product.pk])
    preview_url = reverse(url_name(Product, "preview_on_edit"), args=[product.pk])
    data = editor_form_data(admin_client.get(edit_url)) | {"name": "Gula Kelapa Super"}

    posted = admin_client.post(preview_url, data)
    response = admin_client.get(preview_url)

    assert posted.json() == {"is_valid": True, "is_available": True}
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "catalog/product_detail.html"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Gula Kelapa Super"
    assert Product.objects.get(pk=product.pk).name == "Gula Kelapa"
    assert "Gula Kelapa Super" not in Client().get("/produk/gula-kelapa/").content.decode()


def test_preview_of_an_unsaved_product_renders_the_detail_template(admin_client, product_form):
    preview_url = reverse(url_name(Product, "preview_on_add"))

    posted = admin_client.post(preview_url, product_form)
    response = admin_client.get(preview_url)

    assert posted.json()["is_valid"] is True
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Gula Semut Organik"
    assert soup.select_one(".price").get_text(strip=True) == "Rp18.000"
    assert Product.objects.count() == 0


def test_preview_of_an_invalid_form_is_not_available(admin_client, product_form):
    preview_url = reverse(url_name(Product, "preview_on_add"))

    posted = admin_client.post(preview_url, product_form | {"price": "0"})

    assert posted.json()["is_valid"] is False


def test_anonymous_visitor_gets_no_preview(client, produk_index):
    product = ProductFactory(name="Gula Kelapa", images=0)
    preview_url = reverse(url_name(Product, "preview_on_edit"), args=[product.pk])

    response = client.get(preview_url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "Gula Kelapa" not in response.content.decode()


# --- Moderation round trip ------------------------------------------------------------


def submit_for_moderation(client, model, item):
    edit_url = reverse(url_name(model, "edit"), args=[item.pk])
    data = editor_form_data(client.get(edit_url))
    if model is TourismSpot:
        data |= opening_hours_data(("0", "08:00", "17:00"))
    response = client.post(edit_url, data | {"action-submit": "1"})
    assert response.status_code == 302
    item.refresh_from_db()
    return item


def workflow_action(client, model, item, action, comment=""):
    task_state = item.current_workflow_task_state
    url = reverse(url_name(model, "workflow_action"), args=[item.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


@pytest.mark.parametrize(
    "model, factory, index_slug",
    [(TourismSpot, TourismSpotFactory, "wisata"), (Product, ProductFactory, "produk")],
)
def test_submitted_item_goes_live_only_when_approved(
    admin_client, moderation, wisata_index, produk_index, model, factory, index_slug
):
    item = factory(name="Usulan Warga Baru", live=False)
    public_url = f"/{index_slug}/{item.slug}/"

    submit_for_moderation(admin_client, model, item)

    assert item.workflow_in_progress
    assert item.live is False
    assert Client().get(public_url).status_code == 404
    listing = admin_client.get(reverse(url_name(model, "list")), {"status": "moderasi"})
    assert "Usulan Warga Baru" in listing.content.decode()

    response = workflow_action(admin_client, model, item, "approve")

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.live is True
    assert not item.workflow_in_progress
    page = Client().get(public_url)
    assert page.status_code == 200
    assert BeautifulSoup(page.content, "html.parser").h1.get_text(strip=True) == (
        "Usulan Warga Baru"
    )


@pytest.mark.parametrize(
    "model, factory, index_slug",
    [(TourismSpot, TourismSpotFactory, "wisata"), (Product, ProductFactory, "produk")],
)
def test_rejected_item_stays_unpublished(
    admin_client, moderation, wisata_index, produk_index, model, factory, index_slug
):
    item = factory(name="Usulan Ditolak", live=False)
    submit_for_moderation(admin_client, model, item)

    response = workflow_action(admin_client, model, item, "reject", "Fotonya kurang jelas.")

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.live is False
    assert not item.workflow_in_progress
    assert item.current_workflow_state.status == "needs_changes"
    assert Client().get(f"/{index_slug}/{item.slug}/").status_code == 404
