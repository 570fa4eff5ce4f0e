from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("produk hukum")

    def ready(self):
        from core import purge

        from .models import LegalDocument

        purge.register_published_items(LegalDocument)
