"""Desa Serang on the village structure (villages.structure): the demo's texts, hero picture,
logo and settings go into the pages and settings that still hold what the structure gave
them; what an editor changed stays. load_demo builds on it, and so do the benchmarks."""

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.models import VillageSettings
from demo.images import demo_image, draw_emblem, draw_landscape
from demo.reader import read_site
from villages.identity import name_village, parse_address
from villages.structure import GOVERNMENT_PAGES, HOME, SECTIONS, ensure_village_structure


def set_up_site(texts=None, *, with_images=True, report=None):
    """The default site as Desa Serang, from desa.yaml. Without images there is no hero
    picture and no logo (the benchmarks skip drawing them). Returns its VillageSite."""
    texts = texts or read_site()
    report = report or (lambda message: None)
    site = Site.objects.get(is_default_site=True)
    village = ensure_village_structure(site, report=report)
    fill_village_settings(site, texts, with_images, report)
    fill_home_page(village.home, texts, with_images, report)
    fill_sections(village, texts["sections"], report)
    if not site.site_name:
        # Full URLs (canonical, sharing, feed) use the site's host: where the demo is served.
        address = parse_address(settings.WAGTAILADMIN_BASE_URL)
        name_village(village, texts["site_name"], address, report=report)
    return village


def fill_village_settings(site, texts, with_images, report):
    village = VillageSettings.for_site(site)
    # Settings an editor has filled in stay; only the untouched defaults are replaced.
    if village.village_name != village._meta.get_field("village_name").default:
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
    report(_("Pengaturan desa diisi."))


def fill_home_page(home, texts, with_images, report):
    if not HOME.is_untouched(home) or home.hero_image_id:
        return
    fields = dict(texts["home"])
    colour = fields.pop("hero_colour")
    for name, value in fields.items():
        setattr(home, name, value)
    if with_images:
        home.hero_image = demo_image(
            f"Pemandangan {texts['site_name']}",
            lambda: draw_landscape(colour, home.slug),
            f"{slugify(texts['site_name'])}.jpg",
        )
    home.save_revision().publish()
    report(_("Beranda diisi."))


def fill_sections(village, sections, report):
    for spec in (*SECTIONS, *GOVERNMENT_PAGES):
        page, fields = getattr(village, spec.attribute), sections[spec.attribute]
        if not spec.is_untouched(page):
            continue
        if all(getattr(page, name) == value for name, value in fields.items()):
            continue
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        report(_("Halaman %s diisi.") % page.title)
