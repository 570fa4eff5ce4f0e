"""The Panduan: the admin's own Indonesian guide for penulis and moderators, served at
/admin/panduan/, and the screenshots of this admin that illustrate it (made by
`manage.py panduan_screenshots`, which reads the list below)."""

from dataclasses import dataclass
from functools import cache

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from PIL import Image

SCREENSHOT_DIR = "editorial/panduan"


@dataclass(frozen=True)
class Screenshot:
    name: str
    alt: str
    caption: str

    @property
    def path(self):
        """The file's path under static/."""
        return f"{SCREENSHOT_DIR}/{self.name}.webp"

    @property
    def url(self):
        return static(self.path)

    @property
    def size(self):
        """(width, height) of the file, or None while it has not been generated."""
        return image_size(self.path)


@cache
def image_size(path):
    found = finders.find(path)
    if not found:
        return None
    with Image.open(found) as image:
        return image.size


SCREENSHOTS = {
    shot.name: shot
    for shot in [
        Screenshot(
            "masuk",
            _(
                "Halaman masuk admin Desa Serang: kolom Nama pengguna dan Kata sandi, "
                "tautan Lupa kata sandi, dan tombol Masuk."
            ),
            _("Halaman masuk admin."),
        ),
        Screenshot(
            "dasbor-penulis",
            _(
                "Dasbor penulis: tombol Tulis berita, Tambah wisata dan Tambah produk di "
                "atas, lalu daftar Draf saya."
            ),
            _("Dasbor penulis dengan tombol untuk memulai tulisan baru."),
        ),
        Screenshot(
            "tulis-berita",
            _(
                "Formulir berita baru: Judul yang sudah diisi, lalu kolom Ringkasan dan "
                "Gambar sampul, dengan tombol Kirim ke moderator di bawah."
            ),
            _("Berita baru: mulai dari judul dan ringkasan."),
        ),
        Screenshot(
            "menu-blok",
            _(
                "Menu blok yang terbuka: Judul bagian, Paragraf, Gambar, Kutipan, Baca juga, "
                "Tanya jawab (FAQ), Kesimpulan dan Video."
            ),
            _("Pilihan blok untuk isi berita."),
        ),
        Screenshot(
            "blok-gambar",
            _(
                "Blok Gambar di dalam berita: tombol Pilih gambar, kolom Teks alternatif dan "
                "kolom Keterangan."
            ),
            _("Blok Gambar: setiap gambar perlu teks alternatif."),
        ),
        Screenshot(
            "menu-aksi",
            _(
                "Tombol di bagian bawah formulir berita: Kirim ke moderator sebagai tombol "
                "utama, dan menu di sebelahnya yang terbuka dengan Simpan draf."
            ),
            _("Kirim ke moderator, atau simpan sebagai draf dulu."),
        ),
        Screenshot(
            "pratinjau",
            _(
                "Formulir berita dengan panel Pratinjau terbuka di sebelah kanan, yang "
                "menampilkan berita seperti di situs."
            ),
            _("Pratinjau menampilkan berita seperti yang akan dilihat warga."),
        ),
        Screenshot(
            "tambah-wisata",
            _(
                "Formulir wisata baru: Deskripsi singkat, Deskripsi, lalu Galeri dengan catatan "
                "bahwa draf boleh disimpan tanpa foto; setiap gambar punya kolom Teks "
                "alternatif dan Keterangan."
            ),
            _("Formulir wisata baru: deskripsi dan galeri foto."),
        ),
        Screenshot(
            "jam-buka-lokasi",
            _(
                "Bagian Lokasi dan Jam buka pada formulir wisata: Alamat, Titik lokasi berisi "
                "tautan OpenStreetMap, dan satu baris jam buka dengan pilihan Setiap hari "
                "atau hari-hari tertentu, Senin sampai Minggu."
            ),
            _("Lokasi dan jam buka tempat wisata."),
        ),
        Screenshot(
            "tambah-produk",
            _(
                "Formulir produk baru: bagian Harga dengan Harga (Rp), Satuan dan Harga "
                "sebelum diskon, lalu bagian Penjual dengan Nama penjual dan WhatsApp penjual."
            ),
            _("Harga dan WhatsApp penjual pada formulir produk."),
        ),
        Screenshot(
            "menu-bantuan",
            _(
                "Menu Bantuan di bilah samping yang terbuka, dengan tautan Panduan penulis "
                "dan Panduan moderator."
            ),
            _("Panduan ini selalu ada di menu Bantuan."),
        ),
        Screenshot(
            "dasbor-moderator",
            _(
                "Dasbor moderator dengan panel Menunggu moderasi yang berisi berita, wisata "
                "dan produk kiriman penulis."
            ),
            _("Kiriman penulis menunggu di dasbor moderator."),
        ),
        Screenshot(
            "setujui",
            _(
                "Jendela persetujuan yang meminta konfirmasi sebelum terbit, dengan kolom "
                "komentar untuk penulis yang boleh dikosongkan."
            ),
            _("Menyetujui: konfirmasi, dengan komentar bila perlu."),
        ),
        Screenshot(
            "tolak",
            _(
                "Jendela Minta perubahan dengan kolom Komentar untuk menuliskan alasan "
                "penolakan, dan tombol Minta perubahan."
            ),
            _("Menolak: tuliskan apa yang perlu diperbaiki."),
        ),
        Screenshot(
            "batalkan-terbitan",
            _(
                "Halaman konfirmasi Batalkan terbitan untuk berita yang sedang tayang, dengan "
                "tombol untuk menariknya dari situs."
            ),
            _("Menarik berita yang sudah tayang dari situs."),
        ),
    ]
}


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    template_name: str
    moderators_only: bool


GUIDES = {
    guide.slug: guide
    for guide in [
        Guide("penulis", _("Panduan penulis"), "editorial/panduan/penulis.html", False),
        Guide("moderator", _("Panduan moderator"), "editorial/panduan/moderator.html", True),
    ]
}
