"""One truth across processes: on the production stack (gunicorn with two workers, the
shared cache of production settings), what a separate process unpublishes, makes private,
deletes, moves or lets cron (un)publish is changed on every worker at once: pages,
listings and search.

The changes are made the way cron's publish_scheduled or a second app server makes them:
in another process, which reaches the workers only through the shared cache. One stack
serves the whole module; each test works on an article of its own."""

from itertools import count

import pytest

from tests.production_stack import (
    GUNICORN,
    http_get,
    publish_article,
    run_in_stack,
    serve_production_stack,
    unpublish_article,
)

pytestmark = pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")

CONSECUTIVE = 50
# These tests search far more often than a reader may; the limit has tests of its own.
UNLIMITED_SEARCH = '\nRATE_LIMITS = {**RATE_LIMITS, "search": (100_000, 60)}\n'
_numbers = count(1)


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_blocker):
    folder = tmp_path_factory.mktemp("stack")
    with (
        django_db_blocker.unblock(),
        serve_production_stack(folder, extra_settings=UNLIMITED_SEARCH) as served,
    ):
        yield served


@pytest.fixture
def article(stack):
    """A live article of this test's own, seen by both workers: its title, body and path."""
    number = next(_numbers)
    title = f"Lumbung Padi Nomor {number} Dibuka Kembali"
    body = f"Warga menyimpan gabah di lumbung bersama, kelompok {number}."
    path = run_in_stack(stack, publish_article, title, body).split()[-1]
    warm(f"{stack['url']}{path}", body)
    return {"title": title, "body": body, "path": path, "keyword": f"kelompok {number}"}


def make_private(title):
    from wagtail.models import PageViewRestriction

    from articles.models import ArticlePage

    PageViewRestriction.objects.create(
        page=ArticlePage.objects.get(title=title),
        restriction_type=PageViewRestriction.PASSWORD,
        password="rahasia-desa",
    )


def delete_article(title):
    from articles.models import ArticlePage

    ArticlePage.objects.get(title=title).delete()


def move_to_second_index(title):
    """Move the article under a second news index (made here); prints its new path."""
    from articles.models import ArticleIndexPage, ArticlePage
    from tests.factories import ArticleIndexPageFactory

    first = ArticleIndexPage.objects.order_by("pk").first()
    second = ArticleIndexPage.objects.exclude(pk=first.pk).first() or ArticleIndexPageFactory(
        parent=first.get_parent(), title="Kabar Dusun", slug="kabar-dusun"
    )
    article = ArticlePage.objects.get(title=title)
    article.move(second, pos="last-child")
    print(ArticlePage.objects.get(pk=article.pk).url)


def schedule(title, when):
    """Cron's part: a draft `title` due to go live now (when='go_live'), or the live
    article `title` due to expire now (when='expire'), both in the past by a second."""
    from datetime import timedelta

    from django.utils import timezone

    from articles.models import ArticleIndexPage, ArticlePage
    from tests.factories import ArticlePageFactory

    due = timezone.now() - timedelta(seconds=1)
    if when == "expire":
        article = ArticlePage.objects.get(title=title)
        article.expire_at = due
        article.save(update_fields=["expire_at"])
        return
    index = ArticleIndexPage.objects.order_by("pk").first()
    article = ArticlePageFactory(parent=index, title=title, live=False)
    revision = article.save_revision(approved_go_live_at=due)
    article.has_unpublished_changes = True
    article.save(update_fields=["has_unpublished_changes"])
    print(revision.pk)


def warm(url, text):
    """Enough views for both workers to have served and cached it."""
    for _ in range(10):
        status, _, html = http_get(url)
        assert status == 200 and text in html


def statuses(url, **options):
    return [http_get(url, **options)[0] for _ in range(CONSECUTIVE)]


def shows(url, text):
    return [text in http_get(url)[2] for _ in range(CONSECUTIVE)]


def test_unpublished_in_another_process_is_gone_from_every_worker(stack, article):
    base = stack["url"]
    warm(f"{base}/cari/?q=lumbung", article["title"])
    warm(f"{base}/berita/", article["title"])

    run_in_stack(stack, unpublish_article, article["title"])

    assert statuses(f"{base}{article['path']}") == [404] * CONSECUTIVE
    assert shows(f"{base}/cari/?q=lumbung", article["title"]) == [False] * CONSECUTIVE
    assert shows(f"{base}/berita/", article["title"]) == [False] * CONSECUTIVE


def test_made_private_in_another_process_is_gone_from_every_worker(stack, article):
    base = stack["url"]
    warm(f"{base}/cari/?q=lumbung", article["title"])

    run_in_stack(stack, make_private, article["title"])

    assert shows(f"{base}{article['path']}", article["body"]) == [False] * CONSECUTIVE
    assert shows(f"{base}/cari/?q=lumbung", article["title"]) == [False] * CONSECUTIVE


def test_deleted_in_another_process_is_gone_from_every_worker(stack, article):
    base = stack["url"]
    warm(f"{base}/berita/", article["title"])
    warm(f"{base}/berita/feed/", article["title"])

    run_in_stack(stack, delete_article, article["title"])

    assert statuses(f"{base}{article['path']}") == [404] * CONSECUTIVE
    assert shows(f"{base}/berita/", article["title"]) == [False] * CONSECUTIVE
    assert shows(f"{base}/berita/feed/", article["title"]) == [False] * CONSECUTIVE
    assert shows(f"{base}/sitemap.xml", article["path"]) == [False] * CONSECUTIVE


def test_moved_in_another_process_leaves_its_old_address_on_every_worker(stack, article):
    base = stack["url"]
    warm(f"{base}/berita/", article["title"])

    new_path = run_in_stack(stack, move_to_second_index, article["title"]).split()[-1]

    # Wagtail redirects the old address to the new one; no worker serves the old copy.
    old = [http_get(f"{base}{article['path']}", follow_redirects=False) for _ in range(10)]
    assert {(status, headers["Location"].endswith(new_path)) for status, headers, _ in old} == {
        (301, True)
    }
    assert shows(f"{base}{new_path}", article["body"]) == [True] * CONSECUTIVE
    assert shows(f"{base}/berita/", article["title"]) == [False] * CONSECUTIVE


def test_scheduled_publishing_by_cron_reaches_every_worker(stack):
    base = stack["url"]
    title = "Jadwal Posyandu Bulan Depan Diumumkan"
    warm(f"{base}/berita/", "")
    run_in_stack(stack, schedule, title, "go_live")
    assert not any(shows(f"{base}/berita/", title))

    run_in_stack(stack, call_publish_scheduled)

    assert shows(f"{base}/berita/", title) == [True] * CONSECUTIVE


def test_scheduled_expiry_by_cron_reaches_every_worker(stack, article):
    base = stack["url"]
    warm(f"{base}/berita/", article["title"])
    run_in_stack(stack, schedule, article["title"], "expire")

    run_in_stack(stack, call_publish_scheduled)

    assert statuses(f"{base}{article['path']}") == [404] * CONSECUTIVE
    assert shows(f"{base}/berita/", article["title"]) == [False] * CONSECUTIVE


def call_publish_scheduled():
    """What cron runs every minute (docs/deploy.md)."""
    from django.core.management import call_command

    call_command("publish_scheduled")
