from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class VillagesConfig(AppConfig):
    name = "villages"
    verbose_name = _("desa")

    def ready(self):
        from .signals import build_village_site_on_first_run

        post_migrate.connect(build_village_site_on_first_run, dispatch_uid="villages.first_run")
