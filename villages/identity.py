"""The village's name and public address: on its Site (which builds every full URL), in its
settings and as the home page's title for search engines. `manage.py setup_village` sets
them for a real village; the demo sets them for Desa Serang."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.models import VillageSettings

from .structure import HOME

DEFAULT_PORTS = {"http": 80, "https": 443}
# One DNS label: letters, digits and hyphens, not starting or ending with a hyphen.
LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
MAX_HOSTNAME = 253
MAX_NAME = VillageSettings._meta.get_field("village_name").max_length
MAX_TAGLINE = VillageSettings._meta.get_field("tagline").max_length


class IdentityError(ValueError):
    """Input the village's identity cannot take; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Address:
    hostname: str
    port: int

    @property
    def url(self):
        """The site's address as Wagtail builds full URLs from it (Site.root_url)."""
        return Site(hostname=self.hostname, port=self.port).root_url


def parse_address(domain, port=None):
    """`desa-x.id`, `https://desa-x.id` or `http://192.168.1.10:8000` as a hostname and a
    port. Without a scheme the site is served over HTTPS (port 443), as production is."""
    text = (domain or "").strip()
    if not text:
        raise IdentityError(_("Domain tidak boleh kosong."))
    if re.search(r"\s", text):
        raise IdentityError(_("Domain tidak boleh berisi spasi: “%s”.") % text)
    if "://" in text:
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            raise IdentityError(
                _("Awalan “%s://” tidak dikenal; pakai http:// atau https://, atau domain saja.")
                % parts.scheme
            )
    else:
        parts, scheme = urlsplit(f"//{text}"), "https"
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username:
        raise IdentityError(
            _("Tulis domain saja, tanpa jalur atau tanda lain, misalnya desa-x.id (bukan “%s”).")
            % text
        )
    hostname = check_hostname(parts.hostname, text)
    try:
        port_in_domain = parts.port
    except ValueError as error:
        raise IdentityError(_("Nomor port di “%s” tidak sah.") % text) from error
    if port is not None and port_in_domain is not None and port != port_in_domain:
        raise IdentityError(
            _("Port %(port)s berbeda dengan port di domain “%(domain)s”.")
            % {"port": port, "domain": text}
        )
    port = port if port is not None else port_in_domain or DEFAULT_PORTS[scheme]
    if not 1 <= port <= 65535:
        raise IdentityError(_("Port harus antara 1 dan 65535."))
    return Address(hostname, port)


def parse_port(text):
    """A port typed on the command line, or None when none was given."""
    if text is None:
        return None
    try:
        return int(str(text).strip())
    except ValueError as error:
        raise IdentityError(_("Port harus berupa angka, bukan “%s”.") % text) from error


def check_hostname(hostname, text):
    if not hostname:
        raise IdentityError(_("“%s” bukan domain yang sah: nama domainnya tidak ada.") % text)
    try:
        # A domain in another script (say, with é) is stored as browsers send it: punycode.
        hostname = hostname.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise IdentityError(_("“%s” bukan domain yang sah.") % text) from error
    labels = hostname.split(".")
    if len(hostname) > MAX_HOSTNAME or not all(LABEL.match(label) for label in labels):
        raise IdentityError(
            _(
                "“%s” bukan domain yang sah: pakai huruf, angka, tanda hubung dan titik saja, "
                "misalnya desa-x.id."
            )
            % text
        )
    return hostname


def check_identity(site, name, address, tagline=None):
    """The cleaned name and tagline, once nothing in the input stands in the way."""
    name = (name or "").strip()
    if not name:
        raise IdentityError(_("Nama desa tidak boleh kosong."))
    if len(name) > MAX_NAME:
        raise IdentityError(_("Nama desa paling banyak %d karakter.") % MAX_NAME)
    if tagline is not None:
        tagline = tagline.strip()
        if len(tagline) > MAX_TAGLINE:
            raise IdentityError(_("Slogan paling banyak %d karakter.") % MAX_TAGLINE)
    other = Site.objects.filter(hostname=address.hostname).exclude(pk=site.pk).first()
    if other is not None:
        raise IdentityError(
            _("Domain %(domain)s sudah dipakai situs lain (“%(site)s”).")
            % {"domain": address.hostname, "site": other.site_name or other.hostname}
        )
    return name, tagline


def name_village(village, name, address, tagline=None, report=None):
    """Give the village site (a VillageSite) this name and address; what already holds them
    stays as it is. Returns whether anything changed."""
    report = report or (lambda message: None)
    name, tagline = check_identity(village.site, name, address, tagline)
    previous_name = VillageSettings.for_site(village.site).village_name
    with transaction.atomic():
        changes = [
            name_site(village.site, name, address, report),
            name_settings(village.site, name, tagline, report),
            name_home_page(village.home, name, previous_name, report),
        ]
    return any(changes)


def name_site(site, name, address, report):
    wanted = {"site_name": name, "hostname": address.hostname, "port": address.port}
    if all(getattr(site, field) == value for field, value in wanted.items()):
        return False
    for field, value in wanted.items():
        setattr(site, field, value)
    site.save(update_fields=list(wanted))
    report(_("Situs “%(name)s” di %(url)s.") % {"name": name, "url": address.url})
    return True


def name_settings(site, name, tagline, report):
    settings = VillageSettings.for_site(site)
    wanted = {"village_name": name}
    if tagline is not None:
        wanted["tagline"] = tagline
    if all(getattr(settings, field) == value for field, value in wanted.items()):
        return False
    for field, value in wanted.items():
        setattr(settings, field, value)
    settings.save()
    report(_("Pengaturan desa: nama desa “%s”.") % name)
    if tagline is not None:
        report(_("Pengaturan desa: slogan “%s”.") % tagline)
    return True


def welcome_title(name):
    return _("Selamat datang di %s") % name


def name_home_page(home, name, previous_name, report):
    """The home page keeps "Beranda" as its title in menus; search engines and browser tabs
    get the village's name (seo_title). A welcome still as set up (neutral, or naming the
    village's previous name) names the village."""
    wanted = {"seo_title": name}
    if home.hero_title in {HOME.default_texts()["hero_title"], welcome_title(previous_name)}:
        wanted["hero_title"] = welcome_title(name)
    changes = {field: value for field, value in wanted.items() if getattr(home, field) != value}
    if not changes:
        return False
    if home.has_unpublished_changes:
        report(
            _(
                "Beranda punya draf yang belum diterbitkan, jadi judulnya tidak diubah: isi "
                "“Judul SEO” dengan “%s” di admin."
            )
            % name
        )
        return False
    for field, value in changes.items():
        setattr(home, field, value)
    home.save_revision().publish()
    if "seo_title" in changes:
        report(_("Beranda: judul untuk mesin pencari “%s”.") % name)
    if "hero_title" in changes:
        report(_("Beranda: sambutan “%s”.") % changes["hero_title"])
    return True
