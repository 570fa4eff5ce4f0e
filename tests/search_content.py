"""Fixed Indonesian content for the site-search tests, and the judged queries over it.

The texts are written so that each judged word lives where its judgement says it does:
"perlindungan" only in the child-protection article (never "melindungi", so that query
needs stemming), "imunisasi" only in an FAQ question, "APBDes" only in a tag, "Sekar
Pring" only in a seller's name, "bambu" in a product name but only in one article's body.
"""

import datetime
from dataclasses import dataclass
from types import SimpleNamespace

from wagtail.models import Page, Site
from wagtail.search import index

from tests.factories import (
    ArticleCategoryFactory,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    HomePageFactory,
    ProductCategoryFactory,
    ProductFactory,
    ProdukIndexPageFactory,
    TourismCategoryFactory,
    TourismSpotFactory,
    VillageSettingsFactory,
    WisataIndexPageFactory,
)

# --- Articles (Berita) ----------------------------------------------------------------

PERLINDUNGAN_ANAK = "Penguatan Kolaborasi untuk Mewujudkan Perlindungan Anak"
PELATIHAN_KEUANGAN = "Pelatihan Pengelolaan Keuangan Desa"
POSYANDU = "Posyandu Balita Rutin Setiap Bulan"
BANK_SAMPAH = "Bank Sampah Warga Raih Penghargaan Kabupaten"
JALAN_DESA = "Jalan Desa Diperbaiki Menjelang Musim Hujan"
FESTIVAL_STROBERI = "Festival Panen Stroberi 2025"
GOTONG_ROYONG = "Gotong Royong Membersihkan Saluran Irigasi"
MUSYAWARAH = "Musyawarah Desa Bahas Rencana Kerja Pemerintah Desa"
LIBUR_LEBARAN = "Pengumuman Jadwal Pelayanan Kantor Desa Selama Libur Lebaran"
PANEN_MADU = "Kelompok Tani Hutan Panen Madu Lebah"
PELATIHAN_ANYAM = "Pelatihan Menganyam Bambu untuk Ibu-ibu PKK"
DESA_WISATA = "Desa Wisata Serang Masuk Nominasi Nasional"
BANTUAN_TUNAI = "Penyaluran Bantuan Langsung Tunai Tahap Ketiga"
LOMBA_KULINER = "Lomba Kuliner Tradisional Meriahkan Hari Kemerdekaan"
SEKOLAH_LAPANG = "Sekolah Lapang Iklim bagi Petani Muda"

ARTICLES = [
    {
        "title": PERLINDUNGAN_ANAK,
        "intro": "Pemerintah desa, kader PKK dan guru sekolah dasar sepakat bekerja sama "
        "dalam perlindungan anak di Desa Serang.",
        "body": "Forum warga membentuk satgas perlindungan anak yang menerima laporan "
        "kekerasan dan perundungan. Setiap dusun menunjuk dua relawan pendamping.",
        "tags": ["anak"],
        "categories": ["Sosial"],
        "date": datetime.date(2025, 7, 23),
    },
    {
        "title": PELATIHAN_KEUANGAN,
        "intro": "Perangkat desa mengikuti pelatihan penyusunan laporan keuangan yang tertib "
        "dan transparan.",
        "body": "Materi meliputi pencatatan kas, pajak, dan pertanggungjawaban dana desa "
        "kepada warga.",
        "tags": ["APBDes", "tata kelola"],
        "categories": ["Pemerintahan"],
        "date": datetime.date(2025, 6, 10),
    },
    {
        "title": POSYANDU,
        "intro": "Kader posyandu menimbang balita, mengukur tinggi badan, dan membagikan "
        "vitamin A.",
        "body": "Kegiatan berlangsung di balai dusun setiap tanggal sepuluh.",
        "faq": (
            "Apakah imunisasi di posyandu dipungut biaya?",
            "Tidak. Layanan dasar bagi balita diberikan gratis.",
        ),
        "tags": ["kesehatan"],
        "categories": ["Kesehatan"],
        "date": datetime.date(2025, 5, 12),
    },
    {
        "title": BANK_SAMPAH,
        "intro": "Nasabah bank sampah menabung sampah plastik dan kertas yang dipilah dari rumah.",
        "body": "Hasil penjualan sampah terpilah masuk ke buku tabungan setiap nasabah.",
        "tags": ["daur ulang"],
        "categories": ["Lingkungan"],
        "date": datetime.date(2025, 4, 22),
    },
    {
        "title": JALAN_DESA,
        "intro": "Ruas sepanjang dua kilometer yang berlubang kini dicor beton oleh warga dan "
        "pemerintah desa.",
        "body": "Pekerjaan dibiayai dana desa tahun ini dan dikerjakan secara padat karya.",
        "tags": ["infrastruktur"],
        "categories": ["Pembangunan"],
        "date": datetime.date(2025, 10, 1),
    },
    {
        "title": FESTIVAL_STROBERI,
        "intro": "Petani stroberi membuka kebun untuk pengunjung selama festival panen.",
        "body": "Ada lomba menghias kue dan pasar tani di lapangan desa.",
        "tags": ["pertanian"],
        "categories": ["Ekonomi"],
        "date": datetime.date(2025, 3, 2),
    },
    {
        "title": GOTONG_ROYONG,
        "intro": "Warga tiga dusun bekerja bakti membersihkan saluran irigasi sawah.",
        "body": "Pipa bambu yang tersumbat diganti dan tanggul diperkuat dengan karung pasir.",
        "tags": ["gotong royong"],
        "categories": ["Lingkungan"],
        "date": datetime.date(2025, 2, 9),
    },
    {
        "title": MUSYAWARAH,
        "intro": "Badan Permusyawaratan Desa dan warga menyepakati prioritas kegiatan tahun depan.",
        "body": "Usulan dari setiap dusun dibahas satu per satu sebelum disepakati.",
        "tags": [],
        "categories": ["Pemerintahan"],
        "date": datetime.date(2025, 1, 15),
    },
    {
        "title": LIBUR_LEBARAN,
        "intro": "Kantor desa tutup pada hari raya dan kembali melayani warga setelah cuti "
        "bersama.",
        "body": "Untuk keperluan mendesak, warga dapat menghubungi nomor piket.",
        "tags": [],
        "categories": ["Pemerintahan"],
        "date": datetime.date(2025, 3, 25),
    },
    {
        "title": PANEN_MADU,
        "intro": "Anggota kelompok memanen madu dari sarang lebah liar di tepi hutan pinus.",
        "body": "Madu disaring, dikemas dalam botol, dan dijual lewat koperasi.",
        "tags": ["madu"],
        "categories": ["Ekonomi"],
        "date": datetime.date(2025, 9, 5),
    },
    {
        "title": PELATIHAN_ANYAM,
        "intro": "Ibu-ibu PKK belajar membuat tampah dan keranjang dari bambu apus.",
        "body": "Hasil kerajinan akan dipasarkan bersama kelompok usaha desa.",
        "tags": ["PKK"],
        "categories": ["Ekonomi"],
        "date": datetime.date(2025, 8, 2),
    },
    {
        "title": DESA_WISATA,
        "intro": "Penilaian mencakup kebersihan, keramahan warga, dan ragam atraksi.",
        "body": "Juri mengunjungi kebun stroberi, air terjun, dan sanggar tari milik warga.",
        "tags": [],
        "categories": ["Pariwisata"],
        "date": datetime.date(2025, 11, 3),
    },
    {
        "title": BANTUAN_TUNAI,
        "intro": "Sebanyak 120 keluarga penerima manfaat menerima bantuan di balai desa.",
        "body": "Bantuan dapat dipakai untuk kebutuhan pangan dan biaya kesehatan keluarga.",
        "tags": [],
        "categories": ["Sosial"],
        "date": datetime.date(2025, 7, 1),
    },
    {
        "title": LOMBA_KULINER,
        "intro": "Warga memasak mendoan, getuk, dan sroto khas Banyumasan untuk dinilai juri.",
        "body": "Pemenang lomba mendapat hadiah peralatan dapur.",
        "tags": ["kuliner"],
        "categories": ["Budaya"],
        "date": datetime.date(2025, 8, 17),
    },
    {
        "title": SEKOLAH_LAPANG,
        "intro": "Penyuluh mengajak petani muda membaca prakiraan cuaca sebelum menanam.",
        "body": "Peserta mencatat curah hujan harian di kebun percobaan.",
        "tags": ["pertanian"],
        "categories": ["Ekonomi"],
        "date": datetime.date(2025, 6, 28),
    },
]

# --- Wisata ---------------------------------------------------------------------------

CURUG_SUMBAGA = "Curug Sumbaga"
KEBUN_STROBERI = "Kebun Stroberi Serang"
SATE_KAMBING = "Warung Sate Kambing"
BUKIT = "Bukit Tranggulasi"
TELAGA = "Telaga Sunyi"
SANGGAR_TARI = "Sanggar Tari Lengger"

WISATA = [
    {
        "name": CURUG_SUMBAGA,
        "category": "Wisata Alam",
        "short": "Air terjun setinggi tiga puluh meter di tengah hutan pinus.",
        "description": "Jalur setapak menyusuri sungai berbatu menuju kolam jernih di kaki tebing.",
        "ticket": 10000,
    },
    {
        "name": KEBUN_STROBERI,
        "category": "Agrowisata",
        "short": "Petik stroberi sendiri langsung dari kebun di lereng Gunung Slamet.",
        "description": "Pengunjung membayar sesuai berat buah yang dipetik.",
        "ticket": 5000,
    },
    {
        "name": SATE_KAMBING,
        "category": "Wisata Kuliner",
        "short": "Sate kambing muda dengan bumbu kecap dan irisan bawang merah.",
        "description": "Buka sejak sore, cocok untuk makan malam keluarga.",
        "ticket": 0,
    },
    {
        "name": BUKIT,
        "category": "Wisata Alam",
        "short": "Panorama matahari terbit dan lautan awan dari puncak bukit.",
        "description": "Tersedia area berkemah dan gardu pandang.",
        "ticket": 15000,
    },
    {
        "name": TELAGA,
        "category": "Wisata Alam",
        "short": "Telaga berair jernih dikelilingi pepohonan rindang.",
        "description": "Pengunjung dapat berenang atau bersantai di tepi telaga.",
        "ticket": 7500,
    },
    {
        "name": SANGGAR_TARI,
        "category": "Wisata Budaya",
        "short": "Pertunjukan tari lengger setiap malam Minggu.",
        "description": "Pengunjung boleh belajar menari bersama penari sanggar.",
        "ticket": 20000,
    },
]

# --- Produk warga ---------------------------------------------------------------------

BESEK_BAMBU = "Besek Anyaman Bambu"
KERIPIK_STROBERI = "Keripik Stroberi"
MADU_HUTAN = "Madu Hutan"
TAS_ECENG = "Tas Eceng Gondok"
KOPI = "Kopi Robusta Serang"
GULA_AREN = "Gula Semut Aren"
BATIK = "Batik Tulis Motif Daun Pakis"
SUSU_KAMBING = "Susu Kambing Etawa"

PRODUCTS = [
    {
        "name": BESEK_BAMBU,
        "category": "Kerajinan",
        "seller": "Kelompok Anyam Sekar Pring",
        "description": "Wadah makanan dari bambu apus yang dianyam tangan, cocok untuk hantaran.",
        "price": 25000,
        "unit": "pcs",
    },
    {
        "name": KERIPIK_STROBERI,
        "category": "Makanan Olahan",
        "seller": "Ibu Sumarni",
        "description": "Keripik renyah dari stroberi petik segar, tanpa pengawet.",
        "price": 15000,
        "unit": "bungkus",
    },
    {
        "name": MADU_HUTAN,
        "category": "Hasil Hutan",
        "seller": "Kelompok Tani Wana Lestari",
        "description": "Madu murni dari lebah liar di lereng Gunung Slamet.",
        "price": 120000,
        "unit": "botol",
    },
    {
        "name": TAS_ECENG,
        "category": "Kerajinan",
        "seller": "Ibu Warsini",
        "description": "Tas jinjing dari eceng gondok kering yang dirajut rapi.",
        "price": 85000,
        "unit": "pcs",
    },
    {
        "name": KOPI,
        "category": "Minuman",
        "seller": "Bapak Kasim",
        "description": "Biji kopi petik merah, disangrai pelan dengan kayu bakar.",
        "price": 40000,
        "unit": "bungkus",
    },
    {
        "name": GULA_AREN,
        "category": "Makanan Olahan",
        "seller": "Ibu Tarsih",
        "description": "Gula aren bubuk dari nira pohon aren, dimasak tanpa bahan kimia.",
        "price": 30000,
        "unit": "kg",
    },
    {
        "name": BATIK,
        "category": "Kerajinan",
        "seller": "Sanggar Batik Pakis Aji",
        "description": "Kain katun dua meter dengan pewarna dari daun indigo.",
        "price": 350000,
        "unit": "pcs",
    },
    {
        "name": SUSU_KAMBING,
        "category": "Minuman",
        "seller": "Peternak Etawa Sejahtera",
        "description": "Susu segar dari kambing etawa, dipasteurisasi dan dikemas dingin.",
        "price": 20000,
        "unit": "liter",
    },
]


# --- Judged queries -------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    """`expected` must all be among the first three merged hits of search_site(site, query);
    with `first`, expected[0] must be the very first hit. `stemmed` judgements need the
    Indonesian stemmer (PostgreSQL); the others hold on exact words, so on SQLite too."""

    query: str
    expected: tuple
    first: bool = False
    stemmed: bool = False


JUDGEMENTS = [
    # Exact words.
    Judgement("perlindungan", (PERLINDUNGAN_ANAK,), first=True),
    Judgement("perlindungan anak", (PERLINDUNGAN_ANAK,), first=True),
    Judgement("pelatihan", (PELATIHAN_KEUANGAN, PELATIHAN_ANYAM)),
    Judgement("keuangan", (PELATIHAN_KEUANGAN,), first=True),
    Judgement("diperbaiki", (JALAN_DESA,), first=True),
    Judgement("jalan desa", (JALAN_DESA,), first=True),
    Judgement("posyandu balita", (POSYANDU,), first=True),
    Judgement("bank sampah", (BANK_SAMPAH,), first=True),
    Judgement("menabung", (BANK_SAMPAH,), first=True),
    Judgement("lebaran", (LIBUR_LEBARAN,), first=True),
    Judgement("bantuan tunai", (BANTUAN_TUNAI,), first=True),
    Judgement("gotong royong", (GOTONG_ROYONG,), first=True),
    Judgement("curug", (CURUG_SUMBAGA,), first=True),
    Judgement("air terjun", (CURUG_SUMBAGA,), first=True),
    Judgement("tari lengger", (SANGGAR_TARI,), first=True),
    Judgement("kopi", (KOPI,), first=True),
    Judgement("sate kambing", (SATE_KAMBING,), first=True),
    Judgement("susu kambing", (SUSU_KAMBING,), first=True),
    Judgement("kebun stroberi", (KEBUN_STROBERI,), first=True),
    Judgement("madu hutan", (MADU_HUTAN, PANEN_MADU)),
    # Multi-word queries where one word is everywhere or weakly placed.
    Judgement("pelatihan keuangan desa", (PELATIHAN_KEUANGAN,), first=True),
    Judgement("kerajinan bambu", (BESEK_BAMBU,), first=True),
    # Category words.
    Judgement("kerajinan", (BESEK_BAMBU, TAS_ECENG, BATIK)),
    Judgement("kuliner", (SATE_KAMBING, LOMBA_KULINER)),
    Judgement("alam", (CURUG_SUMBAGA, BUKIT, TELAGA)),
    Judgement("kesehatan", (POSYANDU,), first=True),
    # A seller's name, a tag, an FAQ question.
    Judgement("sekar pring", (BESEK_BAMBU,), first=True),
    Judgement("sumarni", (KERIPIK_STROBERI,), first=True),
    Judgement("apbdes", (PELATIHAN_KEUANGAN,), first=True),
    Judgement("imunisasi", (POSYANDU,), first=True),
    # One word, three kinds of result.
    Judgement("stroberi", (KEBUN_STROBERI, KERIPIK_STROBERI, FESTIVAL_STROBERI)),
    # Affixed forms that only the Indonesian stemmer relates to the text.
    Judgement("melindungi", (PERLINDUNGAN_ANAK,), first=True, stemmed=True),
    Judgement("dilindungi", (PERLINDUNGAN_ANAK,), first=True, stemmed=True),
    Judgement("dilatih", (PELATIHAN_KEUANGAN, PELATIHAN_ANYAM), stemmed=True),
    Judgement("perbaikan", (JALAN_DESA,), first=True, stemmed=True),
    Judgement("memperbaiki", (JALAN_DESA,), first=True, stemmed=True),
    Judgement("uang", (PELATIHAN_KEUANGAN,), first=True, stemmed=True),
    Judgement("ditabung", (BANK_SAMPAH,), first=True, stemmed=True),
    Judgement("pengrajin bambu", (BESEK_BAMBU,), first=True, stemmed=True),
]

# Misspellings that find nothing as typed; the search page corrects them from titles.
MISSPELLINGS = {
    "stroberry": ("stroberi", (KEBUN_STROBERI, KERIPIK_STROBERI)),
    "posiandu": ("posyandu", (POSYANDU,)),
}


# --- Builders -------------------------------------------------------------------------


def create_articles(news_index, articles=ARTICLES):
    created = {}
    categories = {}
    for spec in articles:
        for name in spec["categories"]:
            if name not in categories:
                categories[name] = ArticleCategoryFactory(name=name)
        body = {"body__0__paragraph__value": f"<p>{spec['body']}</p>"}
        if "faq" in spec:
            question, answer = spec["faq"]
            body["body__1__faq__items__0__question"] = question
            body["body__1__faq__items__0__answer__value"] = f"<p>{answer}</p>"
        created[spec["title"]] = ArticlePageFactory(
            parent=news_index,
            title=spec["title"],
            intro=spec["intro"],
            publication_date=spec["date"],
            tags=spec["tags"],
            categories=[categories[name] for name in spec["categories"]],
            **body,
        )
    return created


def create_wisata(wisata=WISATA):
    created = {}
    for spec in wisata:
        created[spec["name"]] = TourismSpotFactory(
            name=spec["name"],
            category=TourismCategoryFactory(name=spec["category"]),
            short_description=spec["short"],
            description=f"<p>{spec['description']}</p>",
            ticket_price=spec["ticket"],
        )
    return created


def create_products(products=PRODUCTS):
    created = {}
    for spec in products:
        created[spec["name"]] = ProductFactory(
            name=spec["name"],
            category=ProductCategoryFactory(name=spec["category"]),
            seller_name=spec["seller"],
            description=f"<p>{spec['description']}</p>",
            price=spec["price"],
            unit=spec["unit"],
        )
    return created


def reindex(objects):
    """Index objects as they are now in the database, as `manage.py update_index` does.

    Tags and categories that are set before an article's first publication reach the
    search index only with its next save (see test_search_freshness.py), so fixed content
    is reindexed once to judge ranking on a complete index."""
    for obj in objects:
        index.insert_or_update_object(obj)


def create_content(news_index):
    """All articles, wisata and products above; returns {title or name: object}."""
    content = {}
    content.update(create_articles(news_index))
    content.update(create_wisata())
    content.update(create_products())
    reindex(content.values())
    return content


def create_site():
    """The default site with a home page and the three index pages, as conftest's
    fixtures build them, for module-scoped fixtures (which cannot use those)."""
    site = Site.objects.get(is_default_site=True)
    home = HomePageFactory(parent=Page.get_first_root_node())
    site.root_page = home
    site.save()
    VillageSettingsFactory(site=site)
    return SimpleNamespace(
        site=site,
        home=home,
        news_index=ArticleIndexPageFactory(parent=home),
        wisata_index=WisataIndexPageFactory(parent=home),
        produk_index=ProdukIndexPageFactory(parent=home),
    )
