"""News (Berita): categories, the article index with its feed, and articles."""

import math
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from core.models import SitePage
from core.pagination import paginate
from core.structured_data import organization_jsonld, publisher

from .blocks import ArticleBodyBlock, assign_unique_anchors

WORDS_READ_PER_MINUTE = 200
TABLE_OF_CONTENTS_MIN_HEADINGS = 3
RELATED_ARTICLES_COUNT = 3
# Sub-paths of the Berita index that its routes answer, so no article may take them.
RESERVED_SLUGS = {"feed"}


def list_item_value(item):
    """ListBlock items are stored as {"type": "item", "value": ...}, or bare in old data."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


class ArticleCategory(models.Model):
    name = models.CharField(_("nama"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Dipakai di alamat filter, misalnya 'pemerintahan'."),
    )
    description = models.TextField(_("deskripsi"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kategori berita")
        verbose_name_plural = _("kategori berita")

    def __str__(self):
        return self.name


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live, public articles, newest first, with what a card shows and nothing more."""
        return (
            self.live()
            .public()
            .defer_streamfields()
            .select_related("cover_image")
            .prefetch_related("categories", "cover_image__renditions")
            .order_by("-publication_date", "-first_published_at", "-pk")
        )


class ArticleFilterForm(forms.Form):
    """Validates the listing's query string so bad input becomes a message, not an error."""

    kategori = forms.SlugField(required=False, max_length=80)
    tag = forms.SlugField(required=False, max_length=100, allow_unicode=True)


class ArticleIndexPage(RoutablePageMixin, SitePage):
    intro = models.TextField(
        _("pengantar"), blank=True, help_text=_("Kalimat pembuka di atas daftar berita.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    articles_per_page = 12
    feed_size = 20

    class Meta:
        verbose_name = _("indeks berita")

    def meta_description(self):
        return self.search_description or self.intro

    def articles(self):
        return ArticlePage.objects.for_listing().child_of(self)

    def filter_articles(self, params):
        """Return (articles, active category, active tag, message for the reader)."""
        articles = self.articles()
        form = ArticleFilterForm(params)
        if not form.is_valid():
            return articles.none(), None, None, _("Filter tidak dikenali.")
        category = tag = None
        if slug := form.cleaned_data["kategori"]:
            category = ArticleCategory.objects.filter(slug=slug).first()
            if category is None:
                return articles.none(), None, None, _("Kategori tidak ditemukan.")
            articles = articles.filter(categories=category)
        if slug := form.cleaned_data["tag"]:
            tag = Tag.objects.filter(slug=slug).first()
            if tag is None:
                return articles.none(), category, None, _("Tag tidak ditemukan.")
            articles = articles.filter(tags=tag)
        return articles, category, tag, ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, category, tag, message = self.filter_articles(request.GET)
        page_obj, page_range = paginate(articles, self.articles_per_page, request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            page_range=page_range,
            categories=ArticleCategory.objects.all(),
            active_category=category,
            active_tag=tag,
            filter_message=message,
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import ArticleFeed

        return ArticleFeed()(request, index_page=self)


class ArticlePage(SitePage):
    class AuthorType(models.TextChoices):
        PERSON = "orang", _("Orang")
        ORGANIZATION = "lembaga", _("Lembaga")

    publication_date = models.DateField(
        _("tanggal terbit"),
        null=True,
        blank=True,
        help_text=_("Kosongkan untuk memakai tanggal pertama kali diterbitkan."),
    )
    author_name = models.CharField(_("nama penulis"), max_length=100, blank=True)
    # Search engines credit a person and a team differently; "Tim Redaksi" is no person.
    author_type = models.CharField(
        _("penulis adalah"),
        max_length=10,
        choices=AuthorType.choices,
        default=AuthorType.ORGANIZATION,
        help_text=_(
            "Pilih Orang bila penulisnya seseorang, misalnya 'Siti Aminah'; Lembaga bila "
            "tim atau lembaga, misalnya 'Tim Redaksi' atau 'PKK Desa'."
        ),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar sampul"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt_text = models.CharField(
        _("teks alternatif sampul"),
        max_length=250,
        blank=True,
        help_text=_(
            "Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya. Wajib bila ada gambar."
        ),
    )
    cover_caption = models.CharField(_("keterangan sampul"), max_length=250, blank=True)
    intro = models.TextField(
        _("ringkasan"),
        help_text=_(
            "Satu paragraf pembuka; tampil di daftar berita, hasil pencarian dan saat dibagikan."
        ),
    )
    categories = ParentalManyToManyField(
        ArticleCategory, verbose_name=_("kategori"), blank=True, related_name="articles"
    )
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        verbose_name=_("tag"),
        blank=True,
        help_text=_("Pisahkan dengan koma."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("isi berita"), blank=True)

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt_text"), FieldPanel("cover_caption")],
            heading=_("Gambar sampul"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("author_name"),
                FieldPanel("author_type", widget=forms.RadioSelect),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Keterangan berita"),
        ),
    ]
    # Without Wagtail's "Tampilkan dalam menu": the header menu lists only the home page's
    # children, and an article never is one.
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("Untuk mesin pencari"),
        ),
    ]

    # Boosts map to PostgreSQL weights: title, tags and categories (2) rank above the
    # intro (1) and the body (no boost), which includes FAQ questions and answers.
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("categories", [index.SearchField("name", boost=2)]),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")
        # Listings, the home page, the feed and search's "latest" all sort by date.
        indexes = [models.Index(fields=["-publication_date"], name="article_publication_date")]

    @classmethod
    def get_indexed_objects(cls):
        # One query for tags and categories per batch, not two per article, when indexing.
        return super().get_indexed_objects().prefetch_related("tags", "categories")

    def clean(self):
        super().clean()
        errors = {}
        if self.cover_image_id and not self.cover_alt_text.strip():
            errors["cover_alt_text"] = _("Isi teks alternatif untuk gambar sampul.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Alamat '%(slug)s' dipakai oleh situs; pilih alamat lain.") % {
                "slug": self.slug
            }
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.live and not self.publication_date:
            published = self.first_published_at or timezone.now()
            self.publication_date = timezone.localdate(published)
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:
            # The search index was refreshed on post_save, before modelcluster wrote the tags
            # and categories; index the stored page again now that they are in place.
            index.insert_or_update_object(ArticlePage.objects.get(pk=self.pk))
        return result

    @property
    def display_date(self):
        if self.publication_date:
            return self.publication_date
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    @property
    def published_at(self):
        """A datetime for feeds and JSON-LD: the first publication, unless editors backdated it."""
        first = self.first_published_at
        if first and timezone.localdate(first) == self.display_date:
            return first
        if self.display_date:
            return timezone.make_aware(
                timezone.datetime.combine(self.display_date, timezone.datetime.min.time())
            )
        return None

    def meta_description(self):
        return self.search_description or self.intro

    def social_image(self):
        return self.cover_image

    @cached_property
    def category_list(self):
        return list(self.categories.all())

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    @cached_property
    def headings(self):
        headings = [block.value for block in self.body if block.block_type == "heading"]
        assign_unique_anchors(headings)
        return headings

    def table_of_contents(self):
        """Section headings (H2) with their sub-headings (H3), when there are enough to help."""
        if len(self.headings) < TABLE_OF_CONTENTS_MIN_HEADINGS:
            return []
        entries = []
        for heading in self.headings:
            if heading["level"] == "h3" and entries:
                entries[-1]["children"].append(heading)
            else:
                entries.append({"heading": heading, "children": []})
        return entries

    def body_text(self):
        """The body as plain text, for reading time and search excerpts. It reads the stored
        block data, so linked articles and images are not loaded just to be skipped."""
        parts = []
        for block in self.body.raw_data:
            kind, value = block["type"], block["value"]
            if kind in ("heading", "quote"):
                parts.append(value.get("text", ""))
            elif kind == "paragraph":
                parts.append(get_text_for_indexing(value))
            elif kind == "faq":
                parts.append(value.get("heading", ""))
                for item in value.get("items", []):
                    item = list_item_value(item)
                    parts += [
                        item.get("question", ""),
                        get_text_for_indexing(item.get("answer", "")),
                    ]
            elif kind == "conclusion":
                parts += [value.get("heading", ""), get_text_for_indexing(value.get("text", ""))]
        return " ".join(part for part in parts if part)

    def search_text(self):
        return f"{self.intro} {self.body_text()}"

    def reading_minutes(self):
        words = len(f"{self.intro} {self.body_text()}".split())
        return max(1, math.ceil(words / WORDS_READ_PER_MINUTE))

    def related_articles(self):
        """Up to three live articles sharing a category or tag, newest first."""
        category_ids = [category.pk for category in self.category_list]
        tag_ids = [tag.pk for tag in self.tag_list]
        if not category_ids and not tag_ids:
            return ArticlePage.objects.none()
        home_path = self.path[: Page.steplen * 2]
        matching_ids = (
            ArticlePage.objects.filter(path__startswith=home_path)
            .filter(Q(categories__in=category_ids) | Q(tags__in=tag_ids))
            .exclude(pk=self.pk)
            .values("pk")
        )
        return ArticlePage.objects.for_listing().filter(pk__in=matching_ids)[
            :RELATED_ARTICLES_COUNT
        ]

    def paths_showing_it(self):
        """Other articles whose "Berita terkait" may list this one (they share a category
        or tag), for purging the page cache when it is published or unpublished."""
        sharing = (
            ArticlePage.objects.live()
            .filter(Q(categories__in=self.category_list) | Q(tags__in=self.tag_list))
            .exclude(pk=self.pk)
            .distinct()
            .only("id", "url_path", "path", "depth")
        )
        return [urlsplit(article.url).path for article in sharing if article.url]

    def author_jsonld(self, organization):
        """The byline as schema.org has it: a Person or an Organization as the editor chose;
        without a byline, the village office that publishes the news."""
        if not self.author_name:
            return {
                "@id": organization["@id"],
                "@type": organization["@type"],
                "name": organization["name"],
            }
        is_person = self.author_type == self.AuthorType.PERSON
        return {"@type": "Person" if is_person else "Organization", "name": self.author_name}

    def news_article_jsonld(self, request, image_url, organization):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.meta_description(),
            "mainEntityOfPage": self.get_full_url(request),
            "url": self.get_full_url(request),
            "inLanguage": "id",
            "author": self.author_jsonld(organization),
            "publisher": publisher(organization),
        }
        if self.published_at:
            data["datePublished"] = self.published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if image_url:
            data["image"] = [image_url]
        categories = [category.name for category in self.category_list]
        if categories:
            data["articleSection"] = categories
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_page"] = self.breadcrumbs[-1]
        context["related_articles"] = self.related_articles()
        context["og_type"] = "article"
        # Built before the body renders, so headings carry their de-duplicated anchors.
        context["table_of_contents"] = self.table_of_contents()
        context["news_jsonld"] = self.news_article_jsonld(
            request, context["social_image_url"], organization_jsonld(request)
        )
        return context
