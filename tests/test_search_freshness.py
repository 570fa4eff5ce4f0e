"""The search index follows publishing: what is live is found at once, and only that."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask
from wagtail.search.models import IndexEntry

from articles.models import ArticlePage
from catalog.models import Product
from search.engine import search_site
from tests.factories import (
    ArticleCategoryFactory,
    ArticlePageFactory,
    ProductFactory,
    TourismSpotFactory,
)
from tests.helpers import make_superuser, make_user

KINDS = ["berita", "wisata", "produk"]


@pytest.fixture
def make(news_index, wisata_index, produk_index):
    """make(kind, name, live=True): an article, a wisata or a product with that title."""

    def make_item(kind, name, live=True):
        if kind == "berita":
            return ArticlePageFactory(parent=news_index, title=name, live=live)
        if kind == "wisata":
            return TourismSpotFactory(name=name, live=live)
        return ProductFactory(name=name, live=live)

    return make_item


def found(site, query):
    return [str(hit.item) for hit in search_site(site, query).hits]


def rename(item, name):
    if isinstance(item, ArticlePage):
        item.title = name
    else:
        item.name = name


def index_entries(item):
    content_type = ContentType.objects.get_for_model(type(item))
    return IndexEntry.objects.filter(content_type=content_type, object_id=str(item.pk))


@pytest.mark.parametrize("kind", KINDS)
def test_publishing_makes_an_item_findable_at_once(site, make, kind):
    item = make(kind, "Sendang Kalimusala", live=False)
    assert found(site, "kalimusala") == []

    item.save_revision().publish()

    assert found(site, "kalimusala") == ["Sendang Kalimusala"]


@pytest.mark.parametrize("kind", KINDS)
def test_unpublishing_removes_an_item_from_results(site, make, kind):
    item = make(kind, "Sendang Kalimusala")
    assert found(site, "kalimusala") == ["Sendang Kalimusala"]

    item.unpublish()

    assert found(site, "kalimusala") == []
    item.refresh_from_db()
    assert item.live is False


@pytest.mark.parametrize("kind", KINDS)
def test_deleting_removes_an_item_from_results_and_index(site, make, kind):
    item = make(kind, "Sendang Kalimusala")
    assert index_entries(item).exists()

    item.delete()

    assert found(site, "kalimusala") == []
    assert not index_entries(item).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_draft_of_a_live_item_does_not_change_what_finds_it(site, make, kind):
    item = make(kind, "Sendang Kalimusala")

    rename(item, "Sendang Kalimusala Pelangi")
    item.save_revision()

    assert found(site, "pelangi") == []
    assert found(site, "kalimusala") == ["Sendang Kalimusala"]
    item.refresh_from_db()
    assert item.has_unpublished_changes is True


@pytest.mark.parametrize("kind", KINDS)
def test_publishing_the_draft_makes_the_new_title_findable(site, make, kind):
    item = make(kind, "Sendang Kalimusala")
    rename(item, "Telaga Pelangi")
    revision = item.save_revision()

    revision.publish()

    assert found(site, "pelangi") == ["Telaga Pelangi"]
    assert found(site, "kalimusala") == []


@pytest.mark.parametrize("kind", KINDS)
def test_never_published_draft_is_never_found(site, make, kind):
    item = make(kind, "Sendang Kalimusala", live=False)
    rename(item, "Sendang Kalimusala Pelangi")
    item.save_revision()

    assert found(site, "kalimusala") == []
    assert found(site, "pelangi") == []


@pytest.fixture
def product_workflow():
    """Products go through one moderator approval."""
    workflow = Workflow.objects.create(name="Moderasi produk warga")
    task = GroupApprovalTask.objects.create(name="Disetujui moderator")
    task.groups.set([Group.objects.create(name="Moderator produk")])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Replaces any workflow the site's migrations may already assign to products.
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(Product), defaults={"workflow": workflow}
    )
    return workflow


def test_product_waiting_for_approval_is_not_found(site, produk_index, product_workflow):
    seller = make_user(username="penjual")
    product = ProductFactory(name="Sambal Kalimusala", live=False)
    product.save_revision(user=seller)

    state = product_workflow.start(product, seller)

    assert state.status == state.STATUS_IN_PROGRESS
    assert found(site, "kalimusala") == []


def test_approving_a_product_in_its_workflow_makes_it_findable(
    site, produk_index, product_workflow
):
    seller = make_user(username="penjual")
    moderator = make_superuser("moderator")
    product = ProductFactory(name="Sambal Kalimusala", live=False)
    product.save_revision(user=seller)
    state = product_workflow.start(product, seller)
    task_state = state.current_task_state

    task_state.task.specific.on_action(task_state, moderator, "approve")

    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    product.refresh_from_db()
    assert product.live is True
    assert found(site, "kalimusala") == ["Sambal Kalimusala"]


def test_publishing_an_article_makes_it_findable_by_its_new_tag_and_category(site, news_index):
    article = ArticlePageFactory(parent=news_index, title="Kerja Bakti", live=False)
    article.tags.add("jumatbersih")
    article.categories.set([ArticleCategoryFactory(name="Kebersihan")])

    article.save_revision().publish()

    assert found(site, "jumatbersih") == ["Kerja Bakti"]
    assert found(site, "kebersihan") == ["Kerja Bakti"]
