"""What a Wisata or Produk needs before it goes public: at least one photo, each with its
alt text. A draft may lack them; submitting to a moderator or publishing may not."""

from django.utils.translation import gettext_lazy as _

NO_PHOTO = _(
    "Tambahkan minimal satu foto di Galeri sebelum dikirim ke moderator atau diterbitkan. "
    "Draf boleh disimpan tanpa foto."
)
NO_ALT_TEXT = _(
    "Isi teks alternatif foto ini (jelaskan isi fotonya) sebelum dikirim ke moderator atau "
    "diterbitkan."
)
SOME_ALT_TEXT_MISSING = _(
    "Setiap foto di Galeri perlu teks alternatif sebelum dikirim ke moderator atau diterbitkan."
)
NOT_READY = _(
    "Belum bisa dikirim ke moderator atau diterbitkan: lengkapi foto dan teks alternatifnya "
    "di tab Konten, bagian Galeri. Simpan sebagai draf bila fotonya belum ada."
)
APPROVAL_REFUSED = _("“%(name)s” belum bisa disetujui dan diterbitkan. %(problems)s")


def photo_problems(alt_texts):
    """What stops a gallery with these photos (given by their alt texts) going public."""
    if not alt_texts:
        return [NO_PHOTO]
    if any(not (text or "").strip() for text in alt_texts):
        return [SOME_ALT_TEXT_MISSING]
    return []
