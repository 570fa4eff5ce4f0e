"""Search sources: each kind brings its own URL and result partial, and a new kind is one
Source and one template, with no other edits."""

from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.template.loader import get_template
from django.test import RequestFactory
from wagtail.documents import get_document_model

from search import sources
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ProductFactory,
    TourismSpotFactory,
)
from tests.factories_documents import LegalDocumentFactory, ProdukHukumIndexPageFactory, pdf_file
from tests.factories_events import AgendaIndexPageFactory, EventPageFactory
from tests.helpers import get_soup, soup


@pytest.fixture
def one_of_each_kind(home_page, news_index, wisata_index, produk_index):
    """One "stroberi" hit per source: an article, an event, another page, a wisata, a
    product and a document (by the words of its PDF)."""
    agenda = AgendaIndexPageFactory(parent=home_page, title="Agenda", slug="agenda")
    ProdukHukumIndexPageFactory(parent=home_page)
    return {
        "berita": ArticlePageFactory(parent=news_index, title="Festival Stroberi"),
        "agenda": EventPageFactory(parent=agenda, title="Lomba Stroberi", slug="lomba-stroberi"),
        "halaman": ArticleIndexPageFactory(
            parent=home_page, title="Kabar Stroberi", slug="kabar-stroberi"
        ),
        "wisata": TourismSpotFactory(name="Kebun Stroberi"),
        "produk": ProductFactory(name="Selai Stroberi"),
        "dokumen": LegalDocumentFactory(
            title="Pasar Desa",
            summary="Lapak pasar desa.",
            number=4,
            year=2025,
            file=pdf_file("Lapak penjual stroberi"),
        ),
    }


def result_links(page_soup):
    """{kind label: href} of the results shown."""
    links = {}
    for li in page_soup.select("ol.search-results li.search-result"):
        label = li.select_one(".result-kind").get_text(" ", strip=True).split()[0]
        links[label] = li.select_one("h2 a")["href"]
    return links


def test_every_source_has_its_result_partial():
    for source in sources.SOURCES:
        assert get_template(source.template).origin.name.endswith(
            f"templates/search/results/{source.kind}.html"
        )


def test_each_kind_renders_through_its_own_partial(client, one_of_each_kind):
    response = client.get("/cari/", {"q": "stroberi"})

    rendered = {template.name for template in response.templates}
    assert {source.template for source in sources.SOURCES} <= rendered


def test_each_result_links_where_its_source_says(client, one_of_each_kind):
    links = result_links(get_soup(client, "/cari/", {"q": "stroberi"}))

    assert links == {
        "Berita": "/berita/festival-stroberi/",
        "Agenda": "/agenda/lomba-stroberi/",
        "Halaman": "/kabar-stroberi/",
        "Wisata": "/wisata/kebun-stroberi/",
        "Produk": "/produk/selai-stroberi/",
        "Dokumen": "/produk-hukum/perdes-4-2025/",
    }


@pytest.mark.parametrize("kind", ["wisata", "produk"])
def test_catalog_source_finds_its_index_page_once_for_all_items(
    site, wisata_index, produk_index, kind, django_assert_num_queries
):
    factory = TourismSpotFactory if kind == "wisata" else ProductFactory
    items = [factory(name=f"Barang {number}") for number in range(5)]
    source = sources.SOURCES_BY_KIND[kind]
    request = RequestFactory().get("/cari/")

    # The index page, checked live and public in the same query.
    with django_assert_num_queries(1):
        url_of = source.url_builder(request, site)
        urls = [url_of(item) for item in items]

    assert urls == [f"/{kind}/barang-{number}/" for number in range(5)]


# --- A new kind: one Source and one template ------------------------------------------


@dataclass(frozen=True)
class DocumentSource(sources.Source):
    """Documents, as a future "Berkas" kind might search them."""

    def queryset(self, site):
        return self.model.objects.all()

    def url_builder(self, request, site):
        return lambda document: document.url


@pytest.fixture
def berkas_kind(monkeypatch, settings, tmp_path):
    """Adds a "berkas" Source and its partial, and nothing else."""
    partial = tmp_path / "search" / "results" / "berkas.html"
    partial.parent.mkdir(parents=True)
    partial.write_text(
        '{% extends "search/results/base.html" %}'
        "{% block details %} · {{ result.item.file_extension|upper }}{% endblock %}"
    )
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    source = DocumentSource("berkas", "Berkas", get_document_model())
    extended = (*sources.SOURCES, source)
    monkeypatch.setattr(sources, "SOURCES", extended)
    monkeypatch.setattr(sources, "SOURCES_BY_KIND", {s.kind: s for s in extended})
    return source


@pytest.fixture
def perdes(berkas_kind, one_of_each_kind):
    return get_document_model().objects.create(
        title="Peraturan Desa tentang Kebun Stroberi",
        file=ContentFile(b"%PDF-1.4", name="perdes-stroberi.pdf"),
    )


def test_a_new_kind_gets_its_tab_link_and_partial(client, perdes):
    response = client.get("/cari/", {"q": "stroberi"})
    page_soup = soup(response)

    assert "search/results/berkas.html" in {template.name for template in response.templates}
    assert result_links(page_soup)["Berkas"] == perdes.url
    berkas = page_soup.find("a", href=perdes.url).find_parent("li")
    assert " ".join(berkas.select_one(".result-kind").get_text(" ").split()) == "Berkas · PDF"
    tabs = [" ".join(a.get_text(" ").split()) for a in page_soup.select("nav.search-tabs a")]
    assert tabs == [
        "Semua 7",
        "Berita 1",
        "Agenda 1",
        "Wisata 1",
        "Produk 1",
        "Dokumen 1",
        "Berkas 1",
    ]


def test_a_new_kind_has_its_own_tab_and_suggestions(client, perdes):
    page_soup = get_soup(client, "/cari/", {"q": "stroberi", "jenis": "berkas"})
    suggestions = client.get("/cari/saran/", {"q": "perat"}).json()["suggestions"]

    assert result_links(page_soup) == {"Berkas": perdes.url}
    assert suggestions == [{"title": perdes.title, "url": perdes.url, "type": "Berkas"}]


def test_a_new_kind_feeds_the_did_you_mean_vocabulary(client, perdes):
    page_soup = get_soup(client, "/cari/", {"q": "peraturn"})

    assert result_links(page_soup) == {"Berkas": perdes.url}
