"""The index pages editors place under the home page: each lists one kind of catalog item
and serves its detail pages."""

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

from ..listing import CatalogListing
from .products import Product
from .tourism import TourismSpot


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
