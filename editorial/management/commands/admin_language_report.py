"""Render the admin screens on an editor's and a moderator's path in a real browser, read
every moderation e-mail and the forms' error messages, and list the English still on them
and any trace of Wagtail's branding. Run it through `make i18n-report`; it needs Playwright
and Debian's chromium. It works in a throwaway database of its own, never the configured one.
It fails below MINIMUM_COVERAGE Indonesian, or when Wagtail's name or guide shows."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product, TourismSpot
from editorial.admin_browser import MODERATOR, PENULIS, chromium, demo_admin, demo_user, log_in
from editorial.language_report import (
    ReportError,
    Screen,
    form_error_screens,
    help_menu_screen,
    moderation_email_screens,
)

MINIMUM_COVERAGE = 99.5
AWAITING = "#awaiting-review-content"
# Visible lines of text, the title, and the labels a screen reader reads (alt, aria-label,
# title, placeholder); and where the visible links go.
VISIBLE_TEXT = """() => {
  const lines = document.body.innerText.split("\\n").map((s) => s.trim()).filter(Boolean);
  const labelled = [...document.querySelectorAll("[placeholder], [aria-label], [title], img[alt]")]
    .filter((el) => el.checkVisibility())
    .flatMap((el) => ["placeholder", "aria-label", "title", "alt"].map((a) => el.getAttribute(a)))
    .filter(Boolean);
  const links = [...document.querySelectorAll("a[href]")]
    .filter((el) => el.checkVisibility())
    .map((el) => el.href);
  return {segments: [...new Set([document.title, ...lines, ...labelled])], links};
}"""


def idle_live_item(queryset):
    """A published item that is not waiting for moderation."""
    return next(item for item in queryset if not item.workflow_in_progress)


class Command(BaseCommand):
    help = _(
        "Menampilkan teks berbahasa Inggris dan merek Wagtail yang tersisa di layar admin, "
        "e-mail moderasi dan pesan kesalahan formulir penulis dan moderator."
    )

    def handle(self, *args, **options):
        with demo_admin() as base:
            screens = self.browse(base)
            try:
                screens += self.without_browser()
            except ReportError as error:
                raise CommandError(str(error)) from error
        self.report(screens)

    def browse(self, base):
        with chromium() as browser:
            return [
                *self.anonymous_screens(browser, base),
                *self.editor_screens(browser, base),
                *self.moderator_screens(browser, base),
            ]

    def without_browser(self):
        penulis, moderator = demo_user(PENULIS), demo_user(MODERATOR)
        return [
            help_menu_screen(penulis),
            help_menu_screen(moderator),
            *form_error_screens(penulis),
            *moderation_email_screens(
                penulis,
                moderator,
                idle_live_item(ArticlePage.objects.live().order_by("path")),
                idle_live_item(TourismSpot.objects.filter(live=True).order_by("pk")),
                idle_live_item(Product.objects.filter(live=True).order_by("pk")),
            ),
        ]

    def screen(self, page, name):
        page.wait_for_load_state("networkidle")
        visible = page.evaluate(VISIBLE_TEXT)
        return Screen(name, visible["segments"], visible["links"])

    def anonymous_screens(self, browser, base):
        page = browser.new_context(locale="id-ID").new_page()
        page.goto(f"{base}/admin/login/")
        login = self.screen(page, "Masuk")
        page.goto(f"{base}/admin/password_reset/")
        return [login, self.screen(page, "Atur ulang kata sandi")]

    def help_menu(self, page, base, name):
        page.goto(f"{base}/admin/")
        page.click("#wagtail-sidebar button:has-text('Bantuan')")
        page.wait_for_selector("#wagtail-sidebar a[href*='/admin/panduan/']")
        return self.screen(page, name)

    def editor_screens(self, browser, base):
        page = log_in(browser, base, PENULIS)
        index = ArticleIndexPage.objects.first()
        article = idle_live_item(ArticlePage.objects.live().order_by("path"))
        product = Product.objects.first()
        screens = [self.screen(page, "Dasbor (penulis)")]
        screens.append(self.help_menu(page, base, "Menu Bantuan (penulis)"))
        for name, url in [
            ("Panduan", "/admin/panduan/"),
            ("Panduan penulis", "/admin/panduan/penulis/"),
            ("Penjelajah halaman", f"/admin/pages/{index.pk}/"),
            ("Cari di admin", "/admin/pages/search/?q=desa"),
            ("Daftar produk", "/admin/snippets/catalog/product/"),
            ("Tambah produk", "/admin/snippets/catalog/product/add/"),
            ("Ubah produk", f"/admin/snippets/catalog/product/edit/{product.pk}/"),
            ("Tambah wisata", "/admin/snippets/catalog/tourismspot/add/"),
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
        page = log_in(browser, base, MODERATOR)
        screens = [self.screen(page, "Dasbor (moderator)")]
        screens.append(self.help_menu(page, base, "Menu Bantuan (moderator)"))
        page.goto(f"{base}/admin/panduan/moderator/")
        screens.append(self.screen(page, "Panduan moderator"))
        page.goto(f"{base}/admin/")
        page.click(
            f"{AWAITING} a[data-w-action*='approve'], {AWAITING} .w-dropdown__toggle >> nth=0"
        )
        screens.append(self.screen(page, "Dialog setujui/tolak"))
        return screens

    def report(self, screens):
        total = sum(len(screen.segments) for screen in screens)
        english = {screen.name: screen.english for screen in screens}
        wagtail = {screen.name: screen.wagtail_findings for screen in screens}
        english_count = sum(len(flagged) for flagged in english.values())
        self.stdout.write("| Layar | Teks | Bahasa Inggris | Wagtail |\n|---|---|---|---|")
        for screen in screens:
            self.stdout.write(
                f"| {screen.name} | {len(screen.segments)} | {len(english[screen.name])} "
                f"| {len(wagtail[screen.name])} |"
            )
        coverage = 100 * (total - english_count) / total if total else 100
        self.stdout.write(
            f"\nCakupan bahasa Indonesia: {coverage:.2f}% "
            f"({english_count} dari {total} teks masih berbahasa Inggris)\n"
        )
        for name, flagged in english.items():
            for text in flagged:
                self.stdout.write(f"- {name}: {text}")
        for name, findings in wagtail.items():
            for text in findings:
                self.stdout.write(f"- {name}: Wagtail: {text}")
        failures = []
        if coverage < MINIMUM_COVERAGE:
            failures.append(
                _("cakupan bahasa Indonesia %(coverage).2f%% di bawah %(minimum).1f%%")
                % {"coverage": coverage, "minimum": MINIMUM_COVERAGE}
            )
        if any(wagtail.values()):
            failures.append(_("nama atau panduan Wagtail masih tampil"))
        if failures:
            raise CommandError(_("Laporan bahasa gagal: %s.") % "; ".join(failures))
