"""Recall (fixrec17): figures the extractor did not find at all. Every example is invented
(星河科技, 云帆智能 exist in no report; their numbers are made up)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 14)


def _rows(text: str) -> dict[str, tuple[str, str, float, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# ---- a note's masthead: lines of label：value fields set apart by wide blanks ---------------

MASTHEAD = (
    "星河科技\n"
    "第三季業績點評：雲業務提速，維持買入\n\n"
    "評級：買入（維持）　　目標價：78港元（前值：73.5港元）\n"
    "現價：63.8港元（11月13日收市）　　潛在升幅：22%\n"
    "市值：5.83萬億港元　　52周股價區間：36.48－68.3港元\n\n"
    "星河科技第三季總收入192.8億元人民幣，按年增長15%。\n"
)


def test_masthead_fields_are_clauses_not_table_cells():
    r = _rows(MASTHEAD)
    assert r["78港元"][:2] == ("valuation", "target_price")
    assert r["73.5港元"][0] == "valuation" and r["73.5港元"][2] == 73.5  # the previous target price
    # each field is its own sentence: 市值 is not measured by the next field's 股價
    assert r["5.83萬億港元"][:3] == ("valuation", "market_cap", 5.83e12)
    assert r["63.8港元"][:2] == ("valuation", "share_price")


def test_masthead_field_label_is_no_figure():
    # read as a table row, 52周股價區間 gave a share price of 52 in yuan
    assert "52" not in _rows(MASTHEAD)


def test_caption_fields_line_is_still_no_header_row():
    r = _rows("表1：云帆智能分业务收入\n单位：亿元　　币种：人民币\n"
              "指标　　2024　　2025E\n营业收入　　12.5　　18.0\n")
    assert r["12.5"][2] == 1.25e9 and r["12.5"][3] == "CNY"
