"""Demo Produk Hukum: twelve documents across the types, each with a small generated PDF
whose text search can find (one a "scan" with no text layer), and the "Produk Hukum" page;
then the "Informasi Publik" page and its Daftar Informasi Publik, several entries linked to
those documents. Data in demo/content/dokumen.yaml."""

import datetime
import zlib
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from documents.models import (
    DocumentStatus,
    InformasiPublikPage,
    InformationCategory,
    LegalDocument,
    ProdukHukumIndexPage,
    PublicInformation,
)

from .reader import CONTENT_DIR, check_keys, read_yaml

LINES_PER_PAGE = 40
DOCUMENT_FIELDS = {"kunci", "jenis", "nomor", "tahun", "judul", "judul_lengkap", "ditetapkan"}
OPTIONAL_FIELDS = {
    "diundangkan",
    "ringkasan",
    "isi",
    "pindaian",
    "diubah_oleh",
    "dicabut_oleh",
    "terkait",
}


INFORMATION_FIELDS = {
    "judul",
    "kategori",
    "ringkasan",
    "pejabat",
    "penanggung_jawab",
    "waktu",
    "penyimpanan",
}
INFORMATION_OPTIONAL = {"dokumen", "halaman", "bentuk", "dasar"}


def read_content(directory=CONTENT_DIR):
    return read_yaml(Path(directory) / "dokumen.yaml", {"dokumen", "informasi_publik"})


def read_documents(directory=CONTENT_DIR):
    """Every document of dokumen.yaml, checked before anything is saved."""
    rows = read_content(directory)["dokumen"]
    for row in rows:
        where = f"dokumen.yaml: {row.get('kunci', '?') if isinstance(row, dict) else '?'}"
        check_keys(row, required=DOCUMENT_FIELDS, optional=OPTIONAL_FIELDS, where=where)
    return rows


def read_public_information(directory=CONTENT_DIR):
    """Every DIP entry of dokumen.yaml, checked before anything is saved."""
    rows = read_content(directory)["informasi_publik"]
    for row in rows:
        where = f"dokumen.yaml: {row.get('judul', '?') if isinstance(row, dict) else '?'}"
        check_keys(row, required=INFORMATION_FIELDS, optional=INFORMATION_OPTIONAL, where=where)
    return rows


def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def assemble_pdf(objects):
    """PDF bytes from object bodies numbered from 1 (1 is the catalog), with a valid xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(pages):
    """A PDF with one page per list of lines, in Helvetica (Latin-1 text)."""
    count = len(pages)
    # 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, lines in enumerate(pages):
        commands = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
        commands += [f"({pdf_escape(line)}) Tj T*" for line in lines]
        commands.append("ET")
        content = "\n".join(commands).encode("latin-1", "replace")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(stream(content))
    return assemble_pdf(objects)


def scanned_pdf(width=60, height=80):
    """A one-page PDF holding only a grey image, like a scan: no text layer."""
    pixels = bytes(
        200 if (x // 6 + y // 6) % 2 else 120 for y in range(height) for x in range(width)
    )
    image = stream(
        zlib.compress(pixels),
        f" /Type /XObject /Subtype /Image /Width {width} /Height {height} "
        "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode".encode(),
    )
    content = stream(b"q 483 0 0 644 56 99 cm /Im1 Do Q")
    return assemble_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            image,
            content,
        ]
    )


def pages_of(text):
    """Lines of `text` wrapped at 90 characters, cut into pages."""
    lines = []
    for paragraph in text.strip().splitlines():
        words, line = paragraph.split(), ""
        for word in words:
            if len(line) + len(word) + 1 > 90:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return [
        lines[start : start + LINES_PER_PAGE] for start in range(0, len(lines), LINES_PER_PAGE)
    ] or [[]]


def pdf_document(title, filename, data):
    return get_document_model().objects.create(title=title, file=ContentFile(data, name=filename))


def index_page(pages):
    existing = ProdukHukumIndexPage.objects.descendant_of(pages.home).first()
    if existing is not None:
        return existing, False
    page = ProdukHukumIndexPage(
        title="Produk Hukum",
        slug="produk-hukum",
        show_in_menus=False,
        intro="Peraturan desa, keputusan kepala desa, APBDes dan dokumen perencanaan Desa Serang.",
    )
    pages.home.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load(pages, report):
    site = pages.home.get_site()
    page, created = index_page(pages)
    if created:
        report("Halaman Produk Hukum dibuat.")
    entries = read_documents()
    made = {}
    for entry in entries:
        existing = LegalDocument.objects.filter(
            site=site, document_type=entry["jenis"], number=entry["nomor"], year=entry["tahun"]
        ).first()
        if existing is not None:
            made[entry["kunci"]] = existing
            continue
        if entry.get("pindaian"):
            data = scanned_pdf()
        else:
            data = text_pdf(pages_of(f"{entry['judul_lengkap']}\n{entry.get('isi', '')}"))
        document = LegalDocument(
            site=site,
            title=entry["judul"],
            document_type=entry["jenis"],
            number=entry["nomor"],
            year=entry["tahun"],
            date_set=datetime.date.fromisoformat(str(entry["ditetapkan"])),
            date_promulgated=(
                datetime.date.fromisoformat(str(entry["diundangkan"]))
                if entry.get("diundangkan")
                else None
            ),
            summary=entry.get("ringkasan", ""),
            file=pdf_document(entry["judul_lengkap"], f"{entry['kunci']}.pdf", data),
        )
        document.save()
        made[entry["kunci"]] = document
        report(f"Produk hukum dibuat: {document.identifier}.")
    for entry in entries:
        document = made[entry["kunci"]]
        changed = False
        if entry.get("diubah_oleh") and not document.replaced_by_id:
            document.status = DocumentStatus.AMENDED
            document.replaced_by = made[entry["diubah_oleh"]]
            changed = True
        if entry.get("dicabut_oleh") and not document.replaced_by_id:
            document.status = DocumentStatus.REVOKED
            document.replaced_by = made[entry["dicabut_oleh"]]
            changed = True
        wanted = [made[key] for key in entry.get("terkait", [])]
        if wanted and not document.related_documents.exists():
            document.related_documents.set(wanted)
            changed = True
        if changed or not document.live:
            document.save()
            document.save_revision().publish()
    load_public_information(pages, report, site, made)


def information_page(pages):
    """The Informasi Publik page under Pemerintahan (or the home page), unless one exists."""
    existing = InformasiPublikPage.objects.descendant_of(pages.home).first()
    if existing is not None:
        return existing, False
    parent = getattr(pages, "government", None) or pages.home
    page = InformasiPublikPage(
        title="Informasi Publik",
        slug="informasi-publik",
        show_in_menus=False,
        intro=(
            "Daftar Informasi Publik (DIP) Desa Serang yang dikelola PPID desa. Informasi "
            "yang belum tersedia di sini dapat diminta di kantor desa pada jam kerja."
        ),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load_public_information(pages, report, site, documents):
    """The DIP entries that are missing (found by site, category and title)."""
    page, created = information_page(pages)
    if created:
        report("Halaman Informasi Publik dibuat.")
    count = 0
    for position, row in enumerate(read_public_information(), start=1):
        lookup = {"site": site, "category": row["kategori"], "title": row["judul"]}
        if PublicInformation.objects.filter(**lookup).exists():
            continue
        information = PublicInformation(
            **lookup,
            summary=row["ringkasan"],
            official=row["pejabat"],
            responsible=row["penanggung_jawab"],
            created_time=str(row["waktu"]),
            retention=row["penyimpanan"],
            format=row.get("bentuk", "cetak"),
            exemption_reason=row.get("dasar", ""),
            sort_order=position,
        )
        if row["kategori"] != InformationCategory.EXEMPT:
            information.document = documents.get(row.get("dokumen"))
            information.page = getattr(pages, row["halaman"], None) if "halaman" in row else None
        information.full_clean()
        information.save()
        count += 1
    if count:
        report(f"Daftar Informasi Publik: {count} informasi ditambahkan.")
