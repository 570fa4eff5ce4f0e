"""The admin is the village's own tool, in Indonesian: the village's name and emblem on the
login page, the dashboard and every <title>; a Bantuan menu that opens the site's own
Panduan (with screenshots of this admin) instead of Wagtail's English guide; Indonesian
notification e-mails; and the language report's checks of all of these."""

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core import mail
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.admin.mail import send_notification
from wagtail.models import Comment, Site

from editorial.branding import village_name
from editorial.language_check import english_segments
from editorial.language_report import (
    Screen,
    form_error_screens,
    help_menu_screen,
    moderation_email_screens,
    readable_lines,
    sidebar_submenu,
)
from editorial.management.commands.admin_language_report import Command as LanguageReport
from editorial.panduan import SCREENSHOTS
from tests.helpers import (
    MODERATOR,
    PENULIS,
    edit_form_data,
    edit_url,
    logged_in,
    make_user,
    soup,
    workflow_action_url,
)

PENULIS_SCREENSHOTS = {
    "masuk",
    "dasbor-penulis",
    "tulis-berita",
    "menu-blok",
    "blok-gambar",
    "tambah-wisata",
    "jam-buka-lokasi",
    "tambah-produk",
    "menu-aksi",
    "pratinjau",
    "menu-bantuan",
}
MODERATOR_SCREENSHOTS = {"dasbor-moderator", "setujui", "tolak", "batalkan-terbitan"}


def visible_text(page):
    """The page's text as a reader sees it: no scripts, styles or templates."""
    for element in page.select("script, style, template"):
        element.decompose()
    return " ".join(page.get_text(" ").split())


def links(page):
    return [a["href"] for a in page.select("a[href]")]


def sidebar_props(page):
    return json.loads(page.select_one("#wagtail-sidebar-props").string)


def author(user):
    user.first_name = "Sri Penulis"
    user.save()
    return user


# --- Branding: the village's name, not Wagtail's --------------------------------------


def test_login_page_names_the_village_and_not_wagtail(village):
    page = soup(Client().get(reverse("wagtailadmin_login")))

    assert page.title.get_text(strip=True) == "Masuk - Admin Desa Uji"
    assert page.h1.get_text(" ", strip=True) == "Masuk ke admin Desa Uji"
    assert page.select_one("link[rel=icon]")["href"] == "/static/favicon.svg"
    assert page.select_one(".login-logo img")["src"] == "/static/favicon.svg"
    assert "Wagtail" not in visible_text(page)
    assert not [href for href in links(page) if "wagtail.org" in href]


@pytest.mark.parametrize("role", [PENULIS, MODERATOR])
def test_dashboard_names_the_village_and_not_wagtail(village, role):
    page = soup(logged_in(make_user(role)).get(reverse("wagtailadmin_home")))

    assert page.title.get_text(strip=True) == "Dasbor - Admin Desa Uji"
    assert page.h1.get_text(" ", strip=True) == "Desa Uji"
    # CSS selectors do not look inside a <template>; find() does.
    logo = page.select_one("[data-wagtail-sidebar-branding-logo]").find("img")
    assert (logo["src"], logo["alt"]) == ("/static/favicon.svg", "Desa Uji")
    assert "Wagtail" not in visible_text(page)
    assert not [href for href in links(page) if "wagtail.org" in href]


def test_admin_titles_follow_the_village_name_in_pengaturan_desa(penulis, village):
    village.village_name = "Desa Sukamaju"
    village.save()

    page = soup(logged_in(penulis).get(reverse("wagtailadmin_explore_root")))

    assert page.title.get_text(strip=True).endswith(" - Admin Desa Sukamaju")


def test_village_name_falls_back_to_wagtail_site_name_without_a_site(db):
    Site.objects.all().delete()

    assert village_name() == settings.WAGTAIL_SITE_NAME


def test_superuser_dashboard_has_no_wagtail_banners_or_version(admin_client, village):
    page = soup(admin_client.get(reverse("wagtailadmin_home")))

    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_ENABLE_WHATS_NEW_BANNER is False
    assert page.select_one("[data-w-upgrade-target]") is None
    assert "Wagtail v" not in json.dumps(sidebar_props(page))
    assert "Wagtail" not in visible_text(page)


# --- Help menu and Panduan ------------------------------------------------------------


def test_penulis_help_menu_points_to_the_panduan_penulis(penulis, village):
    page = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert sidebar_submenu(sidebar_props(page), "help") == [
        ("Panduan penulis", "/admin/panduan/penulis/"),
        ("Pintasan", "#"),
    ]


def test_moderator_help_menu_also_points_to_the_panduan_moderator(moderator, village):
    page = soup(logged_in(moderator).get(reverse("wagtailadmin_home")))

    assert sidebar_submenu(sidebar_props(page), "help") == [
        ("Panduan penulis", "/admin/panduan/penulis/"),
        ("Panduan moderator", "/admin/panduan/moderator/"),
        ("Pintasan", "#"),
    ]


def test_dashboard_account_links_open_the_panduan_not_wagtails_guide(penulis, village):
    page = soup(logged_in(penulis).get(reverse("wagtailadmin_home")))

    assert reverse("editorial_panduan:index") in links(page)
    assert "guide.wagtail.org" not in page.decode()


@pytest.mark.parametrize(
    "role, slug, screenshots",
    [(PENULIS, "penulis", PENULIS_SCREENSHOTS), (MODERATOR, "moderator", MODERATOR_SCREENSHOTS)],
)
def test_guide_shows_its_screenshots_with_alt_text(village, role, slug, screenshots):
    url = reverse("editorial_panduan:guide", args=[slug])
    page = soup(logged_in(make_user(role)).get(url))

    images = page.select(".panduan figure img")
    shown = {img["src"].rsplit("/", 1)[1].removesuffix(".webp") for img in images}
    assert shown == screenshots
    for img in images:
        assert img["alt"] == str(SCREENSHOTS[img["src"].rsplit("/", 1)[1][:-5]].alt)
        assert img["src"].startswith("/static/editorial/panduan/")
        assert finders.find(img["src"].removeprefix("/static/"))
        assert int(img["width"]) <= 1000 and int(img["height"]) > 0
    assert page.title.get_text(strip=True) == f"Panduan {slug} - Admin Desa Uji"


def test_every_screenshot_appears_in_a_guide():
    assert set(SCREENSHOTS) == PENULIS_SCREENSHOTS | MODERATOR_SCREENSHOTS


def test_panduan_penulis_covers_the_editors_path(penulis, village):
    page = soup(logged_in(penulis).get(reverse("editorial_panduan:guide", args=["penulis"])))

    headings = [h.get_text(" ", strip=True) for h in page.select(".panduan h2")]
    assert headings == [
        "Masuk ke admin",
        "Menulis berita",
        "Menambah wisata dan produk",
        "Menyimpan draf, melihat pratinjau dan mengirim ke moderator",
        "Mencari bantuan",
    ]
    text = visible_text(page)
    for words in [
        "Tulis berita",
        "Tambah wisata",
        "Tambah produk",
        "Judul bagian",
        "Paragraf",
        "Teks alternatif",
        "Baca juga",
        "Tanya jawab (FAQ)",
        "Kesimpulan",
        "Draf boleh disimpan tanpa foto",
        "Senin–Jumat",
        "Google Maps atau OpenStreetMap",
        "WhatsApp",
        "Simpan draf",
        "Pratinjau",
        "Kirim ke moderator",
    ]:
        assert words in text, words


def test_panduan_moderator_covers_approving_rejecting_and_unpublishing(moderator, village):
    url = reverse("editorial_panduan:guide", args=["moderator"])
    page = soup(logged_in(moderator).get(url))

    headings = [h.get_text(" ", strip=True) for h in page.select(".panduan h2")]
    assert headings == [
        "Melihat kiriman yang menunggu",
        "Memeriksa kiriman",
        "Menyetujui",
        "Menolak: Minta perubahan",
        "Membatalkan terbitan",
        "Mencari bantuan",
    ]
    text = visible_text(page)
    assert "Kolom komentar boleh dikosongkan" in text
    assert "Tuliskan alasannya" in text


@pytest.mark.parametrize(
    "role, guides",
    [
        (PENULIS, ["Panduan penulis"]),
        (MODERATOR, ["Panduan penulis", "Panduan moderator"]),
    ],
)
def test_panduan_index_lists_the_guides_for_the_role(village, role, guides):
    page = soup(logged_in(make_user(role)).get(reverse("editorial_panduan:index")))

    assert [a.get_text(strip=True) for a in page.select(".panduan-cards h2 a")] == guides


def test_panduan_help_section_gives_the_village_office_contact(penulis, village):
    village.phone = "+62281891234"
    village.email = "kantor@desauji.id"
    village.save()

    page = soup(logged_in(penulis).get(reverse("editorial_panduan:index")))

    assert "kantor@desauji.id" in visible_text(page)
    assert "mailto:kantor@desauji.id" in links(page)


def test_unknown_guide_is_404(penulis, village):
    response = logged_in(penulis).get("/admin/panduan/tidak-ada/")

    assert response.status_code == 404


def test_panduan_asks_anonymous_visitors_to_log_in(db):
    response = Client().get(reverse("editorial_panduan:guide", args=["penulis"]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_screenshots_are_small_and_at_most_1000_pixels_wide():
    paths = [finders.find(shot.path) for shot in SCREENSHOTS.values()]

    assert sum(Path(path).stat().st_size for path in paths) < 1_500_000
    for path in paths:
        with Image.open(path) as image:
            assert image.format == "WEBP"
            assert image.width <= 1000


def test_screenshot_alt_texts_and_captions_are_indonesian():
    texts = [str(t) for shot in SCREENSHOTS.values() for t in (shot.alt, shot.caption)]

    assert english_segments(texts, settings.BASE_DIR) == []
    assert not [text for text in texts if "Wagtail" in text]


# --- Notification e-mails -------------------------------------------------------------


def submit_article(penulis, article):
    client = logged_in(penulis)
    data = edit_form_data(client, "article", article) | {"action-submit": "1"}
    assert client.post(edit_url("article", article), data).status_code == 302


def moderate(moderator, kind, item, action, comment=""):
    response = logged_in(moderator).post(
        workflow_action_url(kind, item, action), {"comment": comment}
    )
    assert response.status_code == 302


def assert_indonesian_e_mail(message, greeting):
    text = f"{message.subject}\n{message.body}"
    assert message.body.startswith(f"{greeting},\n")
    assert "Apa kabar" not in text
    assert "disini" not in text
    assert "Wagtail" not in text
    assert "  " not in text
    assert "\n\nSalam,\nAdmin Desa Uji\n" in message.body
    assert english_segments(readable_lines(text), settings.BASE_DIR) == []


def test_submission_e_mails_the_moderator_in_indonesian(make_item, penulis, moderator):
    article = make_item("article", "Panen Raya", live=False)
    submit_article(author(penulis), article)

    [message] = mail.outbox
    assert message.to == [moderator.email]
    assert message.subject == 'Berita "Panen Raya" menunggu Persetujuan moderator'
    assert_indonesian_e_mail(message, "Halo moderator")
    assert 'Sri Penulis mengirim berita "Panen Raya" ke moderator.' in message.body
    assert f"http://testserver/admin/pages/{article.pk}/edit/" in message.body
    assert f"http://testserver/admin/pages/workflow/preview/{article.pk}/" in message.body


def test_approval_e_mails_the_author_with_the_public_link(make_item, penulis, moderator):
    article = make_item("article", "Panen Raya", live=False)
    submit_article(author(penulis), article)
    mail.outbox.clear()

    moderate(moderator, "article", article, "approve", "Terima kasih, rapi sekali.")

    [message] = mail.outbox
    assert message.to == [penulis.email]
    assert message.subject == 'Berita "Panen Raya" disetujui moderator'
    assert_indonesian_e_mail(message, "Halo Sri Penulis")
    assert "kini tayang di situs Desa Uji" in message.body
    assert "Terima kasih, rapi sekali." in message.body
    article.refresh_from_db()
    assert f"Lihat di situs: {article.full_url}" in message.body


def test_rejection_e_mails_the_author_the_reason_and_the_edit_link(make_item, penulis, moderator):
    article = make_item("article", "Panen Raya", live=False)
    submit_article(author(penulis), article)
    mail.outbox.clear()

    moderate(moderator, "article", article, "reject", "Tambahkan foto kegiatan.")

    [message] = mail.outbox
    assert message.subject == 'Berita "Panen Raya" ditolak moderator'
    assert_indonesian_e_mail(message, "Halo Sri Penulis")
    assert 'Alasan dari moderator: "Tambahkan foto kegiatan."' in message.body
    assert (
        "Perbaiki di sini, lalu kirim lagi ke moderator: "
        f"http://testserver/admin/pages/{article.pk}/edit/"
    ) in message.body


def test_catalog_e_mails_name_the_kind_of_item(make_item, penulis, moderator):
    product = make_item("product", "Gula Kelapa", live=False)
    spot = make_item("spot", "Curug Cipendok", live=False)

    screens = moderation_email_screens(
        author(penulis), moderator, make_item("article", "Panen Raya"), spot, product
    )

    subjects = [message.subject for message in mail.outbox]
    assert 'Produk warga "Gula Kelapa" menunggu Persetujuan moderator' in subjects
    assert 'Wisata "Curug Cipendok" disetujui moderator' in subjects
    assert 'Produk warga "Gula Kelapa" ditolak moderator' in subjects
    assert len(screens) == len(mail.outbox) == 8


def test_comment_e_mail_is_indonesian(make_item, penulis, moderator):
    article = make_item("article", "Panen Raya")
    comment = Comment.objects.create(
        page=article,
        user=moderator,
        text="Tambahkan tanggalnya.",
        contentpath="title",
        revision_created=article.latest_revision,
    )
    moderator.first_name = "Bambang"
    moderator.save()

    send_notification(
        [author(penulis)],
        "updated_comments",
        {
            "page": article,
            "editor": moderator,
            "new_comments": [comment],
            "resolved_comments": [],
            "deleted_comments": [],
            "replied_comments": [],
        },
    )

    [message] = mail.outbox
    assert message.subject == 'Bambang memperbarui komentar pada "Panen Raya"'
    assert_indonesian_e_mail(message, "Halo Sri Penulis")
    assert 'Komentar baru:\n- "Tambahkan tanggalnya."' in message.body


def test_password_reset_e_mail_is_indonesian(village, penulis):
    Client().post(reverse("wagtailadmin_password_reset"), {"email": author(penulis).email})

    [message] = mail.outbox
    assert message.subject == "Atur ulang kata sandi admin Desa Uji"
    assert message.body.startswith("Halo Sri Penulis,\n")
    assert "http://testserver/admin/password_reset/confirm/" in message.body
    assert "Nama pengguna Anda: penulis" in message.body
    assert "Wagtail" not in message.body
    assert english_segments(readable_lines(message.body), settings.BASE_DIR) == []


def test_html_e_mails_are_indonesian_and_carry_no_wagtail_header(
    make_item, penulis, moderator, settings
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
    article = make_item("article", "Panen Raya", live=False)
    submit_article(author(penulis), article)

    [(html, mimetype)] = mail.outbox[0].alternatives
    assert mimetype == "text/html"
    assert "<p>Halo moderator,</p>" in html
    assert "Desa Uji" in html
    assert "Wagtail" not in html and "email-header" not in html
    assert f'href="http://testserver/admin/pages/{article.pk}/edit/"' in html


def test_e_mails_sign_with_the_items_village(make_item, penulis, moderator, village):
    village.village_name = "Desa Sukamaju"
    village.save()
    article = make_item("article", "Panen Raya", live=False)

    submit_article(penulis, article)

    assert "Admin Desa Sukamaju" in mail.outbox[0].body


# --- The language report's checks -----------------------------------------------------


@pytest.mark.parametrize(
    "role, labels",
    [
        (PENULIS, ["Panduan penulis", "Pintasan"]),
        (MODERATOR, ["Panduan penulis", "Panduan moderator", "Pintasan"]),
    ],
)
def test_report_reads_the_help_menu(village, role, labels):
    screen = help_menu_screen(make_user(role))

    assert screen.segments == labels
    assert all(url.startswith("/admin/panduan/") for url in screen.links if url != "#")
    assert screen.english == [] and screen.wagtail_findings == []


def test_report_collects_the_forms_errors_in_indonesian(sections, penulis):
    screens = form_error_screens(penulis)

    assert [screen.name for screen in screens] == [
        "Kesalahan formulir berita",
        "Kesalahan formulir wisata",
        "Kesalahan formulir produk",
    ]
    for screen in screens:
        assert "Kolom ini harus diisi." in screen.segments
        assert screen.english == [] and screen.wagtail_findings == []
    assert "Harga harus lebih dari Rp0." in screens[2].segments


def test_report_reads_every_moderation_e_mail(make_item, penulis, moderator):
    screens = moderation_email_screens(
        penulis,
        moderator,
        make_item("article", "Panen Raya"),
        make_item("spot", "Curug Cipendok"),
        make_item("product", "Gula Kelapa"),
    )

    assert [screen.name.split(" → ")[0] for screen in screens] == [
        "E-mail: berita dikirim ke moderator",
        "E-mail: wisata dikirim ke moderator",
        "E-mail: produk dikirim ke moderator",
        "E-mail: berita disetujui dengan komentar",
        "E-mail: wisata disetujui",
        "E-mail: produk ditolak dengan alasan",
        "E-mail: komentar baru",
        "E-mail: atur ulang kata sandi",
    ]
    for screen in screens:
        assert screen.segments[1].startswith("Halo ")
        assert screen.english == [] and screen.wagtail_findings == []


def test_screen_flags_wagtails_name_and_guide():
    screen = Screen(
        "Dasbor", ["Panduan penulis Wagtail 8.0.1", "Draf saya"], ["https://guide.wagtail.org/"]
    )

    assert screen.wagtail_findings == [
        "Panduan penulis Wagtail 8.0.1",
        "https://guide.wagtail.org/",
    ]


def test_readable_lines_leave_addresses_out_of_the_language_check():
    assert readable_lines("Buka tautan ini:\nhttp://desa.id/admin/password_reset/confirm/x/\n") == [
        "Buka tautan ini:"
    ]


def run_report(screens):
    command = LanguageReport(stdout=io.StringIO())
    command.report(screens)
    return command.stdout.getvalue()


def test_report_passes_when_indonesian_and_unbranded():
    output = run_report([Screen("Dasbor", ["Draf saya", "Simpan draf"])])

    assert "Cakupan bahasa Indonesia: 100.00%" in output


def test_report_fails_below_the_minimum_coverage():
    screens = [Screen("Dasbor", ["Simpan draf"] * 150 + ["Save draft"])]

    with pytest.raises(CommandError, match="cakupan bahasa Indonesia 99.34% di bawah 99.5%"):
        run_report(screens)


def test_report_fails_on_wagtails_name_even_when_indonesian():
    screens = [Screen("Masuk", ["Masuk ke Wagtail"] + ["Simpan draf"] * 500)]

    with pytest.raises(CommandError, match="nama atau panduan Wagtail masih tampil"):
        run_report(screens)
