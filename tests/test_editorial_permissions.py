"""Who may do what in the admin: the "Penulis" and "Moderator" roles that the editorial
migration installs, asserted through Wagtail's own views (pages and catalog snippets),
plus the groups and the "Moderasi" workflow the migration leaves in every database.
"""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import (
    rich_text,
)

from catalog.models import Product, TourismSpot
from tests.factories import (
    ImageFactory,
    ProductCategoryFactory,
    TourismCategoryFactory,
)
from tests.helpers import (
    KINDS,
    MODERATOR,
    PAGE_FORM,
    PENULIS,
    ROLES,
    SNIPPET_FORM,
    body_data,
    current,
    draft_title,
    edit_form_data,
    edit_url,
    form_data,
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
