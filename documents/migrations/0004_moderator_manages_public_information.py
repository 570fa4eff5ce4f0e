"""Moderators keep the Daftar Informasi Publik; a Penulis does not: its entries have no
drafts, so every save is live at once."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR = "Moderator"
ACTIONS = ("add", "change", "delete", "view")


def permissions(apps):
    # Django creates permissions after all migrations; this one needs them now.
    app_config = apps.get_app_config("documents")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(
        content_type__app_label="documents",
        codename__in=[f"{action}_publicinformation" for action in ACTIONS],
    )


def grant(apps, schema_editor):
    moderator = apps.get_model("auth.Group").objects.filter(name=MODERATOR).first()
    if moderator is not None:
        moderator.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    moderator = apps.get_model("auth.Group").objects.filter(name=MODERATOR).first()
    if moderator is not None:
        moderator.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_public_information"),
        ("editorial", "0002_penulis_changes_only_own_uploads"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
