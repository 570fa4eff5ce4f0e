"""StreamField blocks for article bodies, shaped after the village's seed article."""

from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from core.visibility import visible_pages

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingValue(blocks.StructValue):
    @cached_property
    def anchor(self):
        return slugify(self.get("text", "")) or "bagian"


def assign_unique_anchors(headings):
    """Number repeated heading anchors (jadwal, jadwal-2) so every id on the page is unique."""
    seen = {}
    for heading in headings:
        base = heading.anchor
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            heading.anchor = f"{base}-{seen[base]}"


class SectionHeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Teks judul"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Tingkat"),
        choices=[("h2", _("Judul bagian (H2)")), ("h3", _("Sub-judul (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/section_heading.html"
        label = _("Judul bagian")
        value_class = HeadingValue
        help_text = _("Judul bagian muncul di daftar isi bila ada tiga judul atau lebih.")
        description = _(
            "Membagi berita menjadi bagian; tiga judul atau lebih membentuk daftar isi."
        )
        preview_value = {"text": "Peran Pemerintah dalam Mendorong Kolaborasi", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Paragraf")
        help_text = _("Teks biasa; boleh tebal, miring, tautan dan daftar.")
        description = _("Teks utama berita, boleh memuat tebal, miring, tautan dan daftar.")
        preview_value = (
            "<p>Perlindungan anak merupakan tanggung jawab bersama dari semua pihak.</p>"
        )


class ImageWithRenditionsBlock(ImageChooserBlock):
    """Loads every image of a body with its renditions in one go, not one query per image."""

    def bulk_to_python(self, values):
        images = get_image_model().objects.prefetch_renditions().in_bulk(values)
        return [images.get(value) for value in values]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageWithRenditionsBlock(label=_("Gambar"))
    alt_text = blocks.CharBlock(
        label=_("Teks alternatif"),
        max_length=250,
        help_text=_("Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya."),
    )
    caption = blocks.CharBlock(label=_("Keterangan"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image.html"
        label = _("Gambar")
        help_text = _("Gambar dengan teks alternatif dan keterangan di bawahnya.")
        description = _("Gambar dari pustaka, selebar kolom berita, dengan keterangan di bawahnya.")
        preview_value = {
            "image": None,
            "alt_text": "Warga bergotong royong",
            "caption": "Kerja bakti warga",
        }

    def get_preview_value(self):
        """The newest image in the library, so editors see how a real photo sits in a body."""
        image = get_image_model().objects.order_by("-created_at", "-pk").first()
        if image is None:
            return super().get_preview_value()
        return self.normalize(
            {"image": image, "alt_text": image.default_alt_text, "caption": image.title}
        )

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context=parent_context)
        if not value.get("image"):
            context["preview_fallback"] = _(
                "Di sini tampil gambar selebar kolom berita dengan keterangan di bawahnya. "
                "Pustaka gambar masih kosong; unggah gambar agar pratinjau memakai foto asli."
            )
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Kutipan"))
    attribution = blocks.CharBlock(label=_("Sumber"), max_length=150, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Kutipan")
        help_text = _("Ucapan narasumber, ditampilkan menonjol.")
        description = _("Ucapan narasumber dengan namanya, dicetak miring dan diberi garis tepi.")
        preview_value = {
            "text": "Anak-anak adalah masa depan desa kita.",
            "attribution": "Kepala Desa Serang",
        }


class AlsoReadValue(blocks.StructValue):
    @cached_property
    def live_articles(self):
        """Chosen articles that readers may see: drafts, unpublished and private pages drop
        out, checked in one query per box."""
        chosen = [article for article in self.get("articles", []) if article]
        if not chosen:
            return []
        pks = [article.pk for article in chosen]
        visible = set(visible_pages(Page.objects.filter(pk__in=pks)).values_list("pk", flat=True))
        return [article for article in chosen if article.pk in visible]


class AlsoReadBlock(blocks.StructBlock):
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="articles.ArticlePage", label=_("Berita")),
        min_num=1,
        max_num=3,
        label=_("Berita terkait"),
    )

    class Meta:
        icon = "link"
        template = "blocks/also_read.html"
        value_class = AlsoReadValue
        label = _("Baca juga")
        help_text = _("Kotak tautan ke satu sampai tiga berita lain.")
        description = _('Kotak "Baca juga" berisi tautan ke satu sampai tiga berita lain.')
        preview_value = {"articles": []}

    def get_preview_value(self):
        """The three newest published articles, as an editor might link them."""
        article_model = self.child_blocks["articles"].child_block.target_model
        return self.normalize({"articles": list(article_model.objects.for_listing()[:3])})

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context=parent_context)
        if not value.live_articles:
            context["preview_fallback"] = _(
                'Di sini tampil kotak "Baca juga:" dengan tautan ke satu sampai tiga '
                "berita lain. Belum ada berita yang terbit untuk dijadikan contoh."
            )
        return context


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Pertanyaan"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Jawaban"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Tanya jawab")
        description = _("Satu pertanyaan dengan jawabannya.")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Judul"), max_length=150, default="Pertanyaan yang Sering Diajukan"
    )
    items = blocks.ListBlock(FAQItemBlock(), min_num=1, label=_("Pertanyaan"))

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("Tanya jawab (FAQ)")
        help_text = _("Daftar pertanyaan dan jawaban; tampil sebagai FAQ di hasil Google.")
        description = _(
            "Pertanyaan yang bisa dibuka untuk melihat jawabannya; Google dapat menampilkannya."
        )
        preview_value = {
            "heading": "Pertanyaan yang Sering Diajukan",
            "items": [
                {
                    "question": "Siapa saja yang terlibat?",
                    "answer": "<p>Pemerintah, LSM, dan sektor swasta.</p>",
                }
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["faq_jsonld"] = faq_jsonld(value)
        return context


def faq_jsonld(value):
    """schema.org FAQPage for one FAQ block."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": get_text_for_indexing(item["answer"].source),
                },
            }
            for item in value["items"]
        ],
    }


class ConclusionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Judul"), max_length=150, default="Kesimpulan")
    text = blocks.RichTextBlock(label=_("Isi"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/conclusion.html"
        label = _("Kesimpulan")
        help_text = _("Ringkasan di akhir berita, ditampilkan sebagai kotak tersendiri.")
        description = _("Kotak ringkasan di akhir berita; satu berita hanya punya satu.")
        preview_value = {
            "heading": "Kesimpulan",
            "text": "<p>Kolaborasi lintas sektor membuat perlindungan anak lebih kuat.</p>",
        }


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Alamat video"), help_text=_("Tautan YouTube atau Vimeo."))
    caption = blocks.CharBlock(label=_("Keterangan"), max_length=250, required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_embed.html"
        label = _("Video")
        help_text = _("Video dari YouTube atau Vimeo yang disematkan di berita.")
        description = _("Video YouTube atau Vimeo yang bisa diputar langsung di halaman berita.")
        preview_value = {"video": None, "caption": "Video kegiatan desa"}

    def get_preview_value(self):
        """The video most recently embedded on the site; Wagtail keeps each one it fetched,
        so the preview needs no call to YouTube unless that copy has expired."""
        embed = (
            Embed.objects.filter(type="video", max_width__isnull=True)
            .order_by("-last_updated", "-pk")
            .first()
        )
        if embed is None:
            return super().get_preview_value()
        return self.normalize(
            {"video": embed.url, "caption": embed.title or self.meta.preview_value["caption"]}
        )

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context=parent_context)
        if not value.get("video"):
            context["preview_fallback"] = _(
                "Di sini tampil video YouTube atau Vimeo yang bisa diputar, dengan keterangan "
                "di bawahnya. Belum ada video di situs ini untuk dijadikan contoh."
            )
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    also_read = AlsoReadBlock()
    faq = FAQBlock()
    conclusion = ConclusionBlock()
    embed = VideoEmbedBlock()

    class Meta:
        block_counts = {"conclusion": {"max_num": 1}}
