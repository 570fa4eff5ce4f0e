"""What Wisata and Produk Warga share: the category base, the moderated item with its
queryset, where an item is on the map, and the gallery image."""

import functools
from urllib.parse import quote, urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin import compare
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.models import VillageSettings, social_image_url
from core.phone import whatsapp_digits
from core.routed_items import RoutedByIndexPage
from core.sites import default_site_id

from ..forms import CatalogItemForm, LocatedItemForm
from ..location import Location
from ..publishing import photo_problems

RELATED_ITEMS_COUNT = 4


def address_from_name(name):
    """The slug an item gets when the editor leaves it empty."""
    return slugify(name)[:150]


class CatalogCategory(models.Model):
    name = models.CharField(_("nama"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("deskripsi"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def catalog_edit_handler(content_panels):
    """Two tabs for editors: the item itself, then where and when it is published."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Konten")),
            ObjectList(
                [FieldPanel("featured"), FieldPanel("site"), PublishingPanel()],
                heading=_("Pengaturan"),
            ),
        ]
    )


def gallery_panel():
    """The photos; a draft may have none, CatalogItemForm asks for them before it goes public."""
    return InlinePanel(
        "gallery_images",
        label=_("Gambar"),
        heading=_("Galeri"),
        help_text=_(
            "Draf boleh disimpan tanpa foto. Sebelum dikirim ke moderator atau diterbitkan, "
            "perlu minimal satu foto, masing-masing dengan teks alternatif."
        ),
    )


class CatalogItemQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live_for_site(self, site):
        return self.filter(live=True, site=site)

    def featured(self):
        return self.filter(featured=True)

    def for_listing(self):
        """What a card shows: category and the first gallery image's renditions."""
        return self.select_related("category").prefetch_related("gallery_images__image__renditions")


class CatalogItem(
    RoutedByIndexPage,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """What Wisata and Produk share: identity, site, gallery, moderation and search."""

    site = models.ForeignKey(
        Site,
        verbose_name=_("situs desa"),
        on_delete=models.CASCADE,
        default=default_site_id,
        related_name="+",
    )
    name = models.CharField(_("nama"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        blank=True,
        help_text=_("Bagian alamat halaman; diisi otomatis dari nama bila kosong."),
    )
    featured = models.BooleanField(
        _("unggulan"), default=False, help_text=_("Tampilkan di beranda.")
    )

    objects = CatalogItemQuerySet.as_manager()
    base_form_class = CatalogItemForm

    #: Subclasses name their price field, so listings can sort by price.
    price_field = "price"

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["site", "slug"],
                name="%(app_label)s_%(class)s_unique_slug_per_site",
                violation_error_message=_(
                    "Slug ini sudah dipakai item lain di situs desa ini; pilih slug lain."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = address_from_name(self.name)
        if not self.slug:
            raise ValidationError(
                {
                    "slug": _(
                        "Nama ini tidak bisa dijadikan alamat; isi alamat (URL) dengan huruf latin."
                    )
                }
            )
        # Checked here, at the field on the editor's first tab, before the database's unique
        # constraint would refuse it with a message about no field in particular.
        holder = self.address_holder()
        if holder is not None:
            raise ValidationError(
                {
                    "slug": _(
                        "Alamat (URL) '%(slug)s' sudah dipakai oleh %(name)s di situs desa ini. "
                        "Ubah nama atau alamatnya."
                    )
                    % {"slug": self.slug, "name": holder.name}
                }
            )

    def address_holder(self):
        """Another item of this kind on the same site with the same slug, if any."""
        if not self.site_id:
            return None
        same = type(self).objects.filter(site_id=self.site_id, slug=self.slug)
        return same.exclude(pk=self.pk).first()

    @classmethod
    def items_with_same_address(cls, data):
        """The items that a new one posted with the admin form's `data` would clash with.
        core.admin_saves continues the editor's own fresh draft among them (the one an
        autosave created a moment ago) instead of creating a twin."""
        site_id = data.get("site", "")
        slug = data.get("slug") or address_from_name(data.get("name", ""))
        if not site_id.isdigit() or not slug:
            return cls.objects.none()
        return cls.objects.filter(site_id=site_id, slug=slug)

    def publication_problems(self):
        """What stops this version going public (see catalog.publishing), [] when nothing."""
        return photo_problems([photo.alt_text for photo in self.gallery_images.all()])

    def publish(self, revision, *args, **kwargs):
        # Every way to publish ends here: the edit view, approving from the dashboard,
        # publish_scheduled, code. The admin form refuses first, at the gallery; this is the
        # last word, a ValidationError (the content falls short, not the user's rights) that
        # the approval view shows as a message.
        problems = revision.as_object().publication_problems()
        if problems:
            raise ValidationError(problems)
        return super().publish(revision, *args, **kwargs)

    @property
    def price_amount(self):
        return getattr(self, self.price_field)

    @cached_property
    def gallery(self):
        return list(self.gallery_images.all())

    @property
    def main_image(self):
        return self.gallery[0] if self.gallery else None

    def plain_description(self):
        return strip_tags(self.description).strip()

    def meta_description(self):
        return self.plain_description()[:300]

    def search_text(self):
        return self.plain_description()

    def related_items(self):
        return (
            type(self)
            .objects.live_for_site(self.site_id)
            .filter(category_id=self.category_id)
            .exclude(pk=self.pk)
            .for_listing()
            .order_by("-featured", "name")[:RELATED_ITEMS_COUNT]
        )

    def paths_showing_it(self):
        """Its page, its listing, the home page, the sitemap and its category's detail pages
        (their "other items" box), for purging the page cache."""
        index_page = self.index_page()
        if index_page is None:
            return ["/", "/sitemap.xml"]
        same_category = (
            type(self).objects.live_for_site(self.site_id).filter(category_id=self.category_id)
        )
        details = [item.get_url(index_page=index_page) for item in [self, *same_category]]
        listing = urlsplit(index_page.url).path
        return [listing, "/", "/sitemap.xml", *(urlsplit(url).path for url in details)]

    def whatsapp_url(self, url):
        """wa.me link with a prefilled message; each item type names its number and message."""
        number = self.whatsapp_number()
        if not number:
            return ""
        message = quote(self.whatsapp_message(url), safe="")
        return f"https://wa.me/{whatsapp_digits(number)}?text={message}"

    def detail_context(self, request, index_page):
        """Everything the detail template shows, shared by the public page and the preview."""
        full_url = self.get_full_url(request, index_page) or request.build_absolute_uri()
        image = self.main_image.image if self.main_image else None
        if image is None:
            village = VillageSettings.for_request(request)
            image = village.share_image or village.logo
        image_url = social_image_url(request, image)
        return {
            "item": self,
            "page": index_page,
            "item_url": full_url,
            "whatsapp_url": self.whatsapp_url(full_url),
            "related_items": self.related_items(),
            "social_image_url": image_url,
            "item_jsonld": self.jsonld(full_url, image_url),
        }

    def get_preview_template(self, request, mode_name):
        return self.detail_template

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(self.detail_context(request, self.index_page()))
        return context


class LocationPanel(FieldPanel):
    """The form's "Titik lokasi" field; comparing revisions shows the coordinates it fills."""

    class BoundPanel(FieldPanel.BoundPanel):
        def get_comparison(self):
            fields = [self.panel.model._meta.get_field(name) for name in ("latitude", "longitude")]
            return [functools.partial(compare.FieldComparison, field) for field in fields]


def location_panel(heading, address_help_text=""):
    """The address in words and the map point from one pasted link or typed coordinates."""
    return MultiFieldPanel(
        [FieldPanel("address", help_text=address_help_text), LocationPanel("location")],
        heading=heading,
    )


class LocatedItem(models.Model):
    """Where an item is found: an address in words and its point on the map, both optional.
    Editors set the point through the form's "Titik lokasi" field (LocatedItemForm); the
    detail page shows them in its "Lokasi" block (catalog/includes/location.html)."""

    address = models.TextField(_("alamat"), blank=True)
    latitude = models.DecimalField(
        _("lintang"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Diisi dari 'Titik lokasi'. Contoh: -7.234567 (antara -90 dan 90)."),
    )
    longitude = models.DecimalField(
        _("bujur"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Diisi dari 'Titik lokasi'. Contoh: 109.234567 (antara -180 dan 180)."),
    )

    base_form_class = LocatedItemForm

    class Meta:
        abstract = True

    def location(self):
        """The map point, or None while either coordinate is missing."""
        if self.latitude is None or self.longitude is None:
            return None
        return Location(self.latitude, self.longitude)

    def map_url(self):
        """The point on OpenStreetMap, "" without one. Directions on Google Maps come from
        core's {% directions_url %}, which the contact page shares."""
        if self.location() is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=16/{self.latitude}/{self.longitude}"
        )


class GalleryImage(Orderable):
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("gambar"), on_delete=models.CASCADE, related_name="+"
    )
    # Blank is allowed in a draft; catalog.publishing requires it before the item goes public.
    alt_text = models.CharField(
        _("teks alternatif"),
        max_length=250,
        blank=True,
        help_text=_(
            "Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya. Wajib diisi "
            "sebelum dikirim ke moderator atau diterbitkan."
        ),
    )
    caption = models.CharField(_("keterangan"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("gambar galeri")
        verbose_name_plural = _("galeri")
