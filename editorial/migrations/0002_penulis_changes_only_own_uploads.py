"""A Penulis uploads and chooses images and documents but no longer changes anyone's: the
image and document policy (editorial/permissions.py) lets an uploader change their own
while nothing live uses them. Moderators manage collections as well as their contents."""

from django.db import migrations

EDITOR = "Penulis"
MODERATOR = "Moderator"
EDITOR_LOSES = ["change_image", "delete_image", "change_document", "delete_document"]
MODERATOR_GAINS = ["add_collection", "change_collection", "delete_collection"]


def permission(apps, codename):
    return apps.get_model("auth.Permission").objects.get(
        content_type__app_label__in=["wagtailcore", "wagtailimages", "wagtaildocs"],
        codename=codename,
    )


def root_collection(apps):
    return apps.get_model("wagtailcore.Collection").objects.filter(depth=1).first()


def restrict_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name=EDITOR, permission__codename__in=EDITOR_LOSES
    ).delete()
    moderator = Group.objects.filter(name=MODERATOR).first()
    if moderator is None:
        return
    for codename in MODERATOR_GAINS:
        GroupCollectionPermission.objects.get_or_create(
            group=moderator, collection=root_collection(apps), permission=permission(apps, codename)
        )


def restore_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name=MODERATOR, permission__codename__in=MODERATOR_GAINS
    ).delete()
    editor = Group.objects.filter(name=EDITOR).first()
    if editor is None:
        return
    for codename in ["change_image", "change_document"]:
        GroupCollectionPermission.objects.get_or_create(
            group=editor, collection=root_collection(apps), permission=permission(apps, codename)
        )


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_roles_and_moderation")]

    operations = [migrations.RunPython(restrict_roles, restore_roles)]
