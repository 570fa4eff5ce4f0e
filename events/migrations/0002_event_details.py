import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models
from django.db.models import F


def end_at_start_when_missing(apps, schema_editor):
    """The end becomes required: an event saved without one ended when it started."""
    EventPage = apps.get_model("events", "EventPage")
    EventPage.objects.filter(end__isnull=True).update(end=F("start"))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="description",
            field=wagtail.fields.RichTextField(default="", verbose_name="keterangan acara"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="eventpage",
            name="image",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="gambar",
            ),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="image_alt_text",
            field=models.CharField(
                blank=True,
                help_text="Jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya.",
                max_length=250,
                verbose_name="teks alternatif gambar",
            ),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="organiser",
            field=models.CharField(
                blank=True,
                help_text="Kosongkan bila penyelenggaranya pemerintah desa.",
                max_length=200,
                verbose_name="penyelenggara",
            ),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="place",
            field=models.CharField(
                default="",
                help_text="Contoh: Balai Desa Serang.",
                max_length=200,
                verbose_name="tempat",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="eventpage",
            name="place_address",
            field=models.TextField(blank=True, verbose_name="alamat tempat"),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="status",
            field=models.CharField(
                choices=[
                    ("scheduled", "Sesuai jadwal"),
                    ("postponed", "Ditunda"),
                    ("cancelled", "Dibatalkan"),
                ],
                default="scheduled",
                max_length=20,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="agendaindexpage",
            name="intro",
            field=models.TextField(
                blank=True,
                help_text="Kalimat pembuka di atas daftar agenda.",
                verbose_name="pengantar",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="all_day",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Centang bila acara berlangsung seharian penuh, satu hari atau beberapa hari."
                ),
                verbose_name="sepanjang hari",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="start",
            field=models.DateTimeField(
                help_text="Tanggal dan jam mulai, Waktu Indonesia Barat (WIB).",
                verbose_name="mulai",
            ),
        ),
        migrations.RunPython(end_at_start_when_missing, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="eventpage",
            name="end",
            field=models.DateTimeField(
                help_text=(
                    "Tanggal dan jam selesai (WIB). Untuk acara sepanjang hari cukup tanggal "
                    "hari terakhirnya; jamnya diabaikan."
                ),
                verbose_name="selesai",
            ),
        ),
        migrations.AddIndex(
            model_name="eventpage",
            index=models.Index(fields=["end", "start"], name="event_end_start"),
        ),
    ]
