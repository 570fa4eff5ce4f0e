from .legal_document import DocumentStatus, DocumentType, LegalDocument, LegalDocumentQuerySet
from .pages import ProdukHukumIndexPage

__all__ = [
    "DocumentStatus",
    "DocumentType",
    "LegalDocument",
    "LegalDocumentQuerySet",
    "ProdukHukumIndexPage",
]
