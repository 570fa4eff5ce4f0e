"""The production stack as `make serve` runs it, for tests that must see what spans
processes: gunicorn with two workers (gunicorn.conf.py), production settings over plain
HTTP, whitenoise's hashed static files and the shared cache of production settings.

Each stack gets its own database (a SQLite file, or a fresh PostgreSQL database when the
suite runs on PostgreSQL), its own cache folder and media folder, migrated and filled
here; the `production_stack` fixture (conftest.py) starts and stops it."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parent.parent
GUNICORN = PROJECT_DIR / ".venv" / "bin" / "gunicorn"
LOCAL_PROXY = PROJECT_DIR / "deploy" / "local_proxy.py"
# Production settings, and what a test adds to them.
STACK_SETTINGS = """
from village_site.settings.production import *  # noqa: F403

# The stack builds its own small site (set_up_village), not the first run's village site.
VILLAGE_FIRST_RUN = False
"""


def set_up_village(port):
    """Run inside the server's environment: the site, its news index and one user per role."""
    from wagtail.models import Page, Site

    from tests.factories import ArticleIndexPageFactory, HomePageFactory, VillageSettingsFactory
    from tests.helpers import MODERATOR, PENULIS, make_user

    home = HomePageFactory(parent=Page.get_first_root_node())
    site, _ = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "127.0.0.1", "port": port, "root_page": home},
    )
    VillageSettingsFactory(site=site)
    news = ArticleIndexPageFactory(parent=home)
    make_user(PENULIS)
    make_user(MODERATOR)
    print(news.pk)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_NO_REDIRECTS = urllib.request.build_opener(_NoRedirect)


def http_get(url, *, follow_redirects=True, timeout=30):
    """GET over HTTP as a reader's browser would: (status, headers, body text)."""
    open_url = urllib.request.urlopen if follow_redirects else _NO_REDIRECTS.open
    try:
        with open_url(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_database(tmp_path, database_url=None):
    """A DATABASE_URL of the suite's kind that nothing else uses, dropped afterwards (or
    the given one, which the caller owns)."""
    if database_url:
        yield database_url
        return
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'desa.sqlite3'}"
        return
    import psycopg

    settings = connection.settings_dict
    name = f"village_stack_{secrets.token_hex(4)}"
    params = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    try:
        yield f"postgres://{settings['USER']}{password}@{params['host']}:{params['port']}/{name}"
    finally:
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command, env, timeout=300):
    result = subprocess.run(
        [sys.executable, *command],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def wait_until_serving(base_url, server, log_path, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{base_url}/admin/login/", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"gunicorn did not answer within {seconds} s:\n{log_path.read_text()}")


def stop(server, seconds=30):
    """SIGTERM to gunicorn's master lets the workers finish; kill the group if it hangs."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


@contextmanager
def serve_production_stack(tmp_path, database_url=None, extra_settings="", behind_nginx=False):
    """Migrate, fill and serve a fresh database with gunicorn (by default one of the suite's
    kind); yields its address, the news index's id, the environment to run more code in
    (run_in_stack) and gunicorn's process. `extra_settings` is Python appended to the
    production settings. `behind_nginx` serves it as `make serve` does, through
    deploy/local_proxy.py (nginx in front of gunicorn)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    (tmp_path / "stack_settings.py").write_text(STACK_SETTINGS + extra_settings)
    with server_database(tmp_path, database_url) as database_url:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": f"{tmp_path}{os.pathsep}{PROJECT_DIR}",
            "DJANGO_SETTINGS_MODULE": "stack_settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HTTPS": "false",
            "SERVE_MEDIA": "true",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp_path / "media"),
            # Out of the working tree: neither needs nor disturbs `make serve`'s folders.
            "STATIC_ROOT": str(tmp_path / "static"),
            "NGINX_DIR": str(tmp_path / "nginx"),
            # Shared by the workers and by run_in_stack's processes, and by nothing else.
            "CACHE_DIR": str(tmp_path / "cache"),
            "PUBLIC_BASE_URL": base_url,
            # Moderators are e-mailed on submission; there is no mail server here.
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        }
        run(["manage.py", "migrate", "--no-input", "-v0"], env)
        run(["manage.py", "collectstatic", "--no-input", "-v0"], env)
        news_index_id = run(
            [
                "-c",
                "import django; django.setup(); "
                "from tests.production_stack import set_up_village; "
                f"set_up_village({port})",
            ],
            env,
        ).split()[-1]
        log_path = tmp_path / "gunicorn.log"
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [sys.executable, str(LOCAL_PROXY)]
                if behind_nginx
                else [str(GUNICORN), "-c", "gunicorn.conf.py"],
                cwd=PROJECT_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                wait_until_serving(base_url, server, log_path)
                yield {
                    "url": base_url,
                    "news_index_id": news_index_id,
                    "env": env,
                    "server": server,
                }
            finally:
                stop(server)


def publish_article(title, body):
    """In the stack's environment: a live article under the first news index; prints its
    path."""
    from articles.models import ArticleIndexPage
    from tests.factories import ArticlePageFactory

    index = ArticleIndexPage.objects.order_by("pk").first()
    article = ArticlePageFactory(
        parent=index, title=title, body__0__paragraph__value=f"<p>{body}</p>"
    )
    article.save_revision().publish()
    print(article.url)


def unpublish_article(title):
    from articles.models import ArticlePage

    ArticlePage.objects.get(title=title).unpublish()


def run_in_stack(stack, function, *args):
    """Call a module-level `function(*args)` in a separate process with the stack's
    settings, database and cache, as cron or a second app server would; its stdout."""
    call = f"{function.__name__}(*{args!r})"
    return run(
        [
            "-c",
            f"import django; django.setup(); from {function.__module__} import "
            f"{function.__name__}; {call}",
        ],
        stack["env"],
    )
