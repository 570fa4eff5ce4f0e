"""The demo admin in a real browser, for the commands that look at it (the language report,
the Panduan's screenshots): a throwaway database with the demo content, a live server on a
free port, and Debian's chromium through Playwright."""

import os
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings
from django.test.testcases import LiveServerThread
from django.utils.translation import gettext as _

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The demo's accounts (demo/management/commands/load_demo.py); they exist only in DEBUG.
PENULIS = ("penulis", "penulis-serang")
MODERATOR = ("moderator", "moderator-serang")


def check_requirements():
    if not Path(CHROMIUM).exists():
        raise CommandError(
            _(
                "Chromium tidak ditemukan di %s. Pasang dengan apt-get install chromium, "
                "atau isi variabel lingkungan CHROMIUM dengan lokasi chromium Anda."
            )
            % CHROMIUM
        )
    if not settings.DEBUG:
        raise CommandError(
            _(
                "Perintah ini masuk dengan akun demo, yang hanya dibuat bila DEBUG aktif: "
                "jalankan dengan pengaturan dev."
            )
        )


@contextmanager
def throwaway_database(directory):
    """Django's test database in place of the configured one, migrated, and dropped at the
    end: test_<name> on PostgreSQL, a file in `directory` on SQLite (a file, so the live
    server's thread and this one share it without SQLite's shared-cache table locks).
    Nothing here touches the configured database, so the demo accounts never reach it."""
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = str(Path(directory) / "report.sqlite3")
    configured_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(configured_name, verbosity=0)


@contextmanager
def demo_admin():
    """The demo site in a throwaway database, served on a free port: yields its base URL."""
    check_requirements()
    # Playwright's sync API runs an event loop; the ORM calls here are not async.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with (
        TemporaryDirectory(prefix="demo-admin-") as directory,
        throwaway_database(directory),
        # The demo's pictures go with the database; the site's media folder stays as is.
        override_settings(
            MEDIA_ROOT=directory,
            # Moderation e-mails land in django.core.mail.outbox, where the report reads them.
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ),
    ):
        call_command("load_demo", stdout=StringIO())
        server = LiveServerThread("127.0.0.1", StaticLiveServerTestCase.static_handler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://127.0.0.1:{server.port}"
        finally:
            server.terminate()


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield browser
        finally:
            browser.close()


def log_in(browser, base, account, viewport=None):
    """A new Indonesian browser context, logged in to the admin as a demo account."""
    username, password = account
    options = {"locale": "id-ID", "timezone_id": "Asia/Jakarta"}
    if viewport:
        options["viewport"] = viewport
    page = browser.new_context(**options).new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def demo_user(account):
    return get_user_model().objects.get(username=account[0])
