"""Reads an APBDes from a spreadsheet in the layout of docs/apbdes-import.md (close to the
Siskeudes report): columns Kode, Uraian, Anggaran, Realisasi, Tanggal Realisasi; section
rows PENDAPATAN, BELANJA, PEMBIAYAAN; sub-total rows JUMLAH .... Every problem names its row
and column; the caller saves nothing unless there is none."""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from . import balance
from .models import Budget, BudgetLine
from .sections import (
    Section,
    bidang_for_code,
    financing_section_for_code,
    income_source_for_code,
)

MAX_BYTES = 5 * 1024 * 1024
EXTENSIONS = (".xlsx", ".csv")

# Column titles as written in the header row (case and spaces do not matter).
COLUMNS = {
    "kode": "code",
    "uraian": "description",
    "anggaran": "amount",
    "realisasi": "realised",
    "tanggal realisasi": "realised_on",
}
REQUIRED_COLUMNS = ("code", "description", "amount")
COLUMN_TITLES = {
    "code": "Kode",
    "description": "Uraian",
    "amount": "Anggaran",
    "realised": "Realisasi",
    "realised_on": "Tanggal Realisasi",
}
FINANCING = "pembiayaan"
SECTION_ROWS = {
    "PENDAPATAN": Section.PENDAPATAN,
    "BELANJA": Section.BELANJA,
    "PEMBIAYAAN": FINANCING,
    "PENERIMAAN PEMBIAYAAN": Section.PEMBIAYAAN_PENERIMAAN,
    "PENGELUARAN PEMBIAYAAN": Section.PEMBIAYAAN_PENGELUARAN,
}
TOTAL_ROWS = {
    "JUMLAH PENDAPATAN": Section.PENDAPATAN,
    "JUMLAH BELANJA": Section.BELANJA,
    "JUMLAH PENERIMAAN PEMBIAYAAN": Section.PEMBIAYAAN_PENERIMAAN,
    "JUMLAH PENGELUARAN PEMBIAYAAN": Section.PEMBIAYAAN_PENGELUARAN,
}
# Rows the site computes itself; a file may carry them, they are not read.
COMPUTED_ROWS = ("SURPLUS", "DEFISIT", "PEMBIAYAAN NETO", "PEMBIAYAAN NETTO", "SILPA", "SISA LEBIH")

THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


class FileProblem(Exception):
    """The file as a whole cannot be read: wrong type, too big, empty, damaged."""


class CellProblem(Exception):
    """One cell's value cannot be used; the message completes "Baris N, kolom X: "."""


@dataclass
class ParsedBudget:
    lines: list = field(default_factory=list)
    declared: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


# --- The file ---------------------------------------------------------------------------


def read_rows(uploaded):
    """The first sheet (or the CSV) as lists of cell values, one per row."""
    name = (getattr(uploaded, "name", "") or "").lower()
    if not name.endswith(EXTENSIONS):
        raise FileProblem(_("Berkas harus berformat XLSX atau CSV."))
    if uploaded.size > MAX_BYTES:
        raise FileProblem(_("Berkas terlalu besar; maksimal 5 MB."))
    data = uploaded.read(MAX_BYTES + 1)
    if not data.strip():
        raise FileProblem(_("Berkas kosong."))
    rows = read_xlsx(data) if name.endswith(".xlsx") else read_csv(data)
    if not any(cell_text(cell) for row in rows for cell in row):
        raise FileProblem(_("Berkas kosong."))
    return rows


def read_xlsx(data):
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
        finally:
            workbook.close()
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, OSError, TypeError) as error:
        raise FileProblem(
            _("Berkas XLSX tidak bisa dibaca; simpan ulang dari Excel atau LibreOffice.")
        ) from error


def read_csv(data):
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\0" in text:
        raise FileProblem(_("Berkas CSV tidak bisa dibaca; simpan ulang sebagai CSV."))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as error:
        raise FileProblem(_("Berkas CSV tidak bisa dibaca; simpan ulang sebagai CSV.")) from error


# --- Cells ------------------------------------------------------------------------------


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def parse_amount(value):
    """A cell's amount of Rupiah as an int, None when blank; CellProblem otherwise. Accepts
    numbers and text such as 1234567, 1.234.567, Rp1.234.567 or 1.234.567,00."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellProblem(_("'%(value)s' bukan angka.") % {"value": value})
    if isinstance(value, (int, float, Decimal)):
        if value < 0:
            raise CellProblem(
                _("'%(value)s' negatif; anggaran tidak boleh negatif.")
                % {"value": cell_text(value)}
            )
        if value != int(value):
            raise CellProblem(
                _("'%(value)s' bukan bilangan bulat Rupiah.") % {"value": cell_text(value)}
            )
        return int(value)
    text = cell_text(value)
    negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    number = re.sub(r"^rp\.?\s*", "", text.strip("()-").strip(), flags=re.IGNORECASE)
    whole, comma, cents = number.partition(",")
    if not THOUSANDS.fullmatch(whole) or (comma and not cents.isdigit()):
        raise CellProblem(_("'%(value)s' bukan angka.") % {"value": text})
    if negative:
        raise CellProblem(_("'%(value)s' negatif; anggaran tidak boleh negatif.") % {"value": text})
    if cents.strip("0"):
        raise CellProblem(_("'%(value)s' bukan bilangan bulat Rupiah.") % {"value": text})
    return int(whole.replace(".", ""))


def parse_date(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = cell_text(value)
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise CellProblem(_("'%(value)s' bukan tanggal; tulis misalnya 31/12/2025.") % {"value": text})


# --- Rows -------------------------------------------------------------------------------


def header_columns(row):
    """{field: column index} when `row` is the header row (Kode, Uraian, Anggaran ...)."""
    found = {}
    for index, value in enumerate(row):
        title = re.sub(r"\(.*?\)", "", cell_text(value)).strip().lower()
        if title in COLUMNS:
            found.setdefault(COLUMNS[title], index)
    return found if all(name in found for name in REQUIRED_COLUMNS) else None


class BudgetSheet:
    """Walks the rows once, keeping the section and sub-bidang the rows are under."""

    def __init__(self, rows):
        self.rows = rows
        self.result = ParsedBudget()
        self.columns = None
        self.section = None
        self.sub_bidang = ("", "")

    def parse(self):
        for number, row in enumerate(self.rows, start=1):
            if self.columns is None:
                self.columns = header_columns(row)
                continue
            if any(cell_text(cell) for cell in row):
                self.read_row(number, row)
        if self.columns is None:
            self.result.errors.append(
                _("Baris judul kolom (Kode, Uraian, Anggaran) tidak ditemukan.")
            )
        elif not self.result.lines and not self.result.errors:
            self.result.errors.append(_("Tidak ada baris rincian anggaran di berkas ini."))
        if not self.result.errors:
            self.check_declared_totals()
        return self.result

    def cell(self, row, name):
        index = self.columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    def error(self, number, column, message):
        self.result.errors.append(
            _("Baris %(row)s, kolom %(column)s: %(message)s")
            % {"row": number, "column": COLUMN_TITLES[column], "message": message}
        )

    def value(self, number, row, name, parse):
        try:
            return parse(self.cell(row, name))
        except CellProblem as problem:
            self.error(number, name, str(problem))
            return None

    def read_row(self, number, row):
        code = cell_text(self.cell(row, "code"))
        description = cell_text(self.cell(row, "description"))
        title = description.upper()
        if title in SECTION_ROWS:
            self.section = SECTION_ROWS[title]
            return
        if not code and title.startswith(COMPUTED_ROWS):
            return
        if title.startswith("JUMLAH"):
            self.read_total(number, row, title)
            return
        if not cell_text(self.cell(row, "amount")):
            self.read_heading(code, description)
            return
        self.read_line(number, row, code, description)

    def read_total(self, number, row, title):
        section = TOTAL_ROWS.get(title)
        if section is None:
            self.error(
                number,
                "description",
                _(
                    "'%(value)s' bukan baris jumlah yang dikenal (JUMLAH PENDAPATAN, "
                    "JUMLAH BELANJA, JUMLAH PENERIMAAN PEMBIAYAAN, JUMLAH PENGELUARAN "
                    "PEMBIAYAAN)."
                )
                % {"value": title},
            )
            return
        amount = self.value(number, row, "amount", parse_amount)
        if amount is not None:
            self.result.declared[section] = (amount, number)

    def read_heading(self, code, description):
        """A bidang (2) or sub-bidang (2.2) heading; the belanja lines below it take it."""
        if self.section == Section.BELANJA and code.count(".") == 1:
            self.sub_bidang = (code, description)
        elif self.section == Section.BELANJA and "." not in code:
            self.sub_bidang = ("", "")

    def read_line(self, number, row, code, description):
        line = {"code": code, "description": description}
        line["amount"] = self.value(number, row, "amount", parse_amount)
        line["realised"] = self.value(number, row, "realised", parse_amount)
        line["realised_on"] = self.value(number, row, "realised_on", parse_date)
        if not description:
            self.error(number, "description", _("uraian kosong."))
        if self.section is None:
            self.error(
                number,
                "description",
                _("baris rincian sebelum judul bagian PENDAPATAN, BELANJA atau PEMBIAYAAN."),
            )
            return
        if not self.classify(number, line):
            return
        if line["amount"] is not None and description:
            self.result.lines.append(line)

    def classify(self, number, line):
        """Set the line's section and its source or bidang from its code."""
        code = line["code"]
        if self.section == Section.PENDAPATAN:
            line["section"] = Section.PENDAPATAN
            line["source"] = income_source_for_code(code)
            if line["source"] is None:
                self.error(
                    number,
                    "code",
                    _("'%(code)s' bukan kode pendapatan (4.1, 4.2.1 sampai 4.2.5, atau 4.3).")
                    % {"code": code},
                )
                return False
        elif self.section == Section.BELANJA:
            line["section"] = Section.BELANJA
            line["bidang"] = bidang_for_code(code)
            if line["bidang"] is None:
                self.error(
                    number,
                    "code",
                    _("'%(code)s' bukan kode kegiatan bidang 1 sampai 5 (misalnya 2.2.01).")
                    % {"code": code},
                )
                return False
            sub_code, sub_name = self.sub_bidang
            line["sub_bidang"] = sub_name if sub_code and code.startswith(sub_code + ".") else ""
        else:
            section = financing_section_for_code(code)
            if section is None and self.section != FINANCING:
                section = self.section
            if section is None:
                self.error(
                    number,
                    "code",
                    _("'%(code)s' bukan kode pembiayaan (6.1 penerimaan, 6.2 pengeluaran).")
                    % {"code": code},
                )
                return False
            line["section"] = section
        return True

    def check_declared_totals(self):
        totals = balance.totals_of((line["section"], line["amount"]) for line in self.result.lines)
        for section, (amount, number) in self.result.declared.items():
            counted = totals.of_section(section)
            if amount != counted:
                self.error(number, "amount", balance.mismatch_message(section, amount, counted))


def parse_budget_file(uploaded):
    """The lines and declared totals of an uploaded spreadsheet, or its errors."""
    try:
        rows = read_rows(uploaded)
    except FileProblem as problem:
        return ParsedBudget(errors=[str(problem)])
    return BudgetSheet(rows).parse()


def unsaved_budget(site, year, parsed, **fields):
    """A draft Budget (not saved yet) with the parsed lines and declared totals."""
    declared = {section: amount for section, (amount, _row) in parsed.declared.items()}
    budget = Budget(
        site=site,
        year=year,
        live=False,
        declared_pendapatan=declared.get(Section.PENDAPATAN),
        declared_belanja=declared.get(Section.BELANJA),
        declared_penerimaan=declared.get(Section.PEMBIAYAAN_PENERIMAAN),
        declared_pengeluaran=declared.get(Section.PEMBIAYAAN_PENGELUARAN),
        **fields,
    )
    budget.lines = [
        BudgetLine(
            sort_order=order, **{key: value for key, value in line.items() if value is not None}
        )
        for order, line in enumerate(parsed.lines)
    ]
    return budget
