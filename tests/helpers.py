"""What many test modules need: parsed pages, JSON-LD and meta tags, users by role, and the
admin's edit forms and URLs for each kind of content editors work on."""

import json

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product, TourismSpot
from tests.factories import ArticlePageFactory, ProductFactory, TourismSpotFactory

PENULIS = "Penulis"
MODERATOR = "Moderator"
ROLES = [PENULIS, MODERATOR]


def soup(response, status=200):
    """The response's HTML, parsed, after checking its status code."""
    assert response.status_code == status, getattr(response, "url", response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def get_soup(client, url, params=None):
    """GET `url` (a path, or a page with .url) and parse the 200 answer."""
    return soup(client.get(getattr(url, "url", url), params or {}))


def jsonld_of_type(page_soup, schema_type):
    for script in page_soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == schema_type:
            return data
    raise AssertionError(f"no {schema_type} JSON-LD on the page")


def meta_content(page_soup, **attrs):
    tag = page_soup.find("meta", attrs=attrs)
    assert tag is not None, f"no <meta {attrs}>"
    return tag["content"]


def make_user(role=None, username=None):
    """A user in the named group (or in none), e-mail <username>@desa.id."""
    username = username or (role or "tamu").lower()
    user = get_user_model().objects.create_user(username, f"{username}@desa.id", "rahasia-desa")
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_superuser(username="kepala"):
    return get_user_model().objects.create_superuser(
        username, f"{username}@desa.id", "rahasia-desa"
    )


def logged_in(user, client=None):
    """A test client logged in as `user` (the given one, or a new one)."""
    client = client or Client()
    client.force_login(user)
    return client


# --- The admin, per kind of content: article (a page), product and spot (snippets) ------

KINDS = ["article", "product", "spot"]
SNIPPET_MODELS = {"product": Product, "spot": TourismSpot}
PAGE_FORM = "page-edit-form"
SNIPPET_FORM = "w-editor-form"


def form_data(response, form_id):
    """The named form's fields as the browser posts them untouched (templates left out)."""
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    return {key: values for key, values in data.lists() if "__prefix__" not in key}


def body_data(text="Isi berita untuk warga."):
    """ArticlePage.body as the StreamField editor posts it: one paragraph."""
    return nested_form_data({"body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])})


def opening_hours_data():
    """TourismSpot.opening_hours as the StreamField editor posts it: Monday 08:00-17:00."""
    data = nested_form_data(
        {"opening_hours": streamfield([("hours", {"opens_at": "08:00", "closes_at": "17:00"})])}
    )
    # The days are checkboxes: one name posted with each ticked value.
    return data | {"opening_hours-0-value-days": ["0"]}


def snippet_url(model, view, *args):
    return reverse(f"wagtailsnippets_catalog_{model._meta.model_name}:{view}", args=args)


def model_for(kind):
    return ArticlePage if kind == "article" else SNIPPET_MODELS[kind]


def title_field(kind):
    return "title" if kind == "article" else "name"


def edit_url(kind, item):
    if kind == "article":
        return reverse("wagtailadmin_pages:edit", args=[item.pk])
    return snippet_url(model_for(kind), "edit", item.pk)


def view_url(kind, item, view):
    """The unpublish or delete view for an item."""
    if kind == "article":
        return reverse(f"wagtailadmin_pages:{view}", args=[item.pk])
    return snippet_url(model_for(kind), view, item.pk)


def public_url(kind, item):
    if kind == "article":
        return item.url
    return {"product": "/produk/", "spot": "/wisata/"}[kind] + f"{item.slug}/"


def edit_form_data(client, kind, item, **changes):
    """The edit form as rendered for this user, with StreamFields filled in and changes applied."""
    if kind == "article":
        data = form_data(client.get(edit_url(kind, item)), PAGE_FORM) | body_data()
    else:
        data = form_data(client.get(edit_url(kind, item)), SNIPPET_FORM)
        if kind == "spot":
            data |= opening_hours_data()
    return data | changes


def current(kind, item):
    """The item as the database holds it now (for pages: the live fields)."""
    return model_for(kind).objects.get(pk=item.pk)


def live_title(kind, item):
    return getattr(current(kind, item), title_field(kind))


def draft_title(kind, item):
    return getattr(current(kind, item).get_latest_revision_as_object(), title_field(kind))


def workflow_action_url(kind, item, action):
    task_state = current(kind, item).current_workflow_task_state
    assert task_state is not None, "nothing is waiting for moderation"
    if kind == "article":
        return reverse("wagtailadmin_pages:workflow_action", args=[item.pk, action, task_state.pk])
    return snippet_url(model_for(kind), "workflow_action", item.pk, action, task_state.pk)


def create_item(kind, title, live=True):
    """A new article (under the Berita index), product or tourist spot; a live one is
    published through a revision, as the admin does. The sections must exist."""
    if kind == "product":
        return ProductFactory(name=title, live=live)
    if kind == "spot":
        return TourismSpotFactory(name=title, live=live)
    page = ArticlePageFactory(parent=ArticleIndexPage.objects.get(), title=title, live=live)
    revision = page.save_revision()
    if live:
        revision.publish()
    return ArticlePage.objects.get(pk=page.pk)


def steady_state_get(client, url, budget, django_assert_max_num_queries):
    """An anonymous reader's first uncached view in steady state, within `budget` queries:
    GET once (images get their renditions, the search log its rows), clear every cache,
    then count the second GET. Returns (response, number of queries)."""
    assert client.get(url).status_code == 200
    for cache in caches.all():
        cache.clear()
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(captured)
