"""Render the admin screens on an editor's and a moderator's path in a real browser and
list the English still on them. Run it through `make i18n-report`; it needs Playwright and
Debian's chromium. It works in a throwaway database of its own, never the configured one."""

import os
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory

from django.conf import settings
from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings
from django.test.testcases import LiveServerThread
from django.utils.translation import gettext as _

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product
from editorial.language_check import english_segments

AWAITING = "#awaiting-review-content"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
VISIBLE_TEXT = """() => {
  const lines = document.body.innerText.split("\\n").map((s) => s.trim()).filter(Boolean);
  const labelled = [...document.querySelectorAll("[placeholder], [aria-label], [title]")]
    .filter((el) => el.checkVisibility())
    .flatMap((el) => ["placeholder", "aria-label", "title"].map((a) => el.getAttribute(a)))
    .filter(Boolean);
  return [...new Set([...lines, ...labelled])];
}"""


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


class Command(BaseCommand):
    help = _(
        "Menampilkan teks berbahasa Inggris yang tersisa di layar admin penulis dan moderator."
    )

    def handle(self, *args, **options):
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
                    "Laporan ini masuk dengan akun demo, yang hanya dibuat bila DEBUG aktif: "
                    "jalankan dengan pengaturan dev (make i18n-report)."
                )
            )
        # Playwright's sync API runs an event loop; the ORM calls here are not async.
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with (
            TemporaryDirectory(prefix="i18n-report-") as directory,
            throwaway_database(directory),
            # The demo's pictures go with the database; the site's media folder stays as is.
            override_settings(
                MEDIA_ROOT=directory,
                # Submitting for moderation e-mails the moderators; keep that out of the report.
                EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            ),
        ):
            call_command("load_demo", stdout=StringIO())
            results = self.browse()
        self.report(results)

    def browse(self):
        """Every screen's (name, text segments, English segments), through chromium."""
        from playwright.sync_api import sync_playwright

        server = LiveServerThread("127.0.0.1", StaticLiveServerTestCase.static_handler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        base = f"http://127.0.0.1:{server.port}"
        results = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
                )
                results += self.anonymous_screens(browser, base)
                results += self.editor_screens(browser, base)
                results += self.moderator_screens(browser, base)
                browser.close()
        finally:
            server.terminate()
        return results

    def screen(self, page, name):
        page.wait_for_load_state("networkidle")
        segments = page.evaluate(VISIBLE_TEXT)
        return name, segments, english_segments(segments, settings.BASE_DIR)

    def login(self, browser, base, username, password):
        context = browser.new_context(locale="id-ID")
        page = context.new_page()
        page.goto(f"{base}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/admin/")
        return page

    def anonymous_screens(self, browser, base):
        page = browser.new_context(locale="id-ID").new_page()
        page.goto(f"{base}/admin/login/")
        login = self.screen(page, "Masuk")
        page.goto(f"{base}/admin/password_reset/")
        return [login, self.screen(page, "Atur ulang kata sandi")]

    def editor_screens(self, browser, base):
        page = self.login(browser, base, "penulis", "penulis-serang")
        index = ArticleIndexPage.objects.first()
        article = next(a for a in ArticlePage.objects.live() if not a.workflow_in_progress)
        product = Product.objects.first()
        screens = [self.screen(page, "Dasbor (penulis)")]
        for name, url in [
            ("Penjelajah halaman", f"/admin/pages/{index.pk}/"),
            ("Cari di admin", "/admin/pages/search/?q=desa"),
            ("Daftar produk", "/admin/snippets/catalog/product/"),
            ("Tambah produk", "/admin/snippets/catalog/product/add/"),
            ("Ubah produk", f"/admin/snippets/catalog/product/edit/{product.pk}/"),
            ("Gambar", "/admin/images/"),
            ("Unggah gambar", "/admin/images/multiple/add/"),
            ("Unggah dokumen", "/admin/documents/multiple/add/"),
            ("Pengaturan akun", "/admin/account/"),
        ]:
            page.goto(base + url)
            screens.append(self.screen(page, name))
        page.goto(f"{base}/admin/pages/add/articles/articlepage/{index.pk}/")
        screens.append(self.screen(page, "Tulis berita"))
        page.click("button[title='Sisipkan blok'], button.c-sf-add-button >> nth=0")
        screens.append(self.screen(page, "Menu blok StreamField"))
        page.goto(f"{base}/admin/pages/{article.pk}/edit/")
        screens.append(self.screen(page, "Ubah berita"))
        page.click("footer .w-dropdown__toggle, [data-w-dropdown-target='toggle'] >> nth=-1")
        screens.append(self.screen(page, "Menu aksi penerbitan"))
        page.click("button[name='action-submit']")
        screens.append(self.screen(page, "Setelah dikirim untuk moderasi"))
        page.goto(f"{base}/admin/pages/add/articles/articlepage/{index.pk}/")
        page.click(".chooser__choose-button >> nth=0")
        page.wait_for_selector(".modal-content")
        screens.append(self.screen(page, "Pemilih gambar"))
        return screens

    def moderator_screens(self, browser, base):
        page = self.login(browser, base, "moderator", "moderator-serang")
        screens = [self.screen(page, "Dasbor (moderator)")]
        page.click(
            f"{AWAITING} a[data-w-action*='approve'], {AWAITING} .w-dropdown__toggle >> nth=0"
        )
        screens.append(self.screen(page, "Dialog setujui/tolak"))
        return screens

    def report(self, results):
        total = sum(len(segments) for _name, segments, _english in results)
        english = sum(len(flagged) for _name, _segments, flagged in results)
        self.stdout.write("| Layar | Teks | Bahasa Inggris |\n|---|---|---|")
        for name, segments, flagged in results:
            self.stdout.write(f"| {name} | {len(segments)} | {len(flagged)} |")
        coverage = 100 * (total - english) / total if total else 100
        self.stdout.write(
            f"\nCakupan bahasa Indonesia: {coverage:.1f}% "
            f"({english} dari {total} teks masih berbahasa Inggris)\n"
        )
        for name, _segments, flagged in results:
            for text in flagged:
                self.stdout.write(f"- {name}: {text}")
