"""The first run: a fresh install's `manage.py migrate` replaces Wagtail's English welcome page
with the village's empty, Indonesian site (villages.structure)."""

from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _
from wagtail.models import Site

from .structure import SECTIONS, ensure_village_structure, is_welcome_page


def build_village_site_on_first_run(sender, app_config=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: once every app's migrations ran, build the village structure while the
    default Site still shows Wagtail's untouched welcome page (VILLAGE_FIRST_RUN switches it
    off, as the test settings do)."""
    if not getattr(settings, "VILLAGE_FIRST_RUN", True) or using != DEFAULT_DB_ALIAS:
        return
    # Django sends post_migrate once per app; the last one comes after every other handler
    # (content types, permissions, Wagtail's reference index) has run.
    if app_config is not last_app_with_models() or not fully_migrated(using):
        return
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not is_welcome_page(site.root_page):
        return
    ensure_village_structure(site)
    if kwargs.get("verbosity", 1) >= 1 and kwargs.get("stdout") is not None:
        kwargs["stdout"].write(
            _(
                "Situs desa disiapkan: Beranda dan %d halaman bagian. Beri nama dan alamatnya "
                'dengan: manage.py setup_village --name "Desa …" --domain desa-….id'
            )
            % len(SECTIONS)
        )


def last_app_with_models():
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def fully_migrated(using):
    """No migration left to apply: `migrate app 0001` must not build pages on half a schema."""
    executor = MigrationExecutor(connections[using])
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())
