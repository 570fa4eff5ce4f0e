"""What a PDF holds: its text layer and page count (pypdf), and whether a file is a PDF."""

import contextlib
import logging
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
NOT_A_PDF = _("Berkas harus PDF (berakhiran .pdf dan berisi dokumen PDF).")
BROKEN_PDF = _(
    "Berkas PDF ini rusak atau terkunci sandi, sehingga tidak bisa dibaca. "
    "Unggah ulang PDF yang utuh."
)


@dataclass(frozen=True)
class PdfContent:
    text: str
    #: None when the file could not be read as a PDF.
    page_count: int | None


def read_head(django_file, size=1024):
    django_file.open("rb")
    try:
        django_file.seek(0)
        return django_file.read(size)
    finally:
        django_file.seek(0)


def pdf_problem(django_file):
    """Why `django_file` is not an acceptable PDF, or None when it is."""
    name = (getattr(django_file, "name", "") or "").lower()
    # Some writers put a few bytes before the header; readers accept it within 1 KB.
    if not name.endswith(".pdf") or PDF_MAGIC not in read_head(django_file):
        return NOT_A_PDF
    if extract(django_file).page_count is None:
        return BROKEN_PDF
    return None


def extract(django_file):
    """The text of every page (pages separated by a blank line) and the page count. A file
    pypdf cannot read gives empty text and no page count, never an error."""
    from pypdf import PdfReader

    try:
        django_file.open("rb")
        django_file.seek(0)
        reader = PdfReader(django_file)
        if reader.is_encrypted:
            return PdfContent("", None)
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        return PdfContent("\n\n".join(page for page in pages if page), len(pages))
    except Exception:  # pypdf raises many kinds for damaged files; none may reach a reader.
        logger.info("PDF tidak terbaca: %s", getattr(django_file, "name", ""), exc_info=True)
        return PdfContent("", None)
    finally:
        with contextlib.suppress(OSError, ValueError):
            django_file.seek(0)


def format_file_size(size):
    """Indonesian size for a download link: "850 KB", "1,2 MB"."""
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
