from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernmentConfig(AppConfig):
    name = "government"
    verbose_name = _("pemerintahan desa")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import purge

        from .models import BPDMember, Institution, Official

        # These snippets have no drafts: every save and delete shows at once on the
        # Pemerintahan page (the page itself is purged by core when it is published).
        for model in (Official, BPDMember, Institution):
            label = model._meta.label_lower
            post_save.connect(purge.purge_item, sender=model, dispatch_uid=f"purge_saved:{label}")
            post_delete.connect(
                purge.purge_item, sender=model, dispatch_uid=f"purge_deleted:{label}"
            )
