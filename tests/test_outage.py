"""When the database is unreachable, readers get what the page cache holds (stale if need
be, but never a page a purge retired) and otherwise a friendly 503 with Retry-After:
never a 500."""

import time
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from tests.factories import ArticlePageFactory


@pytest.fixture
def article(news_index, settings):
    settings.PAGE_CACHE_SECONDS = 600
    article = ArticlePageFactory(parent=news_index, title="Pembagian Bibit Padi")
    article.url  # noqa: B018 - read while the database answers; the tests use it later
    return article


@pytest.fixture
def past_freshness(monkeypatch):
    """Call it to move the page cache's clock past PAGE_CACHE_SECONDS."""
    now = time.time()
    return lambda: monkeypatch.setattr("core.page_cache.time.time", lambda: now + 601)


DATABASE_DOWN = dict(side_effect=OperationalError("connection refused"))


@pytest.fixture(autouse=True)
def answer_like_a_server(client):
    """The test client re-raises a view's exception; a server answers with handler500."""
    client.raise_request_exception = False


def test_an_uncached_page_answers_503_with_retry_after_in_indonesian(client, article):
    with mock.patch.object(BaseDatabaseWrapper, "_cursor", **DATABASE_DOWN):
        response = client.get(article.url)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Situs sedang dipulihkan" in response.content.decode()


def test_a_cached_page_is_still_served_while_the_database_is_down(client, article):
    assert client.get(article.url).status_code == 200

    with mock.patch.object(BaseDatabaseWrapper, "_cursor", **DATABASE_DOWN):
        response = client.get(article.url)

    assert response.status_code == 200
    assert response["X-Cache"] == "HIT"
    assert "Pembagian Bibit Padi" in response.content.decode()


def test_a_copy_past_its_freshness_is_served_stale_while_the_database_is_down(
    client, article, past_freshness
):
    assert client.get(article.url).status_code == 200
    past_freshness()

    with mock.patch.object(BaseDatabaseWrapper, "_cursor", **DATABASE_DOWN):
        response = client.get(article.url)

    assert response.status_code == 200
    assert response["X-Cache"] == "STALE"
    assert response["Cache-Control"] == "no-cache"
    assert "Pembagian Bibit Padi" in response.content.decode()


def test_a_purged_page_is_never_served_stale(client, article, past_freshness):
    assert client.get(article.url).status_code == 200
    article.unpublish()
    past_freshness()

    with mock.patch.object(BaseDatabaseWrapper, "_cursor", **DATABASE_DOWN):
        response = client.get(article.url)

    assert response.status_code == 503
    assert "Pembagian Bibit Padi" not in response.content.decode()


def test_an_admin_post_during_an_outage_gets_the_503_page_not_a_500(admin_client, article):
    with mock.patch.object(BaseDatabaseWrapper, "_cursor", **DATABASE_DOWN):
        response = admin_client.post(f"/admin/pages/{article.pk}/edit/", {"title": "Judul baru"})

    assert response.status_code == 503
    assert "kirim ulang" in response.content.decode()


def test_other_errors_still_answer_the_500_page(client, article):
    with mock.patch("articles.models.ArticlePage.get_context", side_effect=RuntimeError("bug")):
        response = client.get(article.url)

    assert response.status_code == 500
    assert "Maaf, terjadi gangguan" in response.content.decode()
