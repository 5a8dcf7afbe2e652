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


# ---- a count written with the counter of the count measured just before ---------------------

def test_ranking_leader_counts_what_the_sentence_before_counted():
    r = _rows("- 全球：3Q25智能手机出货量3.227亿部，同比增长2.6%。星河以6,140万部居首，份额19%；"
              "云帆5,850万部，份额18%。")
    assert r["6,140万"][:2] == ("market", "shipments")
    assert r["5,850万"][:2] == ("market", "shipments")


def test_breakdown_after_a_blank_line_counts_the_same_deals():
    r = _rows("2025年第三季度，某领域共披露融资事件512起，环比增长8.7%。\n\n"
              "从细分赛道看，机器人以142起、133亿元位居第一，融资额占比27.4%；大模型以88起、121亿元居次。")
    assert r["142"][:2] == ("valuation", "funding_deals")


def test_counter_carries_no_further_than_the_next_paragraph():
    r = _rows("2025年第三季度，某领域共披露融资事件512起。\n\n第二段没有数字。\n\n第三段。\n\n"
              "其中机器人以142起位居第一。")
    assert "142" not in r


def test_other_counter_is_not_carried():
    # 台 after a count of 部: another kind of thing, not the phones the sentence before counted
    r = _rows("智能手机出货量3.227亿部。星河以6,140万台居首。")
    assert r.get("6,140万", ("", ""))[1] != "shipments"


def test_racks_counted_on_from_the_sentence_before():
    r = _rows("A：一季度出货量不大，行业合计大约1400柜；二季度明显放量，大约3300柜。"
              "上半年合计约4700柜，略低于年初预期的5800柜。")
    assert r["约4700"][:2] == ("market", "shipments")
    assert r["5800"][0] == "market"
