"""Price-cut roundups and price tables (fixprice27).

SCHEMA "Prices" and "Values": a cut is a negative ``price_change`` (``免费`` is -1.0); the price
before a cut takes ``_before_cut``; prices per unit keep the unit in the metric. The rules:

- a caption ``调价前后`` (before and after) names both prices: its 调价前 marks no column as the
  price before a cut, so the 调价后 column holds prices now and the 降幅 column cuts (negative);
- a change (``免费``) is no base of a later growth column: ``| 免费 | 100% |`` under 调价后 and
  降幅 is one cut to nothing, written twice in the row (one row, -1.0);
- a column ``折合每秒价格`` holds prices per second, as ``0.10美元/秒`` in prose;
- a slashed pair followed by a currency (``15/75美元``) is two amounts, never the fraction 0.2.

Every example is invented (青禾, Qingyu and Lumo are in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 3)

CUT_TABLE = (
    "青禾周报：模型调价汇总\n\n"
    "表：主要模型输入价格调价前后（元/百万tokens）\n"
    "| 模型 | 调价前 | 调价后 | 降幅 | 生效日期 |\n"
    "|---|---|---|---|---|\n"
    "| Qingyu-Max | 60 | 20 | 67% | 2025-05-21 |\n"
    "| Qingyu-Lite | 4 | 免费 | 100% | 2025-05-21 |\n"
    "注：价格均为官网刊例价。\n"
)


def _rows(text: str):
    f = facts_of_text(text, DAY)
    return f, {t: (m, v) for t, m, v in zip(f["text"], f["metric"], f["value"])}


def test_a_before_and_after_caption_leaves_the_new_price_and_the_cut_unmarked():
    _, rows = _rows(CUT_TABLE)
    assert rows["60"] == ("input_price_per_1m_tokens_before_cut", 60.0)
    assert rows["20"] == ("input_price_per_1m_tokens", 20.0)
    assert rows["67%"][0] == "input_price_change"
    assert abs(rows["67%"][1] + 0.67) < 1e-9


def test_free_and_a_full_cut_in_one_row_are_one_cut():
    f, _ = _rows(CUT_TABLE)
    lite = f[f["entity"] == "Qingyu-Lite"]
    cuts = lite[lite["unit"] == "ratio"]
    assert len(cuts) == 1, lite[["metric", "value", "text"]].to_string()
    assert cuts.iloc[0]["value"] == -1.0
    assert cuts.iloc[0]["metric"].endswith("price_change")


def test_a_per_second_price_column_is_a_price_per_second_and_repeats_the_prose():
    text = ("青禾视频模型定价观察\n\n青禾科技于10月6日上线Qingshan-Video API，价格为0.12美元/秒（720p）。\n\n"
            "| 产品 | 计费方式 | 折合每秒价格 | 备注 |\n|---|---|---|---|\n"
            "| Qingshan-Video API | 按秒 | 0.12美元 | 720p |\n| Lumo Fast API | 按秒 | 0.18美元 | 含音频 |\n")
    f, rows = _rows(text)
    assert rows["0.18美元"] == ("price_per_second", 0.18)
    assert len(f[f["value"] == 0.12]) == 1, f[["entity", "metric", "value", "text"]].to_string()


def test_a_slashed_pair_before_a_currency_is_two_amounts():
    qs = find_quantities("输入/输出价格分别为15/75美元")
    assert [(q.value, q.unit) for q in qs] == [(15.0, "USD"), (75.0, "USD")]
    assert [q.value for q in find_quantities("仅为对手的1/400")] == [0.0025]  # a fraction stays one


def test_free_and_a_full_cut_in_one_traditional_row_are_one_cut():
    # a Big5 report writes 免費: the row's two cells are still one cut (the cell's kind decides,
    # not its characters, which keep the document's own script)
    text = CUT_TABLE.replace("调价", "調價").replace("免费", "免費").replace("价格均为官网刊例价", "價格均為官網刊例價")
    f, _ = _rows(text)
    lite = f[f["entity"] == "Qingyu-Lite"]
    cuts = lite[lite["unit"] == "ratio"]
    assert len(cuts) == 1, lite[["metric", "value", "text"]].to_string()
    assert cuts.iloc[0]["value"] == -1.0
