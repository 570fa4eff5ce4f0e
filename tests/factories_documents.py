"""Factories for Produk Hukum: documents with a small real PDF, and their index page."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.documents import text_pdf
from documents.models import DocumentType, LegalDocument, ProdukHukumIndexPage


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
