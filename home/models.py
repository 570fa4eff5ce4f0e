"""The village's identity (site settings), shared page behaviour and the home page."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site

from .phone import PhoneNumberField, format_phone, whatsapp_digits


@register_setting(icon="home")
class VillageSettings(BaseSiteSetting):
    """Who the village is and how to reach its office; one record per site."""

    village_name = models.CharField(_("nama desa"), max_length=100, default="Desa")
    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        help_text=_("Kalimat singkat di bawah nama desa, misalnya 'Desa wisata yang asri'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar bagikan bawaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Dipakai saat tautan dibagikan dan halaman tidak punya gambar sendiri."),
    )
    phone = PhoneNumberField(
        _("telepon"), blank=True, help_text=_("Contoh: 0281-891234 atau 0812-3456-7890.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    whatsapp = PhoneNumberField(
        _("WhatsApp"), blank=True, help_text=_("Nomor WhatsApp kantor desa.")
    )
    address = models.TextField(_("alamat kantor desa"), blank=True)
    office_hours = models.TextField(
        _("jam pelayanan"),
        blank=True,
        help_text=_("Contoh: Senin–Jumat, 08.00–15.00 WIB."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("village_name"),
                FieldPanel("tagline"),
                FieldPanel("logo"),
                FieldPanel("share_image"),
            ],
            heading=_("Identitas desa"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("whatsapp"),
                FieldPanel("address"),
                FieldPanel("office_hours"),
            ],
            heading=_("Kontak kantor desa"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("tiktok_url"),
            ],
            heading=_("Media sosial"),
        ),
    ]

    class Meta:
        verbose_name = _("pengaturan desa")

    @property
    def phone_display(self):
        return format_phone(self.phone)

    @property
    def whatsapp_display(self):
        return format_phone(self.whatsapp)

    @property
    def whatsapp_url(self):
        return f"https://wa.me/{whatsapp_digits(self.whatsapp)}" if self.whatsapp else ""

    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("TikTok", self.tiktok_url),
        ]
        return [{"name": name, "url": url} for name, url in links if url]


class SitePage(Page):
    """Head metadata every public page shares: description and share image."""

    class Meta:
        abstract = True

    def meta_description(self):
        return self.search_description

    def social_image(self):
        return None

    def search_text(self):
        """Plain text that search results quote from."""
        return self.meta_description()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        village = VillageSettings.for_request(request)
        image = self.social_image() or village.share_image or village.logo
        context["social_image_url"] = social_image_url(request, image)
        return context


SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"
HOME_FEATURED_ITEMS = 4


def social_image_url(request, image):
    """Absolute URL of the image link previews show (WhatsApp, Facebook, X)."""
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(SOCIAL_IMAGE_SPEC).url)


class HomePage(SitePage):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_title = models.CharField(
        _("judul utama"),
        max_length=160,
        blank=True,
        help_text=_("Judul besar di atas gambar utama. Kosongkan untuk memakai judul halaman."),
    )
    hero_intro = models.TextField(
        _("kalimat pembuka"), blank=True, help_text=_("Satu atau dua kalimat sambutan.")
    )
    latest_articles_count = models.PositiveSmallIntegerField(
        _("jumlah berita terbaru"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_("Berapa berita terbaru yang tampil di beranda (1–24)."),
    )
    about_title = models.CharField(_("judul tentang desa"), max_length=100, default="Tentang Desa")
    about_text = RichTextField(
        _("tentang desa"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Perkenalan singkat desa: letak, penduduk, potensi."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_title"), FieldPanel("hero_intro")],
            heading=_("Bagian utama"),
        ),
        FieldPanel("latest_articles_count"),
        InlinePanel(
            "featured_articles",
            label=_("Berita pilihan"),
            heading=_("Berita pilihan"),
            max_num=6,
        ),
        MultiFieldPanel(
            [FieldPanel("about_title"), FieldPanel("about_text")], heading=_("Tentang desa")
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("beranda")

    def meta_description(self):
        return self.search_description or self.hero_intro

    def social_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        # Imported here: articles and catalog build on home's SitePage and settings.
        from articles.models import ArticleIndexPage, ArticlePage
        from catalog.models import Product, ProdukIndexPage, TourismSpot, WisataIndexPage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.for_listing().descendant_of(self)
        featured_ids = list(self.featured_articles.values_list("article_id", flat=True))
        featured = {article.pk: article for article in articles.filter(pk__in=featured_ids)}
        sections = self.get_children().live().public().specific()
        # The request's site is already known from routing; get_site() would query again.
        site = Site.find_for_request(request) or self.get_site()
        context.update(
            latest_articles=articles[: self.latest_articles_count],
            featured_articles=[featured[pk] for pk in featured_ids if pk in featured],
            news_index=first_of_type(sections, ArticleIndexPage),
            wisata_index=first_of_type(sections, WisataIndexPage),
            produk_index=first_of_type(sections, ProdukIndexPage),
            featured_spots=self.featured_items(TourismSpot, site),
            featured_products=self.featured_items(Product, site),
        )
        return context

    @staticmethod
    def featured_items(model, site):
        return (
            model.objects.live_for_site(site)
            .featured()
            .for_listing()
            .order_by("name")[:HOME_FEATURED_ITEMS]
        )


def first_of_type(pages, page_class):
    return next((page for page in pages if isinstance(page, page_class)), None)


class HomeFeaturedArticle(Orderable):
    """An article an editor pins to the home page, in the order they choose."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("berita"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("article", "articles.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("berita pilihan")
        verbose_name_plural = _("berita pilihan")
