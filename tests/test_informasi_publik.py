"""Informasi Publik: the Daftar Informasi Publik (DIP) in the four PerKI 1/2018 categories
with its columns, links only to live public documents and pages, exempted information never
linked or downloadable (page, CSV, print view, validation), the CSV file, who may change the
entries, purging, the query budget, and the demo DIP."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import PageViewRestriction

from demo import documents as demo_documents
from documents.models import (
    InformasiPublikPage,
    InformationCategory,
    LegalDocument,
    PublicInformation,
)
from tests.factories import ArticleIndexPageFactory
from tests.factories_documents import (
    InformasiPublikPageFactory,
    LegalDocumentFactory,
    ProdukHukumIndexPageFactory,
    PublicInformationFactory,
)
from tests.factories_government import GovernmentPageFactory
from tests.helpers import (
    MODERATOR,
    PENULIS,
    SNIPPET_FORM,
    form_data,
    get_soup,
    logged_in,
    make_user,
    soup,
    steady_state_get,
)

PAGE_URL = "/informasi-publik/"
CSV_URL = "/informasi-publik/csv/"
PRINT_URL = "/informasi-publik/cetak/"
EXEMPT = InformationCategory.EXEMPT
PERKI_COLUMNS = [
    "No",
    "Ringkasan informasi",
    "Pejabat yang menguasai informasi",
    "Penanggung jawab pembuatan informasi",
    "Waktu pembuatan",
    "Bentuk informasi",
    "Jangka waktu penyimpanan",
]
EXEMPT_COLUMNS = [
    "No",
    "Ringkasan informasi",
    "Pejabat yang menguasai informasi",
    "Penanggung jawab pembuatan informasi",
    "Waktu pembuatan",
    "Dasar pengecualian",
    "Jangka waktu penyimpanan",
]


@pytest.fixture
def dip_page(home_page, village):
    return InformasiPublikPageFactory(parent=home_page)


@pytest.fixture
def produk_hukum(home_page, village):
    return ProdukHukumIndexPageFactory(parent=home_page)


@pytest.fixture
def news(home_page, village):
    return ArticleIndexPageFactory(parent=home_page, title="Berita Desa", slug="berita")


@pytest.fixture
def apbdes_document(site, produk_hukum):
    return LegalDocumentFactory(site=site, title="APBDes 2025", document_type="apbdes")


@pytest.fixture
def exempt(site):
    return PublicInformationFactory(
        site=site,
        category=EXEMPT,
        title="Data pribadi penduduk",
        exemption_reason="Pasal 17 huruf h UU 14/2008",
    )


def text_of(element):
    return " ".join(element.get_text(" ").split())


def section(page_soup, category):
    return page_soup.find("section", attrs={"aria-labelledby": f"dip-{category}"})


def headers(section_soup):
    return [text_of(th) for th in section_soup.select("thead th")]


def rows(section_soup):
    return section_soup.select("tbody tr")


def row_of(page_soup, title):
    for row in page_soup.select(".dip-table tbody tr"):
        if title in text_of(row):
            return row
    raise AssertionError(f"{title} is not in the DIP")


def csv_rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def document_urls(page_soup, document):
    return [a["href"] for a in page_soup.find_all("a", href=True) if document.slug in a["href"]]


# --- The page ------------------------------------------------------------------------------


def test_page_lists_the_four_categories_with_the_perki_columns(client, site, dip_page, exempt):
    PublicInformationFactory(site=site, category="berkala", title="APBDes 2025", sort_order=1)
    PublicInformationFactory(site=site, category="berkala", title="RKPDes 2025", sort_order=2)
    PublicInformationFactory(site=site, category="serta-merta", title="Peringatan banjir")
    PublicInformationFactory(site=site, category="setiap-saat", title="Daftar aset desa")

    page_soup = get_soup(client, PAGE_URL)

    assert [text_of(h2) for h2 in page_soup.select(".dip-section h2")] == [
        "Informasi yang wajib disediakan dan diumumkan secara berkala",
        "Informasi yang wajib diumumkan secara serta-merta",
        "Informasi yang wajib tersedia setiap saat",
        "Informasi yang dikecualikan",
    ]
    for category in ("berkala", "serta-merta", "setiap-saat"):
        assert headers(section(page_soup, category)) == PERKI_COLUMNS
    assert headers(section(page_soup, "dikecualikan")) == EXEMPT_COLUMNS
    periodic = rows(section(page_soup, "berkala"))
    assert [text_of(row.td) for row in periodic] == ["1", "2"]
    assert [text_of(row.select("td")[1]) for row in periodic] == [
        "APBDes 2025 Ringkasan informasi untuk warga.",
        "RKPDes 2025 Ringkasan informasi untuk warga.",
    ]
    assert [text_of(cell) for cell in periodic[0].select("td")][2:] == [
        "Sekretaris Desa",
        "Kepala Urusan Tata Usaha dan Umum",
        "2025",
        "Cetak",
        "5 tahun",
    ]
    assert text_of(row_of(page_soup, "Data pribadi penduduk").select("td")[5]) == (
        "Pasal 17 huruf h UU 14/2008"
    )
    assert page_soup.find("a", href=CSV_URL)
    assert page_soup.find("a", href=PRINT_URL)


def test_an_empty_category_says_so(client, dip_page):
    page_soup = get_soup(client, PAGE_URL)

    assert text_of(section(page_soup, "serta-merta").select_one(".notice")) == (
        "Belum ada informasi dalam kategori ini."
    )


def test_linked_document_and_page_link_to_their_public_pages(
    client, site, dip_page, apbdes_document, news
):
    PublicInformationFactory(site=site, title="APBDes", document=apbdes_document)
    PublicInformationFactory(site=site, title="Berita desa", page=news)

    page_soup = get_soup(client, PAGE_URL)

    document_row = row_of(page_soup, "APBDes")
    assert text_of(document_row.select_one(".dip-format")).startswith("Dokumen PDF")
    assert document_row.select_one("a.dip-link")["href"] == (
        f"/produk-hukum/{apbdes_document.slug}/"
    )
    page_row = row_of(page_soup, "Berita desa")
    assert text_of(page_row.select_one(".dip-format")).startswith("Halaman web")
    assert page_row.select_one("a.dip-link")["href"] == "/berita/"
    assert get_soup(client, f"/produk-hukum/{apbdes_document.slug}/")


def test_format_follows_what_is_linked(site, apbdes_document, news):
    pdf = PublicInformationFactory(site=site, document=apbdes_document, format="cetak")
    web = PublicInformationFactory(site=site, page=news, format="pdf")
    paper = PublicInformationFactory(site=site, format="cetak")

    assert [each.get_format_display() for each in (pdf, web, paper)] == [
        "Dokumen PDF",
        "Halaman web",
        "Cetak",
    ]


def test_unpublished_or_private_targets_get_no_link(client, site, dip_page, produk_hukum, news):
    draft = LegalDocumentFactory(site=site, title="Draf APBDes", live=False)
    private = ArticleIndexPageFactory(parent=news.get_parent(), title="Rapat", slug="rapat")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    unpublished = ArticleIndexPageFactory(parent=news.get_parent(), title="Lama", slug="lama")
    unpublished.unpublish()
    PublicInformationFactory(site=site, title="Draf", document=draft)
    PublicInformationFactory(site=site, title="Privat", page=private)
    PublicInformationFactory(site=site, title="Tak terbit", page=unpublished)

    page_soup = get_soup(client, PAGE_URL)
    table = csv_rows(client.get(CSV_URL))

    for title in ("Draf", "Privat", "Tak terbit"):
        assert row_of(page_soup, title).find("a") is None
    assert [row["Tautan"] for row in table] == ["", "", ""]
    assert not page_soup.find("a", href="/rapat/")
    assert not page_soup.find("a", href="/lama/")
    assert not document_urls(page_soup, draft)


def test_a_document_without_a_produk_hukum_page_gets_no_link(client, site, dip_page):
    document = LegalDocumentFactory(site=site)
    PublicInformationFactory(site=site, title="APBDes", document=document)

    assert row_of(get_soup(client, PAGE_URL), "APBDes").find("a") is None


# --- Dikecualikan: never linked, never downloadable ---------------------------------------


@pytest.fixture
def exempt_linked_anyway(site, apbdes_document, news):
    """An exempted entry whose links reached the database without save() (a raw update), as
    a bug or a hand-made fix could: it still must never be offered."""
    entry = PublicInformationFactory(
        site=site,
        category=EXEMPT,
        title="Data pribadi penduduk",
        exemption_reason="Pasal 17 huruf h UU 14/2008",
    )
    PublicInformation.objects.filter(pk=entry.pk).update(
        document=apbdes_document, page=news, format="pdf"
    )
    return entry


def test_exempted_information_is_never_downloadable(
    client, dip_page, apbdes_document, exempt_linked_anyway
):
    file_url = apbdes_document.file.url

    page_soup = get_soup(client, PAGE_URL)
    print_soup = get_soup(client, PRINT_URL)
    table = csv_rows(client.get(CSV_URL))

    for where in (page_soup, print_soup):
        row = row_of(where, "Data pribadi penduduk")
        assert row.find("a") is None
        assert "Pasal 17 huruf h UU 14/2008" in text_of(row)
        assert not where.find("a", href=file_url)
        assert not document_urls(where, apbdes_document)
    [exempted] = table
    assert exempted["Tautan"] == ""
    assert exempted["Dasar pengecualian"] == "Pasal 17 huruf h UU 14/2008"
    assert apbdes_document.slug not in client.get(CSV_URL).content.decode()
    assert file_url not in client.get(CSV_URL).content.decode()


def test_saving_an_exempted_entry_drops_its_links(site, apbdes_document, news):
    entry = PublicInformationFactory(
        site=site,
        category=EXEMPT,
        exemption_reason="Pasal 17 huruf h UU 14/2008",
        document=apbdes_document,
        page=news,
    )

    entry.refresh_from_db()
    assert (entry.document, entry.page, entry.format) == (None, None, "cetak")


def test_validation_refuses_a_link_on_an_exempted_entry(site, apbdes_document, news):
    entry = PublicInformationFactory.build(
        site=site,
        category=EXEMPT,
        exemption_reason="Pasal 17 huruf h UU 14/2008",
        document=apbdes_document,
        page=news,
    )

    with pytest.raises(ValidationError) as refused:
        entry.full_clean()

    message = (
        "Informasi yang dikecualikan tidak boleh ditautkan ke dokumen atau halaman: isinya "
        "tidak dibuka untuk umum."
    )
    assert refused.value.message_dict == {"document": [message], "page": [message]}


def test_an_exempted_entry_needs_its_legal_reason(site):
    entry = PublicInformationFactory.build(site=site, category=EXEMPT, exemption_reason=" ")

    with pytest.raises(ValidationError) as refused:
        entry.full_clean()

    assert refused.value.message_dict["exemption_reason"] == [
        "Tuliskan dasar hukum pengecualiannya, misalnya: Pasal 17 huruf h UU 14/2008."
    ]


def test_only_an_exempted_entry_has_a_legal_reason(site):
    entry = PublicInformationFactory.build(site=site, exemption_reason="Pasal 17 huruf b")

    with pytest.raises(ValidationError) as refused:
        entry.full_clean()

    assert refused.value.message_dict["exemption_reason"] == [
        "Dasar pengecualian hanya diisi untuk informasi yang dikecualikan; kosongkan, atau "
        "pilih kategori dikecualikan."
    ]


# --- CSV and print view -----------------------------------------------------------------------


def test_csv_has_every_entry_with_its_columns_and_no_formula(
    client, site, dip_page, apbdes_document, exempt
):
    PublicInformationFactory(
        site=site, category="berkala", title="APBDes 2025", document=apbdes_document
    )
    PublicInformationFactory(
        site=site,
        category="serta-merta",
        title='=HYPERLINK("http://jahat.example","Klik")',
        summary="@SUM(1+1)",
        official="+62 812-3456-7890",
        created_time="-2025",
    )

    response = client.get(CSV_URL)
    table = csv_rows(response)

    assert response["Content-Disposition"] == ('attachment; filename="daftar-informasi-publik.csv"')
    assert list(table[0]) == [
        "Kategori",
        "No",
        "Judul informasi",
        "Ringkasan informasi",
        "Pejabat yang menguasai informasi",
        "Penanggung jawab pembuatan informasi",
        "Waktu pembuatan",
        "Bentuk informasi",
        "Jangka waktu penyimpanan",
        "Dasar pengecualian",
        "Tautan",
    ]
    assert [(row["Kategori"], row["No"], row["Judul informasi"]) for row in table] == [
        ("Informasi yang wajib disediakan dan diumumkan secara berkala", "1", "APBDes 2025"),
        (
            "Informasi yang wajib diumumkan secara serta-merta",
            "1",
            '\'=HYPERLINK("http://jahat.example","Klik")',
        ),
        ("Informasi yang dikecualikan", "1", "Data pribadi penduduk"),
    ]
    periodic, immediate, exempted = table
    assert periodic["Bentuk informasi"] == "Dokumen PDF"
    assert periodic["Tautan"] == f"http://testserver/produk-hukum/{apbdes_document.slug}/"
    assert periodic["Pejabat yang menguasai informasi"] == "Sekretaris Desa"
    assert periodic["Jangka waktu penyimpanan"] == "5 tahun"
    assert immediate["Ringkasan informasi"] == "'@SUM(1+1)"
    # A phone number or a signed number calls nothing: it stays as typed.
    assert immediate["Pejabat yang menguasai informasi"] == "+62 812-3456-7890"
    assert immediate["Waktu pembuatan"] == "-2025"
    assert exempted["Dasar pengecualian"] == "Pasal 17 huruf h UU 14/2008"
    assert exempted["Bentuk informasi"] == "Cetak"


def test_print_view_is_an_a4_page_of_the_whole_dip(client, site, dip_page, exempt):
    PublicInformationFactory(site=site, category="berkala", title="APBDes 2025")

    response = client.get(PRINT_URL)
    print_soup = soup(response)

    assert text_of(print_soup.h1) == "Daftar Informasi Publik"
    assert len(print_soup.select(".dip-section")) == 4
    assert row_of(print_soup, "APBDes 2025")
    assert row_of(print_soup, "Data pribadi penduduk")
    assert print_soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert print_soup.find("link", rel="canonical")["href"] == f"http://localhost{PAGE_URL}"
    stylesheet = print_soup.find("link", rel="stylesheet")["href"]
    assert stylesheet.endswith("css/documents.css")
    with open("static/css/documents.css", encoding="utf-8") as css:
        assert "@page { size: A4;" in css.read()


def test_unknown_route_under_the_page_is_not_found(client, dip_page):
    assert client.get("/informasi-publik/tidak-ada/").status_code == 404


# --- Who may change the entries ------------------------------------------------------------


def admin_url(view, *args):
    return reverse(f"wagtailsnippets_documents_publicinformation:{view}", args=args)


def entry_view_url(view, entry):
    return admin_url(view) if view in ("list", "add") else admin_url(view, entry.pk)


VIEWS = ["list", "add", "edit", "delete"]


@pytest.mark.parametrize("view", VIEWS)
def test_penulis_is_turned_away_from_the_dip_admin(site, exempt, view):
    response = logged_in(make_user(PENULIS)).get(entry_view_url(view, exempt))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("view", VIEWS)
def test_moderator_opens_the_dip_admin(site, exempt, view):
    response = logged_in(make_user(MODERATOR)).get(entry_view_url(view, exempt))

    assert response.status_code == 200


def test_penulis_posts_change_nothing(site, exempt):
    client = logged_in(make_user(PENULIS))

    responses = [
        client.post(admin_url("add"), {"title": "Masuk lewat pintu belakang"}),
        client.post(admin_url("edit", exempt.pk), {"title": "Diganti Penulis"}),
        client.post(admin_url("delete", exempt.pk)),
    ]

    assert [response.status_code for response in responses] == [302, 302, 302]
    assert list(PublicInformation.objects.values_list("title", flat=True)) == [
        "Data pribadi penduduk"
    ]


def test_admin_menu_offers_the_dip_to_moderators_only(site):
    moderator_home = logged_in(make_user(MODERATOR)).get("/admin/").content.decode()
    penulis_home = logged_in(make_user(PENULIS)).get("/admin/").content.decode()

    assert admin_url("list") in moderator_home
    assert admin_url("list") not in penulis_home


ENTRY = {
    "title": "Laporan realisasi APBDes 2024",
    "category": "berkala",
    "summary": "Realisasi pendapatan dan belanja.",
    "official": "Sekretaris Desa",
    "responsible": "Kepala Urusan Keuangan",
    "created_time": "2025",
    "retention": "10 tahun",
    "sort_order": "1",
}


def test_moderator_adds_edits_and_deletes_an_entry(site, home_page, apbdes_document):
    client = logged_in(make_user(MODERATOR))
    data = form_data(client.get(admin_url("add")), SNIPPET_FORM) | ENTRY
    data["document"] = str(apbdes_document.pk)

    assert client.post(admin_url("add"), data).status_code == 302
    entry = PublicInformation.objects.get()
    assert (entry.title, entry.document, entry.format) == (
        "Laporan realisasi APBDes 2024",
        apbdes_document,
        "pdf",
    )

    edit = form_data(client.get(admin_url("edit", entry.pk)), SNIPPET_FORM)
    assert client.post(admin_url("edit", entry.pk), edit | {"retention": "5 tahun"}).status_code
    entry.refresh_from_db()
    assert entry.retention == "5 tahun"

    assert client.post(admin_url("delete", entry.pk)).status_code == 302
    assert not PublicInformation.objects.exists()


def test_admin_refuses_a_link_on_an_exempted_entry_in_indonesian(site, home_page, news):
    client = logged_in(make_user(MODERATOR))
    data = form_data(client.get(admin_url("add")), SNIPPET_FORM) | ENTRY
    data |= {
        "category": "dikecualikan",
        "exemption_reason": "Pasal 17 huruf h UU 14/2008",
        "page": str(news.pk),
    }

    response = client.post(admin_url("add"), data)

    assert response.status_code == 200
    assert "Informasi yang dikecualikan tidak boleh ditautkan ke dokumen atau halaman" in (
        response.content.decode()
    )
    assert not PublicInformation.objects.exists()


def test_migration_gives_moderators_and_not_penulis_the_dip_permissions(db):
    from django.contrib.auth.models import Group

    def codenames(group):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(codename__endswith="_publicinformation")
            .values_list("codename", flat=True)
        )

    assert codenames(MODERATOR) == {
        "add_publicinformation",
        "change_publicinformation",
        "delete_publicinformation",
        "view_publicinformation",
    }
    assert codenames(PENULIS) == set()


# --- The page cache ---------------------------------------------------------------------------


def test_a_changed_entry_purges_the_page_and_its_views(client, site, dip_page):
    entry = PublicInformationFactory(site=site, title="Daftar aset desa")
    for url in (PAGE_URL, PRINT_URL):
        client.get(url)
        assert client.get(url).headers["X-Cache"] == "HIT"

    entry.title = "Daftar inventaris aset desa"
    entry.save()

    for url in (PAGE_URL, PRINT_URL):
        response = client.get(url)
        assert response.headers["X-Cache"] == "MISS"
        assert row_of(soup(response), "Daftar inventaris aset desa")

    entry.delete()
    assert "Daftar inventaris" not in client.get(PAGE_URL).content.decode()


def test_paths_showing_an_entry_are_the_page_csv_and_print_view(site, dip_page, exempt):
    assert exempt.paths_showing_it() == [PAGE_URL, CSV_URL, PRINT_URL]


def test_a_document_unpublished_takes_its_link_off_the_cached_page(
    client, site, dip_page, apbdes_document
):
    PublicInformationFactory(site=site, title="APBDes", document=apbdes_document)
    client.get(PAGE_URL)
    assert row_of(get_soup(client, PAGE_URL), "APBDes").find("a")

    apbdes_document.unpublish()

    assert row_of(get_soup(client, PAGE_URL), "APBDes").find("a") is None


def test_a_linked_page_unpublished_takes_its_link_off_the_cached_page(client, site, dip_page, news):
    PublicInformationFactory(site=site, title="Berita desa", page=news)
    client.get(PAGE_URL)
    assert row_of(get_soup(client, PAGE_URL), "Berita desa").find("a")

    news.unpublish()

    assert row_of(get_soup(client, PAGE_URL), "Berita desa").find("a") is None


def test_a_linked_page_made_private_takes_its_link_off_the_cached_page(
    client, site, dip_page, news
):
    PublicInformationFactory(site=site, title="Berita desa", page=news)
    client.get(PAGE_URL)
    assert row_of(get_soup(client, PAGE_URL), "Berita desa").find("a")

    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )

    assert row_of(get_soup(client, PAGE_URL), "Berita desa").find("a") is None


# --- Query budget ------------------------------------------------------------------------------

PAGE_BUDGET = 16


def fill_dip(site, count, document, page):
    for number in range(count):
        PublicInformationFactory(site=site, category="berkala", document=document)
        PublicInformationFactory(site=site, category="setiap-saat", page=page)
        PublicInformationFactory(
            site=site, category=EXEMPT, exemption_reason=f"Pasal 17 huruf {number}"
        )


@pytest.mark.parametrize("url", [PAGE_URL, PRINT_URL, CSV_URL])
def test_query_count_stays_flat_with_the_number_of_entries(
    client, site, dip_page, apbdes_document, news, url, django_assert_max_num_queries
):
    fill_dip(site, 1, apbdes_document, news)
    _response, few = steady_state_get(client, url, PAGE_BUDGET, django_assert_max_num_queries)

    fill_dip(site, 8, apbdes_document, news)
    response, many = steady_state_get(client, url, PAGE_BUDGET, django_assert_max_num_queries)

    assert many == few
    assert PublicInformation.objects.count() == 27
    if url == CSV_URL:
        assert len(csv_rows(response)) == 27


# --- Where the page may go -----------------------------------------------------------------


def test_pages_go_under_home_pemerintahan_or_a_standard_page():
    expected = {"home.HomePage", "government.GovernmentPage", "standard_pages.StandardPage"}
    from documents.models import ProdukHukumIndexPage

    assert set(InformasiPublikPage.parent_page_types) == expected
    assert set(ProdukHukumIndexPage.parent_page_types) == expected


# --- Demo --------------------------------------------------------------------------------------


class DemoPages:
    def __init__(self, home, government=None, news=None):
        self.home = home
        self.government = government
        self.news = news


def test_demo_fills_the_dip_once_under_pemerintahan(client, home_page, village, site):
    government = GovernmentPageFactory(parent=home_page)
    news = ArticleIndexPageFactory(parent=home_page, title="Berita", slug="berita")
    lines = []

    demo_documents.load(DemoPages(home_page, government, news), lines.append)
    demo_documents.load(DemoPages(home_page, government, news), lines.append)

    page = InformasiPublikPage.objects.get()
    assert (page.title, page.slug, page.live) == ("Informasi Publik", "informasi-publik", True)
    assert page.get_parent().pk == government.pk
    entries = PublicInformation.objects.all()
    assert entries.count() == 15
    assert {entry.category for entry in entries} == set(InformationCategory.values)
    exempted = entries.filter(category=EXEMPT)
    assert exempted.count() == 2
    assert all(entry.exemption_reason.startswith("Pasal 17") for entry in exempted)
    assert not exempted.filter(document__isnull=False).exists()
    assert not exempted.filter(page__isnull=False).exists()
    assert entries.filter(document__isnull=False).count() == 8
    assert set(entries.exclude(page=None).values_list("page__slug", flat=True)) == {
        "pemerintahan",
        "berita",
    }
    assert lines.count("Halaman Informasi Publik dibuat.") == 1
    assert lines.count("Daftar Informasi Publik: 15 informasi ditambahkan.") == 1

    page_soup = get_soup(client, "/pemerintahan/informasi-publik/")
    apbdes = LegalDocument.objects.get(document_type="apbdes", year=2025)
    assert (
        row_of(page_soup, "Anggaran Pendapatan dan Belanja Desa Tahun 2025").find("a")["href"]
        == f"/produk-hukum/{apbdes.slug}/"
    )
    assert len(page_soup.select(".dip-table tbody tr")) == 15
    assert row_of(page_soup, "Profil dan struktur Pemerintah Desa").find("a")["href"] == (
        "/pemerintahan/"
    )


def test_demo_page_goes_under_home_without_pemerintahan(home_page, village, site):
    demo_documents.load(DemoPages(home_page), lambda message: None)

    page = InformasiPublikPage.objects.get()
    assert page.get_parent().pk == home_page.pk
    assert not PublicInformation.objects.exclude(page=None).exists()
