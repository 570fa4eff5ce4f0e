"""wagtail-factories for every article body block."""

import factory
import wagtail_factories
from wagtail import blocks as wagtail_blocks
from wagtail.embeds.blocks import EmbedBlock

from articles import blocks


class RichTextFactory(wagtail_factories.blocks.BlockFactory):
    """A rich text value (for paragraph blocks and rich text inside struct blocks)."""

    value = "<p>Paragraf berita desa.</p>"

    class Meta:
        model = wagtail_blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class ParagraphBlockFactory(RichTextFactory):
    class Meta:
        model = blocks.ParagraphBlock


class SectionHeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Judul bagian {n}")
    level = "h2"

    class Meta:
        model = blocks.SectionHeadingBlock


class CaptionedImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory)
    alt_text = "Warga bergotong royong membersihkan saluran air"
    caption = "Kerja bakti warga"

    class Meta:
        model = blocks.CaptionedImageBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Anak-anak adalah masa depan desa kita."
    attribution = "Kepala Desa"

    class Meta:
        model = blocks.QuoteBlock


class AlsoReadBlockFactory(wagtail_factories.StructBlockFactory):
    articles = wagtail_factories.ListBlockFactory(wagtail_factories.PageChooserBlockFactory)

    class Meta:
        model = blocks.AlsoReadBlock


class FAQItemBlockFactory(wagtail_factories.StructBlockFactory):
    question = factory.Sequence(lambda n: f"Pertanyaan nomor {n}?")
    answer = factory.SubFactory(RichTextFactory, value="<p>Jawaban singkat.</p>")

    class Meta:
        model = blocks.FAQItemBlock


class FAQBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Pertanyaan yang Sering Diajukan"
    items = wagtail_factories.ListBlockFactory(FAQItemBlockFactory)

    class Meta:
        model = blocks.FAQBlock


class ConclusionBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Kesimpulan"
    text = factory.SubFactory(RichTextFactory, value="<p>Ringkasan berita.</p>")

    class Meta:
        model = blocks.ConclusionBlock


class EmbedValueFactory(wagtail_factories.blocks.BlockFactory):
    value = "https://www.youtube.com/watch?v=desa-serang"

    class Meta:
        model = EmbedBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class VideoEmbedBlockFactory(wagtail_factories.StructBlockFactory):
    video = factory.SubFactory(EmbedValueFactory)
    caption = "Video kegiatan desa"

    class Meta:
        model = blocks.VideoEmbedBlock


class ArticleBodyFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(SectionHeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    image = factory.SubFactory(CaptionedImageBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    also_read = factory.SubFactory(AlsoReadBlockFactory)
    faq = factory.SubFactory(FAQBlockFactory)
    conclusion = factory.SubFactory(ConclusionBlockFactory)
    embed = factory.SubFactory(VideoEmbedBlockFactory)

    class Meta:
        model = blocks.ArticleBodyBlock
