from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("katalog")

    def ready(self):
        from core import purge

        from .models import Product, ProductCategory, TourismCategory, TourismSpot

        purge.register_published_items(TourismSpot, Product)
        purge.register_site_wide(TourismCategory, ProductCategory)
