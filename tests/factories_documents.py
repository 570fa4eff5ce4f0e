"""Factories for Produk Hukum: documents with a small real PDF, and their index page; and for
Informasi Publik: the page and the entries of its Daftar Informasi Publik."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.documents import text_pdf
from documents.models import (
    DocumentType,
    InformasiPublikPage,
    InformationCategory,
    LegalDocument,
    ProdukHukumIndexPage,
    PublicInformation,
)


def pdf_file(text="Isi peraturan desa.", name="dokumen.pdf", data=None):
    """A wagtaildocs document holding a PDF with `text` (or the given bytes)."""
    data = data if data is not None else text_pdf([text.splitlines()])
    return get_document_model().objects.create(title=name, file=ContentFile(data, name=name))


class ProdukHukumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Produk Hukum"
    slug = "produk-hukum"
    intro = "Peraturan dan keputusan desa."

    class Meta:
        model = ProdukHukumIndexPage


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    """A live Peraturan Desa; pass live=False for a draft."""

    title = factory.Sequence(lambda n: f"Peraturan tentang urusan desa {n}")
    document_type = DocumentType.PERDES
    number = factory.Sequence(lambda n: n + 1)
    year = 2025
    date_set = datetime.date(2025, 3, 11)
    summary = "Ringkasan peraturan."
    file = factory.LazyFunction(pdf_file)
    live = True

    class Meta:
        model = LegalDocument


class InformasiPublikPageFactory(wagtail_factories.PageFactory):
    title = "Informasi Publik"
    slug = "informasi-publik"
    intro = "Daftar Informasi Publik desa."

    class Meta:
        model = InformasiPublikPage


class PublicInformationFactory(factory.django.DjangoModelFactory):
    """An entry "tersedia setiap saat" with nothing linked; pass document= or page= to link,
    or category=InformationCategory.EXEMPT with exemption_reason= for an exempted one."""

    title = factory.Sequence(lambda n: f"Informasi desa {n}")
    category = InformationCategory.ANY_TIME
    summary = "Ringkasan informasi untuk warga."
    official = "Sekretaris Desa"
    responsible = "Kepala Urusan Tata Usaha dan Umum"
    created_time = "2025"
    retention = "5 tahun"

    class Meta:
        model = PublicInformation
