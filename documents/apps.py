from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("produk hukum")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import purge

        from .models import LegalDocument, PublicInformation

        purge.register_published_items(LegalDocument)
        # DIP entries have no drafts: every save or delete changes the Informasi Publik
        # page, its CSV and its print view at once.
        label = PublicInformation._meta.label_lower
        post_save.connect(
            purge.purge_item, sender=PublicInformation, dispatch_uid=f"purge_saved:{label}"
        )
        post_delete.connect(
            purge.purge_item, sender=PublicInformation, dispatch_uid=f"purge_deleted:{label}"
        )
