"""The kinds of content the site search covers, each carrying its own behaviour.

A Source knows its model, what a site's readers may find, how shown hits load, which
field holds titles, how an item is linked and which partial renders it. Adding a kind is
one Source in SOURCES and one template in templates/search/results/.

Shown hits are loaded through `items_by_pk`, which checks again that readers may see
them (live, public), so a result cached before a change never shows what became hidden."""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from django.db.models import Exists
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from articles.models import ArticlePage
from catalog.models import Product, TourismSpot
from core.visibility import visible_pages
from documents.models import LegalDocument
from events.models import EventPage


@dataclass(frozen=True)
class Source(ABC):
    kind: str
    label: str
    model: type
    #: The field whose words feed the did-you-mean vocabulary.
    title_field: str = "title"
    has_tab: bool = True

    @property
    def template(self):
        """The partial that renders one hit of this kind."""
        return f"search/results/{self.kind}.html"

    @abstractmethod
    def queryset(self, site):
        """What readers of `site` may find; searched, autocompleted and read for titles."""

    def is_shown_on(self, site):
        """Whether readers of `site` may see this kind at all."""
        return True

    def items_by_pk(self, pks, site):
        """The objects to show for these hits that readers of `site` may still see, fully
        loaded, in one query; the others are left out."""
        return self.queryset(site).in_bulk(pks)

    def url_builder(self, request, site):
        """A function giving an item's URL in this request; what it looks up, it looks up
        here, once per request."""
        return lambda item: item.get_url(request)


@dataclass(frozen=True)
class PageSource(Source):
    """Live, public pages of `model` under the site's root page."""

    excluded_types: tuple = ()
    # Hits over the generic Page load as their own page types, so each shows its own text.
    load_specific: bool = False

    def queryset(self, site):
        pages = (
            self.model.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .defer_streamfields()
        )
        if self.excluded_types:
            pages = pages.not_type(*self.excluded_types)
        return pages

    def items_by_pk(self, pks, site):
        pages = visible_pages(self.model.objects.filter(pk__in=pks))
        if self.load_specific:
            return {page.pk: page for page in pages.specific()}
        return pages.in_bulk()


@dataclass(frozen=True)
class CatalogSource(Source):
    """Live wisata, products or documents of the site, shown under their index page."""

    title_field: str = "name"
    #: What a shown hit's partial reads beyond the item itself.
    related: tuple = ("category",)

    def queryset(self, site):
        return self.model.objects.live_for_site(site)

    def index_pages(self):
        """Live, public index pages of this kind, as the model's index_page_for_site finds
        them, but checked inside the query that reads them."""
        return visible_pages(self.model.get_index_page_model().objects.all())

    def index_page(self, site):
        """The site's index page of this kind, looked up once per request: the memo lives
        on the request's Site object (Site.find_for_request keeps one per request)."""
        memo = site.__dict__.setdefault("_search_index_pages", {})
        if self.kind not in memo:
            pages = self.index_pages().descendant_of(site.root_page, inclusive=True)
            memo[self.kind] = pages.first()
        return memo[self.kind]

    def is_shown_on(self, site):
        # Without a live, public page to list them, readers cannot open the items.
        return self.index_page(site) is not None

    def items_by_pk(self, pks, site):
        index_pages = self.index_pages().descendant_of(site.root_page, inclusive=True)
        return (
            self.queryset(site)
            .filter(Exists(index_pages))
            .select_related(*self.related)
            .in_bulk(pks)
        )

    def url_builder(self, request, site):
        # Catalog items are routed by their index page; asking each item would cost one
        # query per hit.
        index_page = self.index_page(site)
        if index_page is None:
            return lambda item: None
        return lambda item: item.get_url(index_page=index_page)


SOURCES = (
    PageSource("berita", _("Berita"), ArticlePage),
    PageSource("agenda", _("Agenda"), EventPage),
    PageSource(
        "halaman",
        _("Halaman"),
        Page,
        has_tab=False,
        excluded_types=(ArticlePage, EventPage),
        load_specific=True,
    ),
    CatalogSource("wisata", _("Wisata"), TourismSpot),
    CatalogSource("produk", _("Produk"), Product),
    # Documents are listed and routed like catalog items, and found by their PDF's text.
    CatalogSource("dokumen", _("Dokumen"), LegalDocument, title_field="title", related=()),
)
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}
