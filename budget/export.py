"""Every line of a published APBDes as CSV and JSON (open data): the same columns in both,
amounts as plain integers of Rupiah, dates as ISO 8601."""

import csv
import io
import json

from core.spreadsheet import neutralise_formula

from .sections import Bidang, IncomeSource

COLUMNS = [
    "tahun",
    "bagian",
    "sumber_pendapatan",
    "bidang_kode",
    "bidang",
    "sub_bidang",
    "kode",
    "uraian",
    "anggaran",
    "realisasi",
    "tanggal_realisasi",
]


def line_record(budget, line):
    return {
        "tahun": budget.year,
        "bagian": line.section,
        "sumber_pendapatan": str(IncomeSource(line.source).label) if line.source else "",
        "bidang_kode": line.bidang or "",
        "bidang": str(Bidang(line.bidang).label) if line.bidang else "",
        "sub_bidang": line.sub_bidang,
        "kode": line.code,
        "uraian": line.description,
        "anggaran": line.amount,
        "realisasi": line.realised if line.realised is not None else "",
        "tanggal_realisasi": line.realised_on.isoformat() if line.realised_on else "",
    }


def budget_csv(budget):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for line in budget.line_list:
        writer.writerow(
            {key: neutralise_formula(value) for key, value in line_record(budget, line).items()}
        )
    # The byte-order mark makes Excel read the file as UTF-8.
    return "\ufeff" + buffer.getvalue()


def budget_json(budget, village_name):
    records = []
    for line in budget.line_list:
        record = line_record(budget, line)
        record["bidang_kode"] = line.bidang
        record["realisasi"] = line.realised
        record["tanggal_realisasi"] = record["tanggal_realisasi"] or None
        records.append(record)
    data = {
        "desa": village_name,
        "tahun": budget.year,
        "satuan": "Rupiah",
        "total_anggaran": budget.totals.as_dict(),
        "total_realisasi": budget.realised_totals.as_dict(),
        "baris": records,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
