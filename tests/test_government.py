"""The Pemerintahan page and its admin: the organisation chart in hierarchy order, BPD and
institutions, JSON-LD, who may change the records (moderators, not a Penulis), Indonesian
errors for bad input, cache purges, the query budget and the demo content."""

import datetime
import json
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from core.models import VillageSettings
from demo import government as demo_government
from government.models import (
    BPDMember,
    BPDPosition,
    GovernmentPage,
    Institution,
    InstitutionKind,
    Official,
    Position,
)
from government.models.base import initials_of
from tests.browser import browser_test_marks
from tests.factories import ArticleIndexPageFactory, HomePageFactory, ImageFactory
from tests.factories_government import (
    BPDMemberFactory,
    GovernmentPageFactory,
    InstitutionFactory,
    OfficialFactory,
)
from tests.helpers import (
    MODERATOR,
    PENULIS,
    SNIPPET_FORM,
    form_data,
    get_soup,
    jsonld_of_type,
    logged_in,
    make_user,
    soup,
    steady_state_get,
)
from villages.structure import ensure_village_structure

MODELS = [Official, BPDMember, Institution]
# Maximum queries per anonymous view, steady state (tests/test_query_budgets.py explains the
# measure): measured 18, of which six are this page's own (officials, BPD members and
# institutions, each with one query for its photos' renditions).
PAGE_BUDGET = 20

# One official per position, created out of order; the chart reads them in this order.
HIERARCHY = [
    ("Sugeng Riyadi", Position.KEPALA_DESA, ""),
    ("Endang Sulistyowati", Position.SEKRETARIS_DESA, ""),
    ("Agus Priyanto", Position.KAUR_TATA_USAHA, ""),
    ("Sri Wahyuni", Position.KAUR_KEUANGAN, ""),
    ("Dwi Haryanto", Position.KAUR_PERENCANAAN, ""),
    ("Wahyu Staf", Position.STAF, ""),
    ("Slamet Widodo", Position.KASI_PEMERINTAHAN, ""),
    ("Nur Khasanah", Position.KASI_KESEJAHTERAAN, ""),
    ("Teguh Santoso", Position.KASI_PELAYANAN, ""),
    ("Rasimin", Position.KEPALA_DUSUN, "Dusun Krajan"),
]
JOB_TITLES = [
    "Kepala Desa",
    "Sekretaris Desa",
    "Kaur Tata Usaha dan Umum",
    "Kaur Keuangan",
    "Kaur Perencanaan",
    "Staf",
    "Kasi Pemerintahan",
    "Kasi Kesejahteraan",
    "Kasi Pelayanan",
    "Kepala Dusun Krajan",
]


@pytest.fixture
def government_page(home_page, village):
    return GovernmentPageFactory(parent=home_page)


@pytest.fixture
def officials(government_page):
    return {
        name: OfficialFactory(name=name, position=position, area=area)
        for name, position, area in reversed(HIERARCHY)
    }


def url_name(model, view):
    return f"wagtailsnippets_government_{model._meta.model_name}:{view}"


def admin_url(model, view, *args):
    return reverse(url_name(model, view), args=args)


def texts(page_soup, selector):
    return [" ".join(tag.get_text().split()) for tag in page_soup.select(selector)]


def chart_names(page_soup):
    return texts(page_soup, ".org-chart .person-name")


# --- The public page ---------------------------------------------------------------------


def test_page_shows_every_official_with_position_in_hierarchy_order(client, officials):
    page_soup = get_soup(client, GovernmentPage.objects.get())

    assert chart_names(page_soup) == [name for name, _position, _area in HIERARCHY]
    assert texts(page_soup, ".org-chart .person-position") == JOB_TITLES


def test_chart_nests_the_secretariat_sections_and_dusun_under_the_village_head(client, officials):
    page_soup = get_soup(client, GovernmentPage.objects.get())
    chart = page_soup.select_one("ul.org-chart[aria-label]")
    top = chart.find("li", recursive=False)
    secretariat = top.select_one("ul.org-branches > li.org-secretariat")
    sections = top.select_one("ul.org-branches > li.org-technical")
    territorial = top.select_one("ul.org-branches > li.org-territorial")

    assert top.find("div", class_="person-card", recursive=False).p.get_text() == "Sugeng Riyadi"
    assert secretariat.find("div", class_="person-card", recursive=False).p.get_text() == (
        "Endang Sulistyowati"
    )
    assert texts(secretariat, "ul.org-under > li .person-name") == [
        "Agus Priyanto",
        "Sri Wahyuni",
        "Dwi Haryanto",
        "Wahyu Staf",
    ]
    assert texts(sections, "ul > li .person-name") == [
        "Slamet Widodo",
        "Nur Khasanah",
        "Teguh Santoso",
    ]
    assert texts(territorial, "ul > li .person-name") == ["Rasimin"]
    assert [heading.get_text() for heading in top.select("h3.org-branch-title")] == [
        "Sekretariat Desa",
        "Pelaksana Teknis",
        "Pelaksana Kewilayahan",
    ]


def test_officials_of_one_position_follow_the_editors_order(client, government_page):
    dusun_head = {"position": Position.KEPALA_DUSUN}
    OfficialFactory(name="Kadus Kedua", area="Kaliurip", sort_order=2, **dusun_head)
    OfficialFactory(name="Kadus Pertama", area="Krajan", sort_order=1, **dusun_head)

    page_soup = get_soup(client, government_page)

    assert chart_names(page_soup) == ["Kadus Pertama", "Kadus Kedua"]


def test_hidden_official_is_not_shown(client, officials):
    hidden = officials["Teguh Santoso"]
    hidden.active = False
    hidden.save()

    response = client.get(GovernmentPage.objects.get().url)
    page_soup = soup(response)

    assert "Teguh Santoso" not in response.content.decode()
    assert "Kasi Pelayanan" not in texts(page_soup, ".person-position")
    employees = jsonld_of_type(page_soup, "GovernmentOrganization")["employee"]
    assert "Teguh Santoso" not in [person["name"] for person in employees]


def test_officials_of_another_village_site_are_not_shown(client, officials):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="desa-lain")
    other_site = Site.objects.create(hostname="desalain.id", root_page=other_home)
    OfficialFactory(name="Kades Desa Lain", position=Position.KEPALA_DESA, site=other_site)

    response = client.get(GovernmentPage.objects.get().url)

    assert response.status_code == 200
    assert "Kades Desa Lain" not in response.content.decode()


def test_official_without_photo_gets_initials_drawn_in_css(client, government_page):
    OfficialFactory(name="Drs. H. Sugeng Riyadi, S.Pd.", position=Position.KEPALA_DESA)

    card = get_soup(client, government_page).select_one(".org-chart .person-card")

    placeholder = card.select_one(".person-initials")
    assert placeholder.get_text() == "SR"
    assert placeholder["aria-hidden"] == "true"
    assert card.find("img") is None


def test_official_photo_is_a_picture_with_size(client, government_page):
    OfficialFactory(name="Sugeng Riyadi", position=Position.KEPALA_DESA, with_photo=True)

    image = get_soup(client, government_page).select_one(".org-chart picture img")

    assert image["width"] == "160"
    assert image["height"] == "160"
    assert image["alt"] == ""


def test_official_contact_is_a_whatsapp_link_and_email(client, government_page):
    OfficialFactory(
        name="Sugeng Riyadi",
        position=Position.KEPALA_DESA,
        phone="+6281234567890",
        email="kades@desauji.id",
    )

    card = get_soup(client, government_page).select_one(".org-chart .person-card")

    whatsapp = card.select_one('a[href^="https://wa.me/"]')
    assert whatsapp["href"] == "https://wa.me/6281234567890"
    assert whatsapp.get_text() == "WhatsApp +62 812-3456-7890"
    assert card.select_one('a[href="mailto:kades@desauji.id"]') is not None


def test_term_of_office_reads_as_indonesian_dates(client, government_page):
    OfficialFactory(
        name="Sugeng Riyadi",
        position=Position.KEPALA_DESA,
        term_start=datetime.date(2019, 12, 20),
        term_end=datetime.date(2027, 12, 20),
    )
    OfficialFactory(
        name="Endang", position=Position.SEKRETARIS_DESA, term_start=datetime.date(2017, 8, 17)
    )

    terms = texts(get_soup(client, government_page), ".org-chart .person-term")

    assert terms == [
        "Masa jabatan: 20 Desember 2019 – 20 Desember 2027",
        "Masa jabatan: sejak 17 Agustus 2017",
    ]


def test_bpd_members_are_shown_by_position(client, government_page):
    BPDMemberFactory(name="Siti Aminah", position=BPDPosition.ANGGOTA)
    BPDMemberFactory(name="Bambang Suryadi", position=BPDPosition.SEKRETARIS)
    BPDMemberFactory(name="Muhammad Solikhin", position=BPDPosition.KETUA, with_photo=True)
    BPDMemberFactory(name="Tri Lestari", position=BPDPosition.WAKIL_KETUA)

    page_soup = get_soup(client, government_page)
    section = page_soup.find("section", attrs={"aria-labelledby": "bpd-judul"})

    assert section.h2.get_text() == "Badan Permusyawaratan Desa (BPD)"
    assert texts(section, "h3.person-name") == [
        "Muhammad Solikhin",
        "Tri Lestari",
        "Bambang Suryadi",
        "Siti Aminah",
    ]
    assert texts(section, ".person-position") == [
        "Ketua BPD",
        "Wakil Ketua BPD",
        "Sekretaris BPD",
        "Anggota BPD",
    ]


def test_institutions_are_shown_with_leader_description_and_contact(client, government_page):
    InstitutionFactory(
        name="TP PKK Desa Uji",
        kind=InstitutionKind.PKK,
        leader_name="Endah Susilowati",
        description="Menggerakkan keluarga lewat dasa wisma.",
        member_count=32,
        contact_phone="+6281227654320",
        sort_order=2,
    )
    InstitutionFactory(name="LPM Desa Uji", kind=InstitutionKind.LPM, sort_order=1, with_logo=True)

    page_soup = get_soup(client, government_page)
    cards = page_soup.select(".institution-card")

    assert texts(page_soup, ".institution-card h3") == ["LPM Desa Uji", "TP PKK Desa Uji"]
    pkk = cards[1]
    assert pkk.select_one(".badge").get_text() == "PKK"
    assert pkk.select_one(".institution-leader").get_text() == "Ketua: Endah Susilowati"
    assert "Menggerakkan keluarga lewat dasa wisma." in pkk.get_text()
    assert pkk.select_one(".institution-members").get_text() == "32 anggota"
    assert pkk.select_one('a[href="https://wa.me/6281227654320"]') is not None


def test_empty_government_says_so_and_hides_empty_sections(client, government_page):
    page_soup = get_soup(client, government_page)

    assert "Susunan perangkat desa belum diisi." in page_soup.select_one("main").get_text()
    assert page_soup.find(id="bpd-judul") is None
    assert page_soup.find(id="lembaga-judul") is None


def test_page_loads_its_own_stylesheet_and_no_script(client, officials):
    page_soup = get_soup(client, GovernmentPage.objects.get())

    stylesheets = [link["href"] for link in page_soup.select('link[rel="stylesheet"]')]
    assert any(href.endswith("css/government.css") for href in stylesheets)
    assert page_soup.select_one("main script:not([type])") is None


def test_jsonld_is_a_government_organization_with_the_officials(client, officials, village):
    page_soup = get_soup(client, GovernmentPage.objects.get())
    data = jsonld_of_type(page_soup, "GovernmentOrganization")
    scripts = page_soup.find_all("script", type="application/ld+json")
    assert [script.string.count("GovernmentOrganization") for script in scripts] == [1]

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Desa Uji"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Jl. Raya Uji No. 1",
        "addressCountry": "ID",
    }
    # The village office every page names (one @id), here with its officials.
    assert data["@id"] == "http://localhost/#organisasi"
    assert data["url"] == "http://localhost/"
    assert data["employee"] == [
        {"@type": "Person", "name": name, "jobTitle": title}
        for (name, _position, _area), title in zip(HIERARCHY, JOB_TITLES, strict=True)
    ]


def test_jsonld_survives_a_name_that_would_close_the_script(client, government_page):
    OfficialFactory(name="</script><b>Sugeng</b>", position=Position.KEPALA_DESA)

    response = client.get(government_page.url)

    data = jsonld_of_type(soup(response), "GovernmentOrganization")
    assert data["employee"][0]["name"] == "</script><b>Sugeng</b>"
    assert "<b>Sugeng" not in response.content.decode()


def test_initials_skip_titles_and_degrees():
    assert initials_of("Drs. H. Sugeng Riyadi, S.Pd.") == "SR"
    assert initials_of("Rasimin") == "R"
    assert initials_of("Nur Khasanah Dewi") == "ND"
    assert initials_of("H.") == "H"


# --- Who may change them -------------------------------------------------------------------


@pytest.fixture
def records(government_page):
    return {
        Official: OfficialFactory(name="Sugeng Riyadi", position=Position.KEPALA_DESA),
        BPDMember: BPDMemberFactory(name="Muhammad Solikhin"),
        Institution: InstitutionFactory(name="LPM Desa Uji"),
    }


def view_url(model, view, records):
    if view in ("list", "add"):
        return admin_url(model, view)
    return admin_url(model, view, records[model].pk)


VIEWS = ["list", "add", "edit", "delete"]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_penulis_is_turned_away_from_every_government_admin_view(records, model, view):
    client = logged_in(make_user(PENULIS))

    response = client.get(view_url(model, view, records))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_moderator_opens_every_government_admin_view(records, model, view):
    client = logged_in(make_user(MODERATOR))

    response = client.get(view_url(model, view, records))

    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_penulis_posts_change_nothing(records, model):
    client = logged_in(make_user(PENULIS))
    record = records[model]

    responses = [
        client.post(admin_url(model, "add"), {"name": "Masuk Lewat Pintu Belakang"}),
        client.post(admin_url(model, "edit", record.pk), {"name": "Diganti Penulis"}),
        client.post(admin_url(model, "delete", record.pk)),
    ]

    assert [response.status_code for response in responses] == [302, 302, 302]
    assert list(model.objects.values_list("name", flat=True)) == [record.name]


def bulk_delete(client, record):
    url = reverse("wagtail_bulk_action", args=["government", record._meta.model_name, "delete"])
    return client.post(f"{url}?id={record.pk}", {"id": [record.pk]})


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_bulk_delete_is_for_moderators_only(records, model):
    record = records[model]

    bulk_delete(logged_in(make_user(PENULIS)), record)
    assert model.objects.filter(pk=record.pk).exists()

    bulk_delete(logged_in(make_user(MODERATOR)), record)
    assert not model.objects.filter(pk=record.pk).exists()


def test_moderator_deletes_an_official(records):
    client = logged_in(make_user(MODERATOR))
    official = records[Official]

    response = client.post(admin_url(Official, "delete", official.pk))

    assert response.status_code == 302
    assert not Official.objects.filter(pk=official.pk).exists()


def test_pemerintahan_menu_is_for_moderators_only(records):
    moderator_home = logged_in(make_user(MODERATOR)).get("/admin/").content.decode()
    penulis_home = logged_in(make_user(PENULIS)).get("/admin/").content.decode()

    assert "Pemerintahan" in moderator_home
    assert admin_url(Official, "list") in moderator_home
    assert admin_url(Official, "list") not in penulis_home
    assert admin_url(Institution, "list") not in penulis_home


def test_migration_gives_moderators_and_not_penulis_the_government_permissions(db):
    expected = {
        f"{action}_{model}"
        for model in ("official", "bpdmember", "institution")
        for action in ("add", "change", "delete", "view")
    }

    def codenames(group):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label="government")
            .values_list("codename", flat=True)
        )

    assert codenames(MODERATOR) == expected
    assert codenames(PENULIS) == set()


def test_penulis_cannot_change_their_own_photo_once_an_official_shows_it(records):
    penulis = make_user(PENULIS)
    photo = ImageFactory(uploaded_by_user=penulis)
    official = records[Official]
    official.photo = photo
    official.save()

    response = logged_in(penulis).get(reverse("wagtailimages:edit", args=[photo.pk]))

    assert response.status_code == 302
    assert get_image_model().objects.filter(pk=photo.pk).exists()


# --- Admin input ---------------------------------------------------------------------------


@pytest.fixture
def moderator_client(government_page):
    return logged_in(make_user(MODERATOR))


def add_form(client, model, **changes):
    data = form_data(client.get(admin_url(model, "add")), SNIPPET_FORM)
    return data | changes


def field_errors(response, name):
    """The error text the admin shows under the field `name`."""
    page_soup = soup(response)
    field = page_soup.find(attrs={"name": name}).find_parent(attrs={"data-field": True})
    return " ".join(field.select_one("[data-field-errors]").get_text(" ").split())


OFFICIAL = {
    "name": "Sugeng Riyadi",
    "position": Position.KEPALA_DESA,
    "term_start": "2019-12-20",
    "sort_order": "0",
    "active": "on",
}


def test_moderator_adds_an_official_and_the_phone_is_stored_as_e164(moderator_client):
    data = add_form(moderator_client, Official, **OFFICIAL, phone="0812-3456-7890")

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code == 302
    official = Official.objects.get()
    assert official.phone == "+6281234567890"
    assert official.site == Site.objects.get(is_default_site=True)


def test_term_ending_before_it_starts_is_refused_in_indonesian(moderator_client):
    data = add_form(
        moderator_client, Official, **OFFICIAL | {"term_start": "2020-01-10"}, term_end="2019-05-01"
    )

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code == 200
    assert field_errors(response, "term_end") == (
        "Akhir masa jabatan (1 Mei 2019) tidak boleh sebelum awal masa jabatan (10 Januari 2020)."
    )
    assert not Official.objects.exists()


def test_bpd_term_ending_before_it_starts_is_refused(moderator_client):
    data = add_form(
        moderator_client,
        BPDMember,
        name="Tri Lestari",
        position=BPDPosition.KETUA,
        term_start="2024-01-01",
        term_end="2023-12-31",
        sort_order="0",
    )

    response = moderator_client.post(admin_url(BPDMember, "add"), data)

    assert response.status_code == 200
    assert "tidak boleh sebelum awal masa jabatan" in field_errors(response, "term_end")
    assert not BPDMember.objects.exists()


def test_kepala_dusun_needs_a_wilayah(moderator_client):
    data = add_form(
        moderator_client, Official, **OFFICIAL | {"position": Position.KEPALA_DUSUN}, area=" "
    )

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code == 200
    assert "Tulis wilayah yang dipimpin Kepala Dusun" in field_errors(response, "area")
    assert not Official.objects.exists()


def test_wilayah_is_only_for_kepala_dusun(moderator_client):
    data = add_form(moderator_client, Official, **OFFICIAL, area="Dusun Krajan")

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code == 200
    assert "Wilayah hanya diisi untuk Kepala Dusun" in field_errors(response, "area")


def test_a_second_shown_kepala_desa_is_refused_but_a_hidden_one_is_kept(moderator_client):
    OfficialFactory(name="Kades Lama", position=Position.KEPALA_DESA)

    refused = moderator_client.post(
        admin_url(Official, "add"), add_form(moderator_client, Official, **OFFICIAL)
    )
    hidden = add_form(moderator_client, Official, **OFFICIAL)
    del hidden["active"]
    kept = moderator_client.post(admin_url(Official, "add"), hidden)

    assert refused.status_code == 200
    assert field_errors(refused, "position") == (
        "Kepala Desa yang tampil sudah ada: Kades Lama. Matikan 'tampilkan' pada data lama "
        "lebih dulu, atau pilih jabatan lain."
    )
    assert kept.status_code == 302
    assert Official.objects.filter(name="Sugeng Riyadi", active=False).exists()


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("phone", "12345", "Nomor telepon tidak valid"),
        ("term_start", "31-02-2024", "Masukkan tanggal yang valid"),
        ("term_start", "", "Kolom ini harus diisi."),
        ("position", "bupati", "bupati bukan salah satu dari pilihan yang tersedia"),
        ("email", "bukan-email", "Masukkan alamat email yang valid"),
        ("sort_order", "satu", "Masukkan keseluruhan angka bilangan."),
        ("photo", "999999", "Masukkan pilihan yang valid."),
    ],
)
def test_bad_official_input_gets_an_indonesian_message(moderator_client, field, value, message):
    data = add_form(moderator_client, Official, **OFFICIAL | {field: value})

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code == 200
    assert message in field_errors(response, field)
    assert not Official.objects.exists()


def test_negative_member_count_is_refused_in_indonesian(moderator_client):
    data = add_form(
        moderator_client,
        Institution,
        name="Karang Taruna",
        kind=InstitutionKind.KARANG_TARUNA,
        member_count="-3",
        sort_order="0",
    )

    response = moderator_client.post(admin_url(Institution, "add"), data)

    assert response.status_code == 200
    assert "lebih besar dari atau sama dengan 0" in field_errors(response, "member_count")
    assert not Institution.objects.exists()


def test_photo_id_that_is_not_a_number_is_no_server_error(moderator_client):
    data = add_form(moderator_client, Official, **OFFICIAL, photo="abc")

    response = moderator_client.post(admin_url(Official, "add"), data)

    assert response.status_code in (200, 400)
    assert not Official.objects.exists()


def test_admin_listing_searches_and_filters_officials(moderator_client, officials):
    searched = moderator_client.get(admin_url(Official, "list"), {"q": "wahyu"})
    filtered = moderator_client.get(
        admin_url(Official, "list"), {"position": Position.KEPALA_DUSUN}
    )

    assert texts(soup(searched), "tbody .title a") == ["Sri Wahyuni", "Wahyu Staf"]
    assert texts(soup(filtered), "tbody .title a") == ["Rasimin"]


def test_admin_listing_filters_hidden_officials_and_says_so_in_words(moderator_client, officials):
    hidden = officials["Teguh Santoso"]
    hidden.active = False
    hidden.save()

    listing = soup(moderator_client.get(admin_url(Official, "list"), {"active": "tidak"}))

    assert texts(listing, "tbody .title a") == ["Teguh Santoso"]
    assert texts(listing, "tbody td:last-child") == ["Tidak"]


def test_admin_listing_shows_photo_thumbnails_in_hierarchy_order(moderator_client, government_page):
    OfficialFactory(name="Kasi", position=Position.KASI_PELAYANAN)
    OfficialFactory(name="Kades", position=Position.KEPALA_DESA, with_photo=True)

    listing = soup(moderator_client.get(admin_url(Official, "list")))

    assert texts(listing, "tbody .title a") == ["Kades", "Kasi"]
    assert len(listing.select("tbody img")) == 1


# --- Page cache -----------------------------------------------------------------------------


def cache_state(client, url):
    return client.get(url).headers.get("X-Cache")


def test_editing_an_official_in_the_admin_purges_the_page(client, officials, moderator_client):
    page_url = GovernmentPage.objects.get().url
    news_url = ArticleIndexPageFactory(parent=GovernmentPage.objects.get().get_parent()).url
    for url in (page_url, news_url):
        client.get(url)
    assert cache_state(client, page_url) == "HIT"
    official = officials["Sugeng Riyadi"]
    data = form_data(
        moderator_client.get(admin_url(Official, "edit", official.pk)), SNIPPET_FORM
    ) | {"name": "Sugeng Riyadi, S.IP.", "active": "on"}

    assert moderator_client.post(admin_url(Official, "edit", official.pk), data).status_code == 302

    response = client.get(page_url)
    assert response.headers["X-Cache"] == "MISS"
    assert "Sugeng Riyadi, S.IP." in response.content.decode()
    assert cache_state(client, news_url) == "HIT"


@pytest.mark.parametrize(
    "make",
    [
        lambda: OfficialFactory(name="Kaur Baru", position=Position.KAUR_KEUANGAN),
        lambda: BPDMemberFactory(name="Anggota Baru"),
        lambda: InstitutionFactory(name="Linmas Baru", kind=InstitutionKind.LINMAS),
    ],
    ids=["official", "bpd", "institution"],
)
def test_adding_any_record_purges_the_page(client, government_page, make):
    client.get(government_page.url)
    assert cache_state(client, government_page.url) == "HIT"

    record = make()

    response = client.get(government_page.url)
    assert response.headers["X-Cache"] == "MISS"
    assert record.name in response.content.decode()


def test_deleting_an_official_purges_the_page(client, officials):
    page_url = GovernmentPage.objects.get().url
    client.get(page_url)

    officials["Rasimin"].delete()

    response = client.get(page_url)
    assert response.headers["X-Cache"] == "MISS"
    assert "Rasimin" not in response.content.decode()


def test_replacing_an_officials_photo_file_purges_the_page(client, government_page):
    official = OfficialFactory(name="Sugeng Riyadi", position=Position.KEPALA_DESA, with_photo=True)
    client.get(government_page.url)

    official.photo.title = "Foto baru"
    official.photo.save()

    assert cache_state(client, government_page.url) == "MISS"


# --- Query budget ---------------------------------------------------------------------------


def people(count, factory, **kwargs):
    return [factory(with_photo=True, **kwargs) for _ in range(count)]


def test_query_count_does_not_grow_with_officials(
    client, settings, government_page, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    OfficialFactory(position=Position.KEPALA_DESA, with_photo=True)
    people(1, OfficialFactory, position=Position.KEPALA_DUSUN, area="Krajan")
    people(1, BPDMemberFactory)
    InstitutionFactory(with_logo=True)
    url = government_page.url
    _, few = steady_state_get(client, url, PAGE_BUDGET, django_assert_max_num_queries)

    OfficialFactory(position=Position.SEKRETARIS_DESA, with_photo=True)
    people(6, OfficialFactory, position=Position.KEPALA_DUSUN, area="Kaliurip")
    people(5, OfficialFactory)
    people(6, BPDMemberFactory)
    for _ in range(4):
        InstitutionFactory(with_logo=True)
    _, many = steady_state_get(client, url, PAGE_BUDGET, django_assert_max_num_queries)

    assert many == few


# --- Layout in a real browser ---------------------------------------------------------------


def boxes(browser, url, width):
    """Where the chart's cards sit at this viewport width, and the page's scroll width."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(url)
    found = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('.org-chart .person-card')]
            .map(card => [card.querySelector('.person-name').textContent,
                          card.getBoundingClientRect().toJSON()]))"""
    )
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    return found, scroll_width


def marked(marks):
    """Apply a list of pytest marks (such as browser_test_marks) to one test."""

    def decorate(test):
        for mark in marks:
            test = mark(test)
        return test

    return decorate


@marked(browser_test_marks)
def test_chart_is_a_tree_on_wide_screens_and_an_indented_list_on_phones(
    browser, live_server, officials
):
    url = live_server.url + GovernmentPage.objects.get().url

    wide, wide_scroll = boxes(browser, url, 1280)
    phone, phone_scroll = boxes(browser, url, 360)

    head, secretary = wide["Sugeng Riyadi"], wide["Endang Sulistyowati"]
    kaur, kasi, dusun = wide["Sri Wahyuni"], wide["Slamet Widodo"], wide["Rasimin"]
    assert head["bottom"] <= secretary["top"]
    assert kasi["left"] >= secretary["right"]  # the sections beside the secretariat
    assert abs(kasi["top"] - secretary["top"]) < 1
    assert kaur["top"] >= secretary["bottom"] and kaur["left"] > secretary["left"]
    assert dusun["top"] >= max(card["bottom"] for card in wide.values() if card is not dusun)
    assert wide_scroll == 1280
    # On a phone: one column, each level further in, nothing wider than the screen.
    tops = [phone[name]["top"] for name, _position, _area in HIERARCHY]
    assert tops == sorted(tops)
    assert phone["Sugeng Riyadi"]["left"] < phone["Endang Sulistyowati"]["left"]
    assert phone["Endang Sulistyowati"]["left"] < phone["Sri Wahyuni"]["left"]
    assert all(card["right"] <= 360 for card in phone.values())
    assert phone_scroll == 360


# --- Demo content ---------------------------------------------------------------------------


@pytest.fixture
def demo_pages(government_page):
    return SimpleNamespace(government=government_page, home=government_page.get_parent())


def test_demo_loads_the_serang_government(client, demo_pages):
    lines = []
    GovernmentPage.objects.filter(pk=demo_pages.government.pk).update(intro="")
    demo_pages.government.refresh_from_db()

    demo_government.load(demo_pages, lines.append)

    assert Official.objects.count() == 9
    assert BPDMember.objects.count() == 5
    assert set(Institution.objects.values_list("kind", flat=True)) == {
        "lpm",
        "pkk",
        "karang_taruna",
        "posyandu",
    }
    assert not Official.objects.filter(photo__isnull=True).exists()
    assert not BPDMember.objects.filter(photo__isnull=True).exists()
    assert "Permendagri Nomor 84 Tahun 2015" in GovernmentPage.objects.get().intro
    assert lines == [
        "Pengantar halaman Pemerintahan diisi.",
        "Perangkat desa dibuat: 9.",
        "Anggota BPD dibuat: 5.",
        "Lembaga desa dibuat: 4.",
    ]
    page_soup = get_soup(client, GovernmentPage.objects.get())
    assert chart_names(page_soup)[:2] == ["Sugeng Riyadi", "Endang Sulistyowati"]
    assert "Kepala Dusun Krajan" in texts(page_soup, ".person-position")
    assert Official.objects.get(name="Sugeng Riyadi").phone == "+6281227654301"


def test_demo_fills_the_intro_the_village_structure_left_neutral(site):
    pages = ensure_village_structure(site)
    neutral_intro = pages.government.intro

    demo_government.load(pages, lambda line: None)

    intro = GovernmentPage.objects.get(pk=pages.government.pk).intro
    assert intro != neutral_intro
    assert intro.startswith("Pemerintah Desa Serang dipimpin Kepala Desa")
    assert Official.objects.filter(site=site).count() == 9


def test_demo_load_is_idempotent_and_keeps_an_editors_intro(demo_pages):
    demo_government.load(demo_pages, lambda line: None)
    page = GovernmentPage.objects.get()
    page.intro = "Tulisan editor."
    page.save_revision().publish()
    counts = (
        Official.objects.count(),
        BPDMember.objects.count(),
        Institution.objects.count(),
        get_image_model().objects.count(),
    )
    lines = []

    demo_government.load(SimpleNamespace(government=GovernmentPage.objects.get()), lines.append)

    assert lines == []
    assert GovernmentPage.objects.get().intro == "Tulisan editor."
    assert (
        Official.objects.count(),
        BPDMember.objects.count(),
        Institution.objects.count(),
        get_image_model().objects.count(),
    ) == counts


def test_demo_portraits_differ_from_person_to_person():
    first = demo_government.draw_portrait("peci", "Sugeng Riyadi", size=120)
    second = demo_government.draw_portrait("peci", "Slamet Widodo", size=120)
    hijab = demo_government.draw_portrait("hijab", "Sri Wahyuni", size=120)

    assert first.tobytes() != second.tobytes()
    assert hijab.tobytes() != first.tobytes()
    assert first.size == (120, 120)


def test_demo_content_file_with_an_unknown_position_is_refused(tmp_path):
    bad = {
        "intro": "Pengantar.",
        "officials": [
            {"name": "X", "position": "bupati", "term_start": "2020-01-01", "portrait": "peci"}
        ],
        "bpd": [],
        "institutions": [],
    }
    (tmp_path / "pemerintahan.yaml").write_text(json.dumps(bad), encoding="utf-8")

    with pytest.raises(demo_government.ContentError, match="'bupati' tidak dikenal"):
        demo_government.read_government(tmp_path)


def test_village_name_in_jsonld_follows_the_settings(client, officials, site):
    settings_record = VillageSettings.objects.get(site=site)
    settings_record.village_name = "Desa Serang"
    settings_record.save()

    data = jsonld_of_type(get_soup(client, GovernmentPage.objects.get()), "GovernmentOrganization")

    assert data["name"] == "Desa Serang"
