"""Wisata (tourist spots) and Produk Warga (residents' products): moderated snippets,
listed and shown by index pages that editors place under the home page.

Other apps import from here, not from the modules inside."""

from .base import (
    RELATED_ITEMS_COUNT,
    CatalogCategory,
    CatalogItem,
    CatalogItemQuerySet,
    GalleryImage,
    LocatedItem,
    catalog_edit_handler,
    default_site_id,
)
from .pages import CatalogIndexPage, ProdukIndexPage, WisataIndexPage
from .products import Product, ProductCategory, ProductImage
from .tourism import TourismCategory, TourismSpot, TourismSpotImage

__all__ = [
    "RELATED_ITEMS_COUNT",
    "CatalogCategory",
    "CatalogIndexPage",
    "CatalogItem",
    "CatalogItemQuerySet",
    "GalleryImage",
    "LocatedItem",
    "Product",
    "ProductCategory",
    "ProductImage",
    "ProdukIndexPage",
    "TourismCategory",
    "TourismSpot",
    "TourismSpotImage",
    "WisataIndexPage",
    "catalog_edit_handler",
    # The first migration names it as the sites' default: catalog.models.default_site_id.
    "default_site_id",
]
