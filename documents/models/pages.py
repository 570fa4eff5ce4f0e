"""The "Produk Hukum" page: lists a site's live documents with filters and serves each
document at <page URL><slug>/."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.models import SitePage
from core.pagination import paginate
from core.sites import current_site

from ..forms import DocumentFilterForm
from ..types import DocumentType
from .legal_document import LegalDocument


class DocumentListing:
    """The documents a request asks for: filters read by DocumentFilterForm, newest first."""

    def __init__(self, site, params):
        self.form = DocumentFilterForm(params)
        self.document_type, self.year, self.query, self.messages = self.form.filters()
        self.site = site

    @property
    def is_filtered(self):
        return bool(self.document_type or self.year or self.query)

    @property
    def document_type_label(self):
        return DocumentType(self.document_type).label if self.document_type else ""

    def years(self):
        """The years that have live documents, newest first, for the year filter."""
        return (
            LegalDocument.objects.live_for_site(self.site)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )

    def results(self):
        documents = LegalDocument.objects.live_for_site(self.site)
        if self.document_type:
            documents = documents.filter(document_type=self.document_type)
        if self.year:
            documents = documents.filter(year=self.year)
        documents = documents.newest_first().defer("file_text")
        if self.query:
            return documents.search(self.query, order_by_relevance=False)
        return documents


class ProdukHukumIndexPage(RoutablePageMixin, SitePage):
    intro = models.TextField(_("pengantar"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = [
        "home.HomePage",
        "government.GovernmentPage",
        "standard_pages.StandardPage",
    ]
    subpage_types = []
    max_count_per_parent = 1
    items_per_page = 20

    class Meta:
        verbose_name = _("halaman produk hukum")

    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = DocumentListing(current_site(request), request.GET)
        page_obj, page_range = paginate(
            listing.results(), self.items_per_page, request.GET.get("page")
        )
        context.update(listing=listing, page_obj=page_obj, page_range=page_range)
        return context

    @path("<slug:slug>/", name="detail")
    def detail(self, request, slug):
        document = (
            LegalDocument.objects.live_for_site(current_site(request))
            .select_related("file", "replaced_by")
            .filter(slug=slug)
            .first()
        )
        if document is None:
            raise Http404
        context = SitePage.get_context(self, request)
        context.update(document.detail_context(request, self))
        return TemplateResponse(request, document.detail_template, context)
