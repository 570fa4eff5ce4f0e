"""Documents go through "Moderasi" like wisata and products: a Penulis drafts and submits,
a Moderator publishes, unpublishes and deletes."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Penulis"
MODERATOR = "Moderator"
WORKFLOW = "Moderasi"
MODEL = "legaldocument"
EDITING = ("add", "change", "view")
MODERATION = ("delete", "publish", "lock", "unlock")


def permissions(apps, actions):
    # Django creates permissions after all migrations (and Wagtail's publish/lock/unlock
    # ones with them); this migration needs them now.
    app_config = apps.get_app_config("documents")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label="documents", model=MODEL)
    found = []
    for action in actions:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{MODEL}",
            defaults={"name": f"Can {action} {MODEL}"},
        )
        found.append(permission)
    return content_type, found


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    content_type, editing = permissions(apps, EDITING)
    _content_type, moderation = permissions(apps, MODERATION)
    if (editor := Group.objects.filter(name=EDITOR).first()) is not None:
        editor.permissions.add(*editing)
    if (moderator := Group.objects.filter(name=MODERATOR).first()) is not None:
        moderator.permissions.add(*editing, *moderation)
    workflow = apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        apps.get_model("wagtailcore.WorkflowContentType").objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def revoke(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type = ContentType.objects.filter(app_label="documents", model=MODEL).first()
    if content_type is None:
        return
    apps.get_model("wagtailcore.WorkflowContentType").objects.filter(
        content_type=content_type
    ).delete()
    Permission = apps.get_model("auth.Permission")
    for group in apps.get_model("auth.Group").objects.filter(name__in=[EDITOR, MODERATOR]):
        group.permissions.remove(*Permission.objects.filter(content_type=content_type))


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("editorial", "0002_penulis_changes_only_own_uploads"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
