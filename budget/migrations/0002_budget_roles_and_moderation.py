"""A Penulis drafts and submits an APBDes, a Moderator publishes it: the same "Moderasi"
workflow as the catalog items."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Penulis"
MODERATOR = "Moderator"
WORKFLOW = "Moderasi"
EDITING = ("add", "change", "view")
MODERATION = ("delete", "publish", "lock", "unlock")


def budget_permissions(apps, actions):
    # Django creates permissions after all migrations; this one needs them now, with the
    # publish/lock/unlock ones Wagtail adds for moderated snippets.
    app_config = apps.get_app_config("budget")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label="budget", model="budget")
    for action in actions:
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_budget",
            defaults={"name": f"Can {action} budget"},
        )
    return Permission.objects.filter(
        content_type=content_type, codename__in=[f"{action}_budget" for action in actions]
    )


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    editor = Group.objects.filter(name=EDITOR).first()
    moderator = Group.objects.filter(name=MODERATOR).first()
    if editor is not None:
        editor.permissions.add(*budget_permissions(apps, EDITING))
    if moderator is not None:
        moderator.permissions.add(*budget_permissions(apps, EDITING + MODERATION))
    workflow = apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        ContentType = apps.get_model("contenttypes.ContentType")
        apps.get_model("wagtailcore.WorkflowContentType").objects.update_or_create(
            content_type=ContentType.objects.get(app_label="budget", model="budget"),
            defaults={"workflow": workflow},
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = budget_permissions(apps, EDITING + MODERATION)
    for group in Group.objects.filter(name__in=[EDITOR, MODERATOR]):
        group.permissions.remove(*permissions)
    apps.get_model("wagtailcore.WorkflowContentType").objects.filter(
        content_type__app_label="budget", content_type__model="budget"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("budget", "0001_initial"),
        ("editorial", "0002_penulis_changes_only_own_uploads"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
