"""One truth across processes: on the production stack (gunicorn with two workers, the
shared cache of production settings), what a separate process unpublishes or makes private
is gone from every worker at once: pages and search.

The changes are made the way cron's publish_scheduled or a second app server makes them:
in another process, which reaches the workers only through the shared cache."""

import urllib.error
import urllib.request

import pytest

from tests.production_stack import GUNICORN, run_in_stack

pytestmark = pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")

TITLE = "Lumbung Padi Desa Dibuka Kembali"
BODY = "Warga menyimpan gabah di lumbung bersama."
CONSECUTIVE = 50


def publish_article(title, body):
    """In the stack's environment: a live article under the news index; prints its path."""
    from articles.models import ArticleIndexPage
    from tests.factories import ArticlePageFactory

    index = ArticleIndexPage.objects.get()
    article = ArticlePageFactory(
        parent=index, title=title, body__0__paragraph__value=f"<p>{body}</p>"
    )
    article.save_revision().publish()
    print(article.url)


def unpublish_article(title):
    from articles.models import ArticlePage

    ArticlePage.objects.get(title=title).unpublish()


def make_private(title):
    from wagtail.models import PageViewRestriction

    from articles.models import ArticlePage

    PageViewRestriction.objects.create(
        page=ArticlePage.objects.get(title=title),
        restriction_type=PageViewRestriction.PASSWORD,
        password="rahasia-desa",
    )


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def warm(url, text):
    """Enough views for both workers to have served and cached it."""
    for _ in range(10):
        status, html = get(url)
        assert status == 200 and text in html


def test_unpublished_in_another_process_is_gone_from_every_worker(production_stack):
    base = production_stack["url"]
    path = run_in_stack(production_stack, publish_article, TITLE, BODY).split()[-1]
    warm(f"{base}{path}", BODY)
    warm(f"{base}/cari/?q=lumbung", TITLE)

    run_in_stack(production_stack, unpublish_article, TITLE)

    statuses = [get(f"{base}{path}")[0] for _ in range(CONSECUTIVE)]
    assert statuses == [404] * CONSECUTIVE
    searches = [TITLE in get(f"{base}/cari/?q=lumbung")[1] for _ in range(CONSECUTIVE)]
    assert searches == [False] * CONSECUTIVE


def test_made_private_in_another_process_is_gone_from_every_worker(production_stack):
    base = production_stack["url"]
    path = run_in_stack(production_stack, publish_article, TITLE, BODY).split()[-1]
    warm(f"{base}{path}", BODY)

    run_in_stack(production_stack, make_private, TITLE)

    shown = [BODY in get(f"{base}{path}")[1] for _ in range(CONSECUTIVE)]
    assert shown == [False] * CONSECUTIVE
