"""Wisata (tourist spots) and Produk Warga (residents' products): moderated snippets,
listed and shown by index pages that editors place under the home page."""

from urllib.parse import quote, urlsplit

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.models import SitePage, VillageSettings, social_image_url
from core.pagination import paginate
from core.phone import PhoneNumberField, format_phone, whatsapp_digits
from core.sites import current_site

from .blocks import SCHEMA_WEEKDAYS, WEEKDAYS, WeeklyHoursBlock
from .listing import CatalogListing

RELATED_ITEMS_COUNT = 4


def default_site_id():
    site = Site.objects.filter(is_default_site=True).only("pk").first()
    return site.pk if site else None


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


class TourismCategory(CatalogCategory):
    class Meta(CatalogCategory.Meta):
        verbose_name = _("kategori wisata")
        verbose_name_plural = _("kategori wisata")


class ProductCategory(CatalogCategory):
    class Meta(CatalogCategory.Meta):
        verbose_name = _("kategori produk")
        verbose_name_plural = _("kategori produk")


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


class CatalogItemQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live_for_site(self, site):
        return self.filter(live=True, site=site)

    def featured(self):
        return self.filter(featured=True)

    def for_listing(self):
        """What a card shows: category and the first gallery image's renditions."""
        return self.select_related("category").prefetch_related("gallery_images__image__renditions")


class CatalogItem(
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

    #: Subclasses name their price field, so listings can sort by price.
    price_field = "price"
    #: The page type that lists and shows this kind of item.
    index_page_model = None

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
            self.slug = slugify(self.name)[:150]
        if not self.slug:
            raise ValidationError(
                {"slug": _("Nama ini tidak bisa dijadikan alamat; isi slug dengan huruf latin.")}
            )

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

    def index_page(self):
        return (
            self.index_page_model.objects.live()
            .public()
            .descendant_of(self.site.root_page, inclusive=True)
            .first()
        )

    def get_url(self, request=None, index_page=None):
        index_page = index_page or self.index_page()
        if index_page is None:
            return None
        return index_page.url + index_page.reverse_subpage("detail", args=[self.slug])

    def get_full_url(self, request=None, index_page=None):
        index_page = index_page or self.index_page()
        if index_page is None:
            return None
        return index_page.get_full_url(request) + index_page.reverse_subpage(
            "detail", args=[self.slug]
        )

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
        """Its page, its listing, the home page and its category's detail pages (their
        "other items" box), for purging the page cache."""
        index_page = self.index_page()
        if index_page is None:
            return ["/"]
        same_category = (
            type(self).objects.live_for_site(self.site_id).filter(category_id=self.category_id)
        )
        details = [item.get_url(index_page=index_page) for item in [self, *same_category]]
        return [urlsplit(index_page.url).path, "/", *(urlsplit(url).path for url in details)]

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


class GalleryImage(Orderable):
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("gambar"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("teks alternatif"),
        max_length=250,
        help_text=_("Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya."),
    )
    caption = models.CharField(_("keterangan"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("gambar galeri")
        verbose_name_plural = _("galeri")


class TourismSpot(CatalogItem):
    short_description = models.CharField(
        _("deskripsi singkat"),
        max_length=250,
        help_text=_("Satu kalimat untuk kartu daftar wisata dan saat dibagikan."),
    )
    description = RichTextField(
        _("deskripsi"), features=["bold", "italic", "link", "ol", "ul", "h3"]
    )
    category = models.ForeignKey(
        TourismCategory,
        verbose_name=_("kategori"),
        on_delete=models.PROTECT,
        related_name="spots",
    )
    address = models.TextField(_("alamat"), blank=True)
    latitude = models.DecimalField(
        _("lintang"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Contoh: -7.234567 (antara -90 dan 90)."),
    )
    longitude = models.DecimalField(
        _("bujur"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Contoh: 109.234567 (antara -180 dan 180)."),
    )
    opening_hours = StreamField(
        WeeklyHoursBlock(), verbose_name=_("jam buka"), blank=True, use_json_field=True
    )
    opening_hours_note = models.CharField(
        _("catatan jam buka"),
        max_length=250,
        blank=True,
        help_text=_("Misalnya: 'Tutup saat hari raya' atau 'Buka lebih lama saat liburan'."),
    )
    ticket_price = models.PositiveIntegerField(
        _("harga tiket (Rp)"), default=0, help_text=_("Isi 0 bila gratis.")
    )
    facilities = models.TextField(
        _("fasilitas"), blank=True, help_text=_("Satu fasilitas per baris, misalnya 'Toilet'.")
    )
    contact_phone = PhoneNumberField(
        _("telepon/WhatsApp pengelola"),
        blank=True,
        help_text=_("Contoh: 0812-3456-7890. Dipakai untuk tombol 'Hubungi pengelola'."),
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="tourism_spot",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="tourism_spot",
        for_concrete_model=False,
    )

    price_field = "ticket_price"
    detail_template = "catalog/tourism_spot_detail.html"

    edit_handler = catalog_edit_handler(
        [
            TitleFieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("category"),
            FieldPanel("short_description"),
            FieldPanel("description"),
            InlinePanel("gallery_images", label=_("Gambar"), heading=_("Galeri"), min_num=1),
            MultiFieldPanel(
                [FieldPanel("address"), FieldPanel("latitude"), FieldPanel("longitude")],
                heading=_("Lokasi"),
            ),
            MultiFieldPanel(
                [FieldPanel("opening_hours"), FieldPanel("opening_hours_note")],
                heading=_("Jam buka"),
            ),
            FieldPanel("ticket_price"),
            FieldPanel("facilities"),
            FieldPanel("contact_phone"),
        ]
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("short_description", boost=1),
        index.SearchField("description"),
        index.RelatedFields("category", [index.SearchField("name", boost=2)]),
        index.FilterField("category"),
        index.FilterField("site"),
        index.FilterField("live"),
        index.FilterField("ticket_price"),
        index.FilterField("name"),
        index.FilterField("first_published_at"),
        index.FilterField("id"),
        index.FilterField("pk"),
    ]

    class Meta(CatalogItem.Meta):
        verbose_name = _("wisata")
        verbose_name_plural = _("wisata")

    def meta_description(self):
        return self.short_description

    def search_text(self):
        return f"{self.short_description} {self.plain_description()}"

    def facility_list(self):
        return [line.strip() for line in self.facilities.splitlines() if line.strip()]

    def whatsapp_number(self):
        return self.contact_phone

    def whatsapp_message(self, url):
        return f"Halo, saya ingin bertanya tentang wisata {self.name}: {url}"

    def contact_phone_display(self):
        return format_phone(self.contact_phone)

    def weekly_hours(self):
        """Opening hours ordered Monday to Sunday."""
        return sorted((child.value for child in self.opening_hours), key=lambda day: day.weekday)

    def week_schedule(self):
        """Seven rows, Monday to Sunday; a day editors left out is closed."""
        by_weekday = {day.weekday: day for day in self.weekly_hours()}
        today = timezone.localdate().weekday()
        return [
            {"name": name, "hours": by_weekday.get(weekday), "is_today": weekday == today}
            for weekday, (_value, name) in enumerate(WEEKDAYS)
        ]

    def is_open_at(self, moment):
        local = timezone.localtime(moment)
        return any(day.is_open_at(local) for day in self.weekly_hours())

    def is_open_now(self):
        return self.is_open_at(timezone.now())

    def today_weekday(self):
        return timezone.localdate().weekday()

    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=16/{self.latitude}/{self.longitude}"
        )

    def jsonld(self, url, image_url):
        data = {
            "@context": "https://schema.org",
            "@type": "TouristAttraction",
            "name": self.name,
            "description": self.short_description,
            "url": url,
            "isAccessibleForFree": self.ticket_price == 0,
            "touristType": self.category.name,
        }
        if image_url:
            data["image"] = [image_url]
        if self.address:
            data["address"] = " ".join(self.address.split())
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        hours = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_WEEKDAYS[day.weekday]}",
                "opens": day["opens_at"].strftime("%H:%M"),
                "closes": day["closes_at"].strftime("%H:%M"),
            }
            for day in self.weekly_hours()
            if not day["closed"]
        ]
        if hours:
            data["openingHoursSpecification"] = hours
        if self.contact_phone:
            data["telephone"] = self.contact_phone
        return data


class TourismSpotImage(GalleryImage):
    spot = ParentalKey(TourismSpot, on_delete=models.CASCADE, related_name="gallery_images")


class Product(CatalogItem):
    class Availability(models.TextChoices):
        AVAILABLE = "tersedia", _("Tersedia")
        PRE_ORDER = "pre_order", _("Pre-order")
        SOLD_OUT = "habis", _("Habis")

    class Unit(models.TextChoices):
        PIECE = "pcs", _("per pcs")
        KILOGRAM = "kg", _("per kg")
        GRAM = "gram", _("per gram")
        LITRE = "liter", _("per liter")
        PACKAGE = "paket", _("per paket")
        PACK = "bungkus", _("per bungkus")
        BOTTLE = "botol", _("per botol")
        BOX = "kotak", _("per kotak")
        DOZEN = "lusin", _("per lusin")
        PAIR = "pasang", _("per pasang")
        METRE = "meter", _("per meter")

    SCHEMA_AVAILABILITY = {
        Availability.AVAILABLE: "https://schema.org/InStock",
        Availability.PRE_ORDER: "https://schema.org/PreOrder",
        Availability.SOLD_OUT: "https://schema.org/OutOfStock",
    }

    description = RichTextField(_("deskripsi"), features=["bold", "italic", "link", "ol", "ul"])
    category = models.ForeignKey(
        ProductCategory,
        verbose_name=_("kategori"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    price = models.PositiveIntegerField(
        _("harga (Rp)"),
        validators=[MinValueValidator(1, _("Harga harus lebih dari Rp0."))],
        help_text=_("Dalam rupiah, tanpa titik. Contoh: 25000."),
    )
    unit = models.CharField(_("satuan"), max_length=20, choices=Unit.choices, default=Unit.PIECE)
    original_price = models.PositiveIntegerField(
        _("harga sebelum diskon (Rp)"),
        null=True,
        blank=True,
        help_text=_("Isi hanya bila ada diskon; harus lebih tinggi dari harga."),
    )
    seller_name = models.CharField(_("nama penjual"), max_length=100)
    seller_whatsapp = PhoneNumberField(
        _("WhatsApp penjual"), help_text=_("Nomor ponsel, contoh: 0812-3456-7890.")
    )
    availability = models.CharField(
        _("ketersediaan"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="product",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="product",
        for_concrete_model=False,
    )

    detail_template = "catalog/product_detail.html"

    edit_handler = catalog_edit_handler(
        [
            TitleFieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("category"),
            FieldPanel("description"),
            InlinePanel("gallery_images", label=_("Gambar"), heading=_("Galeri"), min_num=1),
            MultiFieldPanel(
                [FieldPanel("price"), FieldPanel("unit"), FieldPanel("original_price")],
                heading=_("Harga"),
            ),
            MultiFieldPanel(
                [FieldPanel("seller_name"), FieldPanel("seller_whatsapp")],
                heading=_("Penjual"),
            ),
            FieldPanel("availability"),
        ]
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("seller_name", boost=1),
        index.RelatedFields("category", [index.SearchField("name", boost=2)]),
        index.FilterField("category"),
        index.FilterField("site"),
        index.FilterField("live"),
        index.FilterField("price"),
        index.FilterField("name"),
        index.FilterField("first_published_at"),
        index.FilterField("availability"),
        index.FilterField("id"),
        index.FilterField("pk"),
    ]

    class Meta(CatalogItem.Meta):
        verbose_name = _("produk warga")
        verbose_name_plural = _("produk warga")

    def clean(self):
        super().clean()
        # A number that failed its own check already has an error; only judge valid ones.
        is_e164 = (self.seller_whatsapp or "").startswith("+62")
        if is_e164 and not self.seller_whatsapp.startswith("+628"):
            raise ValidationError(
                {"seller_whatsapp": _("WhatsApp harus nomor ponsel, misalnya 0812-3456-7890.")}
            )
        if self.original_price is not None and self.price and self.original_price <= self.price:
            raise ValidationError(
                {"original_price": _("Harga sebelum diskon harus lebih tinggi dari harga.")}
            )

    @property
    def is_discounted(self):
        return bool(self.original_price and self.original_price > self.price)

    def whatsapp_number(self):
        return self.seller_whatsapp

    def whatsapp_message(self, url):
        return f"Halo {self.seller_name}, saya ingin memesan {self.name}: {url}"

    def seller_whatsapp_display(self):
        return format_phone(self.seller_whatsapp)

    def jsonld(self, url, image_url):
        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": self.name,
            "description": self.plain_description(),
            "url": url,
            "category": self.category.name,
            "offers": {
                "@type": "Offer",
                "price": str(self.price),
                "priceCurrency": "IDR",
                "availability": self.SCHEMA_AVAILABILITY[self.availability],
                "url": url,
                "seller": {"@type": "Person", "name": self.seller_name},
            },
        }
        if image_url:
            data["image"] = [image_url]
        return data


class ProductImage(GalleryImage):
    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="gallery_images")


class CatalogIndexPage(RoutablePageMixin, SitePage):
    """Lists one kind of catalog item and serves each item at <index URL><slug>/."""

    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    item_model = None
    items_per_page = 12

    class Meta:
        abstract = True

    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = current_site(request)
        listing = CatalogListing(
            self.item_model.objects.live_for_site(site).for_listing(),
            self.item_model,
            request.GET,
        )
        page_obj, page_range = paginate(
            listing.results(), self.items_per_page, request.GET.get("page")
        )
        context.update(
            listing=listing,
            page_obj=page_obj,
            page_range=page_range,
        )
        return context

    @path("<slug:slug>/", name="detail")
    def detail(self, request, slug):
        site = current_site(request)
        item = (
            self.item_model.objects.live_for_site(site)
            .select_related("category")
            .prefetch_related("gallery_images__image__renditions")
            .filter(slug=slug)
            .first()
        )
        if item is None:
            raise Http404
        # The page's own context, without the listing the index view would build.
        context = SitePage.get_context(self, request)
        context.update(item.detail_context(request, self))
        return TemplateResponse(request, item.detail_template, context)


class WisataIndexPage(CatalogIndexPage):
    item_model = TourismSpot

    class Meta:
        verbose_name = _("indeks wisata")


class ProdukIndexPage(CatalogIndexPage):
    item_model = Product

    class Meta:
        verbose_name = _("indeks produk warga")


TourismSpot.index_page_model = WisataIndexPage
Product.index_page_model = ProdukIndexPage
