"""Deterministic Indonesian text for the benchmark's articles, wisata and products.

Everything is drawn from word lists with one random.Random, so the same seed always
builds the same site. The lists mix root words with their affixed forms (lindung,
melindungi, perlindungan), so stemmed searches have something to find."""

import uuid

from django.utils.text import slugify

# Each article is about one topic: most of its sentences come from that topic's words
# and a few from other topics, so a word like "pertanian" is found in some articles,
# not in all of them. (category name, slug, weight, subjects, verbs, objects, tags)
TOPICS = [
    (
        "Pemerintahan",
        "pemerintahan",
        12,
        ["Kepala desa", "Sekretaris desa", "Badan Permusyawaratan Desa", "Perangkat desa"],
        ["membahas", "merencanakan", "mengevaluasi", "menetapkan", "menyosialisasikan"],
        [
            "anggaran pendapatan dan belanja desa",
            "musyawarah desa",
            "rencana kerja pemerintah desa",
            "peraturan desa",
            "pelayanan administrasi kependudukan",
            "laporan pertanggungjawaban",
        ],
        ["APBDes", "musyawarah", "dana desa", "pelayanan"],
    ),
    (
        "Pembangunan",
        "pembangunan",
        10,
        ["Pemerintah desa", "Tim pelaksana kegiatan", "Warga Dusun Krajan", "Pekerja proyek"],
        ["membangun", "memperbaiki", "meresmikan", "mengaspal", "melebarkan"],
        [
            "pembangunan jalan desa",
            "jembatan penghubung dusun",
            "penerangan jalan umum",
            "rumah tidak layak huni",
            "talud penahan tanah",
            "gedung serbaguna",
        ],
        ["jalan desa", "dana desa", "infrastruktur", "gotong royong"],
    ),
    (
        "Pertanian",
        "pertanian",
        9,
        ["Kelompok tani Sumber Rejeki", "Kelompok wanita tani", "Penyuluh pertanian", "Petani"],
        ["menanam", "memanen", "memupuk", "mengairi", "bertani dengan"],
        [
            "padi varietas unggul",
            "bibit kopi robusta",
            "kebun stroberi",
            "pupuk bersubsidi",
            "saluran irigasi",
            "hasil pertanian",
            "panen raya",
        ],
        ["padi", "kopi", "stroberi", "irigasi", "pupuk"],
    ),
    (
        "Kesehatan",
        "kesehatan",
        8,
        ["Bidan desa", "Kader posyandu", "Puskesmas Karangreja", "Tenaga kesehatan"],
        ["memeriksa", "melayani", "mencegah", "menangani", "menyosialisasikan"],
        [
            "imunisasi balita",
            "posyandu lansia",
            "pencegahan stunting",
            "gizi ibu hamil",
            "pemeriksaan tekanan darah",
            "demam berdarah",
        ],
        ["posyandu", "stunting", "imunisasi", "balita", "lansia"],
    ),
    (
        "Pendidikan",
        "pendidikan",
        7,
        ["Guru SD Negeri 1 Serang", "Pengelola PAUD Melati", "Para pelajar", "Relawan mengajar"],
        ["mengajar", "membimbing", "melatih", "mendampingi", "membuka"],
        [
            "beasiswa pelajar berprestasi",
            "pendidikan anak usia dini",
            "perpustakaan desa",
            "bimbingan belajar gratis",
            "sekolah rakyat",
            "kelas membaca",
        ],
        ["sekolah", "beasiswa", "PAUD", "literasi"],
    ),
    (
        "Perlindungan Anak",
        "perlindungan-anak",
        5,
        ["Satgas perlindungan anak", "Ibu-ibu PKK", "Forum anak desa", "Pendamping desa"],
        ["melindungi", "mendampingi", "mencegah", "melaporkan", "mengedukasi"],
        [
            "perlindungan anak",
            "kekerasan terhadap anak",
            "hak-hak anak",
            "pernikahan usia dini",
            "anak putus sekolah",
        ],
        ["anak", "PKK", "keluarga"],
    ),
    (
        "Lingkungan",
        "lingkungan",
        6,
        ["Karang taruna", "Pengurus bank sampah", "Para pemuda", "Relawan lingkungan"],
        ["membersihkan", "memilah", "menghijaukan", "mengolah", "menanam"],
        [
            "pengelolaan sampah",
            "penghijauan lereng gunung",
            "hutan rakyat",
            "bank sampah",
            "sungai desa",
            "pupuk kompos",
        ],
        ["sampah", "penghijauan", "kebersihan", "sungai"],
    ),
    (
        "Ekonomi Desa",
        "ekonomi-desa",
        7,
        ["Pelaku UMKM", "Pengurus BUMDes", "Koperasi desa", "Pedagang pasar"],
        ["memasarkan", "mengembangkan", "menjual", "mengemas", "mempromosikan"],
        [
            "pemasaran produk warga",
            "pasar desa",
            "keripik singkong",
            "gula kelapa",
            "usaha kecil",
            "toko daring",
        ],
        ["UMKM", "BUMDes", "pasar", "koperasi"],
    ),
    (
        "Budaya",
        "budaya",
        5,
        ["Sanggar seni Lengger", "Para seniman", "Tokoh adat", "Kelompok ebeg"],
        ["menampilkan", "melestarikan", "menggelar", "mengajarkan", "merayakan"],
        [
            "kesenian ebeg dan gamelan",
            "festival budaya",
            "tari lengger",
            "upacara sedekah bumi",
            "batik khas desa",
        ],
        ["kesenian", "festival", "budaya", "gamelan"],
    ),
    (
        "Sosial",
        "sosial",
        6,
        ["Dinas sosial", "Pemerintah desa", "Pendamping PKH", "Relawan desa"],
        ["menyalurkan", "mendata", "membagikan", "memverifikasi", "membantu"],
        [
            "bantuan langsung tunai",
            "bantuan pangan beras",
            "keluarga penerima manfaat",
            "santunan anak yatim",
            "jaminan kesehatan",
        ],
        ["BLT", "bansos", "bantuan"],
    ),
    (
        "Pariwisata",
        "pariwisata",
        5,
        ["Pengelola wisata", "Kelompok sadar wisata", "Pemandu wisata", "Pemilik homestay"],
        ["mempromosikan", "mengembangkan", "menata", "menyambut", "mengelola"],
        [
            "desa wisata",
            "kunjungan wisatawan",
            "homestay warga",
            "paket wisata edukasi",
            "jalur pendakian",
        ],
        ["wisata", "homestay", "pokdarwis"],
    ),
    (
        "Kebencanaan",
        "kebencanaan",
        3,
        ["Linmas desa", "Relawan tanggap bencana", "BPBD kabupaten", "Tim siaga desa"],
        ["mengantisipasi", "mengevakuasi", "memetakan", "melatih", "menyiagakan"],
        ["tanah longsor", "banjir bandang", "jalur evakuasi", "posko bencana", "angin kencang"],
        ["bencana", "longsor", "siaga"],
    ),
    (
        "Peternakan",
        "peternakan",
        3,
        ["Kelompok peternak", "Dokter hewan", "Peternak muda", "Penyuluh peternakan"],
        ["memelihara", "memvaksin", "membudidayakan", "memberi pakan", "mengembangkan"],
        ["kambing etawa", "sapi perah", "budidaya ikan nila", "pakan ternak", "kandang komunal"],
        ["peternakan", "kambing", "ikan"],
    ),
]
OFF_TOPIC_SENTENCES = 0.1
PLACES = [
    "di balai desa",
    "di Dusun Krajan",
    "di Dusun Serang Kulon",
    "di lapangan desa",
    "di kantor desa",
    "di sepanjang jalan utama",
    "di lereng Gunung Slamet",
    "di aula kecamatan",
    "di rumah warga",
    "di area persawahan",
    "di RT 03 RW 02",
]
TIMES = [
    "pada hari Senin",
    "sejak awal bulan",
    "pekan lalu",
    "tahun ini",
    "menjelang musim hujan",
    "setelah musim panen",
    "selama bulan Ramadan",
    "pada akhir pekan",
    "mulai tahun depan",
    "dalam tiga bulan terakhir",
]
CLAUSES = [
    "agar manfaatnya dirasakan seluruh warga",
    "dengan dukungan dana desa",
    "bersama perangkat desa dan tokoh masyarakat",
    "sebagai bagian dari program kerja tahun ini",
    "karena banyak warga yang membutuhkan",
    "secara gotong royong",
    "yang melibatkan puluhan relawan",
    "dengan pendampingan dari dinas kabupaten",
    "sehingga makin banyak warga ikut serta",
    "setelah kunjungan kerja bupati",
]
OPENERS = [
    "Selain itu,",
    "Menurut panitia,",
    "Dalam kegiatan tersebut,",
    "Sementara itu,",
    "Sebelumnya,",
    "Ke depan,",
    "Pada kesempatan yang sama,",
    "Berdasarkan hasil musyawarah,",
]
HEADINGS = [
    "Latar Belakang Kegiatan",
    "Peran Pemerintah Desa",
    "Dukungan dari Warga",
    "Hasil yang Dicapai",
    "Rencana ke Depan",
    "Anggaran dan Pelaksanaan",
    "Tantangan di Lapangan",
    "Manfaat bagi Masyarakat",
    "Jadwal Kegiatan",
    "Cara Mendaftar",
]
QUESTIONS = [
    "Siapa saja yang boleh mendaftar?",
    "Kapan kegiatan ini dilaksanakan?",
    "Berapa biaya yang harus dibayar warga?",
    "Di mana warga bisa mendapatkan informasi lebih lanjut?",
    "Apa syarat untuk ikut serta?",
    "Bagaimana cara melaporkan masalah?",
]
AUTHORS = [
    "Siti Aminah",
    "Budi Santoso",
    "Agus Priyanto",
    "Dewi Lestari",
    "Sri Wahyuni",
    "Eko Saputro",
    "Rina Marlina",
    "Joko Susilo",
    "Nur Hidayah",
    "Slamet Riyadi",
]
TITLE_SMALL_WORDS = {"di", "dan", "ke", "untuk", "yang", "dari", "pada", "dengan", "dalam"}

ARTICLE_CATEGORIES = [(name, slug) for name, slug, *_rest in TOPICS]
TAGS = sorted({tag for *_rest, tags in TOPICS for tag in tags})

TOURISM_CATEGORIES = [
    ("Wisata Alam", "wisata-alam"),
    ("Air Terjun", "air-terjun"),
    ("Agrowisata", "agrowisata"),
    ("Wisata Budaya", "wisata-budaya"),
    ("Kuliner", "kuliner"),
    ("Wisata Religi", "wisata-religi"),
]
SPOT_KINDS = [
    "Curug",
    "Bukit",
    "Telaga",
    "Kebun Stroberi",
    "Camping Ground",
    "Goa",
    "Pemandian Air Panas",
    "Agrowisata Kopi",
    "Sanggar Seni",
    "Warung Makan",
    "Makam Keramat",
    "Hutan Pinus",
]
SPOT_NAMES = [
    "Ciputut",
    "Sikunir",
    "Biru",
    "Pak Darto",
    "Lawa",
    "Guci",
    "Serang Asri",
    "Gunung Malang",
    "Sumampir",
    "Pesona Slamet",
    "Lembah Hijau",
    "Sendang Kamulyan",
    "Watu Lumpang",
    "Tlaga Kumpe",
]
SPOT_FEATURES = [
    "pemandangan matahari terbit",
    "air yang jernih dan dingin",
    "jalur pendakian ringan",
    "spot foto di atas tebing",
    "udara sejuk pegunungan",
    "petik stroberi langsung dari kebun",
    "pertunjukan kesenian setiap Minggu",
    "area berkemah yang luas",
    "makanan khas desa",
    "kolam rendam air hangat",
]
FACILITIES = [
    "Toilet",
    "Mushola",
    "Area parkir",
    "Warung makan",
    "Gazebo",
    "Pemandu wisata",
    "Penyewaan tenda",
    "Tempat sampah terpilah",
]

PRODUCT_CATEGORIES = [
    ("Makanan Ringan", "makanan-ringan"),
    ("Minuman", "minuman"),
    ("Kerajinan", "kerajinan"),
    ("Hasil Tani", "hasil-tani"),
    ("Batik dan Pakaian", "batik-dan-pakaian"),
    ("Olahan Susu", "olahan-susu"),
    ("Tanaman Hias", "tanaman-hias"),
]
PRODUCT_NOUNS = [
    "Keripik Singkong",
    "Gula Kelapa",
    "Kopi Robusta",
    "Madu Hutan",
    "Batik Tulis",
    "Anyaman Bambu",
    "Sale Pisang",
    "Dodol Stroberi",
    "Susu Kambing",
    "Beras Organik",
    "Tas Pandan",
    "Sirup Jahe",
    "Tempe Mendoan",
    "Kentang Dieng",
    "Anggrek Bulan",
    "Yoghurt Susu Sapi",
]
PRODUCT_VARIANTS = [
    "Pedas",
    "Original",
    "Organik",
    "Premium",
    "Motif Slamet",
    "Kemasan 250 gram",
    "Manis Gurih",
    "Asli Desa Serang",
    "Rasa Balado",
    "Ukuran Besar",
]
SELLERS = [
    "Bu Sri",
    "Pak Darto",
    "Mbak Rina",
    "Bu Tini",
    "Pak Karyo",
    "KWT Melati",
    "Kelompok Pengrajin Bambu",
    "BUMDes Serang Makmur",
    "Mas Eko",
    "Bu Warsini",
]
PRODUCT_TRAITS = [
    "dibuat dari bahan pilihan hasil kebun warga",
    "tanpa bahan pengawet",
    "cocok untuk oleh-oleh keluarga",
    "dikemas rapi dan tahan lama",
    "diolah secara tradisional",
    "dipanen langsung dari lereng Gunung Slamet",
    "dikerjakan tangan oleh pengrajin desa",
    "bisa dipesan dalam jumlah besar",
]
UNITS = ["pcs", "kg", "gram", "liter", "paket", "bungkus", "botol", "kotak"]
AVAILABILITY = ["tersedia", "tersedia", "tersedia", "pre_order", "habis"]


TOPIC_INDEX = {slug: number for number, (_name, slug, *_rest) in enumerate(TOPICS)}
WISATA_TOPIC = TOPIC_INDEX["pariwisata"]
PRODUCT_TOPIC = TOPIC_INDEX["ekonomi-desa"]


class Corpus:
    """Indonesian titles, sentences and StreamField bodies from one seeded random source."""

    def __init__(self, rng):
        self.rng = rng
        self.topic_weights = [weight for _name, _slug, weight, *_rest in TOPICS]

    def choice(self, items):
        return self.rng.choice(items)

    def block_id(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def topic(self):
        """An article's topic: its index in TOPICS, the common ones more often."""
        return self.rng.choices(range(len(TOPICS)), weights=self.topic_weights)[0]

    def sentence(self, topic):
        rng = self.rng
        if rng.random() < OFF_TOPIC_SENTENCES:
            topic = rng.randrange(len(TOPICS))
        _name, _slug, _weight, subjects, verbs, objects, _tags = TOPICS[topic]
        parts = [self.choice(subjects), self.choice(verbs), self.choice(objects)]
        if rng.random() < 0.7:
            parts.append(self.choice(PLACES))
        if rng.random() < 0.6:
            parts.append(self.choice(TIMES))
        if rng.random() < 0.5:
            parts.append(self.choice(CLAUSES))
        text = " ".join(parts)
        if rng.random() < 0.3:
            opener = self.choice(OPENERS)
            text = f"{opener} {text[0].lower()}{text[1:]}"
        return text + "."

    def paragraph(self, topic, low=3, high=5):
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(low, high)))

    def title(self, topic):
        """5 to 10 words, title-cased, never ending on a preposition."""
        rng = self.rng
        _name, _slug, _weight, subjects, verbs, objects, _tags = TOPICS[topic]
        words = f"{self.choice(subjects)} {self.choice(verbs)} {self.choice(objects)}".split()
        words += f"{self.choice(PLACES)} {self.choice(TIMES)}".split()
        words = words[: rng.randint(5, 10)]
        while words[-1].lower() in TITLE_SMALL_WORDS:
            words.pop()
        return " ".join(
            w if w.lower() in TITLE_SMALL_WORDS else w[0].upper() + w[1:] for w in words
        )

    def article_body(self, topic):
        """StreamField raw JSON: headed sections of paragraphs, sometimes a quote or FAQ."""
        rng = self.rng
        blocks = []
        for heading in rng.sample(HEADINGS, rng.randint(2, 4)):
            blocks.append(self.block("heading", {"text": heading, "level": "h2"}))
            for _ in range(rng.randint(1, 3)):
                blocks.append(self.block("paragraph", f"<p>{self.paragraph(topic)}</p>"))
        if rng.random() < 0.3:
            quote = {"text": self.sentence(topic), "attribution": self.choice(AUTHORS)}
            blocks.insert(2, self.block("quote", quote))
        if rng.random() < 0.25:
            items = [
                self.block(
                    "item", {"question": q, "answer": f"<p>{self.paragraph(topic, 1, 2)}</p>"}
                )
                for q in rng.sample(QUESTIONS, rng.randint(2, 3))
            ]
            blocks.append(
                self.block("faq", {"heading": "Pertanyaan yang Sering Diajukan", "items": items})
            )
        conclusion = {"heading": "Kesimpulan", "text": f"<p>{self.paragraph(topic, 2, 3)}</p>"}
        blocks.append(self.block("conclusion", conclusion))
        return blocks

    def block(self, block_type, value):
        return {"type": block_type, "value": value, "id": self.block_id()}

    def spot(self):
        rng = self.rng
        name = f"{self.choice(SPOT_KINDS)} {self.choice(SPOT_NAMES)}"
        features = rng.sample(SPOT_FEATURES, 3)
        short = f"{name} menawarkan {features[0]} dan {features[1]}."
        description = "".join(f"<p>{self.paragraph(WISATA_TOPIC, 2, 3)}</p>" for _ in range(2))
        description = f"<p>{name} terkenal dengan {features[2]}.</p>{description}"
        ticket_price = rng.choice([0, 5000, 10000, 15000, 20000, 25000])
        entry = f"Rp{ticket_price:,}".replace(",", ".") if ticket_price else "gratis"
        description += f"<p>Harga tiket masuk {entry}; ramai dikunjungi saat akhir pekan.</p>"
        return {
            "name": name,
            "short_description": short,
            "description": description,
            "address": f"Dusun {self.choice(SPOT_NAMES)}, Desa Serang, Kecamatan Karangreja",
            "latitude": round(-7.25 + rng.random() * 0.05, 6),
            "longitude": round(109.28 + rng.random() * 0.05, 6),
            "ticket_price": ticket_price,
            "facilities": "\n".join(rng.sample(FACILITIES, rng.randint(2, 5))),
            "contact_phone": self.mobile_number(),
        }

    def product(self):
        rng = self.rng
        name = f"{self.choice(PRODUCT_NOUNS)} {self.choice(PRODUCT_VARIANTS)}"
        seller = self.choice(SELLERS)
        traits = rng.sample(PRODUCT_TRAITS, 2)
        description = (
            f"<p>{name} buatan {seller}, {traits[0]} dan {traits[1]}.</p>"
            f"<p>{self.paragraph(PRODUCT_TOPIC, 1, 3)}</p>"
        )
        price = rng.randrange(5, 300) * 1000
        original = price + rng.randrange(1, 20) * 1000 if rng.random() < 0.2 else None
        return {
            "name": name,
            "description": description,
            "price": price,
            "original_price": original,
            "unit": self.choice(UNITS),
            "seller_name": seller,
            "seller_whatsapp": self.mobile_number(),
            "availability": self.choice(AVAILABILITY),
        }

    def mobile_number(self):
        return f"+62812{self.rng.randrange(10_000_000, 99_999_999)}"


def unique_slug(text, number, max_length=80):
    return f"{slugify(text)[:max_length]}-{number}"


# Fifty reader searches: single words, affixed forms the stemmer must reduce, phrases,
# category names, misspellings (which take the "did you mean" path) and a miss.
QUERIES = [
    # single words
    "pertanian",
    "posyandu",
    "sampah",
    "stroberi",
    "kopi",
    "batik",
    "curug",
    "bantuan",
    "warga",  # in most articles: the broadest match
    "sekolah",
    "irigasi",
    "imunisasi",
    "gamelan",
    "madu",
    "keripik",
    "telaga",
    "beasiswa",
    "musyawarah",
    "bambu",
    "panen",
    # affixed forms
    "melindungi",
    "perlindungan",
    "membangun",
    "pembangunan",
    "bertani",
    "menanam",
    "dibersihkan",
    "pemasaran",
    "kunjungan",
    "penghijauan",
    # several words
    "perlindungan anak",
    "bantuan langsung tunai",
    "jalan desa rusak",
    "kebun stroberi",
    "air bersih",
    "pelatihan kerajinan bambu",
    "gula kelapa organik",
    "wisata alam keluarga",
    "harga tiket masuk",
    "kopi robusta slamet",
    # category words
    "kesehatan",
    "pendidikan",
    "kuliner",
    "kerajinan",
    "agrowisata",
    "pemerintahan",
    "olahan susu",
    # misspellings and a query with no results
    "pembangnan",
    "stroberri",
    "xylofon kuantum",
]
