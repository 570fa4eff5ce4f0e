"""Village settings move from home to core; existing databases keep their values."""

import core.phone
import django.db.models.deletion
from django.db import migrations, models


SETTINGS_FIELDS = [
    "site_id",
    "village_name",
    "tagline",
    "logo_id",
    "share_image_id",
    "phone",
    "email",
    "whatsapp",
    "address",
    "office_hours",
    "facebook_url",
    "instagram_url",
    "youtube_url",
    "tiktok_url",
]


def copy_settings_from_home(apps, schema_editor):
    old = apps.get_model("home", "VillageSettings")
    new = apps.get_model("core", "VillageSettings")
    new.objects.bulk_create(
        new(**{field: getattr(row, field) for field in SETTINGS_FIELDS}) for row in old.objects.all()
    )


def copy_settings_to_home(apps, schema_editor):
    old = apps.get_model("home", "VillageSettings")
    new = apps.get_model("core", "VillageSettings")
    old.objects.bulk_create(
        old(**{field: getattr(row, field) for field in SETTINGS_FIELDS}) for row in new.objects.all()
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        ('home', '0002_page_depth_path_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='VillageSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('village_name', models.CharField(default='Desa', max_length=100, verbose_name='nama desa')),
                ('tagline', models.CharField(blank=True, help_text="Kalimat singkat di bawah nama desa, misalnya 'Desa wisata yang asri'.", max_length=160, verbose_name='slogan')),
                ('phone', core.phone.PhoneNumberField(blank=True, help_text='Contoh: 0281-891234 atau 0812-3456-7890.', verbose_name='telepon')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail')),
                ('whatsapp', core.phone.PhoneNumberField(blank=True, help_text='Nomor WhatsApp kantor desa.', verbose_name='WhatsApp')),
                ('address', models.TextField(blank=True, verbose_name='alamat kantor desa')),
                ('office_hours', models.TextField(blank=True, help_text='Contoh: Senin–Jumat, 08.00–15.00 WIB.', verbose_name='jam pelayanan')),
                ('facebook_url', models.URLField(blank=True, verbose_name='Facebook')),
                ('instagram_url', models.URLField(blank=True, verbose_name='Instagram')),
                ('youtube_url', models.URLField(blank=True, verbose_name='YouTube')),
                ('tiktok_url', models.URLField(blank=True, verbose_name='TikTok')),
                ('logo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
                ('share_image', models.ForeignKey(blank=True, help_text='Dipakai saat tautan dibagikan dan halaman tidak punya gambar sendiri.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='gambar bagikan bawaan')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'pengaturan desa',
            },
        ),
        migrations.RunPython(copy_settings_from_home, copy_settings_to_home),
    ]
