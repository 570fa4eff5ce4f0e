"""Demo tourist spots and residents' products for Desa Serang; invented names, plausible details."""

TOURISM_CATEGORIES = [
    {
        "slug": "alam",
        "name": "Alam",
        "description": (
            "Curug, lembah, dan perbukitan di lereng Gunung Slamet dengan udara sejuk "
            "dan pemandangan hijau."
        ),
    },
    {
        "slug": "budaya",
        "name": "Budaya",
        "description": (
            "Kesenian tradisional, tradisi, dan kegiatan budaya yang dijaga warga Desa Serang."
        ),
    },
    {
        "slug": "religi",
        "name": "Religi",
        "description": "Masjid dan tempat ziarah yang menjadi bagian dari sejarah desa.",
    },
    {
        "slug": "kuliner",
        "name": "Kuliner",
        "description": (
            "Warung dan tempat makan yang menyajikan masakan khas Purbalingga dan hasil bumi desa."
        ),
    },
    {
        "slug": "edukasi",
        "name": "Edukasi",
        "description": (
            "Wisata belajar tentang pertanian, peternakan, dan kehidupan desa untuk "
            "keluarga dan rombongan sekolah."
        ),
    },
]

PRODUCT_CATEGORIES = [
    {
        "slug": "makanan-minuman",
        "name": "Makanan & Minuman",
        "description": "Olahan pangan dan minuman buatan warga dari hasil bumi Desa Serang.",
    },
    {
        "slug": "kerajinan",
        "name": "Kerajinan",
        "description": "Kerajinan tangan dari bambu, kayu, dan bahan alam sekitar desa.",
    },
    {
        "slug": "pertanian",
        "name": "Pertanian",
        "description": "Sayur, buah, dan bibit segar langsung dari kebun petani Desa Serang.",
    },
    {
        "slug": "fashion",
        "name": "Fashion",
        "description": "Batik, kaos, dan busana karya perajin serta pemuda desa.",
    },
]

ADDRESS_TAIL = "Kecamatan Karangreja, Kabupaten Purbalingga\nJawa Tengah 53357"

SPOTS = [
    {
        "slug": "kebun-stroberi-serang",
        "name": "Kebun Stroberi Serang",
        "category": "edukasi",
        "short_description": (
            "Petik stroberi segar langsung dari kebun warga sambil belajar cara menanam "
            "dan merawatnya."
        ),
        "description": (
            "<p>Kebun Stroberi Serang dikelola bersama oleh Kelompok Tani Sekar Arum. Di "
            "lahan seluas dua hektare ini pengunjung dapat memetik sendiri buah stroberi "
            "yang matang, lalu menimbang dan membayarnya di pos kebun.</p>"
            "<p>Petani pendamping dengan senang hati menjelaskan cara menyemai bibit, "
            "memasang mulsa, dan memanen tanpa merusak tanaman. Kegiatan ini cocok untuk "
            "anak-anak maupun rombongan sekolah.</p>"
            "<ul><li>Buah petik dihitung per kilogram sesuai harga hari itu.</li>"
            "<li>Keranjang dan gunting petik disediakan pengelola.</li></ul>"
        ),
        "address": f"Jl. Raya Serang–Kutabawa km 1, RT 02/RW 03, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.246180",
        "longitude": "109.291540",
        "ticket_price": 10000,
        "facilities": ["Area parkir", "Toilet", "Musala", "Gazebo", "Kios oleh-oleh"],
        "contact_phone": "0812-2765-4310",
        "featured": True,
        "hours": [
            ("0", "07:00", "17:00"),
            ("1", "07:00", "17:00"),
            ("2", "07:00", "17:00"),
            ("3", "07:00", "17:00"),
            ("4", "07:00", "17:00"),
            ("5", "07:00", "17:00"),
            ("6", "07:00", "17:00"),
        ],
        "opening_hours_note": "Saat musim hujan buah lebih sedikit; tanyakan dulu lewat WhatsApp.",
        "colours": ["#c0392b", "#2f6f4f", "#7a9e3d"],
        "image_alts": [
            "Hamparan tanaman stroberi berbuah merah di bedengan bermulsa plastik",
            "Pengunjung memetik stroberi ke dalam keranjang di Kebun Stroberi Serang",
            "Deretan bedengan stroberi dengan latar Gunung Slamet",
        ],
    },
    {
        "slug": "curug-sumbaga",
        "name": "Curug Sumbaga",
        "category": "alam",
        "short_description": (
            "Air terjun setinggi sekitar 25 meter di tengah hutan pinus, sekitar 15 menit "
            "berjalan kaki dari pos tiket."
        ),
        "description": (
            "<p>Curug Sumbaga berada di aliran sungai kecil yang bersumber dari lereng "
            "Gunung Slamet. Airnya jernih dan dingin, dengan kolam alami di bawah air "
            "terjun yang dangkal di bagian tepinya.</p>"
            "<p>Jalan setapak menuju curug sudah ditata dengan anak tangga batu dan "
            "pegangan bambu. Gunakan alas kaki yang tidak licin dan ikuti arahan "
            "pemandu dari Pokdarwis.</p>"
        ),
        "address": f"Dusun Sumbaga, RT 04/RW 06, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.238450",
        "longitude": "109.283720",
        "ticket_price": 5000,
        "facilities": ["Area parkir", "Toilet", "Warung makan", "Jalur trekking", "Pos P3K"],
        "contact_phone": "0857-2841-0936",
        "featured": True,
        "hours": [
            ("0", "07:00", "16:00"),
            ("1", "07:00", "16:00"),
            ("2", "07:00", "16:00"),
            ("3", "07:00", "16:00"),
            ("4", "07:00", "16:00"),
            ("5", "07:00", "16:00"),
            ("6", "07:00", "16:00"),
        ],
        "opening_hours_note": "Ditutup sementara saat hujan deras demi keselamatan pengunjung.",
        "colours": ["#2e86ab", "#3b7d4f"],
        "image_alts": [
            "Pemandangan Curug Sumbaga dengan air jernih yang jatuh ke kolam berbatu",
            "Jalan setapak berundak batu menuju Curug Sumbaga di antara pohon pinus",
        ],
    },
    {
        "slug": "lembah-asri-serang",
        "name": "Lembah Asri Serang",
        "category": "alam",
        "short_description": (
            "Bumi perkemahan dan gardu pandang di lereng Gunung Slamet dengan pemandangan "
            "matahari terbit di atas kebun sayur."
        ),
        "description": (
            "<p>Lembah Asri Serang adalah bumi perkemahan yang dikelola BUMDes Serang "
            "Makmur. Dari gardu pandangnya, pengunjung dapat melihat puncak Gunung Slamet "
            "dan hamparan kebun sayur warga yang bertingkat-tingkat.</p>"
            "<p>Pengelola menyewakan tenda, matras, dan kayu bakar. Rombongan pramuka dan "
            "komunitas dapat memesan area khusus untuk kegiatan api unggun.</p>"
            "<ul><li>Sewa tenda kapasitas 4 orang: Rp75.000 per malam.</li>"
            "<li>Membawa sampah kembali atau membuangnya di tempat yang disediakan.</li></ul>"
        ),
        "address": f"Dusun Pesanggrahan, RT 01/RW 07, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.232910",
        "longitude": "109.297350",
        "ticket_price": 15000,
        "facilities": [
            "Area parkir",
            "Toilet dan kamar mandi air hangat",
            "Musala",
            "Sewa tenda",
            "Gardu pandang",
            "Warung kopi",
        ],
        "contact_phone": "0821-3380-5127",
        "featured": True,
        "hours": [
            ("0", "06:00", "22:00"),
            ("1", "06:00", "22:00"),
            ("2", "06:00", "22:00"),
            ("3", "06:00", "22:00"),
            ("4", "06:00", "22:00"),
            ("5", "06:00", "22:00"),
            ("6", "06:00", "22:00"),
        ],
        "opening_hours_note": (
            "Pengunjung yang berkemah boleh menginap; lapor ke pos pengelola sebelum pukul 21.00."
        ),
        "colours": ["#e67e22", "#556b2f", "#34495e"],
        "image_alts": [
            "Matahari terbit di balik Gunung Slamet dilihat dari gardu pandang Lembah Asri",
            "Tenda-tenda berdiri di area perkemahan berumput Lembah Asri Serang",
            "Kebun sayur bertingkat di lereng bukit pada pagi berkabut",
        ],
    },
    {
        "slug": "sanggar-seni-braen-sekar-melati",
        "name": "Sanggar Seni Braen Sekar Melati",
        "category": "budaya",
        "short_description": (
            "Sanggar tempat ibu-ibu dan remaja desa berlatih braen, kesenian rebana dan "
            "syair khas Purbalingga."
        ),
        "description": (
            "<p>Sanggar Seni Braen Sekar Melati didirikan warga untuk menjaga kesenian "
            "braen, perpaduan tabuhan rebana dan lantunan syair berbahasa Jawa yang "
            "dibawakan oleh para perempuan. Selain braen, sanggar juga melatih tari "
            "tradisional dan ebeg untuk anak-anak.</p>"
            "<p>Pengunjung boleh menyaksikan latihan tanpa dipungut biaya. Rombongan yang "
            "ingin menonton pentas lengkap atau ikut belajar menabuh rebana dapat "
            "menghubungi pengurus sanggar lebih dulu.</p>"
        ),
        "address": f"Balai Dusun Karangmalang, RT 03/RW 02, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.251370",
        "longitude": "109.288060",
        "ticket_price": 0,
        "facilities": ["Pendopo", "Toilet", "Area parkir", "Sewa kostum tari"],
        "contact_phone": "0813-2574-9081",
        "featured": False,
        "hours": [
            ("0", None, None),
            ("1", "14:00", "17:00"),
            ("2", "14:00", "17:00"),
            ("3", "14:00", "17:00"),
            ("4", "14:00", "17:00"),
            ("5", "09:00", "17:00"),
            ("6", "09:00", "17:00"),
        ],
        "opening_hours_note": "Pentas braen terbuka untuk umum setiap Minggu pukul 10.00.",
        "colours": ["#8e44ad", "#b8860b"],
        "image_alts": [
            "Ibu-ibu berkebaya menabuh rebana saat latihan braen di pendopo sanggar",
            "Anak-anak berlatih tari tradisional dengan selendang berwarna cerah",
        ],
    },
    {
        "slug": "masjid-jami-baitul-muttaqin",
        "name": "Masjid Jami' Baitul Muttaqin",
        "category": "religi",
        "short_description": (
            "Masjid tertua di Desa Serang dengan tiang kayu jati dan bedug peninggalan "
            "para sesepuh desa."
        ),
        "description": (
            "<p>Masjid Jami' Baitul Muttaqin dibangun secara gotong royong oleh warga "
            "pada awal abad ke-20. Empat tiang utama dari kayu jati dan bedug besar di "
            "serambinya masih dirawat hingga sekarang.</p>"
            "<p>Setiap malam Jumat, jamaah menggelar pengajian dan tahlilan bersama. "
            "Wisatawan yang singgah dipersilakan beribadah dan beristirahat sejenak di "
            "serambi masjid.</p>"
        ),
        "address": f"Jl. Masjid No. 5, RT 01/RW 01, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.249820",
        "longitude": "109.292470",
        "ticket_price": 0,
        "facilities": ["Tempat wudu", "Toilet", "Area parkir", "Perpustakaan masjid"],
        "contact_phone": "0852-2710-6648",
        "featured": False,
        "hours": [
            ("0", "04:00", "21:00"),
            ("1", "04:00", "21:00"),
            ("2", "04:00", "21:00"),
            ("3", "04:00", "21:00"),
            ("4", "04:00", "21:00"),
            ("5", "04:00", "21:00"),
            ("6", "04:00", "21:00"),
        ],
        "opening_hours_note": "Pengunjung diharap berpakaian sopan dan menjaga ketenangan.",
        "colours": ["#16a085", "#f1c40f"],
        "image_alts": [
            "Bangunan Masjid Jami' Baitul Muttaqin dengan atap tumpang berwarna hijau",
            "Bedug besar dan tiang kayu jati di serambi masjid",
        ],
    },
    {
        "slug": "warung-sate-mendoan-mbok-darsih",
        "name": "Warung Sate & Mendoan Mbok Darsih",
        "category": "kuliner",
        "short_description": (
            "Warung malam yang menyajikan sate ayam bumbu kacang, mendoan hangat, dan "
            "wedang jahe khas lereng Slamet."
        ),
        "description": (
            "<p>Sejak sore, asap sate sudah mengepul dari Warung Mbok Darsih. Tempe "
            "mendoan digoreng setengah matang dan disajikan hangat bersama sambal kecap "
            "dan cabai rawit.</p>"
            "<p>Menu andalan lainnya adalah sate ayam bumbu kacang, nasi jagung, dan "
            "wedang jahe gula kelapa yang cocok untuk melawan udara dingin pegunungan.</p>"
            "<ul><li>Mendoan: Rp2.000 per potong.</li>"
            "<li>Sate ayam: Rp20.000 per porsi (10 tusuk).</li></ul>"
        ),
        "address": f"Jl. Raya Serang No. 27, RT 02/RW 01, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.248560",
        "longitude": "109.294130",
        "ticket_price": 0,
        "facilities": ["Tempat duduk lesehan", "Area parkir", "Toilet", "Musala"],
        "contact_phone": "0896-3012-4857",
        "featured": False,
        "hours": [
            ("0", "16:00", "22:00"),
            ("1", "16:00", "22:00"),
            ("2", "16:00", "22:00"),
            ("3", "16:00", "22:00"),
            ("4", None, None),
            ("5", "16:00", "23:00"),
            ("6", "16:00", "23:00"),
        ],
        "opening_hours_note": (
            "Rombongan lebih dari 20 orang harap memesan tempat sehari sebelumnya."
        ),
        "colours": ["#d35400", "#6e2c00"],
        "image_alts": [
            "Sate ayam bumbu kacang dan tempe mendoan hangat di atas piring anyaman",
            "Suasana lesehan Warung Mbok Darsih pada malam hari",
        ],
    },
    {
        "slug": "edu-farm-etawa-sumber-rejeki",
        "name": "Edu-Farm Etawa Sumber Rejeki",
        "category": "edukasi",
        "short_description": (
            "Peternakan kambing etawa tempat anak-anak belajar memberi pakan, memerah susu, "
            "dan mengolah pupuk kandang."
        ),
        "description": (
            "<p>Edu-Farm Etawa Sumber Rejeki merawat lebih dari 60 ekor kambing peranakan "
            "etawa. Pengunjung diajak mengenal cara beternak yang bersih, mulai dari "
            "menyiapkan pakan hijauan hingga memerah susu.</p>"
            "<p>Paket edukasi sudah termasuk segelas susu etawa segar dan praktik membuat "
            "pupuk organik dari kotoran kambing. Kegiatan dipandu langsung oleh peternak.</p>"
            "<ul><li>Cocok untuk TK, SD, dan keluarga.</li>"
            "<li>Rombongan minimal 10 orang mendapat potongan harga.</li></ul>"
        ),
        "address": f"Dusun Kaliurip, RT 05/RW 04, Desa Serang\n{ADDRESS_TAIL}",
        "latitude": "-7.254290",
        "longitude": "109.296810",
        "ticket_price": 25000,
        "facilities": ["Area parkir", "Toilet", "Tempat cuci tangan", "Saung belajar", "Kios susu"],
        "contact_phone": "0858-6612-0394",
        "featured": False,
        "hours": [
            ("0", "08:00", "15:00"),
            ("1", "08:00", "15:00"),
            ("2", "08:00", "15:00"),
            ("3", "08:00", "15:00"),
            ("4", "08:00", "11:00"),
            ("5", "07:00", "16:00"),
            ("6", "07:00", "16:00"),
        ],
        "opening_hours_note": (
            "Rombongan sekolah harap memesan kunjungan paling lambat tiga hari sebelumnya."
        ),
        "colours": ["#27ae60", "#a0522d", "#f39c12"],
        "image_alts": [
            "Kambing etawa berbulu putih panjang di kandang panggung",
            "Anak-anak memberi pakan daun kepada kambing didampingi peternak",
            "Susu etawa segar dalam botol kaca di kios edu-farm",
        ],
    },
]

PRODUCTS = [
    {
        "slug": "keripik-stroberi",
        "name": "Keripik Stroberi",
        "category": "makanan-minuman",
        "description": (
            "<p>Irisan stroberi segar dari kebun Desa Serang yang dikeringkan dengan mesin "
            "vakum, sehingga tetap renyah dan rasa asam manisnya terjaga. Tanpa pewarna "
            "dan pengawet.</p>"
            "<p>Isi 100 gram per bungkus, tahan hingga enam bulan bila disimpan tertutup.</p>"
        ),
        "price": 15000,
        "unit": "bungkus",
        "original_price": 18000,
        "seller_name": "KWT Mekar Sari",
        "seller_whatsapp": "0813-2900-1122",
        "availability": "tersedia",
        "featured": True,
        "colours": ["#c0392b", "#f5b7b1"],
        "image_alts": [
            "Keripik stroberi kering berwarna merah dalam kemasan standing pouch",
            "Irisan keripik stroberi di atas piring putih",
        ],
    },
    {
        "slug": "selai-stroberi",
        "name": "Selai Stroberi",
        "category": "makanan-minuman",
        "description": (
            "<p>Selai stroberi buatan rumah yang dimasak perlahan dengan gula kelapa. "
            "Teksturnya masih berpotongan buah, enak untuk roti, pisang goreng, atau "
            "campuran yoghurt.</p>"
        ),
        "price": 25000,
        "unit": "botol",
        "original_price": None,
        "seller_name": "Bu Sulastri",
        "seller_whatsapp": "0812-1547-3390",
        "availability": "tersedia",
        "featured": False,
        "colours": ["#a93226", "#f0b27a"],
        "image_alts": [
            "Selai stroberi merah tua dalam botol kaca berpita kain",
            "Selai stroberi dioleskan di atas roti tawar",
        ],
    },
    {
        "slug": "gula-kelapa-cetak",
        "name": "Gula Kelapa Cetak",
        "category": "makanan-minuman",
        "description": (
            "<p>Gula kelapa dari nira pohon kelapa yang disadap setiap pagi dan sore oleh "
            "para penderes. Dimasak di tungku kayu lalu dicetak dengan batok kelapa, "
            "tanpa campuran gula pasir.</p>"
            "<p>Warnanya cokelat keemasan dengan aroma karamel yang harum.</p>"
        ),
        "price": 22000,
        "unit": "kg",
        "original_price": 25000,
        "seller_name": "Kelompok Penderes Manggar Jaya",
        "seller_whatsapp": "0857-4102-6683",
        "availability": "tersedia",
        "featured": False,
        "colours": ["#8b5a2b", "#d4a373"],
        "image_alts": [
            "Gula kelapa cetak berbentuk setengah bola tersusun di tampah bambu",
            "Nira kelapa dimasak dalam wajan besar di atas tungku kayu",
        ],
    },
    {
        "slug": "kopi-robusta-slamet",
        "name": "Kopi Robusta Lereng Slamet",
        "category": "makanan-minuman",
        "description": (
            "<p>Biji kopi robusta yang tumbuh di ketinggian 900 meter di lereng Gunung "
            "Slamet, dipetik merah lalu disangrai sedang. Rasanya tebal dengan sentuhan "
            "cokelat dan gula aren.</p>"
            "<p>Tersedia dalam bentuk biji atau bubuk; sebutkan pilihan Anda saat memesan. "
            "Isi 250 gram per bungkus.</p>"
        ),
        "price": 35000,
        "unit": "bungkus",
        "original_price": None,
        "seller_name": "Kopi Pak Warsono",
        "seller_whatsapp": "0821-3756-2018",
        "availability": "tersedia",
        "featured": True,
        "colours": ["#4e342e", "#a1887f"],
        "image_alts": [
            "Biji kopi robusta sangrai dalam kemasan kraft berjendela",
            "Secangkir kopi hitam dengan latar biji kopi dan kebun di lereng gunung",
        ],
    },
    {
        "slug": "madu-hutan-slamet",
        "name": "Madu Hutan Slamet",
        "category": "makanan-minuman",
        "description": (
            "<p>Madu murni dari lebah hutan yang bersarang di kawasan hutan lereng Gunung "
            "Slamet, dipanen secara tradisional tanpa merusak sarang. Isi 500 ml per botol.</p>"
            "<p>Panen berikutnya diperkirakan setelah musim kemarau; stok saat ini sudah habis.</p>"
        ),
        "price": 95000,
        "unit": "botol",
        "original_price": None,
        "seller_name": "Pak Karsidi",
        "seller_whatsapp": "0852-9134-7706",
        "availability": "habis",
        "featured": False,
        "colours": ["#d68910", "#7d6608"],
        "image_alts": [
            "Madu hutan berwarna cokelat keemasan dalam botol kaca",
            "Sarang lebah hutan yang baru dipanen di atas nampan",
        ],
    },
    {
        "slug": "mendoan-beku",
        "name": "Mendoan Beku Siap Goreng",
        "category": "makanan-minuman",
        "description": (
            "<p>Tempe tipis khas Banyumasan yang sudah dibalut adonan tepung berbumbu dan "
            "daun bawang, lalu dibekukan. Tinggal goreng sebentar, mendoan hangat siap "
            "disantap. Isi 10 lembar per paket.</p>"
            "<p>Dibuat sesuai pesanan dan dikirim dengan kotak pendingin; pesan paling "
            "lambat dua hari sebelumnya.</p>"
        ),
        "price": 20000,
        "unit": "paket",
        "original_price": None,
        "seller_name": "Dapur Mbak Ratna",
        "seller_whatsapp": "0896-2270-8815",
        "availability": "pre_order",
        "featured": False,
        "colours": ["#b9770e", "#58d68d"],
        "image_alts": [
            "Lembaran tempe mendoan beku dalam kemasan plastik vakum",
            "Mendoan goreng hangat dengan cabai rawit dan kecap",
        ],
    },
    {
        "slug": "besek-anyaman-bambu",
        "name": "Besek Anyaman Bambu",
        "category": "kerajinan",
        "description": (
            "<p>Besek dianyam tangan dari bambu tali oleh ibu-ibu Dusun Karangmalang. "
            "Cocok untuk wadah hantaran, nasi berkat, atau kemasan oleh-oleh yang ramah "
            "lingkungan.</p>"
            "<p>Ukuran 20 × 20 cm, satu lusin berisi 12 besek lengkap dengan tutupnya.</p>"
        ),
        "price": 30000,
        "unit": "lusin",
        "original_price": None,
        "seller_name": "Kelompok Anyam Sekar Pring",
        "seller_whatsapp": "0838-6521-0473",
        "availability": "tersedia",
        "featured": False,
        "colours": ["#c8a165", "#7e5109"],
        "image_alts": [
            "Tumpukan besek anyaman bambu berwarna krem",
            "Tangan perajin menganyam bilah bambu menjadi besek",
        ],
    },
    {
        "slug": "batik-tulis-sekar-slamet",
        "name": "Batik Tulis Motif Sekar Slamet",
        "category": "fashion",
        "description": (
            "<p>Kain batik tulis bermotif bunga stroberi dan puncak Gunung Slamet, dibatik "
            "dengan canting dan diwarnai pewarna alam dari kulit kayu dan daun indigo. "
            "Ukuran kain 2 × 1,15 meter.</p>"
            "<p>Setiap lembar dibuat setelah dipesan dan membutuhkan waktu pengerjaan "
            "sekitar tiga minggu.</p>"
        ),
        "price": 450000,
        "unit": "pcs",
        "original_price": None,
        "seller_name": "Batik Sekar Arum",
        "seller_whatsapp": "0812-2983-5561",
        "availability": "pre_order",
        "featured": True,
        "colours": ["#1f3a93", "#c0392b"],
        "image_alts": [
            "Kain batik tulis biru indigo bermotif bunga stroberi dan gunung",
            "Pembatik melukis malam dengan canting di atas kain putih",
        ],
    },
    {
        "slug": "kaos-sablon-desa-serang",
        "name": "Kaos Sablon Desa Serang",
        "category": "fashion",
        "description": (
            "<p>Kaos katun combed 30s bergambar ilustrasi Gunung Slamet dan kebun stroberi, "
            "disablon manual oleh Karang Taruna Desa Serang. Tersedia ukuran S sampai XXL.</p>"
        ),
        "price": 75000,
        "unit": "pcs",
        "original_price": 90000,
        "seller_name": "Karang Taruna Tunas Serang",
        "seller_whatsapp": "0878-1136-4429",
        "availability": "tersedia",
        "featured": False,
        "colours": ["#2c3e50", "#ecf0f1"],
        "image_alts": [
            "Kaos hitam bersablon gambar Gunung Slamet dan tulisan Desa Serang",
            "Pemuda desa menyablon kaos secara manual di meja sablon",
        ],
    },
    {
        "slug": "paket-sayur-organik",
        "name": "Paket Sayur Organik",
        "category": "pertanian",
        "description": (
            "<p>Sayuran segar dataran tinggi yang ditanam tanpa pestisida kimia: kentang, "
            "wortel, kubis, daun bawang, seledri, dan sawi. Dipanen pagi hari dan dikemas "
            "dalam besek bambu.</p>"
            "<p>Satu paket sekitar 3 kilogram, cukup untuk kebutuhan keluarga selama "
            "beberapa hari. Isi paket bisa berubah mengikuti hasil panen.</p>"
        ),
        "price": 35000,
        "unit": "paket",
        "original_price": None,
        "seller_name": "Kelompok Tani Organik Ngudi Makmur",
        "seller_whatsapp": "0815-4870-3392",
        "availability": "tersedia",
        "featured": True,
        "colours": ["#229954", "#f4d03f"],
        "image_alts": [
            "Paket sayur organik berisi kubis, wortel, dan kentang dalam besek bambu",
            "Petani memanen sawi di kebun sayur bertingkat",
        ],
    },
]
