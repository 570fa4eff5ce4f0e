from .information_page import InformasiPublikPage
from .legal_document import DocumentStatus, DocumentType, LegalDocument, LegalDocumentQuerySet
from .pages import ProdukHukumIndexPage
from .public_information import InformationCategory, InformationFormat, PublicInformation

__all__ = [
    "DocumentStatus",
    "DocumentType",
    "InformasiPublikPage",
    "InformationCategory",
    "InformationFormat",
    "LegalDocument",
    "LegalDocumentQuerySet",
    "ProdukHukumIndexPage",
    "PublicInformation",
]
