import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page, Site

from tests.factories import (
    ArticleIndexPageFactory,
    HomePageFactory,
    ProdukIndexPageFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)


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
