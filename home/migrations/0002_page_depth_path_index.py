"""An index on Wagtail's page table for (depth, path).

Every page lists children (the main menu on every page, the home page's sections):
treebeard asks for `depth = N AND path BETWEEN …`, and wagtailcore_page has no index
that starts with depth, so PostgreSQL read the whole table, a cost that grew with the
number of articles (docs/performance.md). The table is Wagtail's, so the index is
created here, concurrently on PostgreSQL so that a live site keeps serving."""

from django.db import migrations

INDEX_NAME = "home_page_depth_path_idx"


def create_index(apps, schema_editor):
    concurrently = "CONCURRENTLY " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX {concurrently}IF NOT EXISTS {INDEX_NAME} ON wagtailcore_page (depth, path)"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
