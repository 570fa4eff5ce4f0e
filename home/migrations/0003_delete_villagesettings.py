"""Village settings now live in core (copied there by core 0001)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0002_page_depth_path_index'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.DeleteModel(
            name='VillageSettings',
        ),
    ]
