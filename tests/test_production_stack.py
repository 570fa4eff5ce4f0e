"""The production stack end to end, as `make serve` runs it: gunicorn with two workers
(gunicorn.conf.py), production settings over plain HTTP, whitenoise's hashed static files.
In chromium a Penulis writes an article with the preview panel open (no CSP violation),
submits it, a Moderator approves it, and an anonymous reader fetches it over HTTP.

The server gets its own database, migrated and filled here: a SQLite file, or a fresh
PostgreSQL database on the same server when the suite runs on PostgreSQL."""

import os
import secrets
import shutil
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
from django.utils.text import slugify

from tests.browser import CHROMIUM, add_block, log_in, step, type_in_rich_text
from tests.test_e2e_editing import csp_errors, preview_contents

PROJECT_DIR = Path(__file__).resolve().parent.parent
GUNICORN = PROJECT_DIR / ".venv" / "bin" / "gunicorn"
TITLE = "Jadwal Pembagian Bibit Padi Musim Tanam"
QUESTION = "Siapa yang berhak menerima bibit?"
# Production settings with only the static files' folder moved out of the working tree, so
# the test neither needs nor disturbs a `make serve` collection in staticfiles/.
STACK_SETTINGS = """
from village_site.settings.production import *  # noqa: F403

STATIC_ROOT = {static_root!r}
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed"),
    pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed"),
]


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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_database(tmp_path):
    """A DATABASE_URL of the suite's kind that nothing else uses, dropped afterwards."""
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


@pytest.fixture
def production_stack(tmp_path):
    """Migrate, fill and serve a fresh database with gunicorn; yields its address and the
    news index's id."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    (tmp_path / "stack_settings.py").write_text(
        STACK_SETTINGS.format(static_root=str(tmp_path / "static"))
    )
    with server_database(tmp_path) as database_url:
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
                "from tests.test_production_stack import set_up_village; "
                f"set_up_village({port})",
            ],
            env,
        ).split()[-1]
        log_path = tmp_path / "gunicorn.log"
        with log_path.open("w") as log:
            server = subprocess.Popen(
                [str(GUNICORN), "-c", "gunicorn.conf.py"],
                cwd=PROJECT_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                wait_until_serving(base_url, server, log_path)
                yield {"url": base_url, "news_index_id": news_index_id}
            finally:
                stop(server)


def test_write_preview_submit_approve_read_on_gunicorn(browser, production_stack):
    base_url = production_stack["url"]
    news_index_id = production_stack["news_index_id"]
    editor = log_in(browser, base_url, "penulis")
    violations = csp_errors(editor)
    with step(editor, "stack-1-write"):
        editor.goto(f"{base_url}/admin/pages/add/articles/articlepage/{news_index_id}/")
        editor.fill("#id_title", TITLE)
        editor.fill("#id_intro", "Kelompok tani menerima bibit padi unggul dari desa.")
        add_block(editor, "Paragraf")
        type_in_rich_text(editor, "body-0-value", "Bibit dibagikan di balai desa.")
        add_block(editor, "Tanya jawab (FAQ)")
        editor.fill("#body-1-value-items-0-value-question", QUESTION)
        type_in_rich_text(editor, "body-1-value-items-0-value-answer", "Anggota kelompok tani.")
    with step(editor, "stack-2-preview"):
        editor.click("[data-side-panel-toggle='preview']")
        preview = preview_contents(editor)
        assert preview["heading"] == TITLE
        assert any(QUESTION in question for question in preview["questions"])
    with step(editor, "stack-3-submit"):
        editor.click("footer button[name='action-submit']")
        editor.wait_for_selector(".messages .success")
    assert violations == []

    moderator = log_in(browser, base_url, "moderator")
    with step(moderator, "stack-4-approve"):
        panel = moderator.locator("#awaiting-review-section")
        assert TITLE in panel.inner_text()
        panel.locator("[data-w-dropdown-target='toggle']").first.click()
        panel.get_by_role("button", name="Setujui", exact=True).click()
        moderator.get_by_role("button", name="Ya, setujui dan terbitkan").click()
        moderator.wait_for_selector("text=Tidak ada konten yang menunggu moderasi.")

    reader_url = f"{base_url}/berita/{slugify(TITLE)}/"
    with urllib.request.urlopen(reader_url, timeout=30) as response:
        html = response.read().decode()
        assert response.status == 200
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert f"<h1>{TITLE}</h1>" in html
    assert QUESTION in html
