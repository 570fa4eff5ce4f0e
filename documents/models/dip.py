"""The Daftar Informasi Publik as a reader sees it: the entries of a site in their four
categories, each with the live public page it links to (never for an exempted entry), and
the same list as a CSV file for spreadsheets."""

import csv
import io

from django.utils.translation import gettext as _
from wagtail.models import Page

from core.spreadsheet import neutralise_formula

from .legal_document import LegalDocument
from .public_information import (
    InformationCategory,
    InformationFormat,
    PublicInformation,
)


class Entry:
    """One row of the DIP, with its number in its category and its link (or None)."""

    def __init__(self, number, information, url):
        self.number = number
        self.information = information
        self.url = None if information.is_exempt else url

    def __getattr__(self, name):
        return getattr(self.information, name)

    @property
    def format_label(self):
        return InformationFormat(self.information.derived_format()).label

    @property
    def link_label(self):
        if self.information.derived_format() == InformationFormat.PDF:
            return _("Lihat dokumen")
        return _("Lihat halaman")


class Section:
    def __init__(self, category, entries):
        self.category = InformationCategory(category)
        self.entries = entries

    @property
    def label(self):
        return self.category.label

    @property
    def slug(self):
        return self.category.value

    @property
    def is_exempt(self):
        return self.category == InformationCategory.EXEMPT


class InformationList:
    """A site's DIP in a fixed number of queries, however many entries it holds."""

    def __init__(self, site, request=None):
        self.site = site
        self.request = request
        self.sections = self.build_sections()

    def build_sections(self):
        entries = list(
            PublicInformation.objects.for_site(self.site)
            .select_related("document", "page")
            .defer("document__file_text")
            .in_list_order()
        )
        document_urls = self.document_urls(entries)
        page_urls = self.page_urls(entries)
        by_category = {category: [] for category in InformationCategory.values}
        for information in entries:
            if information.document_id:
                url = document_urls.get(information.document_id)
            else:
                url = page_urls.get(information.page_id)
            rows = by_category[information.category]
            rows.append(Entry(len(rows) + 1, information, url))
        return [Section(category, rows) for category, rows in by_category.items()]

    def document_urls(self, entries):
        """Live documents of this site, at their public page (none without a Produk Hukum
        page)."""
        documents = [
            each.document
            for each in entries
            if each.document_id and not each.is_exempt and each.document.live
        ]
        documents = [doc for doc in documents if doc.site_id == self.site.pk]
        if not documents:
            return {}
        index_page = LegalDocument.index_page_for_site(self.site)
        if index_page is None:
            return {}
        return {doc.pk: doc.get_url(index_page=index_page) for doc in documents}

    def page_urls(self, entries):
        """Live pages of this site that anyone may read: a private or unpublished page gets
        no link."""
        ids = {each.page_id for each in entries if each.page_id and not each.is_exempt}
        if not ids:
            return {}
        pages = (
            Page.objects.filter(pk__in=ids)
            .live()
            .public()
            .descendant_of(self.site.root_page, inclusive=True)
        )
        urls = {}
        for page in pages:
            url = page.get_url(self.request)
            if url:
                urls[page.pk] = url
        return urls

    @property
    def count(self):
        return sum(len(section.entries) for section in self.sections)

    def absolute(self, url):
        if not url:
            return ""
        return self.request.build_absolute_uri(url) if self.request else url


CSV_HEADER = [
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


def dip_csv(information_list):
    """The whole DIP as CSV, UTF-8 with a byte order mark so Excel reads the accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for section in information_list.sections:
        for entry in section.entries:
            row = [
                str(section.label),
                entry.number,
                entry.title,
                entry.summary,
                entry.official,
                entry.responsible,
                entry.created_time,
                str(entry.format_label),
                entry.retention,
                entry.exemption_reason if section.is_exempt else "",
                information_list.absolute(entry.url),
            ]
            writer.writerow([neutralise_formula(value) for value in row])
    return "\ufeff" + buffer.getvalue()
