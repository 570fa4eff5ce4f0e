from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("berita")

    def ready(self):
        from core import purge

        from .models import ArticleCategory

        # Articles are pages (core purges those); categories show in every listing's filter.
        purge.register_site_wide(ArticleCategory)
