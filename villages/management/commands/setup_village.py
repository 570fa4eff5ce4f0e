"""Start a real village's site: its pages (if missing), name and address. Safe to run again:
what already holds the given values is left alone."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Site

from villages.identity import (
    IdentityError,
    check_identity,
    name_village,
    parse_address,
    parse_port,
)
from villages.structure import StructureError, ensure_village_structure


class Command(BaseCommand):
    help = _(
        "Menyiapkan situs desa: halaman-halamannya (bila belum ada), nama desa dan alamat "
        "situsnya. Aman dijalankan berulang kali."
    )

    def add_arguments(self, parser):
        # Checked in handle(), so a missing one is refused in Indonesian, not by argparse.
        parser.add_argument("--name", help=_("Nama desa, misalnya “Desa Sukamaju”."))
        parser.add_argument(
            "--domain",
            help=_(
                "Alamat situs, misalnya desasukamaju.id (HTTPS), https://desasukamaju.id atau "
                "http://192.168.1.10 untuk jaringan kantor desa."
            ),
        )
        parser.add_argument(
            "--port",
            help=_("Port situs bila bukan bawaan skemanya (80 untuk http, 443 untuk https)."),
        )
        parser.add_argument("--tagline", help=_("Slogan singkat di bawah nama desa."))

    def handle(self, *args, name=None, domain=None, port=None, tagline=None, **options):
        if name is None or domain is None:
            raise CommandError(
                _('Beri nama desa dan alamat situsnya: --name "Desa …" --domain desa-….id')
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(_("Belum ada situs bawaan: jalankan dulu manage.py migrate."))
        try:
            # Every input is checked before anything is saved.
            address = parse_address(domain, parse_port(port))
            check_identity(site, name, address, tagline)
            with transaction.atomic():
                village = ensure_village_structure(site, report=self.stdout.write)
                changed = name_village(village, name, address, tagline, report=self.stdout.write)
        except (IdentityError, StructureError) as error:
            raise CommandError(str(error)) from error
        if not changed:
            self.stdout.write(
                _("Tidak ada yang berubah: %(name)s sudah diatur di %(url)s.")
                % {"name": name.strip(), "url": address.url}
            )
        self.remind_settings(address)

    def remind_settings(self, address):
        """The site answers only on hosts Django allows; say so when this one is not."""
        if "*" in settings.ALLOWED_HOSTS or address.hostname in settings.ALLOWED_HOSTS:
            return
        self.stdout.write(
            self.style.WARNING(
                _(
                    "Catatan: tambahkan %(host)s ke ALLOWED_HOSTS (dan %(url)s ke "
                    "CSRF_TRUSTED_ORIGINS serta PUBLIC_BASE_URL) di lingkungan server."
                )
                % {"host": address.hostname, "url": address.url}
            )
        )
