"""The "Katalog" admin: listings with status filter and export, the add form's Indonesian
validation, preview, moderation from submission to the public page; drafts without photos,
opening hours for several days at once and the map point from a pasted link."""

import csv
import io
import json
from decimal import Decimal

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowTask,
)

from catalog.models import Product, TourismSpot
from tests.browser import browser_test_marks, log_in, type_in_rich_text
from tests.factories import (
    HomePageFactory,
    ImageFactory,
    ProductCategoryFactory,
    ProductFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)
from tests.helpers import PENULIS, SNIPPET_FORM, form_data, logged_in, make_superuser, make_user

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


def opening_hours_data(*entries):
    """StreamField POST data, as the admin's JavaScript writes it, for (days, opens, closes):
    days is a weekday ("0" = Monday), a list of them, or "setiap" for every day; a missing
    time with "tutup" marks the days closed."""
    data = {"opening_hours-count": str(len(entries))}
    for number, (days, opens_at, closes_at) in enumerate(entries):
        prefix = f"opening_hours-{number}"
        data.update(
            {
                f"{prefix}-type": "hours",
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(number),
                f"{prefix}-id": "",
                f"{prefix}-value-days": [] if days == "setiap" else list(days),
                f"{prefix}-value-opens_at": "" if opens_at == "tutup" else opens_at,
                f"{prefix}-value-closes_at": "" if opens_at == "tutup" else closes_at,
            }
        )
        if days == "setiap":
            data[f"{prefix}-value-every_day"] = "on"
        if opens_at == "tutup":
            data[f"{prefix}-value-closed"] = "on"
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
            "location": "-7.25, 109.29",
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


@pytest.mark.parametrize("location", ["91, 109.29", "-91, 109.29", "-7.25, 181", "-7.25, -181"])
def test_out_of_range_coordinates_are_refused(admin_client, spot_form, location):
    response = post_add(admin_client, TourismSpot, spot_form | {"location": location})

    assert response.status_code == 200
    assert field_error(response, "location").startswith("Lintang harus antara -90 dan 90")
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


# --- Photos: optional in a draft, required to go public --------------------------------


def new_item_data(client, model, name="Usulan Baru", **changes):
    """The add form as rendered for this user, filled in without any photo: its one gallery
    row stays blank, as an editor leaves it."""
    data = form_data(client.get(reverse(url_name(model, "add"))), SNIPPET_FORM)
    if model is Product:
        data |= {
            "name": name,
            "category": str(ProductCategoryFactory(name="Makanan").pk),
            "description": rich_text("Gula semut dari nira kelapa."),
            "price": "18000",
            "seller_name": "Bu Ani",
            "seller_whatsapp": "0812-3456-7890",
        }
    else:
        data |= {
            "name": name,
            "category": str(TourismCategoryFactory(name="Danau").pk),
            "short_description": "Telaga dengan air berwarna hijau kebiruan.",
            "description": rich_text("Telaga di kaki bukit."),
        } | opening_hours_data(("0", "08:00", "17:00"))
    return data | changes


def with_photo(data, alt_text="Telaga berwarna hijau di pagi hari"):
    return data | {
        "gallery_images-0-image": str(ImageFactory().pk),
        "gallery_images-0-alt_text": alt_text,
    }


def gallery_error(response):
    """The error shown at the top of the Galeri panel, in the Konten tab ("" when none)."""
    page = BeautifulSoup(response.content, "html.parser")
    panel = page.select_one("#tab-konten #panel-child-konten-galeri-content")
    error = panel.find(class_="error-message", recursive=False)
    return " ".join(error.get_text(" ").split()) if error else ""


def banner(response):
    return " ".join(
        BeautifulSoup(response.content, "html.parser").select_one(".messages").text.split()
    )


@pytest.fixture
def kepala(db):
    return make_superuser("kades")


@pytest.fixture(params=["penulis", "kepala"])
def author(request, wisata_index, produk_index):
    """Who writes drafts: a Penulis, and the village head's superuser account."""
    return request.getfixturevalue(request.param)


MODELS = pytest.mark.parametrize("model", [Product, TourismSpot], ids=["produk", "wisata"])


@MODELS
def test_add_form_offers_one_blank_photo_row(penulis, produk_index, wisata_index, model):
    data = new_item_data(logged_in(penulis), model)

    assert data["gallery_images-TOTAL_FORMS"] == ["1"]
    assert data["gallery_images-MIN_NUM_FORMS"] == ["0"]


@MODELS
def test_draft_without_photo_is_saved_through_the_add_form(author, model):
    client = logged_in(author)

    response = client.post(reverse(url_name(model, "add")), new_item_data(client, model))

    assert response.status_code == 302
    item = model.objects.get(name="Usulan Baru")
    assert item.live is False
    assert list(item.gallery_images.all()) == []
    assert [revision.user for revision in item.revisions.all()] == [author]


@MODELS
def test_draft_with_photo_but_no_alt_text_is_saved(author, model):
    client = logged_in(author)

    data = with_photo(new_item_data(client, model), alt_text="")
    response = client.post(reverse(url_name(model, "add")), data)

    assert response.status_code == 302
    assert [photo.alt_text for photo in model.objects.get().gallery_images.all()] == [""]


@MODELS
def test_photo_removed_from_a_draft_through_the_edit_form_is_saved(author, model):
    factory = ProductFactory if model is Product else TourismSpotFactory
    item = factory(name="Usulan Lama", live=False)
    client = logged_in(author)
    edit = reverse(url_name(model, "edit"), args=[item.pk])
    data = form_data(client.get(edit), SNIPPET_FORM) | {"gallery_images-0-DELETE": "1"}
    if model is TourismSpot:
        data |= opening_hours_data(("0", "08:00", "17:00"))

    response = client.post(edit, data)

    assert response.status_code == 302
    draft = model.objects.get(pk=item.pk).get_latest_revision_as_object()
    assert list(draft.gallery_images.all()) == []


@MODELS
def test_submitting_without_photo_is_refused_at_the_gallery_and_saves_nothing(
    penulis, moderator, produk_index, wisata_index, model
):
    client = logged_in(penulis)
    data = new_item_data(client, model) | {"action-submit": "1"}

    response = client.post(reverse(url_name(model, "add")), data)

    assert response.status_code == 200
    assert gallery_error(response) == (
        "Tambahkan minimal satu foto di Galeri sebelum dikirim ke moderator atau "
        "diterbitkan. Draf boleh disimpan tanpa foto."
    )
    assert "Belum bisa dikirim ke moderator atau diterbitkan" in banner(response)
    assert "tab Konten, bagian Galeri" in banner(response)
    assert model.objects.count() == 0
    assert mail.outbox == []
    # What the editor typed is still in the form.
    assert form_data(response, SNIPPET_FORM)["name"] == ["Usulan Baru"]


def test_submitting_a_draft_without_photo_from_the_edit_form_leaves_it_a_draft(
    penulis, produk_index
):
    client = logged_in(penulis)
    client.post(reverse(url_name(Product, "add")), new_item_data(client, Product))
    product = Product.objects.get()
    edit = reverse(url_name(Product, "edit"), args=[product.pk])

    response = client.post(edit, form_data(client.get(edit), SNIPPET_FORM) | {"action-submit": "1"})

    assert response.status_code == 200
    assert gallery_error(response).startswith("Tambahkan minimal satu foto")
    product.refresh_from_db()
    assert not product.workflow_in_progress
    assert product.revisions.count() == 1


def test_submitting_a_photo_without_alt_text_is_refused_at_that_photo(penulis, wisata_index):
    client = logged_in(penulis)
    data = with_photo(new_item_data(client, TourismSpot), alt_text="") | {"action-submit": "1"}

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 200
    assert field_error(response, "gallery_images-0-alt_text") == (
        "Isi teks alternatif foto ini (jelaskan isi fotonya) sebelum dikirim ke moderator atau "
        "diterbitkan."
    )
    assert gallery_error(response) == ""
    assert TourismSpot.objects.count() == 0


@MODELS
def test_submitting_with_photo_and_alt_text_goes_to_the_moderator(
    penulis, moderator, produk_index, wisata_index, model
):
    client = logged_in(penulis)
    data = with_photo(new_item_data(client, model)) | {"action-submit": "1"}

    response = client.post(reverse(url_name(model, "add")), data)

    assert response.status_code == 302
    item = model.objects.get()
    assert item.workflow_in_progress
    assert item.live is False


@MODELS
@pytest.mark.parametrize("publisher", ["moderator", "kepala"])
def test_publishing_without_photo_is_refused_and_nothing_goes_live(
    request, produk_index, wisata_index, model, publisher
):
    client = logged_in(request.getfixturevalue(publisher))
    data = new_item_data(client, model) | {"action-publish": "1"}

    response = client.post(reverse(url_name(model, "add")), data)

    assert response.status_code == 200
    assert gallery_error(response).startswith("Tambahkan minimal satu foto")
    assert model.objects.count() == 0


def test_scheduling_publication_without_photo_is_refused(moderator, produk_index):
    product = ProductFactory(name="Gula Semut", images=0, live=False)
    client = logged_in(moderator)
    edit = reverse(url_name(Product, "edit"), args=[product.pk])
    data = form_data(client.get(edit), SNIPPET_FORM) | {
        "go_live_at": "2099-01-01 08:00",
        "action-publish": "1",
    }

    response = client.post(edit, data)

    assert response.status_code == 200
    assert gallery_error(response).startswith("Tambahkan minimal satu foto")
    assert not product.revisions.filter(approved_go_live_at__isnull=False).exists()


@pytest.fixture
def waiting_without_photo(penulis, moderator, produk_index):
    """A product submitted with its photo whose latest revision, saved since, has none:
    approving publishes the latest revision."""
    client = logged_in(penulis)
    data = with_photo(new_item_data(client, Product, name="Gula Semut")) | {"action-submit": "1"}
    assert client.post(reverse(url_name(Product, "add")), data).status_code == 302
    product = Product.objects.get()
    product.gallery_images.all().delete()
    Product.objects.get(pk=product.pk).save_revision(user=penulis)
    assert product.workflow_in_progress
    return product


def approve_url(product):
    task_state = product.current_workflow_task_state
    return reverse(
        url_name(Product, "workflow_action"), args=[product.pk, "approve", task_state.pk]
    )


def test_approving_a_latest_revision_without_photo_is_refused_with_a_message(
    moderator, waiting_without_photo
):
    product = waiting_without_photo
    client = logged_in(moderator)

    response = client.post(approve_url(product), {"comment": ""}, follow=True)

    edit = reverse(url_name(Product, "edit"), args=[product.pk])
    assert response.redirect_chain == [(edit, 302)]
    assert banner(response).startswith(
        "“Gula Semut” belum bisa disetujui dan diterbitkan. Tambahkan minimal satu foto di "
        "Galeri sebelum dikirim ke moderator atau diterbitkan. Draf boleh disimpan tanpa foto."
    )
    product.refresh_from_db()
    assert product.live is False
    assert product.workflow_in_progress
    assert product.current_workflow_task_state.status == "in_progress"
    assert Client().get(f"/produk/{product.slug}/").status_code == 404


def test_approving_in_the_dialog_without_photo_sends_the_moderator_to_the_reason(
    moderator, waiting_without_photo
):
    client = logged_in(moderator)

    response = client.post(
        approve_url(waiting_without_photo),
        {"comment": "Bagus"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )

    edit = reverse(url_name(Product, "edit"), args=[waiting_without_photo.pk])
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == edit
    assert Product.objects.get(pk=waiting_without_photo.pk).live is False


def moderator_edit_data(client, product, action_name):
    edit = reverse(url_name(Product, "edit"), args=[product.pk])
    return edit, form_data(client.get(edit), SNIPPET_FORM) | {
        "action-workflow-action": "1",
        "workflow-action-name": action_name,
        "workflow-action-extra-data": json.dumps({"comment": "Foto belum ada."}),
    }


def test_approving_from_the_edit_form_without_photo_is_refused_at_the_gallery(
    moderator, waiting_without_photo
):
    client = logged_in(moderator)
    edit, data = moderator_edit_data(client, waiting_without_photo, "approve")

    response = client.post(edit, data)

    assert response.status_code == 200
    assert gallery_error(response).startswith("Tambahkan minimal satu foto")
    waiting_without_photo.refresh_from_db()
    assert waiting_without_photo.live is False
    assert waiting_without_photo.workflow_in_progress


def test_requesting_changes_to_an_item_without_photo_needs_no_photo(
    moderator, waiting_without_photo
):
    client = logged_in(moderator)
    edit, data = moderator_edit_data(client, waiting_without_photo, "reject")

    response = client.post(edit, data)

    assert response.status_code == 302
    waiting_without_photo.refresh_from_db()
    assert waiting_without_photo.current_workflow_state.status == "needs_changes"


def test_preview_of_a_draft_without_photo_is_available(penulis, produk_index):
    client = logged_in(penulis)
    preview_url = reverse(url_name(Product, "preview_on_add"))

    posted = client.post(preview_url, new_item_data(client, Product, name="Gula Semut"))
    response = client.get(preview_url)

    assert posted.json()["is_valid"] is True
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text(strip=True) == "Gula Semut"
    assert page.select("main img") == []


# --- Opening hours for several days at once --------------------------------------------


def test_spot_hours_for_a_working_week_and_a_closed_sunday_are_saved(penulis, wisata_index):
    client = logged_in(penulis)
    data = new_item_data(client, TourismSpot) | opening_hours_data(
        (["0", "1", "2", "3", "4"], "08:00", "16:00"), ("5", "08:00", "12:00"), ("6", "tutup", "")
    )

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 302
    spot = TourismSpot.objects.get()
    assert [child.value.days_label for child in spot.opening_hours] == [
        "Senin–Jumat",
        "Sabtu",
        "Minggu",
    ]
    assert [(day["day"], day.hours_label) for day in spot.weekly_hours()] == [
        ("0", "08.00–16.00 WIB"),
        ("1", "08.00–16.00 WIB"),
        ("2", "08.00–16.00 WIB"),
        ("3", "08.00–16.00 WIB"),
        ("4", "08.00–16.00 WIB"),
        ("5", "08.00–12.00 WIB"),
        ("6", "Tutup"),
    ]


def test_spot_open_every_day_except_monday_is_saved(penulis, wisata_index):
    client = logged_in(penulis)
    data = new_item_data(client, TourismSpot) | opening_hours_data(
        ("setiap", "07:00", "17:00"), ("0", "tutup", "")
    )

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 302
    week = TourismSpot.objects.get().week()
    assert week[0]["closed"] is True
    assert [week[day].hours_label for day in range(1, 7)] == ["07.00–17.00 WIB"] * 6


def test_hours_entry_without_a_day_is_refused_at_its_days(penulis, wisata_index):
    client = logged_in(penulis)
    data = new_item_data(client, TourismSpot) | opening_hours_data(([], "08:00", "16:00"))

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 200
    assert "Pilih harinya, atau centang &#x27;Setiap hari&#x27;." in response.content.decode()
    assert TourismSpot.objects.count() == 0


# --- Location from a pasted link -------------------------------------------------------


@pytest.mark.parametrize(
    "location",
    [
        "https://www.google.com/maps/place/Telaga+Warna/@-7.2345,109.2345,15z",
        "https://www.openstreetmap.org/?mlat=-7.2345&mlon=109.2345#map=16/-7.2345/109.2345",
        "-7,2345 109,2345",
    ],
)
def test_pasted_map_link_fills_latitude_and_longitude(penulis, wisata_index, location):
    client = logged_in(penulis)
    data = new_item_data(client, TourismSpot) | {"location": location}

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 302
    spot = TourismSpot.objects.get()
    assert (spot.latitude, spot.longitude) == (Decimal("-7.234500"), Decimal("109.234500"))


@pytest.mark.parametrize(
    "location, message",
    [
        ("https://maps.app.goo.gl/AbCdEf123", "Tautan pendek (seperti maps.app.goo.gl)"),
        ("di dekat balai desa", "Lokasi tidak dikenali"),
        ("48.8584, 2.2945", "berada di luar Indonesia"),
        ("http://[::1", "Lokasi tidak dikenali"),
    ],
)
def test_bad_location_is_refused_at_the_field_in_indonesian(
    penulis, wisata_index, location, message
):
    client = logged_in(penulis)
    data = new_item_data(client, TourismSpot) | {"location": location}

    response = client.post(reverse(url_name(TourismSpot, "add")), data)

    assert response.status_code == 200
    assert message in field_error(response, "location")
    assert form_data(response, SNIPPET_FORM)["location"] == [location]
    assert TourismSpot.objects.count() == 0


def test_edit_form_shows_the_spot_location_as_coordinates(penulis, wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", latitude="-7.250000", longitude="109.290000")
    client = logged_in(penulis)

    data = form_data(
        client.get(reverse(url_name(TourismSpot, "edit"), args=[spot.pk])), SNIPPET_FORM
    )

    assert data["location"] == ["-7.25, 109.29"]
    assert "latitude" not in data and "longitude" not in data


def test_emptied_location_clears_the_coordinates(penulis, wisata_index):
    spot = TourismSpotFactory(name="Curug Sewu", live=False)
    client = logged_in(penulis)
    edit = reverse(url_name(TourismSpot, "edit"), args=[spot.pk])
    data = form_data(client.get(edit), SNIPPET_FORM) | opening_hours_data(("0", "08:00", "17:00"))

    response = client.post(edit, data | {"location": ""})

    assert response.status_code == 302
    draft = TourismSpot.objects.get(pk=spot.pk).get_latest_revision_as_object()
    assert (draft.latitude, draft.longitude) == (None, None)


# --- In chromium: a Penulis writes a Wisata without its photo yet ----------------------


def in_browser(test):
    for mark in reversed(browser_test_marks):
        test = mark(test)
    return test


@pytest.fixture
def wisata_in_browser(live_server, settings):
    # Autosave has its own browser test (test_e2e_editing.py); here only clicks save.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    VillageSettingsFactory(site=Site.objects.get(is_default_site=True))
    WisataIndexPageFactory(parent=home)
    make_user(PENULIS)
    return TourismCategoryFactory(name="Danau")


@in_browser
def test_penulis_writes_a_wisata_in_chromium_and_saves_it_without_photo(
    browser, live_server, wisata_in_browser
):
    page = log_in(browser, live_server.url, "penulis")
    page.goto(f"{live_server.url}{reverse(url_name(TourismSpot, 'add'))}")
    page.fill("#id_name", "Telaga Warna")
    # The category is a snippet chooser; what its dialog writes is the hidden input's value.
    page.eval_on_selector("#id_category", "(input, pk) => input.value = pk", wisata_in_browser.pk)
    page.fill("#id_short_description", "Telaga dengan air berwarna hijau kebiruan.")
    type_in_rich_text(page, "id_description", "Telaga di kaki bukit.")
    page.fill("#id_location", "https://www.google.com/maps/place/Telaga/@-7.2345,109.2345,15z")
    # One kind of block: the add button inserts an opening-hours entry straight away.
    page.locator("[data-contentpath='opening_hours'] button.c-sf-add-button").last.click()
    for day in range(5):
        page.check(f"#opening_hours-0-value-days_{day}")
    page.fill("#opening_hours-0-value-opens_at", "08:00")
    page.fill("#opening_hours-0-value-closes_at", "16:00")

    page.click("footer button[name='action-submit']")
    page.wait_for_selector(".messages .error")

    assert "Belum bisa dikirim ke moderator" in page.inner_text(".messages")
    assert page.get_by_text("Tambahkan minimal satu foto di Galeri").is_visible()
    assert not TourismSpot.objects.exists()

    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Simpan draf").click()
    page.wait_for_selector(".messages .success")

    spot = TourismSpot.objects.get()
    assert spot.live is False
    assert (spot.latitude, spot.longitude) == (Decimal("-7.234500"), Decimal("109.234500"))
    assert [row["days"] for row in spot.hours_table()] == ["Senin–Jumat", "Sabtu–Minggu"]
    assert page.input_value("#id_location") == "-7.2345, 109.2345"
