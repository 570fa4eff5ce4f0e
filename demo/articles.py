"""Demo articles for Desa Serang; the first is the seed article, verbatim."""

CATEGORIES = [
    {
        "slug": "sosial-kemasyarakatan",
        "name": "Sosial & Kemasyarakatan",
        "description": (
            "Kabar kegiatan warga, kesehatan, pendidikan, budaya, dan kehidupan sosial "
            "di Desa Serang."
        ),
    },
    {
        "slug": "pemerintahan-desa",
        "name": "Pemerintahan Desa",
        "description": (
            "Informasi kebijakan, pelayanan publik, perencanaan, dan tata kelola "
            "Pemerintah Desa Serang."
        ),
    },
    {
        "slug": "ekonomi-pembangunan",
        "name": "Ekonomi & Pembangunan",
        "description": (
            "Perkembangan ekonomi warga, BUMDes, UMKM, pertanian, dan pembangunan "
            "infrastruktur desa."
        ),
    },
]

ARTICLES = [
    {
        "slug": "penguatan-kolaborasi-perlindungan-anak",
        "title": "Penguatan Kolaborasi untuk Mewujudkan Perlindungan Anak yang Optimal",
        "date": "2025-03-12",
        "author": "Tim Redaksi Desa Serang",
        "categories": ["sosial-kemasyarakatan"],
        "tags": ["perlindungan anak", "kolaborasi", "anak"],
        "intro": (
            "Perlindungan anak merupakan tanggung jawab bersama dari semua pihak. "
            "Pentingnya memastikan keamanan dan kesejahteraan anak menjadi perhatian "
            "utama bagi segenap masyarakat. Namun, untuk mencapai perlindungan anak "
            "yang optimal, diperlukan kolaborasi lintas sektor yang baik antara "
            "pemerintah, lembaga swadaya masyarakat, dan sektor swasta."
        ),
        "image_colour": "#2f6f4f",
        "body": [
            (
                "heading",
                {
                    "text": ("Penguatan Kolaborasi Lintas Sektor dalam Perlindungan Anak"),
                    "level": "h2",
                },
            ),
            (
                "heading",
                {
                    "text": ("Pentingnya Kolaborasi Lintas Sektor dalam Mencegah Kekerasan Anak"),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Kekerasan terhadap anak adalah masalah yang cukup serius di "
                    "masyarakat kita. Berbagai bentuk kekerasan seperti fisik, "
                    "seksual, dan psikologis sering kali merugikan anak-anak kita. "
                    "Dalam upaya mencegah kekerasan tersebut, kolaborasi lintas sektor "
                    "antara pemerintah, lembaga sosial, dan sektor swasta sangatlah "
                    "penting. Dengan bekerja sama, berbagai program perlindungan bisa "
                    "dirancang dan diterapkan secara efektif.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Peran Pemerintah dalam Mendorong Kolaborasi Lintas Sektor",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Pemerintah memiliki peran penting dalam mendorong terbentuknya "
                    "kolaborasi lintas sektor dalam perlindungan anak. Salah satu "
                    "tindakan pemerintah adalah dengan mengeluarkan kebijakan yang "
                    "mendukung kolaborasi semacam ini. Selain itu, pemerintah juga "
                    "bisa memfasilitasi pertemuan antara berbagai pihak yang terlibat "
                    "dalam perlindungan anak untuk membahas dan merumuskan strategi "
                    "bersama dalam menghadapi berbagai permasalahan yang dihadapi.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": ("Komitmen Sektor Swasta dalam Meningkatkan Perlindungan Anak"),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sektor swasta juga memiliki peran yang tidak kalah penting "
                    "dalam mengampanyekan perlindungan anak. Banyak perusahaan yang "
                    "telah mengambil langkah konkret dalam mendukung upaya "
                    "perlindungan anak, baik melalui program tanggung jawab sosial "
                    "perusahaan maupun kerja sama dengan lembaga-lembaga penyedia "
                    "layanan perlindungan anak.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Peran LSM dalam Mengawal Perlindungan Anak", "level": "h3"},
            ),
            (
                "paragraph",
                (
                    "<p>Lebih jauh lagi, lembaga swadaya masyarakat (LSM) juga "
                    "memiliki peran penting dalam mengawal perlindungan anak. LSM bisa "
                    "menjadi pengawas dan penggerak dalam menjaga agar perlindungan "
                    "anak tetap berjalan dengan baik. Dengan network yang luas dan "
                    "pengetahuan mengenai berbagai kasus perlindungan anak, LSM bisa "
                    "memberikan kontribusi berarti dalam meningkatkan perlindungan "
                    "anak di masyarakat.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Strategi Efektif dalam Penguatan Kolaborasi Lintas Sektor",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Dalam upaya penguatan kolaborasi lintas sektor dalam "
                    "perlindungan anak, terdapat beberapa strategi yang dapat "
                    "diterapkan untuk menghasilkan hasil yang maksimal. Pertama, "
                    "penting untuk melakukan konsolidasi data dan informasi tentang "
                    "perlindungan anak. Dengan memiliki data dan informasi yang "
                    "akurat, berbagai pihak dapat bekerja dengan lebih efektif dan "
                    "efisien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Kedua, membangun jejaring kerja sama antara pihak-pihak yang "
                    "terlibat dalam perlindungan anak juga menjadi kunci keberhasilan "
                    "kolaborasi lintas sektor. Melalui kerjasama yang solid dan "
                    "berkesinambungan, program perlindungan anak dapat berjalan dengan "
                    "baik dan memberikan efek yang positif bagi anak-anak.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ketiga, penting untuk meningkatkan kapasitas para pelaku yang "
                    "terlibat dalam perlindungan anak. Melalui pelatihan dan "
                    "pengembangan kemampuan, para pekerja sosial, guru, dan penyedia "
                    "layanan perlindungan anak dapat memberikan pelayanan yang lebih "
                    "baik dan lebih profesional kepada anak-anak yang membutuhkan.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Keempat, penting untuk melibatkan masyarakat secara aktif "
                    "dalam upaya perlindungan anak. Dengan membangun kesadaran "
                    "masyarakat akan pentingnya melindungi anak-anak, maka "
                    "perlindungan anak akan menjadi tanggung jawab bersama dan "
                    "mendapatkan dukungan yang luas dari berbagai pihak.</p>"
                ),
            ),
            (
                "also_read",
                [
                    "pelatihan-olahraga-anak-anak",
                    "pelatihan-pengelolaan-keuangan-kades",
                ],
            ),
            (
                "heading",
                {
                    "text": ("Kendala dan Tantangan dalam Penguatan Kolaborasi Lintas Sektor"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Para pihak yang terlibat dalam kolaborasi lintas sektor dalam "
                    "perlindungan anak tidak luput dari kendala dan tantangan. Salah "
                    "satu kendala yang sering dihadapi adalah kurangnya koordinasi dan "
                    "komunikasi antara berbagai pihak yang terlibat. Terkadang, tidak "
                    "adanya pemahaman yang sama mengenai peran dan tanggung jawab "
                    "masing-masing pihak menjadi hambatan dalam menjalankan program "
                    "perlindungan anak.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Selain itu, terbatasnya sumber daya dan dana juga menjadi "
                    "tantangan dalam mengimplementasikan program perlindungan anak. "
                    "Tanpa adanya dukungan finansial yang memadai, program "
                    "perlindungan anak sulit untuk berjalan dengan baik dan memberikan "
                    "dampak yang signifikan bagi anak-anak yang membutuhkan "
                    "perlindungan.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": ("Solusi untuk Meningkatkan Penguatan Kolaborasi Lintas Sektor"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Untuk mengatasi kendala dan tantangan dalam penguatan "
                    "kolaborasi lintas sektor, diperlukan solusi yang tepat. Salah "
                    "satu solusi yang bisa dilakukan adalah dengan meningkatkan "
                    "koordinasi dan komunikasi antara berbagai pihak yang terlibat "
                    "dalam perlindungan anak. Hal ini dapat dilakukan melalui "
                    "pertemuan rutin, sharing session, dan pertukaran informasi secara "
                    "berkala.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Selain itu, perlu adanya alokasi dana yang memadai untuk "
                    "mendukung berbagai program perlindungan anak. Pemerintah, sektor "
                    "swasta, dan masyarakat perlu bersama-sama berkomitmen untuk "
                    "menyalurkan dana yang cukup demi keberlangsungan program-program "
                    "perlindungan anak yang ada.</p>"
                ),
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": (
                                "Apa yang dimaksud dengan kolaborasi lintas sektor "
                                "dalam perlindungan anak?"
                            ),
                            "answer": (
                                "<p>Kolaborasi lintas sektor dalam perlindungan anak "
                                "adalah kerja sama yang baik antara pemerintah, "
                                "lembaga swadaya masyarakat, dan sektor swasta untuk "
                                "mencapai perlindungan anak yang optimal. Dengan "
                                "bekerja sama, berbagai program perlindungan bisa "
                                "dirancang dan diterapkan secara efektif.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Siapa saja yang terlibat dalam kolaborasi lintas sektor?"
                            ),
                            "answer": (
                                "<p>Kolaborasi lintas sektor melibatkan pemerintah, "
                                "lembaga swadaya masyarakat (LSM), dan sektor swasta. "
                                "Selain itu, masyarakat juga perlu dilibatkan secara "
                                "aktif agar perlindungan anak menjadi tanggung jawab "
                                "bersama dan mendapatkan dukungan yang luas dari "
                                "berbagai pihak.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Bagaimana peran pemerintah dalam mendorong kolaborasi "
                                "lintas sektor?"
                            ),
                            "answer": (
                                "<p>Salah satu tindakan pemerintah adalah dengan "
                                "mengeluarkan kebijakan yang mendukung kolaborasi "
                                "semacam ini. Selain itu, pemerintah juga bisa "
                                "memfasilitasi pertemuan antara berbagai pihak yang "
                                "terlibat dalam perlindungan anak untuk membahas dan "
                                "merumuskan strategi bersama.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Apa saja strategi yang dapat diterapkan untuk "
                                "menguatkan kolaborasi lintas sektor dalam "
                                "perlindungan anak?"
                            ),
                            "answer": (
                                "<p>Ada empat strategi yang dapat diterapkan: "
                                "melakukan konsolidasi data dan informasi tentang "
                                "perlindungan anak, membangun jejaring kerja sama "
                                "antara pihak-pihak yang terlibat, meningkatkan "
                                "kapasitas para pelaku yang terlibat dalam "
                                "perlindungan anak, serta melibatkan masyarakat secara "
                                "aktif dalam upaya perlindungan anak.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Apa saja kendala yang dihadapi dalam penguatan "
                                "kolaborasi lintas sektor?"
                            ),
                            "answer": (
                                "<p>Salah satu kendala yang sering dihadapi adalah "
                                "kurangnya koordinasi dan komunikasi antara berbagai "
                                "pihak yang terlibat. Selain itu, terbatasnya sumber "
                                "daya dan dana juga menjadi tantangan dalam "
                                "mengimplementasikan program perlindungan anak.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Bagaimana solusi yang dapat dilakukan untuk "
                                "meningkatkan penguatan kolaborasi lintas sektor?"
                            ),
                            "answer": (
                                "<p>Salah satu solusi yang bisa dilakukan adalah "
                                "dengan meningkatkan koordinasi dan komunikasi antara "
                                "berbagai pihak yang terlibat dalam perlindungan anak, "
                                "melalui pertemuan rutin, sharing session, dan "
                                "pertukaran informasi secara berkala. Selain itu, "
                                "perlu adanya alokasi dana yang memadai untuk "
                                "mendukung berbagai program perlindungan anak.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Penguatan kolaborasi lintas sektor dalam perlindungan anak "
                        "adalah langkah yang penting dalam menjaga keamanan dan "
                        "kesejahteraan anak-anak. Dengan bekerja sama antara "
                        "pemerintah, lembaga swadaya masyarakat, dan sektor swasta, "
                        "berbagai program perlindungan anak dapat dirancang dan "
                        "diterapkan secara efektif. Meskipun memiliki kendala dan "
                        "tantangan, dengan solusi yang tepat, penguatan kolaborasi "
                        "lintas sektor dapat terwujud dan memberikan perlindungan yang "
                        "maksimal bagi anak-anak kita.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "pelatihan-olahraga-anak-anak",
        "title": ("Pemerintah Desa Serang Membuka Pelatihan Olahraga Anak-anak! Amazing!"),
        "date": "2025-02-20",
        "author": "Rizky Pratama",
        "categories": ["sosial-kemasyarakatan"],
        "tags": ["anak", "olahraga", "pemuda"],
        "intro": (
            "Pemerintah Desa Serang membuka program pelatihan olahraga gratis bagi "
            "anak-anak usia 7 sampai 15 tahun. Kegiatan yang digelar setiap Sabtu dan "
            "Minggu sore di lapangan desa ini disambut antusias oleh anak-anak dan "
            "para orang tua."
        ),
        "image_colour": "#e07a2f",
        "body": [
            (
                "heading",
                {"text": "Tiga Cabang Olahraga untuk Tahap Awal", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Pada tahap awal, pelatihan dibuka untuk tiga cabang olahraga, "
                    "yaitu sepak bola, bulu tangkis, dan bola voli. Setiap cabang "
                    "didampingi oleh pelatih dari karang taruna yang telah mengikuti "
                    "kursus kepelatihan tingkat kabupaten. Hingga pekan kedua, "
                    "tercatat lebih dari 80 anak telah mendaftar.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Kami ingin anak-anak punya kegiatan positif sepulang sekolah. "
                        "Olahraga melatih disiplin, kerja sama, dan sportivitas sejak "
                        "dini."
                    ),
                    "attribution": "Sugeng Riyadi, Kepala Desa Serang",
                },
            ),
            ("heading", {"text": "Ruang Aman untuk Tumbuh dan Bermain", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Selain melatih keterampilan, program ini juga dirancang "
                    "sebagai ruang aman bagi anak. Para pelatih dibekali pemahaman "
                    "dasar tentang perlindungan anak, termasuk cara berkomunikasi yang "
                    "positif dan tanpa kekerasan. Orang tua pun dipersilakan "
                    "mendampingi selama sesi latihan berlangsung.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pemerintah desa berencana menggelar turnamen antardusun pada "
                    "akhir tahun sebagai ajang unjuk kemampuan. Perlengkapan latihan "
                    "seperti bola, net, dan raket disediakan melalui anggaran "
                    "pemberdayaan masyarakat desa.</p>"
                ),
            ),
            (
                "also_read",
                [
                    "penguatan-kolaborasi-perlindungan-anak",
                    "beasiswa-pelajar-berprestasi",
                ],
            ),
        ],
    },
    {
        "slug": "pelatihan-pengelolaan-keuangan-kades",
        "title": (
            "Penguatan Kemandirian Keuangan Desa: Pelatihan Pengelolaan Keuangan untuk Kades"
        ),
        "date": "2025-02-05",
        "author": "Tim Redaksi Desa Serang",
        "categories": ["pemerintahan-desa"],
        "tags": ["keuangan desa", "pelatihan", "tata kelola"],
        "intro": (
            "Para kepala desa se-Kecamatan Karangreja mengikuti pelatihan pengelolaan "
            "keuangan desa yang digelar di Balai Desa Serang. Pelatihan ini bertujuan "
            "memperkuat kemandirian keuangan desa sekaligus meningkatkan akuntabilitas "
            "penggunaan dana publik."
        ),
        "image_colour": "#355c7d",
        "body": [
            (
                "heading",
                {"text": "Materi dari Perencanaan hingga Pelaporan", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Selama dua hari, peserta mempelajari siklus pengelolaan "
                    "keuangan desa secara utuh, mulai dari perencanaan, penganggaran, "
                    "penatausahaan, hingga pelaporan dan pertanggungjawaban. "
                    "Narasumber dari dinas terkait juga memperkenalkan praktik "
                    "pencatatan yang rapi agar setiap rupiah dapat ditelusuri dengan "
                    "mudah.</p>"
                ),
            ),
            ("heading", {"text": "Menggali Pendapatan Asli Desa", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Salah satu sesi yang paling banyak mendapat perhatian adalah "
                    "strategi meningkatkan pendapatan asli desa. Peserta berdiskusi "
                    "tentang optimalisasi aset desa, penguatan BUMDes, dan kerja sama "
                    "dengan pihak ketiga. Dengan pendapatan yang lebih kuat, desa "
                    "tidak sepenuhnya bergantung pada dana transfer dari pemerintah "
                    "pusat maupun daerah.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Kemandirian keuangan bukan berarti desa berjalan sendiri, "
                        "tetapi desa mampu merencanakan dan membiayai kebutuhannya "
                        "dengan lebih percaya diri."
                    ),
                    "attribution": "Endang Susilowati, narasumber pelatihan",
                },
            ),
            ("also_read", ["transparansi-apbdes-2025"]),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Pelatihan ini menjadi bekal penting bagi para kepala desa "
                        "untuk mengelola keuangan secara transparan, akuntabel, dan "
                        "mandiri. Pemerintah Desa Serang berkomitmen menerapkan hasil "
                        "pelatihan dalam penyusunan APBDes tahun berikutnya.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "posyandu-melati-pemeriksaan-balita-lansia",
        "title": ("Posyandu Melati Gelar Pemeriksaan Kesehatan Gratis untuk Balita dan Lansia"),
        "date": "2025-01-22",
        "author": "Nur Aini Rahmawati",
        "categories": ["sosial-kemasyarakatan"],
        "tags": ["kesehatan", "posyandu", "anak"],
        "intro": (
            "Posyandu Melati di Dusun Gunungsari kembali menggelar pemeriksaan "
            "kesehatan rutin bagi balita dan warga lanjut usia. Kegiatan bulanan ini "
            "menjadi garda terdepan pemantauan tumbuh kembang anak dan kesehatan "
            "lansia di Desa Serang."
        ),
        "image_colour": "#c0587e",
        "body": [
            (
                "heading",
                {"text": "Penimbangan dan Pemantauan Tumbuh Kembang", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Sejak pukul delapan pagi, para ibu sudah mengantre membawa "
                    "balita mereka untuk ditimbang dan diukur tinggi badannya. Kader "
                    "posyandu mencatat hasil pengukuran di buku KIA sehingga "
                    "perkembangan setiap anak dapat dipantau dari bulan ke bulan. "
                    "Balita yang berat badannya tidak naik mendapat konseling gizi "
                    "langsung dari bidan desa.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Pencegahan stunting dimulai dari hal sederhana: datang ke "
                        "posyandu setiap bulan dan memberikan makanan bergizi seimbang "
                        "di rumah."
                    ),
                    "attribution": "Ratna Kusumawati, Bidan Desa Serang",
                },
            ),
            ("heading", {"text": "Layanan Khusus bagi Lansia", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Di meja sebelah, warga lanjut usia mendapatkan pemeriksaan "
                    "tekanan darah, gula darah, dan kolesterol. Setelah pemeriksaan, "
                    "para lansia mengikuti senam ringan yang dipandu oleh kader. Warga "
                    "yang hasil pemeriksaannya perlu ditindaklanjuti dirujuk ke "
                    "puskesmas kecamatan.</p>"
                ),
            ),
            ("heading", {"text": "Pemberian Makanan Tambahan", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Kegiatan ditutup dengan pembagian makanan tambahan berupa "
                    "bubur kacang hijau, telur rebus, dan pisang. Bahan makanan dibeli "
                    "dari petani dan pedagang lokal sehingga manfaatnya ikut dirasakan "
                    "oleh perekonomian warga.</p>"
                ),
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Posyandu tetap menjadi layanan kesehatan terdekat yang "
                        "paling mudah dijangkau warga. Pemerintah Desa Serang mengajak "
                        "seluruh orang tua dan keluarga lansia untuk rutin hadir "
                        "setiap bulan demi kesehatan bersama.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "kerja-bakti-saluran-irigasi",
        "title": (
            "Ratusan Warga Bergotong Royong Membersihkan Saluran Irigasi Menjelang Musim Tanam"
        ),
        "date": "2025-11-02",
        "author": "Wahyu Setiadi",
        "categories": ["sosial-kemasyarakatan", "ekonomi-pembangunan"],
        "tags": ["gotong royong", "pertanian", "lingkungan"],
        "intro": (
            "Menjelang musim tanam, ratusan warga Desa Serang turun ke sawah untuk "
            "membersihkan saluran irigasi sepanjang hampir tiga kilometer. Kerja bakti "
            "ini melibatkan kelompok tani, karang taruna, ibu-ibu PKK, hingga "
            "perangkat desa."
        ),
        "image_colour": "#4a7c59",
        "body": [
            ("heading", {"text": "Saluran Tersumbat Lumpur dan Sampah", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Selama musim kemarau, saluran irigasi di sisi timur desa "
                    "dipenuhi endapan lumpur, rumput liar, dan sampah plastik. Kondisi "
                    "ini membuat aliran air tidak lancar dan sebagian sawah tidak "
                    "mendapat pasokan air yang cukup. Warga kemudian bersepakat "
                    "melakukan pembersihan serentak pada hari Minggu pagi.</p>"
                ),
            ),
            ("heading", {"text": "Semangat Kebersamaan Warga", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Warga datang membawa cangkul, sabit, dan karung dari rumah "
                    "masing-masing. Ibu-ibu PKK menyiapkan nasi bungkus dan teh hangat "
                    "untuk para peserta kerja bakti. Dalam waktu kurang dari lima jam, "
                    "seluruh ruas saluran berhasil dibersihkan.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Kalau airnya lancar, petani bisa tanam serempak dan hama "
                        "lebih mudah dikendalikan. Ini kerja kita bersama, hasilnya "
                        "juga untuk bersama."
                    ),
                    "attribution": "Darto, Ketua Kelompok Tani Sri Rejeki",
                },
            ),
            (
                "also_read",
                ["panen-raya-padi-pupuk-organik", "bank-sampah-serang-lestari"],
            ),
        ],
    },
    {
        "slug": "bumdes-unit-pengolahan-kopi",
        "title": "BUMDes Serang Makmur Resmikan Unit Usaha Pengolahan Kopi",
        "date": "2025-04-09",
        "author": "Dimas Aji Saputra",
        "categories": ["ekonomi-pembangunan"],
        "tags": ["bumdes", "kopi", "umkm"],
        "intro": (
            "Badan Usaha Milik Desa (BUMDes) Serang Makmur meresmikan unit usaha "
            "pengolahan kopi yang menampung hasil panen petani di lereng gunung. Unit "
            "usaha ini diharapkan meningkatkan nilai jual kopi sekaligus membuka "
            "lapangan kerja baru bagi warga."
        ),
        "image_colour": "#6b4226",
        "body": [
            (
                "heading",
                {"text": "Dari Biji Mentah Menjadi Kopi Kemasan", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Selama ini, sebagian besar petani menjual kopi dalam bentuk "
                    "biji mentah dengan harga yang relatif rendah. Melalui unit usaha "
                    "baru ini, BUMDes membeli biji kopi petani dengan harga yang "
                    "disepakati bersama, lalu mengolahnya menjadi kopi sangrai dan "
                    "kopi bubuk kemasan. Mesin sangrai, penggiling, dan pengemas "
                    "dibeli menggunakan penyertaan modal desa.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Kami ingin keuntungan terbesar dari kopi tetap berputar di "
                        "desa. Petani mendapat harga yang lebih baik, dan pemuda "
                        "mendapat pekerjaan."
                    ),
                    "attribution": "Hendra Wijaya, Direktur BUMDes Serang Makmur",
                },
            ),
            ("heading", {"text": "Membuka Lapangan Kerja bagi Pemuda", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Saat ini unit pengolahan mempekerjakan delapan warga, sebagian "
                    "besar merupakan pemuda desa. Mereka mendapat pelatihan "
                    "menyangrai, menguji cita rasa, hingga mengemas produk. Ke depan, "
                    "BUMDes berencana membuka kedai kopi kecil di kawasan wisata "
                    "desa.</p>"
                ),
            ),
            (
                "also_read",
                ["pelatihan-umkm-pemasaran-digital", "festival-wisata-desa-serang"],
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Unit pengolahan kopi menjadi langkah nyata BUMDes Serang "
                        "Makmur dalam memperkuat ekonomi desa dari hulu ke hilir. "
                        "Dukungan warga untuk membeli dan mempromosikan produk lokal "
                        "akan sangat menentukan keberhasilan usaha ini.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "panen-raya-padi-pupuk-organik",
        "title": "Panen Raya Padi di Desa Serang, Hasil Meningkat Berkat Pupuk Organik",
        "date": "2025-04-24",
        "author": "Wahyu Setiadi",
        "categories": ["ekonomi-pembangunan"],
        "tags": ["pertanian", "panen", "pupuk organik"],
        "intro": (
            "Kelompok tani di Desa Serang menggelar panen raya padi di hamparan sawah "
            "seluas 40 hektare. Petani yang mulai beralih ke pupuk organik melaporkan "
            "hasil panen yang lebih baik dibandingkan musim sebelumnya."
        ),
        "image_colour": "#d4a017",
        "body": [
            (
                "heading",
                {"text": "Hasil Panen Naik, Biaya Produksi Turun", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Berdasarkan ubinan yang dilakukan bersama penyuluh pertanian, "
                    "produktivitas padi mencapai sekitar 6,8 ton gabah kering panen "
                    "per hektare. Angka ini naik dibandingkan musim tanam sebelumnya "
                    "yang rata-rata berada di kisaran 6 ton per hektare. Penggunaan "
                    "pupuk organik buatan sendiri juga membuat biaya produksi petani "
                    "berkurang.</p>"
                ),
            ),
            ("heading", {"text": "Pupuk Organik dari Kotoran Ternak", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pupuk organik diproduksi oleh kelompok tani dengan "
                    "memanfaatkan kotoran sapi dan kambing milik warga. Proses "
                    "pengomposan dilakukan di rumah kompos yang dibangun secara "
                    "swadaya. Selain menyuburkan tanah, cara ini juga mengurangi bau "
                    "dan limbah ternak di permukiman.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Tanah yang sehat membuat padi lebih kuat menghadapi cuaca. "
                        "Kami berharap semakin banyak petani mau mencoba."
                    ),
                    "attribution": "Darto, Ketua Kelompok Tani Sri Rejeki",
                },
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": ("Di mana petani bisa mendapatkan pupuk organik?"),
                            "answer": (
                                "<p>Pupuk organik dapat diperoleh di rumah kompos "
                                "kelompok tani dengan harga terjangkau. Anggota "
                                "kelompok tani mendapat prioritas dan harga khusus.</p>"
                            ),
                        },
                        {
                            "question": ("Apakah ada pendampingan bagi petani yang baru beralih?"),
                            "answer": (
                                "<p>Ada. Penyuluh pertanian lapangan bersama pengurus "
                                "kelompok tani memberikan pendampingan, mulai dari "
                                "cara pemupukan hingga pengamatan hama.</p>"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "festival-wisata-desa-serang",
        "title": ("Festival Wisata Desa Serang 2025 Tampilkan Kebun Stroberi dan Kuliner Lokal"),
        "date": "2025-07-06",
        "author": "Ayu Kartikasari",
        "categories": ["ekonomi-pembangunan", "sosial-kemasyarakatan"],
        "tags": ["wisata", "festival", "umkm"],
        "intro": (
            "Ribuan pengunjung memadati Festival Wisata Desa Serang 2025 yang "
            "berlangsung selama tiga hari. Festival ini menampilkan wisata petik "
            "stroberi, pameran produk warga, dan aneka kuliner khas lereng gunung."
        ),
        "image_colour": "#e4572e",
        "body": [
            ("heading", {"text": "Petik Stroberi Jadi Primadona", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wahana petik stroberi menjadi daya tarik utama festival tahun "
                    "ini. Pengunjung dapat memetik buah langsung dari kebun milik "
                    "warga dan membayar sesuai berat yang dipetik. Beberapa kebun "
                    "bahkan kehabisan buah matang sebelum sore hari.</p>"
                ),
            ),
            ("heading", {"text": "Panggung Kuliner dan Produk Warga", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Di area pameran, lebih dari 40 stan UMKM menjajakan produk "
                    "seperti keripik singkong, dodol stroberi, gula kelapa, dan kopi "
                    "bubuk kemasan. Panggung hiburan menampilkan kesenian kuda "
                    "lumping, musik kentongan, dan penampilan anak-anak sanggar tari "
                    "desa.</p>"
                ),
            ),
            ("heading", {"text": "Dampak Ekonomi bagi Warga", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Panitia mencatat perputaran uang selama festival mencapai "
                    "ratusan juta rupiah. Warung makan, jasa parkir, dan rumah warga "
                    "yang disewakan sebagai penginapan turut merasakan peningkatan "
                    "pendapatan. Pemerintah desa berencana menjadikan festival ini "
                    "sebagai agenda tahunan.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Festival ini bukti bahwa wisata desa bisa menggerakkan "
                        "ekonomi warga jika dikelola bersama-sama."
                    ),
                    "attribution": "Sugeng Riyadi, Kepala Desa Serang",
                },
            ),
            ("also_read", ["bumdes-unit-pengolahan-kopi", "merti-desa-2025"]),
        ],
    },
    {
        "slug": "jaringan-air-bersih-dusun-kaliwungu",
        "title": "Jaringan Pipa Air Bersih Kini Menjangkau Dusun Kaliwungu",
        "date": "2025-05-14",
        "author": "Dimas Aji Saputra",
        "categories": ["ekonomi-pembangunan"],
        "tags": ["air bersih", "infrastruktur", "dana desa"],
        "intro": (
            "Warga Dusun Kaliwungu kini tidak perlu lagi berjalan jauh untuk mengambil "
            "air. Pembangunan jaringan pipa air bersih yang dibiayai Dana Desa telah "
            "rampung dan mengalirkan air ke lebih dari 120 rumah tangga."
        ),
        "image_colour": "#1f78b4",
        "body": [
            (
                "heading",
                {"text": "Bersumber dari Mata Air di Lereng Bukit", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Air bersih dialirkan dari mata air di lereng bukit menggunakan "
                    "pipa sepanjang kurang lebih empat kilometer. Di ujung jaringan "
                    "dibangun bak penampung berkapasitas besar yang kemudian dibagi ke "
                    "sambungan rumah. Pekerjaan dilakukan secara padat karya dengan "
                    "melibatkan warga setempat.</p>"
                ),
            ),
            ("heading", {"text": "Dikelola oleh Kelompok Pengguna Air", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pengelolaan jaringan diserahkan kepada kelompok pengguna air "
                    "yang dibentuk melalui musyawarah dusun. Setiap rumah tangga "
                    "membayar iuran bulanan yang terjangkau untuk biaya perawatan dan "
                    "perbaikan pipa. Pengurus juga memasang meteran air agar pemakaian "
                    "lebih adil dan hemat.</p>"
                ),
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": "Bagaimana cara mendaftar sambungan air baru?",
                            "answer": (
                                "<p>Warga dapat mendaftar melalui pengurus kelompok "
                                "pengguna air di dusun masing-masing. Pemasangan "
                                "dilakukan setelah pendaftaran diverifikasi dan biaya "
                                "sambungan dilunasi.</p>"
                            ),
                        },
                        {
                            "question": ("Ke mana warga melapor jika terjadi kebocoran pipa?"),
                            "answer": (
                                "<p>Kebocoran dapat dilaporkan kepada pengurus "
                                "kelompok pengguna air atau ke kantor desa pada jam "
                                "kerja. Petugas akan melakukan pengecekan dan "
                                "perbaikan secepatnya.</p>"
                            ),
                        },
                        {
                            "question": "Berapa iuran bulanan yang harus dibayar?",
                            "answer": (
                                "<p>Besaran iuran ditetapkan melalui musyawarah warga "
                                "dan disesuaikan dengan jumlah pemakaian pada meteran. "
                                "Rincian iuran diumumkan secara terbuka di papan "
                                "informasi dusun.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Hadirnya jaringan air bersih meningkatkan kualitas hidup "
                        "warga Dusun Kaliwungu, terutama bagi kesehatan keluarga. "
                        "Keberlanjutan layanan ini bergantung pada kepedulian warga "
                        "untuk merawat jaringan dan membayar iuran secara tertib.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "perbaikan-jalan-usaha-tani",
        "title": ("Perbaikan Jalan Usaha Tani Sepanjang 1,2 Kilometer Rampung Dikerjakan"),
        "date": "2025-08-27",
        "author": "Tim Redaksi Desa Serang",
        "categories": ["ekonomi-pembangunan"],
        "tags": ["infrastruktur", "jalan desa", "pertanian", "dana desa"],
        "intro": (
            "Jalan usaha tani yang menghubungkan permukiman warga dengan area "
            "persawahan dan kebun sayur di Desa Serang kini telah selesai diperbaiki. "
            "Jalan sepanjang 1,2 kilometer tersebut dicor beton sehingga dapat dilalui "
            "kendaraan pengangkut hasil panen."
        ),
        "image_colour": "#8c6d46",
        "body": [
            (
                "heading",
                {"text": "Akses Angkut Hasil Panen Lebih Mudah", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Sebelum diperbaiki, jalan tersebut berupa tanah berbatu yang "
                    "licin dan berlumpur saat musim hujan. Petani harus memikul hasil "
                    "panen atau menyewa ojek dengan biaya tinggi. Kini, mobil bak "
                    "terbuka dapat masuk hingga ke dekat lahan sehingga biaya angkut "
                    "berkurang dan hasil panen lebih cepat sampai ke pasar.</p>"
                ),
            ),
            ("heading", {"text": "Dikerjakan Secara Padat Karya", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pembangunan jalan dibiayai melalui Dana Desa tahun anggaran "
                    "2025 dan dikerjakan oleh tim pelaksana kegiatan bersama warga. "
                    "Sebanyak 35 warga terlibat sebagai pekerja dan menerima upah "
                    "harian. Pola padat karya ini membantu menambah penghasilan warga "
                    "di luar musim panen.</p>"
                ),
            ),
            (
                "also_read",
                ["jaringan-air-bersih-dusun-kaliwungu", "transparansi-apbdes-2025"],
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Perbaikan jalan usaha tani menjadi investasi penting bagi "
                        "kelancaran ekonomi pertanian Desa Serang. Warga diimbau ikut "
                        "menjaga jalan dengan tidak membiarkan kendaraan bermuatan "
                        "berlebih melintas.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "transparansi-apbdes-2025",
        "title": ("Wujudkan Transparansi, Pemerintah Desa Serang Pasang Baliho APBDes 2025"),
        "date": "2025-01-30",
        "author": "Tim Redaksi Desa Serang",
        "categories": ["pemerintahan-desa"],
        "tags": ["apbdes", "transparansi", "keuangan desa"],
        "intro": (
            "Pemerintah Desa Serang memasang baliho informasi Anggaran Pendapatan dan "
            "Belanja Desa (APBDes) Tahun 2025 di sejumlah titik strategis. Langkah ini "
            "dilakukan agar seluruh warga dapat mengetahui sumber pendapatan dan "
            "rencana penggunaan anggaran desa."
        ),
        "image_colour": "#3b5b92",
        "body": [
            ("heading", {"text": "Baliho di Tiga Titik Strategis", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Baliho APBDes dipasang di depan balai desa, di pertigaan dekat "
                    "pasar, dan di dekat masjid Dusun Sidamulya. Informasi yang "
                    "ditampilkan mencakup total pendapatan, rincian belanja per "
                    "bidang, serta pembiayaan desa. Desain baliho dibuat sederhana "
                    "dengan grafik agar mudah dipahami oleh semua kalangan.</p>"
                ),
            ),
            ("heading", {"text": "Rincian Pendapatan dan Belanja", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pendapatan desa bersumber dari Dana Desa, Alokasi Dana Desa, "
                    "bagi hasil pajak dan retribusi daerah, serta pendapatan asli "
                    "desa. Belanja desa dikelompokkan ke dalam lima bidang "
                    "berikut:</p><ul><li>Bidang penyelenggaraan pemerintahan "
                    "desa</li><li>Bidang pelaksanaan pembangunan desa</li><li>Bidang "
                    "pembinaan kemasyarakatan</li><li>Bidang pemberdayaan "
                    "masyarakat</li><li>Bidang penanggulangan bencana, keadaan "
                    "darurat, dan mendesak</li></ul>"
                ),
            ),
            ("heading", {"text": "Warga Diajak Ikut Mengawasi", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pemerintah desa membuka ruang bagi warga yang ingin bertanya "
                    "atau menyampaikan masukan terkait penggunaan anggaran. Pertanyaan "
                    "dapat disampaikan langsung ke kantor desa maupun melalui Badan "
                    "Permusyawaratan Desa. Laporan realisasi anggaran juga akan "
                    "diumumkan secara berkala setiap semester.</p>"
                ),
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": "Apa itu APBDes?",
                            "answer": (
                                "<p>APBDes adalah rencana keuangan tahunan pemerintah "
                                "desa yang memuat perkiraan pendapatan, belanja, dan "
                                "pembiayaan desa. APBDes ditetapkan bersama Badan "
                                "Permusyawaratan Desa melalui peraturan desa.</p>"
                            ),
                        },
                        {
                            "question": "Di mana warga bisa melihat rincian APBDes?",
                            "answer": (
                                "<p>Rincian APBDes dapat dilihat pada baliho informasi "
                                "di tiga titik strategis desa dan pada papan "
                                "pengumuman kantor desa. Warga juga dapat meminta "
                                "salinan ringkasan di kantor desa pada jam kerja.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Bagaimana cara menyampaikan masukan tentang penggunaan anggaran?"
                            ),
                            "answer": (
                                "<p>Masukan dapat disampaikan langsung kepada "
                                "perangkat desa, melalui anggota Badan Permusyawaratan "
                                "Desa, atau dalam forum musyawarah desa.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Keterbukaan informasi anggaran merupakan fondasi tata "
                        "kelola desa yang baik. Dengan mengetahui isi APBDes, warga "
                        "dapat ikut mengawasi agar setiap program berjalan sesuai "
                        "rencana dan benar-benar bermanfaat bagi masyarakat.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "pelatihan-umkm-pemasaran-digital",
        "title": "Pelaku UMKM Desa Serang Belajar Pemasaran Digital",
        "date": "2025-06-11",
        "author": "Ayu Kartikasari",
        "categories": ["ekonomi-pembangunan"],
        "tags": ["umkm", "pelatihan", "digital"],
        "intro": (
            "Sebanyak 30 pelaku usaha mikro, kecil, dan menengah (UMKM) Desa Serang "
            "mengikuti pelatihan pemasaran digital di balai desa. Peserta belajar "
            "memotret produk, menulis deskripsi yang menarik, hingga berjualan melalui "
            "lokapasar dan media sosial."
        ),
        "image_colour": "#7b4fa0",
        "body": [
            ("heading", {"text": "Foto Produk Cukup dengan Ponsel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Pada sesi pertama, peserta diajak mempraktikkan teknik "
                    "memotret produk menggunakan ponsel. Pemanfaatan cahaya matahari, "
                    "latar belakang polos, dan sudut pengambilan yang tepat ternyata "
                    "sudah cukup untuk menghasilkan foto yang layak jual. Peserta "
                    "langsung memotret produk mereka masing-masing, seperti keripik, "
                    "kerajinan bambu, dan kopi bubuk.</p>"
                ),
            ),
            ("heading", {"text": "Membuka Toko di Lokapasar", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sesi berikutnya membahas cara membuka toko daring, menetapkan "
                    "harga dengan memperhitungkan ongkos kirim, dan melayani pembeli "
                    "dengan ramah. Narasumber juga mengingatkan pentingnya menjaga "
                    "kualitas dan konsistensi produk agar pembeli kembali berbelanja. "
                    "Setiap peserta didampingi hingga tokonya aktif.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Dulu saya hanya menitipkan dagangan di warung. Sekarang "
                        "pesanan keripik datang dari luar kota lewat ponsel."
                    ),
                    "attribution": "Sumarni, pelaku UMKM keripik singkong",
                },
            ),
            ("also_read", ["bumdes-unit-pengolahan-kopi"]),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Pemasaran digital membuka pasar yang lebih luas bagi "
                        "produk warga Desa Serang. Pemerintah desa bersama BUMDes akan "
                        "mengadakan pendampingan lanjutan setiap bulan agar pelaku "
                        "UMKM semakin percaya diri bersaing di pasar daring.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "beasiswa-pelajar-berprestasi",
        "title": "Desa Serang Salurkan Beasiswa bagi 25 Pelajar Berprestasi",
        "date": "2025-07-23",
        "author": "Nur Aini Rahmawati",
        "categories": ["sosial-kemasyarakatan", "pemerintahan-desa"],
        "tags": ["pendidikan", "anak", "beasiswa"],
        "intro": (
            "Pemerintah Desa Serang menyalurkan beasiswa pendidikan kepada 25 pelajar "
            "berprestasi dari keluarga kurang mampu. Penyerahan beasiswa dilakukan "
            "bertepatan dengan awal tahun ajaran baru agar dapat membantu kebutuhan "
            "sekolah para siswa."
        ),
        "image_colour": "#f2a541",
        "body": [
            (
                "heading",
                {
                    "text": "Seleksi Berdasarkan Prestasi dan Kondisi Ekonomi",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Penerima beasiswa berasal dari jenjang SD, SMP, hingga SMA dan "
                    "sederajat. Seleksi dilakukan oleh tim yang terdiri atas perangkat "
                    "desa, perwakilan sekolah, dan tokoh masyarakat dengan "
                    "mempertimbangkan nilai rapor, prestasi nonakademik, serta kondisi "
                    "ekonomi keluarga. Hasil seleksi diumumkan secara terbuka di "
                    "kantor desa.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Untuk Perlengkapan dan Biaya Sekolah", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Dana beasiswa dapat digunakan untuk membeli seragam, buku, "
                    "sepatu, maupun biaya transportasi ke sekolah. Orang tua penerima "
                    "diminta mendampingi anak dan melaporkan perkembangan belajar "
                    "setiap semester. Program ini akan dievaluasi setiap tahun agar "
                    "penyalurannya semakin tepat sasaran.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Jangan sampai ada anak Desa Serang yang putus sekolah karena "
                        "biaya. Pendidikan adalah bekal terbaik untuk masa depan "
                        "mereka."
                    ),
                    "attribution": "Sugeng Riyadi, Kepala Desa Serang",
                },
            ),
            (
                "also_read",
                [
                    "pelatihan-olahraga-anak-anak",
                    "penguatan-kolaborasi-perlindungan-anak",
                ],
            ),
        ],
    },
    {
        "slug": "simulasi-tanggap-bencana-longsor",
        "title": "Warga Desa Serang Ikuti Simulasi Tanggap Bencana Tanah Longsor",
        "date": "2025-09-10",
        "author": "Rizky Pratama",
        "categories": ["pemerintahan-desa", "sosial-kemasyarakatan"],
        "tags": ["kebencanaan", "kolaborasi", "lingkungan"],
        "intro": (
            "Menghadapi musim hujan, Pemerintah Desa Serang bersama relawan desa "
            "tangguh bencana menggelar simulasi tanggap bencana tanah longsor. Ratusan "
            "warga dari dusun yang berada di lereng bukit ikut berlatih evakuasi "
            "secara tertib."
        ),
        "image_colour": "#b23a48",
        "body": [
            ("heading", {"text": "Mengenali Tanda-tanda Awal Longsor", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Simulasi diawali dengan penyuluhan tentang tanda-tanda awal "
                    "tanah longsor. Warga diajak mewaspadai munculnya retakan di "
                    "tanah, rembesan air keruh dari lereng, serta pohon atau tiang "
                    "yang tiba-tiba miring. Jika tanda-tanda tersebut muncul, warga "
                    "diminta segera melapor kepada ketua RT atau relawan.</p>"
                ),
            ),
            ("heading", {"text": "Latihan Evakuasi ke Titik Kumpul", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Saat kentongan dibunyikan sebagai tanda bahaya, warga bergerak "
                    "mengikuti jalur evakuasi menuju titik kumpul di lapangan desa. "
                    "Relawan membantu lansia, anak-anak, dan penyandang disabilitas "
                    "agar dapat dievakuasi lebih dahulu. Tim kesehatan juga "
                    "mempraktikkan pertolongan pertama bagi korban luka.</p>"
                ),
            ),
            ("heading", {"text": "Kolaborasi Lintas Pihak", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Kegiatan ini melibatkan relawan desa, puskesmas, "
                    "Bhabinkamtibmas, Babinsa, dan badan penanggulangan bencana "
                    "daerah. Kolaborasi ini penting agar setiap pihak memahami peran "
                    "masing-masing saat bencana benar-benar terjadi.</p>"
                ),
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": "Di mana titik kumpul evakuasi Desa Serang?",
                            "answer": (
                                "<p>Titik kumpul utama berada di lapangan desa. Setiap "
                                "dusun juga memiliki titik kumpul sementara yang "
                                "ditandai dengan papan petunjuk berwarna hijau.</p>"
                            ),
                        },
                        {
                            "question": ("Apa yang harus disiapkan keluarga sebelum bencana?"),
                            "answer": (
                                "<p>Setiap keluarga dianjurkan menyiapkan tas siaga "
                                "berisi dokumen penting, obat-obatan, senter, pakaian "
                                "ganti, dan makanan ringan. Simpan tas di tempat yang "
                                "mudah dijangkau.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Kesiapsiagaan adalah kunci untuk mengurangi risiko "
                        "bencana. Dengan latihan rutin dan kerja sama semua pihak, "
                        "warga Desa Serang diharapkan lebih siap dan tenang ketika "
                        "menghadapi keadaan darurat.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "bank-sampah-serang-lestari",
        "title": "Bank Sampah Serang Lestari Ubah Sampah Menjadi Tabungan Warga",
        "date": "2025-05-28",
        "author": "Nur Aini Rahmawati",
        "categories": ["sosial-kemasyarakatan", "ekonomi-pembangunan"],
        "tags": ["lingkungan", "bank sampah", "umkm"],
        "intro": (
            "Bank Sampah Serang Lestari kini memiliki lebih dari 200 nasabah dari "
            "berbagai dusun. Warga menabung sampah anorganik yang sudah dipilah, lalu "
            "hasilnya dicatat sebagai saldo tabungan yang dapat dicairkan "
            "sewaktu-waktu."
        ),
        "image_colour": "#3a9d5d",
        "body": [
            ("heading", {"text": "Cara Menabung di Bank Sampah", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nasabah cukup memilah sampah di rumah menjadi beberapa jenis, "
                    "seperti plastik, kertas, kardus, dan logam. Setiap hari Sabtu, "
                    "sampah dibawa ke bank sampah untuk ditimbang dan dicatat dalam "
                    "buku tabungan. Harga setiap jenis sampah diumumkan di papan "
                    "informasi dan diperbarui setiap bulan.</p>"
                ),
            ),
            ("heading", {"text": "Kerajinan dari Sampah Plastik", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Selain dijual ke pengepul, sebagian sampah plastik diolah oleh "
                    "ibu-ibu PKK menjadi tas, dompet, dan tempat tisu. Produk "
                    "kerajinan ini dipamerkan dalam berbagai kegiatan desa dan mulai "
                    "dipasarkan secara daring. Kegiatan ini memberi penghasilan "
                    "tambahan sekaligus mengurangi sampah yang berakhir di sungai.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Awalnya warga ragu, tapi setelah melihat saldo tabungannya "
                        "bertambah, banyak yang jadi rajin memilah sampah."
                    ),
                    "attribution": "Mulyani, Ketua Bank Sampah Serang Lestari",
                },
            ),
            (
                "faq",
                {
                    "heading": "Pertanyaan yang Sering Diajukan",
                    "items": [
                        {
                            "question": ("Siapa saja yang bisa menjadi nasabah bank sampah?"),
                            "answer": (
                                "<p>Semua warga Desa Serang dapat menjadi nasabah, "
                                "termasuk pelajar dan pelaku usaha. Pendaftaran cukup "
                                "dilakukan dengan membawa fotokopi KTP atau kartu "
                                "keluarga.</p>"
                            ),
                        },
                        {
                            "question": "Kapan tabungan sampah bisa dicairkan?",
                            "answer": (
                                "<p>Saldo tabungan dapat dicairkan kapan saja pada jam "
                                "layanan. Banyak nasabah memilih mencairkannya "
                                "menjelang hari raya atau tahun ajaran baru.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Bank Sampah Serang Lestari membuktikan bahwa menjaga "
                        "lingkungan juga bisa memberi manfaat ekonomi. Semakin banyak "
                        "warga yang memilah sampah, semakin bersih pula lingkungan "
                        "Desa Serang.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "merti-desa-2025",
        "title": "Merti Desa 2025, Tradisi Syukur yang Mempererat Kebersamaan Warga",
        "date": "2025-07-13",
        "author": "Lestari Handayani",
        "categories": ["sosial-kemasyarakatan"],
        "tags": ["budaya", "festival", "gotong royong"],
        "intro": (
            "Warga Desa Serang menggelar tradisi Merti Desa sebagai wujud syukur atas "
            "hasil bumi dan keselamatan bersama. Rangkaian acara berlangsung meriah "
            "dengan kirab gunungan, pentas kesenian, dan doa bersama."
        ),
        "image_colour": "#a0522d",
        "body": [
            ("heading", {"text": "Kirab Gunungan Hasil Bumi", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Acara dibuka dengan kirab gunungan yang tersusun dari sayuran, "
                    "buah-buahan, dan hasil bumi lainnya. Gunungan diarak dari ujung "
                    "desa menuju balai desa diiringi musik tradisional dan barisan "
                    "warga berpakaian adat. Setelah didoakan, gunungan diperebutkan "
                    "warga sebagai simbol berbagi berkah.</p>"
                ),
            ),
            ("heading", {"text": "Panggung untuk Generasi Muda", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Malam harinya, panggung kesenian diisi oleh sanggar tari anak, "
                    "kelompok karawitan, dan pertunjukan kuda lumping. Panitia sengaja "
                    "memberi ruang luas bagi anak-anak dan remaja agar mereka mengenal "
                    "dan mencintai budaya daerahnya sendiri.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Merti Desa bukan sekadar tontonan. Di sinilah warga dari "
                        "semua dusun berkumpul, bergotong royong, dan saling "
                        "menguatkan."
                    ),
                    "attribution": "Mbah Karsono, sesepuh Desa Serang",
                },
            ),
            ("also_read", ["festival-wisata-desa-serang"]),
            (
                "conclusion",
                {
                    "heading": "Kesimpulan",
                    "text": (
                        "<p>Tradisi Merti Desa menjadi perekat kebersamaan warga "
                        "sekaligus warisan budaya yang patut dijaga. Pemerintah desa "
                        "berkomitmen terus mendukung pelestarian tradisi ini dari "
                        "tahun ke tahun.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "musyawarah-desa-rkpdes-2026",
        "title": "Musyawarah Desa Bahas Rencana Kerja Pemerintah Desa Tahun 2026",
        "date": "2025-09-24",
        "author": "Tim Redaksi Desa Serang",
        "categories": ["pemerintahan-desa"],
        "tags": ["musyawarah desa", "tata kelola", "dana desa", "transparansi"],
        "intro": (
            "Pemerintah Desa Serang bersama Badan Permusyawaratan Desa (BPD) menggelar "
            "musyawarah desa untuk menyusun Rencana Kerja Pemerintah Desa (RKPDes) "
            "Tahun 2026. Forum ini dihadiri perwakilan dusun, kelompok perempuan, "
            "pemuda, dan tokoh masyarakat."
        ),
        "image_colour": "#2e4057",
        "body": [
            ("heading", {"text": "Usulan dari Setiap Dusun", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sebelum musyawarah desa, setiap dusun telah menggelar "
                    "musyawarah dusun untuk menggali kebutuhan warga. Usulan yang "
                    "masuk antara lain perbaikan drainase, penambahan lampu penerangan "
                    "jalan, pelatihan keterampilan bagi pemuda, dan penguatan layanan "
                    "posyandu. Seluruh usulan kemudian dibahas dan diurutkan "
                    "berdasarkan skala prioritas.</p>"
                ),
            ),
            ("heading", {"text": "Menentukan Prioritas Bersama", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Peserta musyawarah menyepakati sejumlah kriteria prioritas, "
                    "yaitu manfaat bagi banyak warga, tingkat kebutuhan yang mendesak, "
                    "dan kesesuaian dengan kemampuan anggaran desa. Diskusi "
                    "berlangsung hangat namun tetap tertib. Kelompok perempuan dan "
                    "penyandang disabilitas juga mendapat kesempatan menyampaikan "
                    "pendapat.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Rencana yang baik lahir dari suara warga. Kami ingin setiap "
                        "rupiah anggaran desa benar-benar menjawab kebutuhan "
                        "masyarakat."
                    ),
                    "attribution": "Budi Santoso, Ketua BPD Desa Serang",
                },
            ),
            ("heading", {"text": "Tahapan Selanjutnya", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Hasil kesepakatan musyawarah desa akan dituangkan dalam "
                    "dokumen RKPDes 2026 dan menjadi dasar penyusunan APBDes tahun "
                    "berikutnya. Pemerintah desa berjanji menyampaikan perkembangan "
                    "pembahasan secara terbuka kepada warga.</p>"
                ),
            ),
            (
                "also_read",
                ["transparansi-apbdes-2025", "pelatihan-pengelolaan-keuangan-kades"],
            ),
        ],
    },
]
