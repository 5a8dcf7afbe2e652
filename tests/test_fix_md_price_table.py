"""Model leaderboard and price notes with a markdown table (invented text): benchmark score
columns hold no facts, a ``1T`` cell under a parameter column is 1e12 parameters, and the prose
after the table carries the document's per-token unit, a price as a part of another's, the
older model's price a rise starts from and the rise itself."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 12, 5)

TABLE = (
    "下表为本文整理的对照（分数取较低值，价格为官方标准价，美元/百万tokens）：\n\n"
    "| 模型 | 发布日期 | 上下文 | 总参数 | 激活参数 | {b1} | {b2} | 输入价 | 输出价 |\n"
    "|---|---|---|---|---|---|---|---|---|\n"
    "| Zorin-3 Pro | 2025-11-18 | 1M | 未披露 | 未披露 | 91.9 | 76.2 | 2.00 | 12.00 |\n"
    "| Kesto K3 | 2025-11-06 | 256K | 1T | 32B | 84.5 | 71.3 | 0.60 | 2.50 |\n"
    "| Vamo-V4 | 2025-10-20 | 128K | 671B | 37B | 80.1 | 68.0 | 0.28 | 0.42 |\n"
)


@pytest.mark.parametrize("b1,b2", [("GPQA", "SWE-bench Verified"), ("GPQA Diamond", "AIME 2025"),
                                   ("MMLU-Pro", "综合得分"), ("HLE", "LiveCodeBench")])
def test_benchmark_columns_hold_no_facts(b1, b2):
    df = facts_of_text(TABLE.format(b1=b1, b2=b2), PUB)
    for score in ("91.9", "76.2", "84.5", "71.3", "80.1", "68.0"):
        assert score not in set(df["text"]), df[["text", "metric"]].to_string()
    for ctx in ("1M", "256K", "128K"):  # context windows stay out too
        assert ctx not in set(df["text"])
    r = row_of(df, "12.00")
    assert (r["entity"], r["metric"], r["value"], r["unit"], r["period"]) == (
        "Zorin-3 Pro", "output_price_per_1m_tokens", 12.0, "USD", "2025-11-18")
    r = row_of(df, "0.60")
    assert (r["entity"], r["metric"], r["period"]) == ("Kesto K3", "input_price_per_1m_tokens", "2025-11-06")


def test_trillion_cell_under_parameter_column():
    df = facts_of_text(TABLE.format(b1="GPQA", b2="SWE-bench Verified"), PUB)
    r = row_of(df, "1T")
    assert (r["entity"], r["theme"], r["metric"], r["value"], r["unit"], r["period"]) == (
        "Kesto K3", "parameters", "parameters", 1e12, "count", "")
    assert row_of(df, "32B")["metric"] == "active_parameters"
    assert row_of(df, "671B")["value"] == 671e9


def test_near_miss_score_column_without_benchmark_word_is_unchanged():
    # a table with no benchmark column keeps every value column
    text = ("价格为官方标准价（美元/百万tokens）：\n\n| 模型 | 总参数 | 输入价 |\n|---|---|---|\n"
            "| Kesto K3 | 1.2T | 0.60 |\n| Vamo-V4 | 671B | 0.28 |\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "1.2T")["value"] == 1.2e12
    assert row_of(df, "0.28")["metric"] == "input_price_per_1m_tokens"


def test_t_cell_outside_parameter_column_is_no_parameter_count():
    # 1.6T heads a row of optical modules; a T cell under a shipment column is not parameters
    text = ("表：光模块出货量（万只）\n\n| 速率 | 2025E | 2026E |\n|---|---|---|\n"
            "| 800G | 1,900 | 2,800 |\n| 1.6T | 300 | 1,200 |\n")
    df = facts_of_text(text, PUB)
    assert not (df["theme"] == "parameters").any()


@pytest.mark.parametrize("sentence,entity", [
    ("Lumo-2 Lite更便宜，它的输出价只有0.84美元，约为Zorin-3 Pro的1/30。", "Lumo-2 Lite"),
    ("Lumo-2 Lite的输出价仅为0.84美元，约为Zorin-3 Pro的1/30。", "Lumo-2 Lite"),
])
def test_prose_price_carries_document_unit_and_ratio(sentence, entity):
    df = facts_of_text(TABLE.format(b1="GPQA", b2="SWE-bench Verified") + "\n" + sentence + "\n", PUB)
    r = row_of(df, "0.84美元")
    assert (r["entity"], r["theme"], r["metric"], r["value"], r["unit"]) == (
        entity, "pricing", "output_price_per_1m_tokens", 0.84, "USD")
    r = row_of(df, "1/30")
    assert (r["entity"], r["theme"], r["unit"]) == (entity, "pricing", "ratio")
    assert r["value"] == 0.0333  # 1/30 as SCHEMA writes a repeating fraction


@pytest.mark.parametrize("subject,older,entity", [
    ("Zorin-3 Pro", "（2.5 Pro）", "Zorin-2.5 Pro"),
    ("Gemma 3 Pro", "（2.5 Pro）", "Gemma 2.5 Pro"),
    ("Zorin-3 Pro", "Zorin-2.5 Pro", "Zorin-2.5 Pro"),
])
def test_rise_from_older_models_price(subject, older, entity):
    text = ("价格单位均为美元/百万tokens。\n\n"
            f"{subject}比上一代{older}贵，≤200K档输入价从1.25美元提到2.00美元，涨幅60%。\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "1.25美元")
    assert (r["entity"], r["theme"], r["metric"], r["value"], r["unit"]) == (
        entity, "pricing", "input_price_per_1m_tokens", 1.25, "USD")
    r = row_of(df, "60%")
    # the move is the newer model's, as the dev gold writes a price cut (降价约67%) of the newer one
    assert (r["entity"], r["theme"], r["value"], r["unit"]) == (subject, "pricing", 0.6, "ratio")
    assert r["metric"].endswith("_change")


def test_share_price_rise_stays_a_share_price_move():
    # near-miss: 涨幅 in a sentence with no token price, and 涨幅 of a named stock, are moves
    df = facts_of_text("英伟达股价本周涨幅5%。\n\n输入价2元/百万tokens，英伟达股价涨幅3%。\n", PUB)
    assert row_of(df, "5%")["theme"] == "valuation"
    assert row_of(df, "3%")["theme"] == "valuation"


def test_price_cut_without_older_model_keeps_before_cut():
    # near-miss: no older model named, so the first price is the subject's price before the cut
    df = facts_of_text("价格单位均为元/百万tokens。\n\nLumo-2输入价从4元降至2元。\n", PUB)
    r = row_of(df, "4元")
    assert (r["entity"], r["metric"]) == ("Lumo-2", "input_price_per_1m_tokens_before_cut")
