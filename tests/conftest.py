import os

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page, Site

from tests.browser import CHROMIUM
from tests.factories import (
    ArticleIndexPageFactory,
    HomePageFactory,
    ProdukIndexPageFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)
from tests.helpers import MODERATOR, PENULIS, create_item, logged_in, make_superuser, make_user
from tests.production_stack import serve_production_stack


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests (stemming, for instance) skip on the embedded SQLite."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    home = HomePageFactory(parent=Page.get_first_root_node())
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def village(site, home_page):
    return VillageSettingsFactory(site=site)


@pytest.fixture
def news_index(home_page, village):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def wisata_index(home_page, village):
    return WisataIndexPageFactory(parent=home_page)


@pytest.fixture
def produk_index(home_page, village):
    return ProdukIndexPageFactory(parent=home_page)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (search results, vocabulary, settings)."""
    cache.clear()


@pytest.fixture
def sections(news_index, wisata_index, produk_index):
    """The three public sections an editor works in."""
    return {"article": news_index, "spot": wisata_index, "product": produk_index}


@pytest.fixture
def make_item(sections):
    return create_item


@pytest.fixture
def penulis(db):
    return make_user(PENULIS)


@pytest.fixture
def moderator(db):
    return make_user(MODERATOR)


@pytest.fixture
def admin_user(db):
    """A superuser (the village head's account); replaces pytest-django's own."""
    return make_superuser("kepala")


@pytest.fixture
def admin_client(client, admin_user):
    return logged_in(admin_user, client)


@pytest.fixture
def browser():
    """Debian's chromium, headless, for one test (tests/browser.py has the helpers)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def production_stack(tmp_path):
    """gunicorn with two workers on production settings, its own database and cache
    (tests/production_stack.py); stopped after the test."""
    with serve_production_stack(tmp_path) as stack:
        yield stack
