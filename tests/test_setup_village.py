"""`manage.py setup_village` gives a real village's site its pages, name and address: once,
in Indonesian, refusing bad input without touching anything; and a fresh production install
(`migrate`, then `setup_village`) serves the village's Indonesian home page."""

import os
import re
import subprocess
import sys
import textwrap
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision, Site

from budget.models import BudgetPage
from core.models import VillageSettings
from documents.models import InformasiPublikPage, ProdukHukumIndexPage
from government.models import GovernmentPage
from home.models import HomePage
from tests.factories_budget import BudgetPageFactory
from tests.helpers import soup
from villages.identity import Address, IdentityError, parse_address
from villages.structure import GOVERNMENT_PAGES, SECTIONS

PROJECT_DIR = Path(__file__).resolve().parent.parent


def setup_village(*args):
    output = StringIO()
    call_command("setup_village", *args, stdout=output)
    return output.getvalue()


def state():
    """What the command may change, to compare before and after."""
    site = Site.objects.get(is_default_site=True)
    return {
        "site": (site.site_name, site.hostname, site.port, site.root_page_id),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "settings": list(VillageSettings.objects.values_list("village_name", "tagline")),
    }


@pytest.fixture
def sukamaju(db):
    """A fresh install (Wagtail's welcome page at the root) set up as Desa Sukamaju."""
    return setup_village(
        "--name", "Desa Sukamaju", "--domain", "desasukamaju.id", "--tagline", "Desa yang asri"
    )


def test_setup_names_the_site_and_serves_it_at_its_domain(sukamaju):
    site = Site.objects.get(is_default_site=True)
    assert (site.site_name, site.hostname, site.port) == ("Desa Sukamaju", "desasukamaju.id", 443)
    assert site.root_url == "https://desasukamaju.id"


def test_setup_fills_the_village_settings(sukamaju):
    village = VillageSettings.for_site(Site.objects.get(is_default_site=True))
    assert (village.village_name, village.tagline) == ("Desa Sukamaju", "Desa yang asri")


def test_home_page_stays_beranda_with_the_village_name_for_search_engines(sukamaju, client):
    home = HomePage.objects.get()
    assert (home.title, home.seo_title) == ("Beranda", "Desa Sukamaju")
    page = soup(client.get("/", headers={"host": "desasukamaju.id"}, secure=True))
    assert page.title.get_text(strip=True).startswith("Desa Sukamaju")
    assert page.h1.get_text(strip=True) == "Selamat datang di Desa Sukamaju"
    assert page.select_one(".brand-name").get_text(strip=True) == "Desa Sukamaju"


def test_setup_builds_the_structure_on_a_fresh_install(sukamaju, client):
    for spec in SECTIONS:
        assert client.get(f"/{spec.slug}/", secure=True).status_code == 200
    for spec in GOVERNMENT_PAGES:
        assert client.get(f"/pemerintahan/{spec.slug}/", secure=True).status_code == 200


def test_setup_says_what_it_did_in_indonesian(sukamaju):
    assert "Beranda dibuat." in sukamaju
    assert "Halaman Kontak dibuat." in sukamaju
    assert "Halaman Produk Hukum dibuat." in sukamaju
    assert "Halaman APBDes dibuat." in sukamaju
    assert "Halaman Informasi Publik dibuat." in sukamaju
    assert "Situs “Desa Sukamaju” di https://desasukamaju.id." in sukamaju
    assert "Pengaturan desa: nama desa “Desa Sukamaju”." in sukamaju
    assert "Beranda: judul untuk mesin pencari “Desa Sukamaju”." in sukamaju


def test_second_run_changes_nothing(sukamaju):
    before = state()
    output = setup_village(
        "--name", "Desa Sukamaju", "--domain", "desasukamaju.id", "--tagline", "Desa yang asri"
    )
    assert state() == before
    assert "Tidak ada yang berubah: Desa Sukamaju sudah diatur di https://desasukamaju.id." in (
        output
    )


def test_renaming_moves_the_welcome_with_the_name(sukamaju):
    setup_village("--name", "Desa Sukamulya", "--domain", "desasukamulya.id")
    home = HomePage.objects.get()
    assert (home.seo_title, home.hero_title) == (
        "Desa Sukamulya",
        "Selamat datang di Desa Sukamulya",
    )
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.site_name) == ("desasukamulya.id", "Desa Sukamulya")


def test_an_editors_welcome_is_kept(sukamaju):
    home = HomePage.objects.get()
    home.hero_title = "Sugeng rawuh"
    home.save_revision().publish()
    setup_village("--name", "Desa Sukamulya", "--domain", "desasukamaju.id")
    home = HomePage.objects.get()
    assert (home.seo_title, home.hero_title) == ("Desa Sukamulya", "Sugeng rawuh")


def test_an_editors_draft_of_the_home_page_is_not_published(sukamaju):
    home = HomePage.objects.get()
    home.about_text = "<p>Draf yang belum selesai.</p>"
    home.save_revision()
    output = setup_village("--name", "Desa Sukamulya", "--domain", "desasukamaju.id")
    home = HomePage.objects.get()
    assert home.seo_title == "Desa Sukamaju"
    assert home.about_text == ""
    assert "Beranda punya draf yang belum diterbitkan" in output


def test_setup_keeps_an_existing_site_and_adds_what_is_missing(home_page, village, news_index):
    setup_village("--name", "Desa Uji", "--domain", "http://desauji.id")
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk
    sections = [page.title for page in home_page.get_children()]
    assert sections == [spec.default_texts()["title"] for spec in SECTIONS]
    assert home_page.get_children().filter(pk=news_index.pk).exists()
    government = GovernmentPage.objects.child_of(home_page).get()
    assert [page.specific_class for page in government.get_children()] == [
        ProdukHukumIndexPage,
        BudgetPage,
        InformasiPublikPage,
    ]


def test_an_existing_install_gets_the_transparency_pages_once(home_page, village, client):
    """A site set up before the transparency pages existed, whose editor already made an
    APBDes page under the home page: setup_village adds Produk Hukum and Informasi Publik
    under Pemerintahan and keeps the editor's APBDes page; a second run adds nothing."""
    own_budget_page = BudgetPageFactory(parent=home_page, title="Anggaran", slug="anggaran")
    own_budget_page.save_revision().publish()
    output = setup_village("--name", "Desa Uji", "--domain", "http://testserver")
    assert "Halaman Produk Hukum dibuat." in output
    assert "Halaman Informasi Publik dibuat." in output
    assert "Halaman APBDes dibuat." not in output
    assert BudgetPage.objects.get().pk == own_budget_page.pk
    before = state()
    setup_village("--name", "Desa Uji", "--domain", "http://testserver")
    assert state() == before
    menu = soup(client.get("/")).select_one("nav.main-nav")
    items = {item.a.get_text(strip=True): item for item in menu.select("ul.menu > li")}
    pemerintahan = items["Pemerintahan"]
    assert [a.get_text(strip=True) for a in pemerintahan.select(".submenu a")] == [
        "Produk Hukum",
        "Informasi Publik",
    ]


@pytest.mark.parametrize(
    ("domain", "port", "address"),
    [
        ("desa-x.id", None, Address("desa-x.id", 443)),
        ("DESA-X.ID", None, Address("desa-x.id", 443)),
        ("https://desa-x.id/", None, Address("desa-x.id", 443)),
        ("http://desa-x.id", None, Address("desa-x.id", 80)),
        ("http://192.168.1.10:8000", None, Address("192.168.1.10", 8000)),
        ("desa-x.id", 8443, Address("desa-x.id", 8443)),
        ("désa.id", None, Address("xn--dsa-bma.id", 443)),
    ],
)
def test_domain_with_or_without_scheme(domain, port, address):
    assert parse_address(domain, port) == address


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "", "--domain", "desa-x.id"], "Nama desa tidak boleh kosong."),
        (["--name", "   ", "--domain", "desa-x.id"], "Nama desa tidak boleh kosong."),
        (["--name", "D" * 101, "--domain", "desa-x.id"], "paling banyak 100 karakter"),
        (["--name", "Desa X", "--domain", "http://"], "bukan domain yang sah"),
        (["--name", "Desa X", "--domain", "desa x.id"], "tidak boleh berisi spasi"),
        (["--name", "Desa X", "--domain", ""], "Domain tidak boleh kosong."),
        (["--name", "Desa X", "--domain", "desa_x.id"], "bukan domain yang sah"),
        (["--name", "Desa X", "--domain", "ftp://desa-x.id"], "pakai http:// atau https://"),
        (["--name", "Desa X", "--domain", "https://desa-x.id/berita/"], "tanpa jalur"),
        (["--name", "Desa X", "--domain", "desa-x.id:99999"], "port"),
        (["--name", "Desa X", "--domain", "desa-x.id", "--port", "abc"], "berupa angka"),
        (["--name", "Desa X", "--domain", "desa-x.id:8000", "--port", "9000"], "berbeda"),
        (["--domain", "desa-x.id"], "--name"),
        (["--name", "Desa X"], "--domain"),
    ],
)
def test_bad_input_is_refused_in_indonesian_without_changes(db, args, message):
    before = state()
    with pytest.raises(CommandError, match=re.escape(message)):
        setup_village(*args)
    assert state() == before


def test_a_domain_another_site_uses_is_refused(db):
    other_home = Page.get_first_root_node().add_child(instance=Page(title="Desa Lain", slug="lain"))
    Site.objects.create(
        hostname="desalain.id", port=80, root_page=other_home, site_name="Desa Lain"
    )
    before = state()
    with pytest.raises(CommandError, match="Domain desalain.id sudah dipakai situs lain"):
        setup_village("--name", "Desa X", "--domain", "https://desalain.id")
    assert state() == before


def test_a_site_rooted_elsewhere_is_refused(db):
    site = Site.objects.get(is_default_site=True)
    other = Page.get_first_root_node().add_child(instance=Page(title="Lama", slug="lama"))
    site.root_page = other
    site.save()
    with pytest.raises(CommandError, match="bukan Beranda"):
        setup_village("--name", "Desa X", "--domain", "desa-x.id")
    assert not HomePage.objects.exists()
    assert Site.objects.get(is_default_site=True).site_name == ""


def test_parse_address_refuses_a_port_out_of_range():
    with pytest.raises(IdentityError, match="antara 1 dan 65535"):
        parse_address("desa-x.id", 0)


# --- A real install, in its own processes --------------------------------------------

PRODUCTION_LIKE_SETTINGS = """
from village_site.settings.production import *  # noqa: F403

# Templates name static files; a real install collects them (collectstatic) first.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
"""

READ_HOME_PAGE = """
import django
django.setup()
from django.test import Client
response = Client().get("/", headers={"host": "desa-x.id"}, secure=True)
print(response.status_code)
print(response.content.decode())
"""


def test_fresh_production_install_serves_the_village_after_setup(tmp_path):
    (tmp_path / "install_settings.py").write_text(PRODUCTION_LIKE_SETTINGS)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{PROJECT_DIR}",
        "DJANGO_SETTINGS_MODULE": "install_settings",
        "SECRET_KEY": "fresh-install-secret-key-for-this-test-only-0123456789",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'desa.sqlite3'}",
        "ALLOWED_HOSTS": "desa-x.id",
        "CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }

    def run(*command):
        result = subprocess.run(
            [sys.executable, *command],
            cwd=PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    migrated = run("manage.py", "migrate", "--no-input")
    assert "Situs desa disiapkan" in migrated
    set_up = run("manage.py", "setup_village", "--name", "Desa X", "--domain", "desa-x.id")
    assert "Situs “Desa X” di https://desa-x.id." in set_up
    status, html = run("-c", textwrap.dedent(READ_HOME_PAGE)).split("\n", 1)
    assert status == "200"
    assert '<html lang="id">' in html
    assert "Selamat datang di Desa X" in html
    assert "Wagtail" not in html
