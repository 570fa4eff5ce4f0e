"""A village as editors fill it, for the browser tests that look at whole pages: the nine
menu sections (Profil Desa with sub-pages), an article with a table of contents, FAQ, tags
and links in its text, wisata and products, officials, events and a photo album, and under
Pemerintahan the transparency pages: Produk Hukum with an amended regulation, Informasi
Publik with entries in all four categories, and APBDes with a published budget."""

import datetime

from wagtail.models import Page, Site

from tests.factories import (
    ArticleCategoryFactory,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    ImageFactory,
    ProductFactory,
    ProdukIndexPageFactory,
    TourismSpotFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)
from tests.factories_budget import BudgetPageFactory, make_budget
from tests.factories_documents import (
    InformasiPublikPageFactory,
    LegalDocumentFactory,
    ProdukHukumIndexPageFactory,
    PublicInformationFactory,
)
from tests.factories_events import AgendaIndexPageFactory, EventPageFactory
from tests.factories_gallery import AlbumPageFactory, GalleryIndexPageFactory
from tests.factories_government import GovernmentPageFactory, OfficialFactory
from tests.factories_standard_pages import StandardPageFactory


def build_filled_village():
    """The default site filled in; returns its pages and items by name."""
    home = HomePageFactory(parent=Page.get_first_root_node(), hero_image=ImageFactory())
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    VillageSettingsFactory(
        site=site,
        village_name="Desa Serang",
        logo=ImageFactory(file__width=200, file__height=200),
        instagram_url="https://www.instagram.com/desaserang",
    )
    profile = StandardPageFactory(
        parent=home, title="Profil Desa", slug="profil", show_in_menus=True
    )
    for title in ["Sejarah", "Visi & Misi", "Geografi"]:
        StandardPageFactory(parent=profile, title=title, show_in_menus=True)
    government = GovernmentPageFactory(parent=home)
    for _ in range(3):
        OfficialFactory(with_photo=True)
    transparency = build_transparency(site, government)
    news = ArticleIndexPageFactory(parent=home)
    agenda = AgendaIndexPageFactory(parent=home)
    event = EventPageFactory(parent=agenda, title="Kerja bakti saluran irigasi")
    EventPageFactory(parent=agenda)
    gallery = GalleryIndexPageFactory(parent=home)
    album = AlbumPageFactory(parent=gallery, title="Festival Stroberi", photos=4)
    wisata = WisataIndexPageFactory(parent=home)
    ProdukIndexPageFactory(parent=home)
    StandardPageFactory(parent=home, title="Kontak", show_in_menus=True)

    category = ArticleCategoryFactory(name="Kesehatan")
    article = ArticlePageFactory(
        parent=news,
        title="Posyandu balita dan lansia di Dusun Kaliurip setiap bulan",
        cover_image=ImageFactory(),
        cover_alt_text="Kader posyandu menimbang balita",
        cover_caption="Penimbangan balita di balai dusun.",
        categories=[category],
        tags=["posyandu", "kesehatan"],
        body__0__heading__text="Latar belakang",
        body__1__paragraph__value='<p>Warga datang ke <a href="/berita/">balai dusun</a>.</p>',
        body__2__heading__text="Kegiatan",
        body__3__quote__text="Anak sehat, desa kuat.",
        body__4__heading__text="Hasil",
        body__5__faq__items__0__question="Kapan posyandu dibuka?",
        body__5__faq__items__0__answer__value="<p>Setiap Kamis pagi.</p>",
    )
    for _ in range(3):
        ArticlePageFactory(
            parent=news, categories=[category], cover_image=ImageFactory(), cover_alt_text="Foto"
        )
    spot = TourismSpotFactory(name="Curug Cipendok", featured=True, images=3)
    TourismSpotFactory(category=spot.category, featured=True)
    for name in ["Keripik Stroberi", "Gula Semut Aren", "Madu Hutan"]:
        ProductFactory(name=name, featured=True)
    return {
        "home": home,
        "article": article,
        "wisata": wisata,
        "spot": spot,
        "government": government,
        "album": album,
        "agenda": agenda,
        "event": event,
        **transparency,
    }


def build_transparency(site, government):
    """Produk Hukum, Informasi Publik and APBDes under Pemerintahan, at the addresses
    setup_village gives them (/pemerintahan/produk-hukum/ and so on), with their content.
    They stay out of the menu: test_navigation_layout expects Profil Desa's dropdown alone."""
    # In the menu under Pemerintahan, as the village structure puts them.
    produk_hukum = ProdukHukumIndexPageFactory(parent=government, show_in_menus=True)
    budget_page = BudgetPageFactory(parent=government, show_in_menus=True)
    dip = InformasiPublikPageFactory(parent=government, show_in_menus=True)
    old = LegalDocumentFactory(
        site=site,
        title="Pungutan desa atas lapak pasar",
        year=2023,
        date_set=datetime.date(2023, 2, 6),
    )
    document = LegalDocumentFactory(
        site=site,
        title="Perubahan pungutan desa atas lapak pasar",
        date_promulgated=datetime.date(2025, 3, 12),
    )
    document.related_documents.set([old])
    document.save()
    old.status = "diubah"
    old.replaced_by = document
    old.save()
    apbdes = LegalDocumentFactory(site=site, title="APBDes 2025", document_type="apbdes")
    for number, title in enumerate(["APBDes 2025", "RKPDes 2025"], start=1):
        PublicInformationFactory(
            site=site,
            category="berkala",
            title=title,
            sort_order=number,
            document=apbdes if title == "APBDes 2025" else None,
        )
    PublicInformationFactory(site=site, category="serta-merta", title="Peringatan banjir")
    PublicInformationFactory(site=site, category="setiap-saat", title="Daftar aset desa")
    PublicInformationFactory(
        site=site,
        category="dikecualikan",
        title="Data pribadi penduduk",
        exemption_reason="Pasal 17 huruf h UU 14/2008",
    )
    make_budget(site=site, year=2024, scale=1)
    make_budget(site=site, year=2025, scale=1)
    return {
        "produk_hukum": produk_hukum,
        "document": document,
        "informasi_publik": dip,
        "apbdes": budget_page,
    }
