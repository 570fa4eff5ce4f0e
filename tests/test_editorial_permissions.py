"""Who may do what in the admin: the "Penulis" and "Moderator" roles that the editorial
migration installs, asserted through Wagtail's own views (pages and catalog snippets),
plus the groups and the "Moderasi" workflow the migration leaves in every database.
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    Page,
    ReferenceIndex,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    rich_text,
)

from catalog.models import Product, TourismSpot
from core.models import VillageSettings
from tests.factories import (
    ImageFactory,
    ProductCategoryFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
)
from tests.helpers import (
    KINDS,
    MODERATOR,
    PAGE_FORM,
    PENULIS,
    ROLES,
    SNIPPET_FORM,
    body_data,
    create_item,
    current,
    draft_title,
    edit_form_data,
    edit_url,
    form_data,
    get_soup,
    live_title,
    logged_in,
    make_superuser,
    make_user,
    model_for,
    opening_hours_data,
    public_url,
    snippet_url,
    title_field,
    view_url,
    workflow_action_url,
)

# --- Role matrix: create --------------------------------------------------------------


def add_url(kind, sections):
    if kind == "article":
        return reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", sections["article"].pk]
        )
    return snippet_url(model_for(kind), "add")


def add_form_data(client, kind, sections, title):
    """A complete, valid new item as the add form posts it."""
    if kind == "article":
        data = form_data(client.get(add_url(kind, sections)), PAGE_FORM)
        return data | body_data() | {"title": title, "slug": slugify(title), "intro": "Ringkasan."}
    data = form_data(client.get(add_url(kind, sections)), SNIPPET_FORM)
    data |= {
        "name": title,
        "slug": "",
        "description": rich_text("<p>Deskripsi untuk warga.</p>"),
        "gallery_images-0-image": str(ImageFactory().pk),
        "gallery_images-0-alt_text": "Foto dari dekat",
    }
    if kind == "product":
        return data | {
            "category": str(ProductCategoryFactory().pk),
            "price": "18000",
            "seller_name": "Bu Ani",
            "seller_whatsapp": "0812-3456-7890",
        }
    return (
        data
        | opening_hours_data()
        | {
            "category": str(TourismCategoryFactory().pk),
            "short_description": "Telaga yang jernih.",
        }
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", ROLES)
def test_role_can_open_the_add_form(sections, role, kind):
    client = logged_in(make_user(role))

    response = client.get(add_url(kind, sections))

    assert response.status_code == 200
    form_id = PAGE_FORM if kind == "article" else SNIPPET_FORM
    assert f'id="{form_id}"' in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", ROLES)
def test_role_creates_an_unpublished_draft_through_the_add_form(sections, role, kind):
    user = make_user(role)
    client = logged_in(user)
    data = add_form_data(client, kind, sections, "Telaga Biru Baru")

    response = client.post(add_url(kind, sections), data)

    assert response.status_code == 302
    item = model_for(kind).objects.get(**{title_field(kind): "Telaga Biru Baru"})
    assert item.live is False
    assert item.slug == "telaga-biru-baru"
    assert [revision.user for revision in item.revisions.all()] == [user]


@pytest.mark.parametrize("kind", KINDS)
def test_user_without_a_role_is_sent_to_the_login_and_creates_nothing(sections, kind):
    client = logged_in(make_user(None))
    count = model_for(kind).objects.count()

    response = client.post(add_url(kind, sections), {title_field(kind): "Tanpa Izin"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert model_for(kind).objects.count() == count


# --- Role matrix: edit, submit, publish -----------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", ROLES)
def test_role_edit_saves_a_draft_revision_and_leaves_the_live_content(make_item, role, kind):
    user = make_user(role)
    client = logged_in(user)
    item = make_item(kind, "Judul Lama")
    revisions = item.revisions.count()

    response = client.post(
        edit_url(kind, item),
        edit_form_data(client, kind, item, **{title_field(kind): "Judul Baru"}),
    )

    assert response.status_code == 302
    item = current(kind, item)
    assert item.revisions.count() == revisions + 1
    assert item.latest_revision.user == user
    assert draft_title(kind, item) == "Judul Baru"
    assert live_title(kind, item) == "Judul Lama"
    assert item.live is True
    assert item.has_unpublished_changes is True
    assert Client().get(public_url(kind, item)).content.decode().count("Judul Baru") == 0


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", ROLES)
def test_role_submit_starts_the_moderasi_workflow(make_item, role, kind):
    user = make_user(role)
    client = logged_in(user)
    item = make_item(kind, "Usulan Warga", live=False)

    response = client.post(
        edit_url(kind, item), edit_form_data(client, kind, item) | {"action-submit": "1"}
    )

    assert response.status_code == 302
    item = current(kind, item)
    state = item.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderasi"
    assert state.requested_by == user
    assert item.current_workflow_task.name == "Persetujuan moderator"
    assert item.live is False


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role, offered", [(PENULIS, False), (MODERATOR, True)])
def test_edit_form_offers_publish_only_to_moderators_and_submit_to_both(
    make_item, role, offered, kind
):
    client = logged_in(make_user(role))
    item = make_item(kind, "Judul Lama")

    content = client.get(edit_url(kind, item)).content.decode()

    assert ('name="action-publish"' in content) is offered
    assert 'name="action-submit"' in content


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_publish_post_only_saves_a_draft_and_the_old_content_stays_live(make_item, kind):
    client = logged_in(make_user(PENULIS))
    item = make_item(kind, "Judul Lama")
    data = edit_form_data(client, kind, item, **{title_field(kind): "Judul Baru"})

    response = client.post(edit_url(kind, item), data | {"action-publish": "1"})

    assert response.status_code == 302
    item = current(kind, item)
    assert live_title(kind, item) == "Judul Lama"
    assert draft_title(kind, item) == "Judul Baru"
    assert item.has_unpublished_changes is True
    assert not WorkflowState.objects.exists()
    public = Client().get(public_url(kind, item)).content.decode()
    assert "Judul Lama" in public and "Judul Baru" not in public


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_publish_post_leaves_a_draft_unpublished(make_item, kind):
    client = logged_in(make_user(PENULIS))
    item = make_item(kind, "Masih Draf", live=False)

    response = client.post(
        edit_url(kind, item), edit_form_data(client, kind, item) | {"action-publish": "1"}
    )

    assert response.status_code == 302
    assert current(kind, item).live is False
    assert Client().get(public_url(kind, item)).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_moderator_publish_post_makes_the_change_live_without_moderation(make_item, kind):
    """The Moderasi workflow is assigned, yet Wagtail offers moderators "Publish" and
    publishes straight away: no workflow is started."""
    client = logged_in(make_user(MODERATOR))
    item = make_item(kind, "Judul Lama")
    data = edit_form_data(client, kind, item, **{title_field(kind): "Judul Baru"})

    response = client.post(edit_url(kind, item), data | {"action-publish": "1"})

    assert response.status_code == 302
    item = current(kind, item)
    assert item.live is True
    assert live_title(kind, item) == "Judul Baru"
    assert item.has_unpublished_changes is False
    assert not WorkflowState.objects.exists()
    public = Client().get(public_url(kind, item))
    assert public.status_code == 200
    assert "Judul Baru" in public.content.decode()


# --- Role matrix: unpublish and delete ------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_is_turned_away_from_unpublish_and_the_item_stays_live(make_item, kind):
    client = logged_in(make_user(PENULIS))
    item = make_item(kind, "Tetap Terbit")

    shown = client.get(view_url(kind, item, "unpublish"))
    posted = client.post(view_url(kind, item, "unpublish"))

    for response in (shown, posted):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert current(kind, item).live is True
    assert Client().get(public_url(kind, item)).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_moderator_unpublishes_and_the_public_page_disappears(make_item, kind):
    client = logged_in(make_user(MODERATOR))
    item = make_item(kind, "Akan Ditarik")

    assert client.get(view_url(kind, item, "unpublish")).status_code == 200
    response = client.post(view_url(kind, item, "unpublish"))

    assert response.status_code == 302
    assert current(kind, item).live is False
    assert Client().get(public_url(kind, item)).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_cannot_delete_live_content(make_item, kind):
    client = logged_in(make_user(PENULIS))
    item = make_item(kind, "Jangan Dihapus")

    shown = client.get(view_url(kind, item, "delete"))
    posted = client.post(view_url(kind, item, "delete"))

    for response in (shown, posted):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert model_for(kind).objects.filter(pk=item.pk, live=True).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_moderator_deletes_live_content(make_item, kind):
    client = logged_in(make_user(MODERATOR))
    item = make_item(kind, "Boleh Dihapus")
    url = public_url(kind, item)

    assert client.get(view_url(kind, item, "delete")).status_code == 200
    response = client.post(view_url(kind, item, "delete"))

    assert response.status_code == 302
    assert not model_for(kind).objects.filter(pk=item.pk).exists()
    assert Client().get(url).status_code == 404


# --- Other admin areas ----------------------------------------------------------------

EDITORIAL_AREAS = [
    "wagtailimages:add",
    "wagtailimages:add_multiple",
    "wagtaildocs:add",
    "wagtaildocs:add_multiple",
    "wagtailsnippets_catalog_product:list",
    "wagtailsnippets_catalog_tourismspot:list",
]


@pytest.mark.parametrize("url_name", EDITORIAL_AREAS)
@pytest.mark.parametrize("role", ROLES)
def test_roles_reach_uploads_and_catalog_listings(sections, role, url_name):
    client = logged_in(make_user(role))

    response = client.get(reverse(url_name))

    assert response.status_code == 200


def restricted_url(area, site):
    if area == "settings":
        return reverse("wagtailsettings:edit", args=["core", "villagesettings", site.pk])
    return reverse(f"wagtailusers_{area}:index")


@pytest.mark.parametrize("area", ["settings", "users", "groups"])
@pytest.mark.parametrize("role", ROLES)
def test_roles_are_kept_out_of_site_settings_and_user_admin(village, site, role, area):
    client = logged_in(make_user(role))

    response = client.get(restricted_url(area, site))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("area", ["settings", "users", "groups"])
def test_superuser_reaches_site_settings_and_user_admin(village, site, area):
    admin = make_superuser("kepala")

    response = logged_in(admin).get(restricted_url(area, site))

    assert response.status_code == 200


# --- What the migration installs ------------------------------------------------------


def test_migration_installs_the_two_roles_and_drops_wagtails_starter_groups(db):
    names = set(Group.objects.values_list("name", flat=True))

    assert {PENULIS, MODERATOR} <= names
    assert not names & {"Editors", "Moderators"}


def test_moderasi_workflow_has_one_moderator_approval_task(db):
    workflow = Workflow.objects.get(name="Moderasi")

    tasks = [task.specific for task in workflow.tasks]

    assert workflow.active is True
    assert [task.name for task in tasks] == ["Persetujuan moderator"]
    assert isinstance(tasks[0], GroupApprovalTask)
    assert tasks[0].active is True
    assert list(tasks[0].groups.values_list("name", flat=True)) == [MODERATOR]


def test_wagtails_starter_workflow_is_switched_off(db):
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == ["Moderasi"]


def test_moderasi_is_assigned_to_the_root_page_and_so_to_articles(make_item):
    article = make_item("article", "Berita Baru", live=False)

    assigned = WorkflowPage.objects.get(page=Page.get_first_root_node())

    assert assigned.workflow.name == "Moderasi"
    assert article.get_workflow().name == "Moderasi"


@pytest.mark.parametrize("model", [TourismSpot, Product])
def test_moderasi_is_assigned_to_the_catalog_snippets(db, model):
    assigned = WorkflowContentType.objects.get(
        content_type=ContentType.objects.get_for_model(model)
    )

    assert assigned.workflow.name == "Moderasi"


# --- Images and documents: an uploader's own, until live content uses them ------------


def root_collection():
    return Collection.get_first_root_node()


def upload_image(user, title="Sawah Desa"):
    return ImageFactory(
        title=title,
        uploaded_by_user=user,
        collection=root_collection(),
        description="Sawah hijau di Dusun Kaliurip",
    )


def upload_document(user, title="Laporan Dana Desa", collection=None):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"Isi laporan dana desa.", name="laporan.txt"),
        uploaded_by_user=user,
        collection=collection or root_collection(),
    )


def new_png(name="foto-baru.png"):
    content = io.BytesIO()
    PILImage.new("RGB", (64, 48), "red").save(content, "PNG")
    return SimpleUploadedFile(name, content.getvalue(), content_type="image/png")


def show_in_live_spot(image):
    """A published Wisata whose gallery shows `image`."""
    spot = TourismSpotFactory(name="Telaga Warna", images=0, live=False)
    spot.gallery_images.add(spot.gallery_images.model(image=image, alt_text="Telaga dari atas"))
    spot.save()
    spot.save_revision().publish()
    return spot


def link_from_live_article(document):
    """A published article whose body links to `document`."""
    article = create_item("article", "Pengumuman Dana Desa", live=False)
    article.body = [
        ("paragraph", RichText(f'<p><a linktype="document" id="{document.pk}">Unduh</a></p>'))
    ]
    article.save_revision().publish()
    return article


def image_url(view, image):
    return reverse(f"wagtailimages:{view}", args=[image.pk])


def document_url(view, document):
    return reverse(f"wagtaildocs:{view}", args=[document.pk])


def upload_form(url, **changes):
    """The edit form of an image or document as it renders for a moderator, with changes."""
    data = form_data(logged_in(make_superuser("pengurus")).get(url), SNIPPET_FORM)
    return {key: values for key, values in data.items() if key != "file"} | changes


def refusal(response):
    """The message that sent the user back to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def image_sources(page_soup):
    """Every image address a page's <picture> and <img> elements offer."""
    sources = [img["src"] for img in page_soup.select("img")]
    return sources + [source["srcset"] for source in page_soup.select("source[srcset]")]


def test_penulis_edits_an_image_they_uploaded_that_nothing_live_uses(sections, penulis):
    image = upload_image(penulis)

    response = logged_in(penulis).post(
        image_url("edit", image), upload_form(image_url("edit", image), title="Sawah Terasering")
    )

    assert response.status_code == 302
    assert Image.objects.get(pk=image.pk).title == "Sawah Terasering"


def test_penulis_replaces_the_file_of_their_unused_image(sections, penulis):
    image = upload_image(penulis)
    old_file = image.file.name

    response = logged_in(penulis).post(
        image_url("edit", image), upload_form(image_url("edit", image), file=new_png())
    )

    assert response.status_code == 302
    assert Image.objects.get(pk=image.pk).file.name != old_file


def test_image_used_only_by_an_unpublished_draft_stays_its_uploaders(sections, penulis):
    image = upload_image(penulis)
    draft = TourismSpotFactory(name="Belum Terbit", images=0, live=False)
    draft.gallery_images.add(draft.gallery_images.model(image=image, alt_text="Foto draf"))
    draft.save()

    response = logged_in(penulis).get(image_url("edit", image))

    assert ReferenceIndex.get_references_to(image).exists()
    assert response.status_code == 200


def test_penulis_cannot_open_their_image_once_a_live_item_uses_it(sections, penulis):
    image = upload_image(penulis)
    show_in_live_spot(image)

    response = logged_in(penulis).get(image_url("edit", image))

    assert "dipakai di konten yang sudah terbit" in refusal(response)


def test_penulis_cannot_rename_their_image_used_on_live_content(sections, penulis):
    image = upload_image(penulis)
    form = upload_form(image_url("edit", image), title="Judul Baru")
    show_in_live_spot(image)

    response = logged_in(penulis).post(image_url("edit", image), form)

    assert "Hanya moderator" in refusal(response)
    assert Image.objects.get(pk=image.pk).title == "Sawah Desa"


def test_penulis_cannot_replace_a_live_image_and_readers_keep_the_old_picture(sections, penulis):
    image = upload_image(penulis)
    form = upload_form(image_url("edit", image), file=new_png())
    spot = show_in_live_spot(image)
    old_file, old_bytes = image.file.name, Image.objects.get(pk=image.pk).file.read()
    shown_before = image_sources(get_soup(Client(), public_url("spot", spot)))

    response = logged_in(penulis).post(image_url("edit", image), form)

    assert "dipakai di konten yang sudah terbit" in refusal(response)
    stored = Image.objects.get(pk=image.pk)
    assert stored.file.name == old_file
    assert stored.file.read() == old_bytes
    cache.clear()
    assert image_sources(get_soup(Client(), public_url("spot", spot))) == shown_before


def test_penulis_cannot_delete_their_image_used_on_live_content(sections, penulis):
    image = upload_image(penulis)
    spot = show_in_live_spot(image)
    client = logged_in(penulis)

    shown = client.get(image_url("delete", image))
    posted = client.post(image_url("delete", image))

    for response in (shown, posted):
        assert "Hanya moderator" in refusal(response)
    assert Image.objects.filter(pk=image.pk).exists()
    assert [photo.image_id for photo in spot.gallery_images.all()] == [image.pk]


def test_penulis_deletes_their_own_unused_image(sections, penulis):
    image = upload_image(penulis)

    response = logged_in(penulis).post(image_url("delete", image))

    assert response.status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()


def test_village_logo_counts_as_live_use(village, penulis):
    image = upload_image(penulis)
    village.logo = image
    village.save()

    response = logged_in(penulis).get(image_url("edit", image))

    assert "dipakai di konten yang sudah terbit" in refusal(response)


@pytest.mark.parametrize("view", ["edit", "delete"])
def test_penulis_cannot_open_another_users_image(sections, penulis, moderator, view):
    image = upload_image(moderator)

    response = logged_in(penulis).get(image_url(view, image))

    assert "yang Anda unggah sendiri" in refusal(response)


def test_penulis_cannot_change_or_delete_another_users_image(sections, penulis, moderator):
    image = upload_image(moderator)
    client = logged_in(penulis)

    edited = client.post(image_url("edit", image), upload_form(image_url("edit", image), title="X"))
    deleted = client.post(image_url("delete", image))

    for response in (edited, deleted):
        assert "yang Anda unggah sendiri" in refusal(response)
    assert Image.objects.get(pk=image.pk).title == "Sawah Desa"


def bulk_url(model, action, *ids):
    opts = model._meta
    url = reverse("wagtail_bulk_action", args=[opts.app_label, opts.model_name, action])
    return url + "?" + "&".join(f"id={pk}" for pk in ids)


def test_penulis_bulk_delete_leaves_other_users_and_live_images(sections, penulis, moderator):
    others = upload_image(moderator, "Milik Moderator")
    live = upload_image(penulis, "Dipakai Wisata")
    show_in_live_spot(live)
    unused = upload_image(penulis, "Belum Dipakai")

    response = logged_in(penulis).post(bulk_url(Image, "delete", others.pk, live.pk, unused.pk))

    assert response.status_code == 302
    assert set(Image.objects.values_list("title", flat=True)) >= {
        "Milik Moderator",
        "Dipakai Wisata",
    }
    assert not Image.objects.filter(pk=unused.pk).exists()


def test_penulis_bulk_delete_of_everything_reaches_only_their_unused_images(
    sections, penulis, moderator
):
    others = upload_image(moderator, "Milik Moderator")
    live = upload_image(penulis, "Dipakai Wisata")
    show_in_live_spot(live)
    unused = upload_image(penulis, "Belum Dipakai")

    response = logged_in(penulis).post(bulk_url(Image, "delete", "all"))

    assert response.status_code == 302
    assert Image.objects.filter(pk__in=[others.pk, live.pk]).count() == 2
    assert not Image.objects.filter(pk=unused.pk).exists()


def test_penulis_bulk_move_leaves_another_users_image_in_its_collection(
    sections, penulis, moderator
):
    image = upload_image(moderator)
    archive = root_collection().add_child(name="Arsip")

    logged_in(penulis).post(
        bulk_url(Image, "add_to_collection", image.pk), {"collection": archive.pk}
    )

    assert Image.objects.get(pk=image.pk).collection == root_collection()


def test_penulis_image_listing_offers_only_their_unused_images(sections, penulis, moderator):
    upload_image(moderator, "Milik Moderator")
    show_in_live_spot(upload_image(penulis, "Dipakai Wisata"))
    upload_image(penulis, "Belum Dipakai")

    listing = get_soup(logged_in(penulis), reverse("wagtailimages:index")).get_text(" ")

    assert "Belum Dipakai" in listing
    assert "Dipakai Wisata" not in listing
    assert "Milik Moderator" not in listing


XHR = {"x-requested-with": "XMLHttpRequest"}


def test_multiple_uploader_refuses_to_delete_another_users_image(sections, penulis, moderator):
    image = upload_image(moderator)

    response = logged_in(penulis).post(image_url("delete_multiple", image), headers=XHR)

    assert response.status_code == 403
    assert Image.objects.filter(pk=image.pk).exists()


def test_multiple_uploader_refuses_to_edit_a_live_image(sections, penulis):
    image = upload_image(penulis)
    show_in_live_spot(image)
    prefix = f"image-{image.pk}"

    response = logged_in(penulis).post(
        image_url("edit_multiple", image),
        {f"{prefix}-title": "Judul Baru", f"{prefix}-description": "Baru", f"{prefix}-tags": ""},
        headers=XHR,
    )

    assert response.status_code == 403
    assert Image.objects.get(pk=image.pk).title == "Sawah Desa"


def test_moderator_replaces_the_file_of_a_live_image_and_readers_see_it(
    sections, penulis, moderator
):
    image = upload_image(penulis)
    spot = show_in_live_spot(image)
    shown_before = image_sources(get_soup(Client(), public_url("spot", spot)))

    response = logged_in(moderator).post(
        image_url("edit", image), upload_form(image_url("edit", image), file=new_png())
    )

    assert response.status_code == 302
    assert Image.objects.get(pk=image.pk).file.name != image.file.name
    assert image_sources(get_soup(Client(), public_url("spot", spot))) != shown_before


def test_moderator_deletes_a_live_image_of_another_user(sections, penulis, moderator):
    image = upload_image(penulis)
    show_in_live_spot(image)

    response = logged_in(moderator).post(image_url("delete", image))

    assert response.status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()


def test_penulis_edits_a_document_they_uploaded_that_nothing_live_uses(db, penulis):
    document = upload_document(penulis)

    response = logged_in(penulis).post(
        document_url("edit", document),
        upload_form(document_url("edit", document), title="Laporan Semester I"),
    )

    assert response.status_code == 302
    assert get_document_model().objects.get(pk=document.pk).title == "Laporan Semester I"


def test_penulis_cannot_replace_a_document_linked_from_a_live_article(sections, penulis):
    document = upload_document(penulis)
    form = upload_form(
        document_url("edit", document),
        file=SimpleUploadedFile("palsu.txt", b"Isi palsu.", content_type="text/plain"),
    )
    link_from_live_article(document)

    response = logged_in(penulis).post(document_url("edit", document), form)

    assert "Dokumen ini dipakai di konten yang sudah terbit" in refusal(response)
    assert get_document_model().objects.get(pk=document.pk).file.read() == (
        b"Isi laporan dana desa."
    )


@pytest.fixture
def private_collection(db):
    """A collection only moderators may view, as for the village head's papers."""
    collection = root_collection().add_child(name="Arsip Kepala Desa")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=MODERATOR)])
    return collection


def test_penulis_cannot_change_or_delete_a_document_in_a_private_collection(
    private_collection, penulis, moderator
):
    document = upload_document(moderator, "Surat Rahasia", private_collection)
    client = logged_in(penulis)

    shown = client.get(document_url("edit", document))
    edited = client.post(
        document_url("edit", document),
        upload_form(document_url("edit", document), title="Diubah"),
    )
    deleted = client.post(document_url("delete", document))
    bulk_deleted = client.post(bulk_url(get_document_model(), "delete", document.pk))
    uploader_deleted = client.post(document_url("delete_multiple", document), headers=XHR)

    for response in (shown, edited, deleted):
        assert "dokumen yang Anda unggah sendiri" in refusal(response)
    assert bulk_deleted.status_code == 302
    assert uploader_deleted.status_code == 403
    assert get_document_model().objects.get(pk=document.pk).title == "Surat Rahasia"


def test_moderator_edits_another_users_document_in_a_private_collection(
    private_collection, penulis, moderator
):
    document = upload_document(penulis, "Surat Kepala Desa", private_collection)

    response = logged_in(moderator).post(
        document_url("edit", document),
        upload_form(document_url("edit", document), title="Surat Kepala Desa (revisi)"),
    )

    assert response.status_code == 302
    assert get_document_model().objects.get(pk=document.pk).title == "Surat Kepala Desa (revisi)"


def test_penulis_still_chooses_any_image_for_their_content(sections, penulis, moderator):
    upload_image(moderator, "Foto Balai Desa")

    chooser = logged_in(penulis).get(reverse("wagtailimages_chooser:choose"))

    assert chooser.status_code == 200
    assert "Foto Balai Desa" in chooser.json()["html"]


# --- Collections and site settings ----------------------------------------------------


def test_penulis_cannot_add_a_collection(db, penulis):
    client = logged_in(penulis)

    shown = client.get(reverse("wagtailadmin_collections:add"))
    posted = client.post(
        reverse("wagtailadmin_collections:add"),
        {"name": "Koleksi Penulis", "parent": root_collection().pk},
    )

    for response in (shown, posted):
        assert "tidak memiliki izin" in refusal(response)
    assert not Collection.objects.filter(name="Koleksi Penulis").exists()


def test_penulis_cannot_rename_or_delete_a_collection(db, penulis):
    collection = root_collection().add_child(name="Foto Kegiatan")
    client = logged_in(penulis)

    renamed = client.post(
        reverse("wagtailadmin_collections:edit", args=[collection.pk]),
        {"name": "Diganti", "parent": root_collection().pk},
    )
    deleted = client.post(reverse("wagtailadmin_collections:delete", args=[collection.pk]))

    assert "tidak memiliki izin" in refusal(renamed)
    # Wagtail looks the collection up among those the user manages: none, for a Penulis.
    assert deleted.status_code == 404
    assert Collection.objects.get(pk=collection.pk).name == "Foto Kegiatan"


def test_moderator_adds_a_collection(db, moderator):
    response = logged_in(moderator).post(
        reverse("wagtailadmin_collections:add"),
        {"name": "Foto Kegiatan", "parent": root_collection().pk},
    )

    assert response.status_code == 302
    assert Collection.objects.get(name="Foto Kegiatan").get_parent() == root_collection()


def test_penulis_cannot_change_the_village_settings(village, site, penulis):
    url = reverse("wagtailsettings:edit", args=["core", "villagesettings", site.pk])

    response = logged_in(penulis).post(url, {"village_name": "Desa Lain"})

    assert "tidak memiliki izin" in refusal(response)
    assert VillageSettings.objects.get(site=site).village_name == "Desa Uji"


# --- Another user's draft in moderation -----------------------------------------------

HELD_TITLE = "Rahasia Draf Moderasi"


def submit_draft(kind, item, author, title=HELD_TITLE):
    """`author` saves a draft of a live item under a new title and submits it."""
    item = current(kind, item)
    setattr(item, title_field(kind), title)
    item.save_revision(user=author)
    item.get_workflow().start(item, author)
    return current(kind, item)


def draft_door(kind, item, door):
    """The admin address that shows or changes the item's latest draft."""
    revision = current(kind, item).latest_revision
    args = {
        "edit": [item.pk],
        "preview_on_edit": [item.pk],
        "view_draft": [item.pk],
        "revisions_view": [item.pk, revision.pk],
        "revisions_compare": [item.pk, "earliest", revision.pk],
        "revisions_revert": [item.pk, revision.pk],
    }[door]
    if kind == "article":
        return reverse(f"wagtailadmin_pages:{door}", args=args)
    return snippet_url(model_for(kind), door, *args)


DRAFT_DOORS = [
    (kind, door)
    for kind in KINDS
    for door in [
        "edit",
        "preview_on_edit",
        "view_draft",
        "revisions_view",
        "revisions_compare",
        "revisions_revert",
    ]
    if door != "view_draft" or kind == "article"
]


@pytest.mark.parametrize("kind, door", DRAFT_DOORS)
@pytest.mark.parametrize("author_role", ROLES)
def test_penulis_cannot_open_another_users_draft_in_moderation(make_item, author_role, kind, door):
    item = submit_draft(kind, make_item(kind, "Judul Lama"), make_user(author_role, "pengirim"))

    response = logged_in(make_user(PENULIS)).get(draft_door(kind, item, door))

    assert "sedang menunggu moderasi" in refusal(response)


@pytest.mark.parametrize("kind, door", DRAFT_DOORS)
def test_moderator_opens_a_penulis_draft_in_moderation(make_item, kind, door):
    item = submit_draft(kind, make_item(kind, "Judul Lama"), make_user(PENULIS))

    response = logged_in(make_user(MODERATOR)).get(draft_door(kind, item, door))

    assert response.status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_opens_their_own_draft_in_moderation(make_item, kind):
    author = make_user(PENULIS)
    item = submit_draft(kind, make_item(kind, "Judul Lama"), author)

    response = logged_in(author).get(edit_url(kind, item))

    assert response.status_code == 200
    assert HELD_TITLE in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_edit_post_to_another_users_held_draft_changes_nothing(make_item, kind):
    item = submit_draft(kind, make_item(kind, "Judul Lama"), make_user(MODERATOR))
    revisions = item.revisions.count()
    data = edit_form_data(logged_in(make_user(MODERATOR, "moderator2")), kind, item)

    response = logged_in(make_user(PENULIS)).post(
        edit_url(kind, item), data | {title_field(kind): "Diubah Penulis"}
    )

    assert "sedang menunggu moderasi" in refusal(response)
    item = current(kind, item)
    assert item.revisions.count() == revisions
    assert draft_title(kind, item) == HELD_TITLE


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_preview_post_of_another_users_held_draft_is_refused(make_item, kind):
    item = submit_draft(kind, make_item(kind, "Judul Lama"), make_user(MODERATOR))
    data = edit_form_data(logged_in(make_user(MODERATOR, "moderator2")), kind, item)

    response = logged_in(make_user(PENULIS)).post(draft_door(kind, item, "preview_on_edit"), data)

    assert "sedang menunggu moderasi" in refusal(response)


@pytest.mark.parametrize("kind", KINDS)
def test_penulis_cannot_approve_another_users_held_draft(make_item, kind):
    item = submit_draft(kind, make_item(kind, "Judul Lama"), make_user(PENULIS, "pengirim"))

    response = logged_in(make_user(PENULIS)).post(
        workflow_action_url(kind, item, "approve"), {"comment": ""}
    )

    assert "sedang menunggu moderasi" in refusal(response)
    item = current(kind, item)
    assert item.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_title(kind, item) == "Judul Lama"


# --- Reports --------------------------------------------------------------------------

MODERATOR_REPORTS = ["workflow", "workflow_tasks", "site_history"]


@pytest.mark.parametrize("report", MODERATOR_REPORTS)
def test_penulis_cannot_open_reports_of_other_users_work(make_item, penulis, report):
    submit_draft("article", make_item("article", "Judul Lama"), make_user(MODERATOR))

    response = logged_in(penulis).get(reverse(f"wagtailadmin_reports:{report}"))

    assert "hanya untuk moderator" in refusal(response)


@pytest.mark.parametrize("report", MODERATOR_REPORTS)
def test_moderator_opens_the_moderation_reports(make_item, moderator, report):
    submit_draft("article", make_item("article", "Judul Lama"), make_user(PENULIS))

    response = logged_in(moderator).get(reverse(f"wagtailadmin_reports:{report}"))

    assert response.status_code == 200
    assert HELD_TITLE in response.content.decode()


@pytest.mark.parametrize("role, shown", [(PENULIS, False), (MODERATOR, True)])
def test_reports_menu_lists_the_moderation_reports_only_for_moderators(sections, role, shown):
    dashboard = logged_in(make_user(role)).get(reverse("wagtailadmin_home")).content.decode()

    for report in MODERATOR_REPORTS:
        assert (reverse(f"wagtailadmin_reports:{report}") in dashboard) is shown


# --- What the editorial migrations grant on collections -------------------------------


def collection_permissions(role):
    return set(
        GroupCollectionPermission.objects.filter(
            group__name=role, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )


def test_penulis_group_may_upload_and_choose_but_change_no_upload(db):
    assert collection_permissions(PENULIS) == {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
    }


def test_moderator_group_manages_images_documents_and_collections(db):
    assert collection_permissions(MODERATOR) == {
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
        "add_collection",
        "change_collection",
        "delete_collection",
    }
