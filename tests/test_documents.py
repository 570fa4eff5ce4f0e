"""Produk Hukum: documents with their PDF's text, the listing and its filters, the document
page with its history, search by the PDF's words, moderation, and the demo documents."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from demo import documents as demo_documents
from demo.documents import scanned_pdf, text_pdf
from documents.models import DocumentStatus, DocumentType, LegalDocument
from tests.factories_documents import LegalDocumentFactory, ProdukHukumIndexPageFactory, pdf_file
from tests.helpers import (
    SNIPPET_FORM,
    form_data,
    get_soup,
    jsonld_of_type,
    logged_in,
    soup,
    steady_state_get,
)


@pytest.fixture
def produk_hukum(home_page, village):
    return ProdukHukumIndexPageFactory(parent=home_page)


def detail_url(document):
    return f"/produk-hukum/{document.slug}/"


def text_of(element):
    return " ".join(element.get_text(" ").split())


def listed_titles(page_soup):
    return [text_of(h3) for h3 in page_soup.select(".document-list .document-title")]


# --- The model -------------------------------------------------------------------------


def test_revoked_or_amended_document_needs_the_one_that_replaces_it(site):
    document = LegalDocumentFactory.build(site=site, file=pdf_file(), status="dicabut")

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["replaced_by"] == [
        "Pilih dokumen yang mencabut atau mengubah dokumen ini, karena statusnya dicabut."
    ]


def test_document_cannot_replace_itself(site):
    document = LegalDocumentFactory(site=site)
    document.status = DocumentStatus.AMENDED
    document.replaced_by = document

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["replaced_by"] == [
        "Dokumen tidak bisa mencabut atau mengubah dirinya sendiri."
    ]


def test_number_is_unique_per_type_and_year(site):
    LegalDocumentFactory(site=site, number=3, year=2025)
    twin = LegalDocumentFactory.build(site=site, number=3, year=2025, file=pdf_file())

    with pytest.raises(ValidationError) as refused:
        twin.full_clean()

    assert (
        "Sudah ada dokumen berjenis ini dengan nomor dan tahun yang sama di situs desa ini."
        in refused.value.messages
    )
    # Another type, or another year, may use the same number.
    LegalDocumentFactory.build(
        site=site, number=3, year=2025, document_type=DocumentType.KEPKADES, file=pdf_file()
    ).full_clean()


def test_identifier_reads_as_the_document_is_cited(site):
    document = LegalDocumentFactory(site=site, number=3, year=2025)

    assert document.identifier == "Peraturan Desa Nomor 3 Tahun 2025"
    assert document.slug == "perdes-3-2025"


# --- The PDF -----------------------------------------------------------------------------


def test_saving_reads_the_pdf_text_page_count_and_size(site):
    data = text_pdf([["Retribusi lapak pasar"], ["Halaman kedua tentang embung"]])
    document = LegalDocumentFactory(site=site, file=pdf_file(data=data))

    assert "Retribusi lapak pasar" in document.file_text
    assert "embung" in document.file_text
    assert document.page_count == 2
    assert document.file_size == len(data)
    assert not document.is_scanned


def test_a_scanned_pdf_stores_no_text_and_says_so(client, produk_hukum, site):
    document = LegalDocumentFactory(site=site, file=pdf_file(data=scanned_pdf(), name="scan.pdf"))

    assert document.file_text == ""
    assert document.page_count == 1
    assert document.is_scanned
    page = get_soup(client, detail_url(document))
    assert "Dokumen ini hasil pindaian; teksnya belum bisa dicari." in text_of(page)


def test_a_file_that_is_not_a_pdf_is_refused(site):
    fake = pdf_file(data=b"<html>bukan pdf</html>", name="surat.pdf")
    document = LegalDocumentFactory.build(site=site, file=fake)

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["file"] == [
        "Berkas harus PDF (berakhiran .pdf dan berisi dokumen PDF)."
    ]


def test_a_pdf_extension_is_required(site):
    document = LegalDocumentFactory.build(
        site=site, file=pdf_file(data=text_pdf([["isi"]]), name="surat.doc")
    )

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert "file" in refused.value.message_dict


def test_a_broken_pdf_is_refused_by_the_form(site):
    broken = pdf_file(data=b"%PDF-1.4\n1 0 obj << /Type /Catalog", name="rusak.pdf")
    document = LegalDocumentFactory.build(site=site, file=broken)

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["file"] == [
        "Berkas PDF ini rusak atau terkunci sandi, sehingga tidak bisa dibaca. Unggah ulang "
        "PDF yang utuh."
    ]


def test_a_broken_pdf_saved_without_the_form_keeps_empty_text_and_its_page_works(
    client, produk_hukum, site
):
    broken = pdf_file(data=b"%PDF-1.4\nrusak", name="rusak.pdf")
    document = LegalDocumentFactory(site=site, file=broken)

    assert (document.file_text, document.page_count) == ("", None)
    page = get_soup(client, detail_url(document))
    assert "Isi berkas PDF ini tidak bisa dibaca" in text_of(page)


# --- The listing -----------------------------------------------------------------------


@pytest.fixture
def three_documents(site, produk_hukum):
    return {
        "perdes": LegalDocumentFactory(
            site=site,
            title="Pungutan Pasar Desa",
            number=2,
            year=2024,
            date_set=datetime.date(2024, 3, 11),
            file=pdf_file("Retribusi lapak pasar tiga ribu rupiah"),
        ),
        "apbdes": LegalDocumentFactory(
            site=site,
            title="APBDes 2025",
            document_type=DocumentType.APBDES,
            number=1,
            year=2025,
            date_set=datetime.date(2024, 12, 20),
        ),
        "kepkades": LegalDocumentFactory(
            site=site,
            title="Tim Posyandu",
            document_type=DocumentType.KEPKADES,
            number=12,
            year=2025,
            date_set=datetime.date(2025, 3, 17),
        ),
    }


def test_listing_shows_live_documents_newest_first_with_type_number_status_and_date(
    client, three_documents
):
    page = get_soup(client, "/produk-hukum/")

    assert listed_titles(page) == ["Tim Posyandu", "APBDes 2025", "Pungutan Pasar Desa"]
    first = page.select_one(".document-row")
    assert text_of(first.select_one(".document-kind")) == (
        "Keputusan Kepala Desa · Nomor 12 Tahun 2025"
    )
    assert text_of(first.select_one(".status-badge")) == "Berlaku"
    assert "17 Maret 2025" in text_of(first)


def test_listing_filters_by_type_and_year(client, three_documents):
    by_type = get_soup(client, "/produk-hukum/", {"jenis": "apbdes"})
    by_year = get_soup(client, "/produk-hukum/", {"tahun": "2024"})

    assert listed_titles(by_type) == ["APBDes 2025"]
    assert listed_titles(by_year) == ["Pungutan Pasar Desa"]


def test_listing_search_finds_words_of_the_pdf(client, three_documents):
    page = get_soup(client, "/produk-hukum/", {"q": "retribusi lapak"})

    assert listed_titles(page) == ["Pungutan Pasar Desa"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"tahun": "dua ribu"}, "Saringan 'Tahun' tidak dikenali dan diabaikan."),
        ({"tahun": "99999999999999999999"}, "Saringan 'Tahun' tidak dikenali dan diabaikan."),
        ({"jenis": "<script>"}, "Saringan 'Jenis' tidak dikenali dan diabaikan."),
    ],
)
def test_bad_filters_are_ignored_with_an_indonesian_message(
    client, three_documents, params, message
):
    page = get_soup(client, "/produk-hukum/", params)

    assert message in [text_of(p) for p in page.select("p.notice")]
    assert len(listed_titles(page)) == 3


def test_bad_page_number_and_odd_query_never_fail(client, three_documents):
    for params in ({"page": "abc"}, {"page": "-1"}, {"q": '"\x00(' * 80}):
        assert client.get("/produk-hukum/", params).status_code == 200


def test_drafts_are_never_listed_nor_opened(client, three_documents, site):
    draft = LegalDocumentFactory(site=site, title="Rancangan Rahasia", live=False)

    assert "Rancangan Rahasia" not in listed_titles(get_soup(client, "/produk-hukum/"))
    assert client.get(detail_url(draft)).status_code == 404
    assert client.get("/produk-hukum/tidak-ada/").status_code == 404


# --- The document page -------------------------------------------------------------------


@pytest.fixture
def amended(site, produk_hukum):
    old = LegalDocumentFactory(site=site, title="Pungutan Pasar", number=2, year=2024)
    new = LegalDocumentFactory(site=site, title="Perubahan Pungutan Pasar", number=1, year=2025)
    old.status = DocumentStatus.AMENDED
    old.replaced_by = new
    old.save()
    return old, new


def test_document_page_links_the_pdf_with_size_and_page_count(client, produk_hukum, site):
    data = text_pdf([["satu"], ["dua"], ["tiga"]])
    document = LegalDocumentFactory(site=site, file=pdf_file(data=data, name="perdes.pdf"))

    link = get_soup(client, detail_url(document)).select_one(".document-download a")

    size_kb = round(len(data) / 1024)
    assert text_of(link) == f"Unduh PDF ({size_kb} KB, 3 halaman)"
    assert link["href"] == document.file.url
    assert client.get(link["href"]).status_code == 200


def test_document_page_shows_metadata(client, amended):
    old, _new = amended
    table = get_soup(client, detail_url(old)).select_one("table.document-facts")

    rows = {text_of(tr.th): text_of(tr.td) for tr in table.select("tr")}
    assert rows == {
        "Jenis": "Peraturan Desa",
        "Nomor": "2",
        "Tahun": "2024",
        "Ditetapkan": "11 Maret 2025",
        "Status": "Diubah",
    }


def test_amendment_history_shows_both_directions(client, amended):
    old, new = amended

    old_history = get_soup(client, detail_url(old)).select_one(".document-history")
    new_history = get_soup(client, detail_url(new)).select_one(".document-history")

    assert text_of(old_history.li) == (
        "Diubah oleh Peraturan Desa Nomor 1 Tahun 2025 tentang Perubahan Pungutan Pasar"
    )
    assert old_history.a["href"] == detail_url(new)
    assert text_of(new_history.li) == (
        "Mengubah Peraturan Desa Nomor 2 Tahun 2024 tentang Pungutan Pasar"
    )
    assert new_history.a["href"] == detail_url(old)


def test_related_documents_are_listed_when_live(client, site, produk_hukum):
    document = LegalDocumentFactory(site=site)
    related = LegalDocumentFactory(site=site, title="APBDes", document_type=DocumentType.APBDES)
    draft = LegalDocumentFactory(site=site, title="Draf terkait", live=False)
    document.related_documents.set([related, draft])
    document.save()

    links = get_soup(client, detail_url(document)).select(".document-related a")

    assert [a["href"] for a in links] == [detail_url(related)]


def test_document_page_has_legislation_json_ld(client, amended):
    old, new = amended

    data = jsonld_of_type(get_soup(client, detail_url(old)), "Legislation")
    in_force = jsonld_of_type(get_soup(client, detail_url(new)), "Legislation")

    assert data["legislationType"] == "Peraturan Desa"
    assert data["legislationIdentifier"] == "Peraturan Desa Nomor 2 Tahun 2024"
    assert data["legislationDate"] == "2025-03-11"
    assert data["legislationLegalForce"] == "https://schema.org/PartiallyInForce"
    assert data["encoding"]["encodingFormat"] == "application/pdf"
    assert in_force["legislationLegalForce"] == "https://schema.org/InForce"


# --- Search --------------------------------------------------------------------------------


def search_results(client, query, **params):
    page = get_soup(client, "/cari/", {"q": query, **params})
    return [
        (text_of(li.select_one(".result-kind")), li.select_one("h2 a")["href"])
        for li in page.select("ol.search-results li.search-result")
    ]


def test_search_finds_a_document_by_a_word_only_in_its_pdf(client, site, produk_hukum):
    document = LegalDocumentFactory(
        site=site,
        title="Pungutan Pasar",
        number=2,
        year=2024,
        file=pdf_file("Pedagang sayur keliling dibebaskan dari retribusi"),
    )

    results = search_results(client, "keliling", jenis="dokumen")

    assert results == [("Dokumen · Peraturan Desa Nomor 2 Tahun 2024", detail_url(document))]


def test_search_never_finds_drafts(client, site, produk_hukum):
    LegalDocumentFactory(site=site, live=False, file=pdf_file("Anggaran embung rahasia"))

    assert search_results(client, "embung") == []


def test_search_shows_no_documents_without_a_produk_hukum_page(client, site, home_page, village):
    LegalDocumentFactory(site=site, file=pdf_file("Anggaran embung desa"))

    assert search_results(client, "embung") == []


# --- Moderation: a penulis submits, a moderator approves ----------------------------------


def test_penulis_submits_a_document_and_it_goes_live_when_a_moderator_approves(
    produk_hukum, penulis, moderator
):
    writer = logged_in(penulis)
    add_url = reverse("wagtailsnippets_documents_legaldocument:add")
    data = form_data(writer.get(add_url), SNIPPET_FORM) | {
        "title": "Tim Posyandu",
        "document_type": "kepkades",
        "number": "12",
        "year": "2025",
        "date_set": "2025-03-17",
        "status": "berlaku",
        "file": str(pdf_file("Kader posyandu Melati").pk),
        "action-submit": "1",
    }

    response = writer.post(add_url, data)

    assert response.status_code == 302, soup(response).select(".error-message")
    document = LegalDocument.objects.get(title="Tim Posyandu")
    assert document.live is False
    assert document.workflow_in_progress
    assert Client().get(detail_url(document)).status_code == 404
    # A penulis cannot publish.
    assert not penulis.has_perm("documents.publish_legaldocument")
    assert moderator.has_perm("documents.publish_legaldocument")

    task_state = document.current_workflow_task_state
    approve = reverse(
        "wagtailsnippets_documents_legaldocument:workflow_action",
        args=[document.pk, "approve", task_state.pk],
    )
    assert logged_in(moderator).post(approve, {"comment": ""}).status_code == 302

    document.refresh_from_db()
    assert document.live is True
    page = get_soup(Client(), detail_url(document))
    assert text_of(page.h1) == "Tim Posyandu"
    assert "Kader posyandu Melati" in document.file_text


def test_penulis_cannot_publish_directly(produk_hukum, penulis):
    writer = logged_in(penulis)
    add_url = reverse("wagtailsnippets_documents_legaldocument:add")
    data = form_data(writer.get(add_url), SNIPPET_FORM) | {
        "title": "Terbit sendiri",
        "document_type": "perdes",
        "number": "9",
        "year": "2025",
        "date_set": "2025-03-17",
        "status": "berlaku",
        "file": str(pdf_file().pk),
        "action-publish": "1",
    }

    writer.post(add_url, data)

    assert not LegalDocument.objects.filter(live=True).exists()


def test_the_admin_form_shows_the_pdf_error_in_indonesian(produk_hukum, moderator):
    editor = logged_in(moderator)
    add_url = reverse("wagtailsnippets_documents_legaldocument:add")
    data = form_data(editor.get(add_url), SNIPPET_FORM) | {
        "title": "Bukan PDF",
        "document_type": "perdes",
        "number": "5",
        "year": "2025",
        "date_set": "2025-03-17",
        "status": "berlaku",
        "file": str(pdf_file(data=b"PK\x03\x04 zip", name="surat.pdf").pk),
    }

    response = editor.post(add_url, data)

    assert response.status_code == 200
    assert "Berkas harus PDF" in response.content.decode()
    assert not LegalDocument.objects.exists()


# --- Query budget ----------------------------------------------------------------------------

LISTING_BUDGET = 14


def test_listing_queries_do_not_grow_with_documents(
    client, site, produk_hukum, django_assert_max_num_queries
):
    LegalDocumentFactory(site=site)
    _response, few = steady_state_get(
        client, "/produk-hukum/", LISTING_BUDGET, django_assert_max_num_queries
    )
    for _ in range(15):
        LegalDocumentFactory(site=site)
    _response, many = steady_state_get(
        client, "/produk-hukum/", LISTING_BUDGET, django_assert_max_num_queries
    )

    assert many == few


def test_document_page_query_budget(client, amended, django_assert_max_num_queries):
    old, _new = amended

    steady_state_get(client, detail_url(old), 16, django_assert_max_num_queries)


# --- Demo --------------------------------------------------------------------------------


class DemoPages:
    def __init__(self, home):
        self.home = home


def test_demo_loads_twelve_documents_once(home_page, village, site):
    lines = []
    demo_documents.load(DemoPages(home_page), lines.append)
    demo_documents.load(DemoPages(home_page), lines.append)

    documents = LegalDocument.objects.filter(live=True)
    assert documents.count() == 12
    assert len({document.document_type for document in documents}) == 10
    old = LegalDocument.objects.get(document_type="perdes", number=2, year=2024)
    assert old.status == "diubah"
    assert old.replaced_by.identifier == "Peraturan Desa Nomor 1 Tahun 2025"
    assert LegalDocument.objects.get(document_type="rpjmdes").is_scanned
    assert "retribusi lapak" in old.file_text.lower()
    assert lines.count("Halaman Produk Hukum dibuat.") == 1
    assert len([line for line in lines if line.startswith("Produk hukum dibuat:")]) == 12


def test_sitemap_lists_live_documents_under_their_page_and_no_draft(client, produk_hukum, site):
    live = LegalDocumentFactory(site=site, title="Peraturan Desa tentang Irigasi")
    draft = LegalDocumentFactory(site=site, title="Rancangan Peraturan Pasar", live=False)

    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"http://localhost{detail_url(live)}" in sitemap
    assert detail_url(draft) not in sitemap
