"""Every install gets the two editorial roles and the "Moderasi" workflow."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Penulis"
MODERATOR = "Moderator"
WORKFLOW = "Moderasi"
TASK = "Persetujuan moderator"

# Page permissions on the root page, inherited by the whole tree.
PAGE_PERMISSIONS = {
    EDITOR: ["add_page", "change_page"],
    MODERATOR: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITOR: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATOR: [
        "add_image", "change_image", "choose_image", "delete_image",
        "add_document", "change_document", "choose_document", "delete_document",
    ],
}
# Model permissions: (app label, codename).
CATALOG_EDITING = [
    ("catalog", f"{action}_{model}")
    for model in ("tourismspot", "product")
    for action in ("add", "change", "view")
]
CATALOG_MODERATION = [
    ("catalog", f"{action}_{model}")
    for model in ("tourismspot", "product")
    for action in ("delete", "publish", "lock", "unlock")
] + [
    ("catalog", f"{action}_{model}")
    for model in ("tourismcategory", "productcategory")
    for action in ("add", "change", "delete", "view")
] + [
    ("articles", f"{action}_articlecategory") for action in ("add", "change", "delete", "view")
] + [
    ("wagtailsearchpromotions", f"{action}_searchpromotion") for action in ("add", "change", "delete")
]
MODEL_PERMISSIONS = {
    EDITOR: [("wagtailadmin", "access_admin")] + CATALOG_EDITING,
    MODERATOR: [("wagtailadmin", "access_admin")] + CATALOG_EDITING + CATALOG_MODERATION,
}


def ensure_all_permissions(apps):
    # Permissions are normally created after all migrations; this migration needs them now,
    # including the publish/lock/unlock ones Wagtail adds for moderated snippets.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    for model in ("tourismspot", "product"):
        content_type, _created = ContentType.objects.get_or_create(app_label="catalog", model=model)
        for action in ("publish", "lock", "unlock"):
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def create_roles_and_workflow(apps, schema_editor):
    ensure_all_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in (EDITOR, MODERATOR):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=Permission.objects.get(codename=codename)
            )

    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups[MODERATOR]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # The whole page tree and both catalog snippets go through "Moderasi".
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's own starter roles and workflow would only confuse a village's staff.
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    GroupApprovalTask.objects.filter(name="Moderators approval").update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    for model in ("tourismspot", "product"):
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get(app_label="catalog", model=model),
            defaults={"workflow": workflow},
        )


def remove_roles_and_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore.GroupApprovalTask").objects.filter(name=TASK).delete()
    apps.get_model("auth.Group").objects.filter(name__in=[EDITOR, MODERATOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("catalog", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflow, remove_roles_and_workflow)]
