from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("inti situs")

    def ready(self):
        from . import images, purge
        from .models import VillageSettings

        purge.connect_page_signals()
        images.connect_image_signals()
        # The header and footer of every page show the village settings.
        purge.register_site_wide(VillageSettings)
