"""Take the Panduan's screenshots again from the demo admin, so they show the admin as it is
now: `manage.py panduan_screenshots` after a change to a screen the guide shows. It logs in
as the demo penulis and moderator in chromium (a throwaway database, like the language
report) and writes small WebP files to static/editorial/panduan/, one per entry of
editorial.panduan.SCREENSHOTS."""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _
from PIL import Image

from articles.models import ArticleIndexPage, ArticlePage
from catalog.models import Product, TourismSpot
from editorial.admin_browser import MODERATOR, PENULIS, chromium, demo_admin, demo_user, log_in
from editorial.language_report import submit
from editorial.panduan import SCREENSHOT_DIR, SCREENSHOTS

VIEWPORT = {"width": 1000, "height": 680}
# For the catalog forms, whose sections are long: the photos, the map link, a day's hours.
TALL = {"width": 1000, "height": 940}
MAX_WIDTH = 1000
WEBP_QUALITY = 72
# All screenshots together stay small: the admin is used over village connections.
MAX_TOTAL_BYTES = 1_500_000
AWAITING = "#awaiting-review-content"
# The editor scrolls inside its own container, not the window, and smoothly: jump instead.
SCROLL_TO = """(el, offset) => {
  el.scrollIntoView({block: "start", behavior: "instant"});
  let box = el.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight
                  && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  (box || document.scrollingElement).scrollBy({top: -offset, behavior: "instant"});
  // Only vertically: a wide field must not shift the whole editor sideways.
  for (let node = el.parentElement; node; node = node.parentElement) node.scrollLeft = 0;
}"""


def idle_live(queryset):
    return next(item for item in queryset if not item.workflow_in_progress)


class Command(BaseCommand):
    help = _("Membuat ulang tangkapan layar Panduan dari admin demo.")

    def handle(self, *args, **options):
        self.directory = Path(settings.BASE_DIR) / "static" / SCREENSHOT_DIR
        self.directory.mkdir(parents=True, exist_ok=True)
        self.taken = {}
        with demo_admin() as base, chromium() as browser:
            self.base = base
            self.anonymous(browser)
            self.penulis(log_in(browser, base, PENULIS, VIEWPORT))
            self.moderator(log_in(browser, base, MODERATOR, VIEWPORT))
        missing = set(SCREENSHOTS) - set(self.taken)
        if missing:
            raise CommandError(_("Tangkapan layar tidak dibuat: %s") % ", ".join(sorted(missing)))
        for stale in self.directory.glob("*.webp"):
            if stale.stem not in SCREENSHOTS:
                stale.unlink()
        total = sum(self.taken.values())
        self.stdout.write(
            _("%(count)d tangkapan layar, %(size)d kB, di %(path)s")
            % {"count": len(self.taken), "size": total // 1000, "path": self.directory}
        )
        if total > MAX_TOTAL_BYTES:
            raise CommandError(
                _("Tangkapan layar terlalu besar: %(size)d kB, paling banyak %(max)d kB.")
                % {"size": total // 1000, "max": MAX_TOTAL_BYTES // 1000}
            )

    # --- Saving -------------------------------------------------------------------------

    def save(self, name, png):
        if name not in SCREENSHOTS:
            raise CommandError(f"{name} is not in editorial.panduan.SCREENSHOTS")
        image = Image.open(BytesIO(png)).convert("RGB")
        if image.width > MAX_WIDTH:
            height = round(image.height * MAX_WIDTH / image.width)
            image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
        path = self.directory / f"{name}.webp"
        image.save(path, "WEBP", quality=WEBP_QUALITY, method=6)
        self.taken[name] = path.stat().st_size

    def shoot(self, page, name):
        page.wait_for_load_state("networkidle")
        # Let dialogs and menus finish their opening transition.
        page.wait_for_timeout(400)
        self.save(name, page.screenshot())

    def goto(self, page, path):
        page.goto(self.base + path)
        page.wait_for_load_state("networkidle")
        # The editor's scripts settle the layout (tabs, panels) after loading.
        page.wait_for_timeout(500)

    def scroll_to(self, page, selector, offset=0):
        """Scroll `selector` to the top, below the sticky header, and `offset` pixels more."""
        page.locator(selector).first.evaluate(SCROLL_TO, offset)

    # --- The screens --------------------------------------------------------------------

    def anonymous(self, browser):
        page = browser.new_context(locale="id-ID", viewport=VIEWPORT).new_page()
        self.goto(page, "/admin/login/")
        self.shoot(page, "masuk")

    def penulis(self, page):
        self.shoot(page, "dasbor-penulis")
        self.new_article(page)
        self.new_spot(page)
        self.goto(page, reverse(Product.snippet_viewset.get_url_name("add")))
        self.scroll_to(page, "[data-contentpath='price']", offset=60)
        self.shoot(page, "tambah-produk")
        # Last: the preview panel stays open in the editors that follow.
        self.article_actions(page)

    def new_article(self, page):
        index = ArticleIndexPage.objects.order_by("path").first()
        opts = ArticlePage._meta
        self.goto(
            page,
            reverse("wagtailadmin_pages:add", args=[opts.app_label, opts.model_name, index.pk]),
        )
        page.fill("#id_title", "Gotong royong membersihkan saluran irigasi")
        page.evaluate("() => window.scrollTo(0, 0)")
        self.shoot(page, "tulis-berita")
        self.scroll_to(page, "[data-contentpath='body']", offset=40)
        page.locator("[data-contentpath='body'] button.c-sf-add-button").first.click()
        page.wait_for_selector("[role='option']")
        self.shoot(page, "menu-blok")
        page.get_by_role("option", name="Gambar").first.click()
        page.wait_for_selector("[data-contentpath='body'] [data-contentpath='image']")
        page.wait_for_timeout(600)  # the new block slides open
        self.scroll_to(page, "[data-contentpath='body'] [data-contentpath='image']", offset=120)
        self.shoot(page, "blok-gambar")

    def new_spot(self, page):
        self.goto(page, reverse(TourismSpot.snippet_viewset.get_url_name("add")))
        page.set_viewport_size(TALL)
        self.scroll_to(page, "[data-contentpath='short_description']", offset=20)
        self.shoot(page, "tambah-wisata")
        page.fill("[name='location']", "https://www.openstreetmap.org/#map=17/-7.24950/109.29390")
        page.locator("[data-contentpath='opening_hours'] button.c-sf-add-button").first.click()
        if page.locator("[role='option']").count():
            page.locator("[role='option']").first.click()
        page.wait_for_timeout(600)
        self.scroll_to(page, "[data-contentpath='address']", offset=50)
        self.shoot(page, "jam-buka-lokasi")
        page.set_viewport_size(VIEWPORT)

    def article_actions(self, page):
        article = idle_live(ArticlePage.objects.live().order_by("-first_published_at"))
        self.goto(page, reverse("wagtailadmin_pages:edit", args=[article.pk]))
        page.locator("footer .w-dropdown__toggle").last.click()
        self.shoot(page, "menu-aksi")
        page.keyboard.press("Escape")
        # Wider, so the form and the preview both have room; saved at MAX_WIDTH.
        page.set_viewport_size({"width": 1360, "height": 880})
        page.locator("[data-side-panel-toggle='preview']").first.click()
        preview = page.frame_locator("[data-side-panel='preview'] iframe").first
        preview.locator("h1").first.wait_for()
        self.shoot(page, "pratinjau")
        page.set_viewport_size(VIEWPORT)

    def moderator(self, page):
        penulis = demo_user(PENULIS)
        for item in [
            idle_live(ArticlePage.objects.live().order_by("-first_published_at")),
            idle_live(TourismSpot.objects.filter(live=True).order_by("pk")),
            idle_live(Product.objects.filter(live=True).order_by("pk")),
        ]:
            submit(penulis, item)
        self.goto(page, reverse("wagtailadmin_home"))
        self.scroll_to(page, "#awaiting-review-section", offset=24)
        self.shoot(page, "dasbor-moderator")

        self.open_workflow_action(page, "approve")
        self.shoot(page, "setujui")
        page.locator(".modal [data-dismiss='modal']").first.click()
        page.wait_for_selector(".modal-content", state="hidden")
        self.open_workflow_action(page, "reject")
        self.shoot(page, "tolak")

        self.goto(page, reverse("wagtailadmin_home"))
        page.click("#wagtail-sidebar button:has-text('Bantuan')")
        page.wait_for_selector("#wagtail-sidebar a[href*='/admin/panduan/']")
        self.shoot(page, "menu-bantuan")

        live = idle_live(ArticlePage.objects.live().order_by("-first_published_at"))
        self.goto(page, reverse("wagtailadmin_pages:unpublish", args=[live.pk]))
        self.shoot(page, "batalkan-terbitan")

    def open_workflow_action(self, page, action):
        """The dialog of the first item waiting on the dashboard, for `action`."""
        self.goto(page, reverse("wagtailadmin_home"))
        page.locator(f"{AWAITING} .w-dropdown__toggle").first.click()
        page.locator(f"{AWAITING} [data-workflow-action-url*='/{action}/']").first.click()
        page.wait_for_selector(".modal-content")
