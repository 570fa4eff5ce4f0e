"""The "Katalog" admin menu: Wisata, Produk Warga and their categories."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from core.admin_filters import PublicationFilterMixin, publication_filter
from core.rupiah import format_rupiah
from core.spreadsheet import neutralise_formula

from .models import Product, ProductCategory, TourismCategory, TourismSpot
from .views import CatalogWorkflowActionView


class StatusFilterSet(PublicationFilterMixin, WagtailFilterSet):
    status = publication_filter(_("Status"))


class ThumbnailColumn(Column):
    cell_template_name = "catalog/admin/thumbnail_cell.html"

    def get_value(self, instance):
        main = instance.main_image
        return main.image.get_rendition("fill-80x60") if main else None


class PriceColumn(Column):
    def get_value(self, instance):
        return format_rupiah(instance.price_amount)


class SafeExportIndexView(IndexView):
    """The listing whose CSV and XLSX exports never carry a formula an editor typed."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))


class CatalogItemViewSet(SnippetViewSet):
    index_view_class = SafeExportIndexView
    list_per_page = 25
    copy_view_enabled = False
    inspect_view_enabled = True
    workflow_action_view_class = CatalogWorkflowActionView

    def get_queryset(self, request):
        return self.model.objects.select_related("category").prefetch_related(
            "gallery_images__image"
        )


class TourismSpotFilterSet(StatusFilterSet):
    class Meta:
        model = TourismSpot
        fields = ["category", "featured"]


class TourismSpotViewSet(CatalogItemViewSet):
    model = TourismSpot
    icon = "site"
    menu_label = _("Wisata")
    filterset_class = TourismSpotFilterSet
    list_display = [
        ThumbnailColumn("thumbnail", label=_("Gambar")),
        TitleColumn("name", label=_("Nama"), url_name="wagtailsnippets_catalog_tourismspot:edit"),
        Column("category", label=_("Kategori")),
        PriceColumn("ticket_price", label=_("Tiket"), sort_key="ticket_price"),
        LiveStatusTagColumn(),
    ]
    list_export = [
        "name",
        "slug",
        "category",
        "short_description",
        "address",
        "latitude",
        "longitude",
        "ticket_price",
        "contact_phone",
        "featured",
        "live",
    ]
    export_filename = "wisata"


class ProductFilterSet(StatusFilterSet):
    class Meta:
        model = Product
        fields = ["category", "availability", "featured"]


class ProductViewSet(CatalogItemViewSet):
    model = Product
    icon = "tag"
    menu_label = _("Produk Warga")
    filterset_class = ProductFilterSet
    list_display = [
        ThumbnailColumn("thumbnail", label=_("Gambar")),
        TitleColumn("name", label=_("Nama"), url_name="wagtailsnippets_catalog_product:edit"),
        Column("category", label=_("Kategori")),
        PriceColumn("price", label=_("Harga"), sort_key="price"),
        Column("availability", label=_("Ketersediaan"), accessor="get_availability_display"),
        LiveStatusTagColumn(),
    ]
    list_export = [
        "name",
        "slug",
        "category",
        "price",
        "unit",
        "original_price",
        "seller_name",
        "seller_whatsapp",
        "address",
        "latitude",
        "longitude",
        "availability",
        "featured",
        "live",
    ]
    export_filename = "produk-warga"


class TourismCategoryViewSet(SnippetViewSet):
    model = TourismCategory
    icon = "folder-open-inverse"
    menu_label = _("Kategori wisata")
    list_display = ["name", "slug"]


class ProductCategoryViewSet(SnippetViewSet):
    model = ProductCategory
    icon = "folder-open-inverse"
    menu_label = _("Kategori produk")
    list_display = ["name", "slug"]


class CatalogViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Katalog")
    menu_icon = "list-ul"
    menu_order = 250
    items = (TourismSpotViewSet, ProductViewSet, TourismCategoryViewSet, ProductCategoryViewSet)


register_snippet(CatalogViewSetGroup)
