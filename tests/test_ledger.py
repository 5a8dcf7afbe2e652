"""Tests of the cross-report claim ledger (aigc_analysis.tables.claims)."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from aigc_analysis.tables.claims import (
    LEDGER_COLUMNS,
    _number_claims,
    fact_intervals,
    ledger,
    name_key,
    revisions,
    written_tolerance,
)
from aigc_analysis.paths import SEEDS_DIR

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def facts_frame(rows) -> pd.DataFrame:
    """A facts frame from (doc_id, entity, metric, value, unit, period, text, published, publisher)."""
    cols = ["doc_id", "entity", "metric", "value", "unit", "period", "text", "published",
            "publisher"]
    df = pd.DataFrame(rows, columns=cols)
    df["value_high"] = float("nan")
    df["start"] = range(0, 10 * len(df), 10)
    df["end"] = df["start"] + df["text"].str.len()
    return df


CAPEX_ROWS = [
    ("a.txt", "Big-4 US cloud providers", "capex", 4.435e10, "USD", "2024Q1", "443.5亿美元",
     "2024-05-09", "Huatai"),
    ("b.txt", "Big-4 US cloud providers", "capex", 4.44e10, "USD", "2024Q1", "444亿美元",
     "2024-05-20", "CITIC"),
]


def test_written_tolerance_follows_written_digits():
    assert written_tolerance(4.435e10, "443.5亿美元") == pytest.approx(5e6)
    assert written_tolerance(4.44e10, "444亿美元") == pytest.approx(5e7)
    assert written_tolerance(1.6205e11, "1,620.5亿元") == pytest.approx(5e6)
    assert written_tolerance(4.435e10, "４４３.５亿美元") == pytest.approx(5e6)  # full-width
    assert written_tolerance(0.26, "增速比23Q4提升26pct") == pytest.approx(0.005)
    # No digit token matches (Chinese numeral): the value's own last digit.
    assert written_tolerance(0.4, "四成左右") == pytest.approx(0.05)


def test_qualifiers_widen_the_interval():
    df = facts_frame([
        ("a.txt", "X", "m", 100.0, "count", "", "100", None, None),
        ("a.txt", "X", "m", 100.0, "count", "", "约100", None, None),
        ("a.txt", "X", "m", 100.0, "count", "", "超100", None, None),
        ("a.txt", "X", "m", 100.0, "count", "", "不足100", None, None),
        ("a.txt", "X", "m", -0.2, "ratio", "", "最大跌幅超20%", None, None),
    ])
    iv = fact_intervals(df)
    assert (iv.loc[0, "low"], iv.loc[0, "high"]) == pytest.approx((99.5, 100.5))
    assert (iv.loc[1, "low"], iv.loc[1, "high"]) == pytest.approx((90, 110))
    assert (iv.loc[2, "low"], iv.loc[2, "high"]) == pytest.approx((99.5, 125))
    assert (iv.loc[3, "low"], iv.loc[3, "high"]) == pytest.approx((75, 100.5))
    # "over 20% fall" reaches further below zero, not towards it.
    assert (iv.loc[4, "low"], iv.loc[4, "high"]) == pytest.approx((-0.25, -0.195))
    assert list(iv["qualifier_kind"]) == [None, "approx", "over", "under", "over"]


def test_rounded_values_agree():
    table = ledger(facts_frame(CAPEX_ROWS))
    assert list(table.columns) == list(LEDGER_COLUMNS)
    assert len(table) == 1
    row = table.iloc[0]
    assert row.n_reports == 2 and row.n_facts == 2
    assert bool(row.agree)
    assert row.value_min == 4.435e10 and row.value_max == 4.44e10
    assert row.earliest_published == date(2024, 5, 9) and row.earliest_doc == "a.txt"
    assert row.latest_published == date(2024, 5, 20) and row.latest_doc == "b.txt"
    assert row.fact_ids == "a.txt:0-8;b.txt:10-16"
    assert row.texts == "443.5亿美元 | 444亿美元"


def test_values_beyond_rounding_disagree():
    rows = [CAPEX_ROWS[0], CAPEX_ROWS[1][:3] + (4.45e10,) + CAPEX_ROWS[1][4:6]
            + ("445亿美元",) + CAPEX_ROWS[1][7:]]
    row = ledger(facts_frame(rows)).iloc[0]
    assert not row.agree
    assert row.spread_ratio == pytest.approx(4.45e10 / 4.435e10)


def test_bert_slip_disagrees():
    df = facts_frame([
        ("a.txt", "BERT", "parameters", 4.81e11, "count", "", "4810 亿", "2023-03-01", "P"),
        ("b.txt", "bert", "parameters", 3.4e8, "count", "", "3.4亿", "2023-04-01", "Q"),
    ])
    table = ledger(df)
    assert len(table) == 1  # entity compared by canonical key, not spelling
    row = table.iloc[0]
    assert not row.agree and not row.multi_valued
    assert row.spread_ratio == pytest.approx(4.81e11 / 3.4e8)
    assert row.n_reports == 2


def test_different_period_is_a_different_claim():
    df = facts_frame([
        ("a.txt", "Google", "capex", 1.2e10, "USD", "2024Q1", "120亿美元", "2024-05-01", "P"),
        ("b.txt", "Google", "capex", 1.3e10, "USD", "2024Q2", "130亿美元", "2024-08-01", "P"),
        ("c.txt", "Google", "capex", 1.3e10, "USD", "", "130亿美元", "2024-08-01", "P"),
    ])
    table = ledger(df)
    assert len(table) == 3
    assert set(table["period"]) == {"2024Q1", "2024Q2", ""}
    assert table["agree"].all()


def test_family_sizes_in_one_report_are_separate_claims():
    df = facts_frame([
        ("a.txt", "LLaMA", "parameters", 7e9, "count", "", "70亿", "2023-03-01", "P"),
        ("a.txt", "LLaMA", "parameters", 6.5e10, "count", "", "650亿", "2023-03-01", "P"),
        ("b.txt", "LLaMA", "parameters", 6.5e10, "count", "", "650亿", "2023-05-01", "Q"),
    ])
    table = ledger(df)
    assert len(table) == 2
    assert table["multi_valued"].all() and table["agree"].all()
    top = table.iloc[0]
    assert top.n_reports == 2 and top.value_min == 6.5e10


def test_claim_numbers_follow_runs_of_sorted_keys():
    # Invented: key A is stated twice by one report with values far apart (multi-valued, two
    # claims), key B once; numbering runs on across keys in sorted order.
    keys = [("a", "m", "", "x"), ("a", "m", "", "x"), ("a", "m", "", "x"), ("b", "m", "", "x")]
    docs = ["d1", "d1", "d2", "d1"]
    spans = [(1.0, 2.0), (9.0, 10.0), (1.5, 2.5), (5.0, 6.0)]
    claim, multi = _number_claims(keys, docs, spans)
    assert claim == [0, 1, 0, 2]
    assert multi == [True, True, True, False]
    assert _number_claims([], [], []) == ([], [])


def test_ledger_rows_skip_missing_numbers_and_texts():
    # A claim whose second fact has no text and no publisher: the ledger joins what there is.
    df = facts_frame([
        ("a.txt", "Kimi", "paid_users", 2e6, "count", "2025", "200万", "2025-03-01", "Huaxi"),
        ("b.txt", "kimi", "paid_users", 2.1e6, "count", "2025", None, None, None),
    ])
    row = ledger(df).iloc[0]
    assert (row.n_reports, row.n_facts, row.value_min, row.value_max) == (2, 2, 2e6, 2.1e6)
    assert row.texts == "200万 | " and row.publishers == "Huaxi"
    assert row.earliest_doc == row.latest_doc == "a.txt"


def test_order_independent_and_input_not_mutated():
    rows = CAPEX_ROWS + [
        ("c.txt", "BERT", "parameters", 4.81e11, "count", "", "4810 亿", "2023-03-01", "P"),
        ("d.txt", "BERT", "parameters", 3.4e8, "count", "", "3.4亿", None, None),
    ]
    df = facts_frame(rows)
    before = df.copy(deep=True)
    first = ledger(df)
    pd.testing.assert_frame_equal(df, before)
    shuffled = df.sample(frac=1, random_state=3).reset_index(drop=True)
    pd.testing.assert_frame_equal(ledger(shuffled), first)


def test_missing_columns_are_a_clear_error():
    with pytest.raises(ValueError, match="lacks column.*unit"):
        ledger(pd.DataFrame({"doc_id": ["a"], "entity": ["X"], "metric": ["m"],
                             "value": [1.0], "period": [""]}))
    bad = facts_frame(CAPEX_ROWS)
    bad.loc[0, "published"] = "May 2024"
    with pytest.raises(ValueError, match="a.txt: published 'May 2024'"):
        ledger(bad)


def test_revisions_show_a_publishers_change():
    df = facts_frame([
        ("a.txt", "OpenAI", "revenue", 1.0e9, "USD", "2024", "10亿美元", "2023-06-01", "Huatai"),
        ("b.txt", "OpenAI", "revenue", 2.0e9, "USD", "2024", "20亿美元", "2023-12-01", "Huatai"),
        ("c.txt", "OpenAI", "revenue", 2.0e9, "USD", "2024", "20亿美元", "2023-09-01", "CITIC"),
        ("d.txt", "Nvidia", "revenue", 1.0e9, "USD", "2024", "10亿美元", "2023-09-01", "CITIC"),
    ])
    rev = revisions(df)
    assert set(rev["entity"]) == {"OpenAI"}  # Nvidia is stated by one report only
    huatai = rev[rev["publisher"] == "Huatai"].reset_index(drop=True)
    assert list(huatai["doc_id"]) == ["a.txt", "b.txt"]
    assert not huatai.loc[0, "revised"] and huatai.loc[1, "revised"]
    assert huatai.loc[1, "change_ratio"] == pytest.approx(1.0)
    assert huatai.loc[1, "prev_doc_id"] == "a.txt"
    citic = rev[rev["publisher"] == "CITIC"]
    assert not citic["revised"].any()


def test_package_level_call():
    import aigc_analysis
    import aigc_analysis.tables.claims  # noqa: F401  (importing the module must not shadow the export)

    assert aigc_analysis.ledger(facts_frame(CAPEX_ROWS)).iloc[0].n_reports == 2


def test_name_key_ignores_spelling():
    assert name_key("GPT-3") == name_key("gpt 3") == name_key("ＧＰＴ－３")
    assert name_key("GPT-3") != name_key("GPT-4")


def gold_facts() -> pd.DataFrame:
    """The hand-labelled seed facts with the missing contract columns added."""
    facts = pd.read_csv(GOLD / "seed_facts.csv", dtype=str, keep_default_na=False)
    docs = pd.read_csv(GOLD / "seed_docs.csv", dtype=str, keep_default_na=False)
    facts["value"] = facts["value"].astype(float)
    facts["value_high"] = pd.to_numeric(facts["value_high"])
    starts, ends = [], []
    for doc_id, text in zip(facts["doc_id"], facts["text"]):
        raw = (SEEDS_DIR / doc_id).read_text(encoding="utf-8")
        start = raw.find(text)
        starts.append(start if start >= 0 else None)
        ends.append(start + len(text) if start >= 0 else None)
    facts["start"] = pd.array(starts, dtype="Int64")
    facts["end"] = pd.array(ends, dtype="Int64")
    return facts.merge(docs[["doc_id", "publisher", "published"]], on="doc_id", how="left")


@pytest.mark.skipif(not (GOLD / "seed_facts.csv").exists(), reason="gold facts not present")
def test_ledger_on_gold_seed_facts():
    facts = gold_facts()
    table = ledger(facts)
    assert table["n_facts"].sum() == len(facts)
    llama = table[table["entity"] == "LLaMA"]
    assert len(llama) == 4 and llama["multi_valued"].all()
    # Gold facts are one row per claim per document, so every claim agrees with itself.
    assert table["agree"].all()
    nasdaq = table[table["entity"] == "Nasdaq Composite"]
    assert set(nasdaq["period"]) == {"2024-06-13", ""}


def _extractor():
    """load_corpus and extract_facts (the ledger on real extraction, not only inline frames)."""
    from aigc_analysis.load.corpus import load_corpus
    from aigc_analysis.pipeline.extraction import extract_facts

    return load_corpus, extract_facts


def test_two_copies_of_one_report_edited_to_disagree(tmp_path):
    load_corpus, extract_facts = _extractor()
    source = next(SEEDS_DIR.glob("001_*.txt"))
    raw = source.read_bytes().decode("utf-8")
    assert "443.5亿美元" in raw
    shutil.copy(source, tmp_path / source.name)
    edited = raw.replace("443.5亿美元", "543.5亿美元")
    (tmp_path / ("copy_" + source.name)).write_text(edited, encoding="utf-8")

    facts = extract_facts(load_corpus(tmp_path))
    table = ledger(facts)
    capex = table[(table["metric"] == "capex") & (table["unit"] == "USD")
                  & (table["n_reports"] == 2)]
    assert len(capex) == 1, table[table["metric"] == "capex"]
    row = capex.iloc[0]
    assert not row.agree
    assert row.value_min == pytest.approx(4.435e10) and row.value_max == pytest.approx(5.435e10)
    # Every other claim stated by both copies agrees (same text, same numbers).
    shared = table[(table["n_reports"] == 2) & ~table.index.isin(capex.index)]
    assert len(shared) > 0 and shared["agree"].all()


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=3))
def test_a_value_and_its_rounding_agree(digits, decimals):
    """Writing a number with fewer decimals never makes two reports disagree."""
    exact = 1 + digits / 10**decimals          # e.g. 443.5 (in 亿); >= 1 so it rounds to >= 1
    coarse = round(exact)                      # e.g. 444 (Python rounds half to even)
    df = facts_frame([
        ("a.txt", "X", "capex", exact * 1e8, "USD", "2024", f"{exact:.{decimals}f}亿美元",
         "2024-01-01", "P"),
        ("b.txt", "X", "capex", coarse * 1e8, "USD", "2024", f"{coarse}亿美元",
         "2024-02-01", "Q"),
    ])
    row = ledger(df).iloc[0]
    assert row.n_reports == 2 and bool(row.agree)
