"""The "Produk Hukum" admin menu: the village's legal and planning documents."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_filters import PublicationFilterMixin, publication_filter

from .models import LegalDocument, PublicInformation


class LegalDocumentFilterSet(PublicationFilterMixin, WagtailFilterSet):
    # "status" is the document's legal force (berlaku, dicabut, diubah).
    publication = publication_filter(_("Status terbit"))

    class Meta:
        model = LegalDocument
        fields = ["document_type", "year", "status"]


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = _("Produk Hukum")
    menu_order = 260
    add_to_admin_menu = True
    list_per_page = 25
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = LegalDocumentFilterSet
    list_display = [
        TitleColumn(
            "title", label=_("Judul"), url_name="wagtailsnippets_documents_legaldocument:edit"
        ),
        Column("document_type", label=_("Jenis"), accessor="get_document_type_display"),
        Column("number_and_year", label=_("Nomor dan tahun")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        LiveStatusTagColumn(),
    ]
    list_export = [
        "document_type",
        "number",
        "year",
        "title",
        "date_set",
        "date_promulgated",
        "status",
        "slug",
        "live",
    ]
    export_filename = "produk-hukum"

    def get_queryset(self, request):
        return self.model.objects.defer("file_text")


register_snippet(LegalDocumentViewSet)


class PublicInformationViewSet(SnippetViewSet):
    """The Daftar Informasi Publik: kept by Moderators (see migration 0004)."""

    model = PublicInformation
    icon = "list-ul"
    menu_label = _("Informasi Publik")
    menu_order = 265
    add_to_admin_menu = True
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    search_fields = ["title", "summary"]
    list_filter = ["category"]
    list_display = [
        TitleColumn(
            "title",
            label=_("Judul informasi"),
            url_name="wagtailsnippets_documents_publicinformation:edit",
        ),
        Column("category", label=_("Kategori"), accessor="category_label"),
        Column("official", label=_("Pejabat yang menguasai")),
        Column("format", label=_("Bentuk"), accessor="get_format_display"),
    ]

    def get_queryset(self, request):
        return self.model.objects.all()


register_snippet(PublicInformationViewSet)
