"""A premium over a reference price named by the bare noun 溢价 (fixcol42).

The lexicon knew 溢价率, 转股溢价率 and 折价 but not 溢价 alone, so a table column headed
``溢价`` over ``| 24% |`` cells, and prose like ``较停牌前收盘价溢价约35%``, gave no fact or a
price change. Gold files such premiums (an acquisition's over the unaffected share price, a
secondary round's over the last round) as valuation in every set where the word heads a value;
``溢价`` is the positive side of ``折价``, already a valuation row. Every example is invented.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 6, 10), "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _rows(df, value):
    return df[(df["value"] - value).abs() <= 1e-6 * abs(value)]


def test_premium_column_cells_are_valuation_premiums():
    text = ("| 买方 | 目标 | 公告日 | 对价（亿美元） | 溢价 | 进度 |\n"
            "|---|---|---|---|---|---|\n"
            "| 甲科技 | 乙软件 | 2025-02-11 | 41.0 | 24% | 已完成 |\n"
            "| 丙网络 | 丁安全 | 2025-04-08 | 17.5 | 37% | 审批中 |\n")
    df = _facts(text)
    for value in (0.24, 0.37):
        rows = _rows(df, value)
        assert len(rows) >= 1, df[["theme", "metric", "value", "text"]]
        assert rows.iloc[0].theme == "valuation"
        assert rows.iloc[0].metric == "premium"


def test_premium_in_prose_is_a_valuation_premium():
    df = _facts("甲集团以每股18元收购乙公司，较停牌前收盘价溢价约35%，预计年内交割。")
    rows = _rows(df, 0.35)
    assert len(rows) >= 1, df[["theme", "metric", "value", "text"]]
    assert rows.iloc[0].theme == "valuation"
    assert rows.iloc[0].metric == "premium"
