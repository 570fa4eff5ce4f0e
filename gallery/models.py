"""The village gallery: photo albums as pages under the Galeri page."""

from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.models import SitePage
from core.pagination import paginate

from .forms import AlbumPageForm


class AlbumPhoto(Orderable):
    """One photo of an album, in the order editors arrange them; the first is the cover."""

    page = ParentalKey("gallery.AlbumPage", on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("foto"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(
        _("keterangan"),
        max_length=250,
        blank=True,
        help_text=_(
            "Tampil di bawah foto. Bila deskripsi gambar kosong, keterangan ini juga menjadi "
            "teks alternatif bagi pembaca yang tidak dapat melihat foto."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("foto album")
        verbose_name_plural = _("foto album")

    def __str__(self):
        return self.caption or self.image.title

    @property
    def alt_text(self):
        """The image's own description (Wagtail's alt text), else the caption, else its title."""
        return self.image.description or self.caption or self.image.title


class AlbumPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live, public albums, newest first, with their photo count and cover photo's id;
        `attach_covers` then loads the covers of one page of them in two queries."""
        first_photo = AlbumPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
        return (
            self.live()
            .public()
            .annotate(
                photo_count=Count("photos"),
                cover_photo_id=Subquery(first_photo.values("pk")[:1]),
            )
            .order_by("-date", "-first_published_at", "-pk")
        )


def attach_covers(albums):
    """Set each listed album's `cover` (its first photo, with image and renditions) from the
    `cover_photo_id` that `for_listing` annotated: one query for all, whatever their number."""
    albums = list(albums)
    ids = [album.cover_photo_id for album in albums if album.cover_photo_id]
    photos = AlbumPhoto.objects.select_related("image").prefetch_related("image__renditions")
    covers = photos.in_bulk(ids)
    for album in albums:
        album.cover = covers.get(album.cover_photo_id)
    return albums


class GalleryIndexPage(SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.AlbumPage"]
    max_count_per_parent = 1
    albums_per_page = 12

    class Meta:
        verbose_name = _("halaman galeri")

    def meta_description(self):
        return self.search_description or self.intro

    def albums(self):
        return AlbumPage.objects.child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj, page_range = paginate(
            self.albums(), self.albums_per_page, request.GET.get("page")
        )
        context.update(
            page_obj=page_obj,
            page_range=page_range,
            albums=attach_covers(page_obj.object_list),
        )
        return context


class AlbumPage(SitePage):
    date = models.DateField(
        _("tanggal"),
        default=timezone.localdate,
        help_text=_("Tanggal kegiatan; album terbaru tampil paling atas di Galeri."),
    )
    description = models.TextField(
        _("keterangan"), blank=True, help_text=_("Cerita singkat tentang kegiatan ini.")
    )

    objects = PageManager.from_queryset(AlbumPageQuerySet)()
    base_form_class = AlbumPageForm

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                InlinePanel(
                    "photos",
                    label=_("Foto"),
                    min_num=1,
                    help_text=_(
                        "Urutkan foto sesuai cerita; foto pertama menjadi sampul album. "
                        "Minimal satu foto."
                    ),
                )
            ],
            heading=_("Foto"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description", boost=1),
        index.RelatedFields("photos", [index.SearchField("caption")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("album")
        verbose_name_plural = _("album")

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("photos")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:
            # post_save indexed the album before modelcluster wrote its photos; index the
            # stored album again, so that their captions can be searched.
            index.insert_or_update_object(AlbumPage.objects.get(pk=self.pk))
        return result

    @cached_property
    def photo_list(self):
        """The photos in order, with their images and every rendition in two queries. In a
        preview they are the revision's photos, held in memory."""
        return list(self.photos.all().select_related("image").prefetch_related("image__renditions"))

    @cached_property
    def cover(self):
        """The first photo (a listing sets it without loading the others)."""
        return self.photo_list[0] if self.photo_list else None

    def meta_description(self):
        return self.search_description or self.description

    def social_image(self):
        return self.cover.image if self.cover else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = self.photo_list
        return context
