"""Tests of the reference table and the plausibility check (aigc_analysis.tables.plausibility)."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from aigc_analysis.tables.plausibility import (
    REFERENCE_COLUMNS,
    REFERENCE_PATH,
    check_plausibility,
    load_reference,
)

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def facts(rows) -> pd.DataFrame:
    """(entity, metric, value, unit, period) rows, plus value_high and published."""
    df = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period"])
    df["value_high"] = float("nan")
    df["published"] = None
    return df


def test_shipped_reference_table_is_valid():
    ref = load_reference()
    assert tuple(ref.columns) == REFERENCE_COLUMNS
    assert ref["source_url"].str.match(r"https?://").all()
    assert ref["value"].gt(0).all()
    # One row per documented size, never the same value twice for one key.
    assert not ref.duplicated(["entity", "metric", "period", "unit", "value"]).any()
    lexicon = REFERENCE_PATH.parent / "entities.csv"
    if lexicon.exists():  # names must be the lexicon's canonical names
        known = set(pd.read_csv(lexicon, dtype=str)["entity"])
        assert set(ref["entity"]) - known == set(), "reference entities not in entities.csv"


def test_bert_slip_is_flagged_with_reference_beside_it():
    out = check_plausibility(facts([("BERT", "parameters", 4.81e11, "count", "")]))
    row = out.iloc[0]
    assert row.plausibility == "differs"
    assert row.reference_value == 3.4e8  # the nearer of BERT-base and BERT-large
    assert row.reference_source == "https://arxiv.org/abs/1810.04805"


def test_entity_with_several_sizes_matches_any():
    out = check_plausibility(facts([
        ("LLaMA", "parameters", 7e9, "count", ""),
        ("LLaMA", "parameters", 6.5e10, "count", ""),
        ("LLaMA", "parameters", 3.0e10, "count", ""),  # within 15% of 33B
        ("LLaMA", "parameters", 2.0e10, "count", ""),  # no such size
    ]))
    assert list(out["plausibility"]) == ["ok", "ok", "ok", "differs"]
    assert list(out["reference_value"]) == [7e9, 6.5e10, 3.3e10, 1.3e10]


def test_unknown_entity_metric_or_unit():
    out = check_plausibility(facts([
        ("MAI-1", "parameters", 5e11, "count", ""),
        ("BERT", "training_data_size", 1e9, "bytes", ""),
        ("GPT-3", "parameters", 1.75e11, "USD", ""),
    ]))
    assert (out["plausibility"] == "unknown").all()
    assert out["reference_value"].isna().all() and out["reference_source"].isna().all()


def test_tolerance_argument_and_row_override():
    row = [("GPT-3", "parameters", 1.5e11, "count", "")]  # 14% below 175B
    assert check_plausibility(facts(row)).iloc[0].plausibility == "ok"
    assert check_plausibility(facts(row), tolerance=0.1).iloc[0].plausibility == "differs"
    ref = pd.DataFrame([{"entity": "GPT-3", "metric": "parameters", "period": "",
                         "value": 1.75e11, "unit": "count", "tolerance_ratio": 0.01,
                         "source_url": "https://example.org", "note": ""}])
    assert check_plausibility(facts(row), reference=ref).iloc[0].plausibility == "differs"
    with pytest.raises(ValueError, match="tolerance must be positive"):
        check_plausibility(facts(row), tolerance=0)


def test_ranges_are_ok_when_the_reference_is_inside():
    df = facts([("PaLM", "parameters", 5.0e11, "count", "")])
    df["value_high"] = 6.0e11
    assert check_plausibility(df).iloc[0].plausibility == "ok"


def test_prices_in_effect_by_date_and_per_1k_volume():
    out = check_plausibility(facts([
        ("GPT-4o", "input_price_per_1m_tokens", 5.0, "USD", "2024-05-13"),
        ("GPT-4o", "output_price_per_1m_tokens", 15.0, "USD", "2024-06"),
        ("GPT-4o", "input_price_per_1m_tokens", 50.0, "USD", "2024-05"),
        ("GPT-4 Turbo", "input_price_per_1k_tokens", 0.01, "USD", "2023-11"),
        ("GPT-3.5 Turbo", "input_price_per_1m_tokens", 0.5, "USD", "2024-02"),
        ("GPT-3.5 Turbo", "input_price_per_1m_tokens", 0.5, "USD", "2023-12"),
        ("GPT-4o", "input_price_per_1m_tokens", 5.0, "USD", "2023-12"),  # before launch
    ]))
    assert list(out["plausibility"]) == ["ok", "ok", "differs", "ok", "ok", "differs",
                                         "unknown"]
    assert out.loc[3, "reference_value"] == pytest.approx(0.01)  # in the fact's own scale
    assert out.loc[5, "reference_value"] == pytest.approx(1.0)   # the 2023-11 price


def test_price_without_period_uses_publication_date():
    df = facts([("GPT-4o", "input_price_per_1m_tokens", 5.0, "USD", "")])
    df["published"] = "2024-06-01"
    assert check_plausibility(df).iloc[0].plausibility == "ok"


def test_capex_period_must_match_exactly():
    out = check_plausibility(facts([
        ("Google", "capex", 3.2e10, "USD", "2023"),
        ("Google", "capex", 1.2e10, "USD", "2023Q4"),
    ]))
    assert list(out["plausibility"]) == ["ok", "unknown"]


def test_input_not_mutated_and_index_kept():
    df = facts([("BERT", "parameters", 4.81e11, "count", ""),
                ("GPT-3", "parameters", 1.75e11, "count", "")])
    df.index = [10, 20]
    before = df.copy(deep=True)
    out = check_plausibility(df)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.index) == [10, 20]
    assert list(out.columns) == list(df.columns) + ["plausibility", "reference_value",
                                                    "reference_source"]


@pytest.mark.parametrize("line, message", [
    ("GPT-3,parameters,,abc,count,,https://x.org,", "value 'abc' is not a number"),
    ("GPT-3,parameters,,1,count,-1,https://x.org,", "tolerance_ratio must be positive"),
    ("GPT-3,parameters,,1,count,,arxiv 2005.14165,", "is not an http"),
    (",parameters,,1,count,,https://x.org,", "empty entity"),
])
def test_bad_reference_rows_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "ref.csv"
    path.write_text(",".join(REFERENCE_COLUMNS) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"ref\.csv:2: .*{message}"):
        load_reference(path)


def test_missing_reference_column(tmp_path):
    path = tmp_path / "ref.csv"
    path.write_text("entity,metric,value\nX,m,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ref.csv: missing column"):
        load_reference(path)


@pytest.mark.skipif(not (GOLD / "seed_facts.csv").exists(), reason="gold facts not present")
def test_seed_bert_row_flagged():
    gold = pd.read_csv(GOLD / "seed_facts.csv", dtype=str, keep_default_na=False)
    gold["value"] = gold["value"].astype(float)
    gold["value_high"] = pd.to_numeric(gold["value_high"])
    out = check_plausibility(gold)
    bert = out[out["entity"] == "BERT"]
    assert list(bert["plausibility"]) == ["differs"]
    assert bert["reference_value"].iloc[0] == 3.4e8
    flagged = out[out["plausibility"] == "differs"]
    assert list(flagged["entity"]) == ["BERT"]  # every other checked seed value is right
    assert (out["plausibility"] == "ok").sum() >= 10
    assert not math.isnan(bert["reference_value"].iloc[0])
