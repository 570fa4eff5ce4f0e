from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BudgetConfig(AppConfig):
    name = "budget"
    verbose_name = _("APBDes")

    def ready(self):
        from core import purge

        from .models import Budget

        # The budget page (and its downloads) show a budget once it is published.
        purge.register_published_items(Budget)
