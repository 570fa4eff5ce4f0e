"""Factories for the information pages (standard_pages): StandardPage with its body blocks,
and ContactPage."""

import factory
import wagtail_factories
from django.utils.text import slugify

from standard_pages import blocks
from standard_pages.models import ContactPage, StandardPage
from tests.factories import (
    CaptionedImageBlockFactory,
    FAQBlockFactory,
    ParagraphBlockFactory,
    QuoteBlockFactory,
    SectionHeadingBlockFactory,
)


class FactBlockFactory(wagtail_factories.StructBlockFactory):
    label = factory.Sequence(lambda n: f"Keterangan {n}")
    value = factory.Sequence(lambda n: f"Isi {n}")

    class Meta:
        model = blocks.FactBlock


class FactsBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Desa dalam angka"
    items = wagtail_factories.ListBlockFactory(FactBlockFactory)

    class Meta:
        model = blocks.FactsBlock


POPULATION_TABLE = {
    "caption": "Jumlah penduduk per dusun",
    "columns": [
        {"type": "text", "heading": "Dusun"},
        {"type": "number", "heading": "Jiwa"},
        {"type": "number", "heading": "Luas (km²)"},
    ],
    "rows": [
        {"values": ["Sumbaga", "4512", "12.5"]},
        {"values": ["Kaliurip", "1094", "3.25"]},
    ],
}


class DataTableBlockFactory(wagtail_factories.blocks.BlockFactory):
    """A table value as the editor stores it (columns, rows, caption)."""

    value = POPULATION_TABLE

    class Meta:
        model = blocks.DataTableBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class StandardPageBodyFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(SectionHeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    image = factory.SubFactory(CaptionedImageBlockFactory)
    facts = factory.SubFactory(FactsBlockFactory)
    table = factory.SubFactory(DataTableBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    faq = factory.SubFactory(FAQBlockFactory)

    class Meta:
        model = blocks.StandardPageBodyBlock


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Halaman informasi {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    intro = "Pengantar halaman untuk pembaca."
    body = wagtail_factories.StreamFieldFactory(StandardPageBodyFactory)

    class Meta:
        model = StandardPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Kontak"
    slug = "kontak"
    intro = "Hubungi kantor desa untuk layanan dan informasi."

    class Meta:
        model = ContactPage
