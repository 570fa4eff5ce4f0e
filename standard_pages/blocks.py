"""StreamField blocks for the village's information pages: the article blocks that fit a
profile, plus a list of key facts and a data table."""

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from articles.blocks import (
    PARAGRAPH_FEATURES,
    CaptionedImageBlock,
    FAQBlock,
    ParagraphBlock,
    QuoteBlock,
    SectionHeadingBlock,
)


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Keterangan"), max_length=80)
    value = blocks.CharBlock(label=_("Isi"), max_length=160)

    class Meta:
        icon = "list-ul"
        label = _("Baris data")
        description = _("Satu keterangan dengan isinya, misalnya 'Luas wilayah' dan '12,5 km²'.")


class FactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Judul"),
        max_length=120,
        required=False,
        help_text=_("Misalnya 'Desa dalam angka'. Boleh dikosongkan."),
    )
    items = blocks.ListBlock(FactBlock(), min_num=1, label=_("Baris data"))

    class Meta:
        icon = "list-ul"
        template = "standard_pages/blocks/facts.html"
        label = _("Data singkat")
        help_text = _(
            "Daftar keterangan dan isinya, misalnya luas wilayah, jumlah penduduk dan jumlah "
            "dusun. Tulis angka seperti biasa: 12,5 km² atau 4.512 jiwa."
        )
        description = _(
            "Kotak data singkat desa: setiap baris berisi keterangan dan isinya, seperti luas "
            "wilayah atau jumlah penduduk."
        )
        preview_value = {
            "title": "Desa dalam angka",
            "items": [
                {"label": "Luas wilayah", "value": "12,5 km²"},
                {"label": "Jumlah penduduk", "value": "4.512 jiwa"},
                {"label": "Dusun", "value": "4"},
                {"label": "RT/RW", "value": "24/6"},
                {"label": "Ketinggian", "value": "1.050 mdpl"},
            ],
        }


class NumberBlock(blocks.DecimalBlock):
    """A number shown as Indonesians write it: 4.512 and 12,5 (no trailing zeros)."""

    def render_basic(self, value, context=None):
        if value is None:
            return ""
        return number_format(value.normalize(), use_l10n=True, force_grouping=True)


class DataTableBlock(TypedTableBlock):
    """A table with a caption and typed columns; numbers are shown the Indonesian way."""

    text = blocks.CharBlock(label=_("Teks"), max_length=200, required=False)
    number = NumberBlock(label=_("Angka"), decimal_places=2, required=False)
    rich_text = blocks.RichTextBlock(
        label=_("Teks dengan tautan"), features=PARAGRAPH_FEATURES, required=False
    )

    class Meta:
        icon = "table"
        template = "standard_pages/blocks/data_table.html"
        label = _("Tabel")
        help_text = _(
            "Tabel dengan judul kolom. Pilih jenis 'Angka' untuk kolom bilangan agar tertulis "
            "4.512 dan 12,5. Kolom pertama menjadi judul tiap baris. Isi keterangan tabel "
            "untuk pembaca layar."
        )
        description = _(
            "Tabel data, misalnya jumlah penduduk per dusun; di ponsel tabel lebar dapat "
            "digeser ke samping."
        )
        preview_value = {
            "caption": "Jumlah penduduk per dusun",
            "columns": [
                {"type": "text", "heading": "Dusun"},
                {"type": "number", "heading": "Kepala keluarga"},
                {"type": "number", "heading": "Jiwa"},
            ],
            "rows": [
                {"values": ["Sumbaga", "412", "1308"]},
                {"values": ["Pesanggrahan", "388", "1226"]},
            ],
        }


class StandardPageBodyBlock(blocks.StreamBlock):
    # The article blocks, with descriptions that speak of a page rather than of news.
    heading = SectionHeadingBlock(
        description=_("Membagi halaman menjadi bagian; tiga judul atau lebih membentuk daftar isi.")
    )
    paragraph = ParagraphBlock(
        description=_("Teks halaman, boleh memuat tebal, miring, tautan dan daftar.")
    )
    image = CaptionedImageBlock(
        description=_("Gambar dari pustaka, selebar kolom halaman, dengan keterangan di bawahnya.")
    )
    facts = FactsBlock()
    table = DataTableBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
