"""The frame of the village site: the home page as the Site's root (in place of Wagtail's
welcome page), the Site's address, the village settings and the three index pages.
load_demo builds on it, and so do the benchmarks in bench/."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage
from catalog.models import ProdukIndexPage, WisataIndexPage
from core.models import VillageSettings
from demo.images import demo_image, draw_emblem, draw_landscape
from demo.reader import read_site
from home.models import HomePage

# The home page's children in menu order, by their key under `indexes` in desa.yaml.
INDEX_PAGES = {"news": ArticleIndexPage, "wisata": WisataIndexPage, "produk": ProdukIndexPage}


@dataclass(frozen=True)
class VillageSite:
    site: Site
    home: HomePage
    news: ArticleIndexPage
    wisata: WisataIndexPage
    produk: ProdukIndexPage


def set_up_site(texts=None, *, with_images=True, report=None):
    """The village site from desa.yaml: what is missing is created and published, what
    exists is left as editors left it. Without images there is no hero picture and no
    logo (the benchmarks skip drawing them)."""
    texts = texts or read_site()
    report = report or (lambda message: None)
    site = Site.objects.get(is_default_site=True)
    home = ensure_home_page(site, texts, with_images, report)
    ensure_village_settings(site, texts, with_images, report)
    indexes = {
        key: ensure_index(home, page_class, texts["indexes"][key], report)
        for key, page_class in INDEX_PAGES.items()
    }
    return VillageSite(site=site, home=home, **indexes)


def ensure_home_page(site, texts, with_images, report):
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    fields = dict(texts["home"])
    colour = fields.pop("hero_colour")
    home = HomePage(**fields)
    if with_images:
        home.hero_image = demo_image(
            f"Pemandangan {texts['site_name']}",
            lambda: draw_landscape(colour, home.slug),
            f"{slugify(texts['site_name'])}.jpg",
        )
    welcome_page = site.root_page
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    # Full URLs (canonical, sharing, feed) use the site's host, so match where it is served.
    public_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = public_url.hostname
    site.port = public_url.port or (443 if public_url.scheme == "https" else 80)
    site.root_page = home
    site.site_name = texts["site_name"]
    site.save()
    # Wagtail's initial "Welcome" page is not part of the village site.
    if welcome_page.depth == 2 and welcome_page.specific_class is Page:
        welcome_page.delete()
    report(_("Beranda dibuat."))
    return home


def ensure_village_settings(site, texts, with_images, report):
    village, created = VillageSettings.objects.get_or_create(site=site)
    # Settings an editor has filled in stay; only the untouched defaults are replaced.
    if not created and village.village_name != village._meta.get_field("village_name").default:
        return
    for name, value in texts["village"].items():
        village._meta.get_field(name)  # a misspelt key in desa.yaml fails here, not silently
        setattr(village, name, value)
    if with_images:
        logo = texts["logo"]
        village.logo = demo_image(
            f"Logo {village.village_name}",
            lambda: draw_emblem(logo["initials"], logo["colour"]),
            f"logo-{slugify(texts['site_name'])}.jpg",
        )
    village.save()
    report(_("Pengaturan desa dibuat."))


def ensure_index(home, page_class, fields, report):
    """The home page's child of this type, created and published (in menus) if missing."""
    existing = page_class.objects.child_of(home).first()
    if existing:
        return existing
    index = home.add_child(instance=page_class(show_in_menus=True, **fields))
    index.save_revision().publish()
    report(_("%s dibuat.") % capfirst(page_class._meta.verbose_name))
    return index
