"""The demo APBDes of Desa Serang: 2025 (with realisation) and 2026, read from
demo/content/apbdes-<year>.csv through the same importer editors use, published, on the
APBDes page the village structure put under Pemerintahan (made only where there is none).
Idempotent: a year that exists is left as it is."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from budget.importer import BudgetSheet, read_csv, unsaved_budget
from budget.models import Budget, BudgetPage
from demo.reader import CONTENT_DIR, ContentError

YEARS = (2025, 2026)
PAGE_TITLE = "APBDes"
PAGE_SLUG = "apbdes"
PAGE_INTRO = (
    "Anggaran Pendapatan dan Belanja Desa Serang: dari mana uang desa berasal, untuk apa "
    "dibelanjakan, dan berapa yang sudah terealisasi. Semua baris bisa diunduh sebagai data "
    "terbuka."
)


def read_budget_file(year, directory=CONTENT_DIR):
    path = directory / f"apbdes-{year}.csv"
    parsed = BudgetSheet(read_csv(path.read_bytes())).parse()
    if parsed.errors:
        raise ContentError(f"{path.name}: {' '.join(parsed.errors)}")
    return parsed


def create_budget(site, year, parsed):
    notes = _("Peraturan Desa Serang Nomor 1 Tahun %(year)s tentang APBDes.") % {"year": year}
    budget = unsaved_budget(site, year, parsed, notes=notes)
    budget.save()
    budget.save_revision().publish()
    return budget


def ensure_page(home, report):
    """The structure's APBDes page (anywhere under the home page; set_up_site gives it the
    demo's intro), or a new one on a site without any."""
    page = BudgetPage.objects.descendant_of(home).order_by("path").first()
    if page is None:
        page = BudgetPage(title=PAGE_TITLE, slug=PAGE_SLUG, intro=PAGE_INTRO, show_in_menus=False)
        home.add_child(instance=page)
        page.save_revision().publish()
        report(_("Halaman APBDes dibuat."))
    return page


def load(pages, report):
    """Fill the APBDes page and create the demo budgets that are missing."""
    home = pages.home
    site = home.get_site()
    ensure_page(home, report)
    existing = set(Budget.objects.filter(site=site).values_list("year", flat=True))
    created = []
    for year in YEARS:
        if year in existing:
            continue
        try:
            created.append(create_budget(site, year, read_budget_file(year)))
        except ValidationError as refusal:
            raise ContentError(f"apbdes-{year}.csv: {' '.join(refusal.messages)}") from refusal
    if created:
        report(_("APBDes %s dibuat.") % ", ".join(str(budget.year) for budget in created))
    return created
