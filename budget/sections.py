"""The parts of an APBDes as Permendagri 20/2018 names them: sections, income sources and
the five bidang of spending. Plain constants, so balance, import and charts share them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Section(models.TextChoices):
    PENDAPATAN = "pendapatan", _("Pendapatan")
    BELANJA = "belanja", _("Belanja")
    PEMBIAYAAN_PENERIMAAN = "pembiayaan_penerimaan", _("Penerimaan pembiayaan")
    PEMBIAYAAN_PENGELUARAN = "pembiayaan_pengeluaran", _("Pengeluaran pembiayaan")


class IncomeSource(models.TextChoices):
    DANA_DESA = "dana_desa", _("Dana Desa")
    ALOKASI_DANA_DESA = "alokasi_dana_desa", _("Alokasi Dana Desa")
    BAGI_HASIL = "bagi_hasil", _("Bagi Hasil Pajak & Retribusi")
    PENDAPATAN_ASLI = "pendapatan_asli", _("Pendapatan Asli Desa")
    BANTUAN_KEUANGAN = "bantuan_keuangan", _("Bantuan Keuangan")
    LAIN_LAIN = "lain_lain", _("Lain-lain Pendapatan Desa yang Sah")


class Bidang(models.IntegerChoices):
    PEMERINTAHAN = 1, _("Penyelenggaraan Pemerintahan Desa")
    PEMBANGUNAN = 2, _("Pelaksanaan Pembangunan Desa")
    KEMASYARAKATAN = 3, _("Pembinaan Kemasyarakatan Desa")
    PEMBERDAYAAN = 4, _("Pemberdayaan Masyarakat Desa")
    BENCANA = 5, _("Penanggulangan Bencana, Keadaan Darurat dan Mendesak Desa")


# Income account codes of Permendagri 20/2018 (longest prefix first): 4.1 PAD, 4.2.1 Dana
# Desa, 4.2.2 bagi hasil pajak dan retribusi, 4.2.3 ADD, 4.2.4-4.2.5 bantuan keuangan
# provinsi dan kabupaten/kota, 4.3 lain-lain.
INCOME_CODE_PREFIXES = [
    ("4.2.1", IncomeSource.DANA_DESA),
    ("4.2.2", IncomeSource.BAGI_HASIL),
    ("4.2.3", IncomeSource.ALOKASI_DANA_DESA),
    ("4.2.4", IncomeSource.BANTUAN_KEUANGAN),
    ("4.2.5", IncomeSource.BANTUAN_KEUANGAN),
    ("4.1", IncomeSource.PENDAPATAN_ASLI),
    ("4.3", IncomeSource.LAIN_LAIN),
]
FINANCING_CODE_PREFIXES = [
    ("6.1", Section.PEMBIAYAAN_PENERIMAAN),
    ("6.2", Section.PEMBIAYAAN_PENGELUARAN),
]


def code_matches(code, prefix):
    return code == prefix or code.startswith(prefix + ".")


def income_source_for_code(code):
    for prefix, source in INCOME_CODE_PREFIXES:
        if code_matches(code, prefix):
            return source
    return None


def financing_section_for_code(code):
    for prefix, section in FINANCING_CODE_PREFIXES:
        if code_matches(code, prefix):
            return section
    return None


def bidang_for_code(code):
    """A kegiatan code such as 2.2.01 belongs to bidang 2."""
    head = code.split(".", 1)[0]
    if head.isdigit() and int(head) in Bidang.values and "." in code:
        return Bidang(int(head))
    return None
