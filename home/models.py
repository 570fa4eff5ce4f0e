"""The home page: a welcome, the latest and pinned news, featured catalog items, upcoming
events and the APBDes summary."""

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
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from articles.models import ArticleIndexPage, ArticlePage
from budget.home_summary import budget_summary
from catalog.models import Product, ProdukIndexPage, TourismSpot, WisataIndexPage
from core.models import SitePage
from core.sites import current_site
from events.models import AgendaIndexPage

HOME_FEATURED_ITEMS = 4


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
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.for_listing().descendant_of(self)
        featured_ids = list(self.featured_articles.values_list("article_id", flat=True))
        featured = {article.pk: article for article in articles.filter(pk__in=featured_ids)}
        sections = self.get_children().live().public().specific()
        # The request's site is already known from routing; get_site() would query again.
        site = current_site(request)
        wisata_index = first_of_type(sections, WisataIndexPage)
        produk_index = first_of_type(sections, ProdukIndexPage)
        agenda_index = first_of_type(sections, AgendaIndexPage)
        context.update(
            latest_articles=articles[: self.latest_articles_count],
            featured_articles=[featured[pk] for pk in featured_ids if pk in featured],
            news_index=first_of_type(sections, ArticleIndexPage),
            wisata_index=wisata_index,
            produk_index=produk_index,
            featured_spots=self.featured_items(TourismSpot, site, wisata_index),
            featured_products=self.featured_items(Product, site, produk_index),
            agenda_index=agenda_index,
            # Only while the agenda page, which lists and links them, is live and public.
            upcoming_events=list(agenda_index.next_events()) if agenda_index else [],
            # Only while the APBDes page, which it links to, is live and public.
            budget_summary=budget_summary(self, site),
        )
        return context

    @staticmethod
    def featured_items(model, site, index_page):
        """Featured live items, only while their index page (which links and serves them)
        is live and public."""
        if index_page is None:
            return model.objects.none()
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
