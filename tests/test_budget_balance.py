"""The arithmetic of an APBDes (budget.balance) and the Rupiah forms the budget page uses."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budget import balance
from budget.sections import Section, bidang_for_code, income_source_for_code
from core.rupiah import format_rupiah_amount, format_rupiah_short

SECTIONS = list(Section)
amounts = st.integers(min_value=0, max_value=10**13)
entries = st.lists(st.tuples(st.sampled_from(SECTIONS), amounts), max_size=40)


@given(entries)
def test_totals_equal_the_sums_of_their_lines(lines):
    totals = balance.totals_of(lines)
    for section in SECTIONS:
        assert totals.of_section(section) == sum(a for s, a in lines if s == section)


@given(entries)
def test_silpa_is_surplus_plus_net_financing(lines):
    totals = balance.totals_of(lines)
    assert totals.surplus == totals.pendapatan - totals.belanja
    assert totals.pembiayaan_neto == totals.penerimaan - totals.pengeluaran
    assert totals.silpa == totals.surplus + totals.pembiayaan_neto
    assert totals.silpa == (
        totals.pendapatan + totals.penerimaan - totals.belanja - totals.pengeluaran
    )


@given(entries)
def test_a_budget_goes_public_exactly_when_silpa_is_not_negative(lines):
    totals = balance.totals_of(lines)
    problems = balance.publication_problems(lines, {})
    assert (problems == []) == (totals.silpa >= 0)


@given(entries)
def test_declared_totals_equal_to_the_sums_pass(lines):
    totals = balance.totals_of(lines)
    declared = {section: totals.of_section(section) for section in SECTIONS}
    assert balance.declared_problems(totals, declared) == []


@given(entries, st.sampled_from(SECTIONS), st.integers(min_value=1, max_value=10**9))
def test_a_declared_total_off_by_any_amount_says_by_how_much(lines, section, off):
    totals = balance.totals_of(lines)
    declared = {section: totals.of_section(section) + off}
    [problem] = balance.declared_problems(totals, declared)
    assert f"(selisih {format_rupiah_amount(off)})." in problem


def test_mismatch_message_names_the_total_and_the_difference():
    lines = [(Section.PENDAPATAN, 1_300_000_000), (Section.BELANJA, 1_195_000_000)]
    problems = balance.publication_problems(lines, {Section.BELANJA: 1_200_000_000})
    assert problems == [
        "Total belanja tertulis Rp1.200.000.000 tetapi jumlah rinciannya Rp1.195.000.000 "
        "(selisih Rp5.000.000)."
    ]


def test_negative_silpa_is_refused_with_the_shortfall():
    lines = [(Section.PENDAPATAN, 100_000_000), (Section.BELANJA, 105_000_000)]
    [problem] = balance.publication_problems(lines, {})
    assert "SILPA tidak boleh negatif: SILPA -Rp5.000.000" in problem
    assert "kurang Rp5.000.000" in problem


@pytest.mark.parametrize("amount", [-1, 1.5, "100", True])
def test_amounts_must_be_non_negative_integers(amount):
    problems = balance.publication_problems([(Section.PENDAPATAN, amount)], {})
    assert problems and problems[0].startswith("Setiap anggaran ")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_234_567_890, "Rp1,23 miliar"),
        (450_000_000, "Rp450 juta"),
        (1_000_000_000, "Rp1 miliar"),
        (999_999_999, "Rp1 miliar"),
        (1_250_000, "Rp1,25 juta"),
        (750_000, "Rp750.000"),
        (2_500_000_000_000, "Rp2,5 triliun"),
        (0, "Rp0"),
        (-5_000_000, "-Rp5 juta"),
    ],
)
def test_short_rupiah_for_headlines(amount, text):
    assert format_rupiah_short(amount) == text


def test_full_rupiah_amount_writes_zero_and_negatives():
    assert format_rupiah_amount(1_234_567_890) == "Rp1.234.567.890"
    assert format_rupiah_amount(0) == "Rp0"
    assert format_rupiah_amount(-5_000) == "-Rp5.000"


@pytest.mark.parametrize(
    ("code", "source"),
    [
        ("4.2.1", "dana_desa"),
        ("4.2.3.01", "alokasi_dana_desa"),
        ("4.1.1", "pendapatan_asli"),
        ("4.3", "lain_lain"),
        ("4.9", None),
        ("4.21", None),
    ],
)
def test_income_source_from_its_code(code, source):
    assert income_source_for_code(code) == source


def test_bidang_from_an_activity_code():
    assert bidang_for_code("2.2.01") == 2
    assert bidang_for_code("6.1") is None
    assert bidang_for_code("2") is None
