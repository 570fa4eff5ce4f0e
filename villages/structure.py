"""The village site's page structure, in one place: Beranda as the Site's root and its
sections in menu order, each with a short neutral Indonesian intro. What is missing is
created, what exists is left as editors left it."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage
from budget.models import BudgetPage
from catalog.models import ProdukIndexPage, WisataIndexPage
from core.models import VillageSettings
from documents.models import InformasiPublikPage, ProdukHukumIndexPage
from events.models import AgendaIndexPage
from gallery.models import GalleryIndexPage
from government.models import GovernmentPage
from home.models import HomePage
from standard_pages.models import ContactPage, StandardPage


class StructureError(Exception):
    """The Site's root is a page the village structure must not replace."""


@dataclass(frozen=True)
class PageTexts:
    """A page the structure creates: its type, slug and the neutral texts it starts with."""

    attribute: str
    page_type: type
    slug: str
    texts: dict

    def default_texts(self):
        return {name: str(value) for name, value in self.texts.items()}

    def is_untouched(self, page):
        """Whether the live page still holds exactly the neutral texts it was created with
        and no editor's draft is waiting: only then may the demo give it other texts."""
        return not page.has_unpublished_changes and all(
            getattr(page, name) == value for name, value in self.default_texts().items()
        )

    def build(self, slug, **fields):
        return self.page_type(slug=slug, **self.default_texts(), **fields)


HOME = PageTexts(
    "home",
    HomePage,
    "beranda",
    {
        "title": gettext_lazy("Beranda"),
        "seo_title": "",
        "hero_title": gettext_lazy("Selamat datang"),
        "hero_intro": gettext_lazy(
            "Kabar desa, agenda kegiatan, wisata, dan produk warga, semuanya di sini."
        ),
        "about_text": "",
    },
)


def section(attribute, page_type, slug, title, intro):
    return PageTexts(attribute, page_type, slug, {"title": title, "intro": intro, "seo_title": ""})


# The home page's children, in menu order; `attribute` names them in VillageSite.
SECTIONS = (
    section(
        "profile",
        StandardPage,
        "profil",
        gettext_lazy("Profil Desa"),
        gettext_lazy("Mengenal desa kami: sejarah, visi dan misi, serta keadaan wilayahnya."),
    ),
    section(
        "government",
        GovernmentPage,
        "pemerintahan",
        gettext_lazy("Pemerintahan"),
        gettext_lazy("Perangkat desa, Badan Permusyawaratan Desa, dan lembaga desa."),
    ),
    section(
        "news",
        ArticleIndexPage,
        "berita",
        gettext_lazy("Berita"),
        gettext_lazy("Kabar terbaru dari pemerintah desa dan warga."),
    ),
    section(
        "agenda",
        AgendaIndexPage,
        "agenda",
        gettext_lazy("Agenda"),
        gettext_lazy("Kegiatan dan acara desa yang akan datang."),
    ),
    section(
        "gallery",
        GalleryIndexPage,
        "galeri",
        gettext_lazy("Galeri"),
        gettext_lazy("Foto kegiatan dan suasana desa."),
    ),
    section(
        "wisata",
        WisataIndexPage,
        "wisata",
        gettext_lazy("Wisata"),
        gettext_lazy("Tempat wisata yang dapat Anda kunjungi di desa kami."),
    ),
    section(
        "produk",
        ProdukIndexPage,
        "produk",
        gettext_lazy("Produk Warga"),
        gettext_lazy("Produk lokal buatan warga desa."),
    ),
    section(
        "contact",
        ContactPage,
        "kontak",
        gettext_lazy("Kontak"),
        gettext_lazy("Hubungi kantor desa untuk layanan dan informasi."),
    ),
)

# Under Pemerintahan, in menu order: what the law asks every village to publish (UU 6/2014,
# UU 14/2008), so every install has a place for it from the start.
GOVERNMENT_PAGES = (
    section(
        "legal_documents",
        ProdukHukumIndexPage,
        "produk-hukum",
        gettext_lazy("Produk Hukum"),
        gettext_lazy(
            "Peraturan desa, keputusan kepala desa, dan dokumen perencanaan yang ditetapkan "
            "pemerintah desa."
        ),
    ),
    section(
        "budget",
        BudgetPage,
        "apbdes",
        gettext_lazy("APBDes"),
        gettext_lazy(
            "Anggaran pendapatan dan belanja desa setiap tahun beserta realisasinya, yang "
            "dapat diunduh sebagai data terbuka."
        ),
    ),
    section(
        "public_information",
        InformasiPublikPage,
        "informasi-publik",
        gettext_lazy("Informasi Publik"),
        gettext_lazy(
            "Daftar informasi publik desa: yang diumumkan berkala, serta-merta, tersedia "
            "setiap saat, dan yang dikecualikan beserta alasannya."
        ),
    ),
)

# Drafts under Profil Desa, ready for editors to fill and publish.
PROFILE_DRAFTS = (
    section(
        "history",
        StandardPage,
        "sejarah",
        gettext_lazy("Sejarah Desa"),
        gettext_lazy("Asal-usul desa dan peristiwa penting dalam perjalanannya."),
    ),
    section(
        "vision",
        StandardPage,
        "visi-misi",
        gettext_lazy("Visi & Misi"),
        gettext_lazy("Arah pembangunan desa yang disepakati bersama warga."),
    ),
    section(
        "geography",
        StandardPage,
        "geografi",
        gettext_lazy("Geografi"),
        gettext_lazy("Letak, batas wilayah, luas, dan keadaan alam desa."),
    ),
)


@dataclass(frozen=True)
class VillageSite:
    """A site's home page and its section pages, by what they are."""

    site: Site
    home: HomePage
    profile: StandardPage
    government: GovernmentPage
    news: ArticleIndexPage
    agenda: AgendaIndexPage
    gallery: GalleryIndexPage
    wisata: WisataIndexPage
    produk: ProdukIndexPage
    contact: ContactPage
    legal_documents: ProdukHukumIndexPage
    budget: BudgetPage
    public_information: InformasiPublikPage


# What Wagtail's first migration puts at the site's root.
WELCOME_PAGE = {"title": "Welcome to your new Wagtail site!", "slug": "home"}


def is_welcome_page(page):
    """Wagtail's welcome page as its first migration left it: a plain Page under the tree's
    root, never edited, with nothing under it."""
    return (
        page.depth == 2
        and page.specific_class is Page
        and page.numchild == 0
        and page.latest_revision_id is None
        and all(getattr(page, field) == value for field, value in WELCOME_PAGE.items())
    )


def ensure_village_structure(site, *, report=None):
    """The site's home page and sections, created (published, in menus) where missing; the
    profile's drafts come with them. Existing pages are found by type, so a renamed page
    is kept, not duplicated."""
    report = report or (lambda message: None)
    with transaction.atomic():
        home = ensure_home_page(site, report)
        created = ensure_sections(home, report)
        if created.get("profile"):
            ensure_profile_drafts(created["profile"], report)
        ensure_government_pages(home, report)
        VillageSettings.objects.get_or_create(site=site)
    # Inserting a page before its siblings moves their tree paths: read them all again.
    home = HomePage.objects.get(pk=home.pk)
    return VillageSite(site=site, home=home, **find_sections(home), **find_government_pages(home))


def ensure_home_page(site, report):
    root_page = site.root_page.specific
    if isinstance(root_page, HomePage):
        return root_page
    if not is_welcome_page(root_page):
        raise StructureError(
            _(
                "Halaman akar situs adalah “%(title)s” (%(type)s), bukan Beranda atau halaman "
                "sambutan bawaan; struktur desa tidak dibuat agar isinya tidak tertimpa."
            )
            % {"title": root_page.title, "type": root_page.specific_class._meta.verbose_name}
        )
    tree_root = Page.get_first_root_node()
    home = tree_root.add_child(instance=HOME.build(free_slug(tree_root, HOME.slug)))
    home.save_revision().publish()
    site.root_page = home
    site.save(update_fields=["root_page"])
    root_page.delete()
    report(_("Beranda dibuat."))
    return home


def find_sections(home):
    """Each section's page among the home page's children: the first of its type."""
    children = list(home.get_children().specific())
    return {
        spec.attribute: next((page for page in children if type(page) is spec.page_type), None)
        for spec in SECTIONS
    }


def ensure_sections(home, report):
    """The missing sections, each created in its menu place: before the next section that
    exists. Returns the created pages by attribute."""
    existing = find_sections(home)
    created = {}
    for position, spec in enumerate(SECTIONS):
        if existing[spec.attribute] is not None:
            continue
        page = spec.build(free_slug(home, spec.slug), show_in_menus=True)
        later = [existing[other.attribute] for other in SECTIONS[position + 1 :]]
        following = next((sibling for sibling in later if sibling is not None), None)
        if following is None:
            home.add_child(instance=page)
        else:
            Page.objects.get(pk=following.pk).add_sibling(pos="left", instance=page)
        page.save_revision().publish()
        created[spec.attribute] = page
        report(_("Halaman %s dibuat.") % page.title)
    return created


def find_government_pages(home):
    """Each of Pemerintahan's pages: the first of its type anywhere under the home page, so
    one an editor moved elsewhere is found, not made again."""
    return {
        spec.attribute: spec.page_type.objects.descendant_of(home).order_by("path").first()
        for spec in GOVERNMENT_PAGES
    }


def ensure_government_pages(home, report):
    """The missing pages of Pemerintahan, published and in menus, each before the next one
    that is already under it. Returns the created pages by attribute."""
    government = GovernmentPage.objects.child_of(home).order_by("path").first()
    existing = find_government_pages(home)
    created = {}
    for position, spec in enumerate(GOVERNMENT_PAGES):
        if existing[spec.attribute] is not None:
            continue
        page = spec.build(free_slug(government, spec.slug), show_in_menus=True)
        later = [existing[other.attribute] for other in GOVERNMENT_PAGES[position + 1 :]]
        following = next(
            (
                sibling
                for sibling in later
                if sibling is not None and sibling.path[: -Page.steplen] == government.path
            ),
            None,
        )
        if following is None:
            Page.objects.get(pk=government.pk).add_child(instance=page)
        else:
            Page.objects.get(pk=following.pk).add_sibling(pos="left", instance=page)
        page.save_revision().publish()
        created[spec.attribute] = page
        report(_("Halaman %s dibuat.") % page.title)
    return created


def ensure_profile_drafts(profile, report):
    for spec in PROFILE_DRAFTS:
        page = spec.build(free_slug(profile, spec.slug), live=False)
        profile.add_child(instance=page)
        page.save_revision()
        report(_("Draf %s dibuat.") % page.title)


def free_slug(parent, slug):
    """`slug`, or `slug-2`, `slug-3`… when another child of `parent` already has it."""
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate
