"""Produk Warga: residents' products with price, unit, seller, availability and where to buy
or pick them up."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.phone import PhoneNumberField, format_phone

from ..structured_data import product_jsonld
from .base import (
    CatalogCategory,
    CatalogItem,
    GalleryImage,
    LocatedItem,
    catalog_edit_handler,
    gallery_panel,
    location_panel,
)


class ProductCategory(CatalogCategory):
    class Meta(CatalogCategory.Meta):
        verbose_name = _("kategori produk")
        verbose_name_plural = _("kategori produk")


class Product(LocatedItem, CatalogItem):
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

    index_page_model = "catalog.ProdukIndexPage"
    detail_template = "catalog/product_detail.html"

    edit_handler = catalog_edit_handler(
        [
            TitleFieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("category"),
            FieldPanel("description"),
            gallery_panel(),
            MultiFieldPanel(
                [FieldPanel("price"), FieldPanel("unit"), FieldPanel("original_price")],
                heading=_("Harga"),
            ),
            MultiFieldPanel(
                [FieldPanel("seller_name"), FieldPanel("seller_whatsapp")],
                heading=_("Penjual"),
            ),
            location_panel(
                heading=_("Tempat beli atau ambil"),
                address_help_text=_(
                    "Tempat pembeli membeli atau mengambil pesanan, misalnya 'Rumah Bu Sri, "
                    "RT 02/RW 01 Dusun Krajan'. Kosongkan bila produk hanya dikirim."
                ),
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
        return product_jsonld(self, url, image_url)


class ProductImage(GalleryImage):
    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="gallery_images")
