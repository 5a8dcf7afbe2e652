"""Shares no keyword names, taken within the paragraph's topic (fixmiss26).

A share written right after 占 (``两地合计占全国AI岗位的51%``, ``约占三分之一``) or right after
其中, whose part and whole are words no ``metrics.csv`` row holds, was read by no rule and
dropped. It is a share within what the paragraph is about: it takes the theme of the
paragraph's last row. With no row before it in the paragraph it still states no fact.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 8, 6)


def _rows(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return {t: (th, u, v) for t, th, u, v in zip(f["text"], f["theme"], f["unit"], f["value"])}


def test_share_after_zhan_takes_the_paragraph_theme():
    got = _rows("6月，平台AI岗位平均招聘月薪3.12万元，同比上涨5.4%。杭州、苏州两地合计占全国AI岗位的23%。\n")
    assert got["23%"] == ("market", "ratio", 0.23), got


def test_hedged_share_with_no_whole_takes_the_paragraph_theme():
    got = _rows("2025年某省智算中心机柜上架率约61%。其中民营园区约占三分之一。\n")
    assert "三分之一" in got, got
    assert got["三分之一"][0] == got["约61%"][0], got


def test_share_with_no_row_before_it_stays_unread():
    got = _rows("从招聘方行业看，物流业占19%。\n")
    assert "19%" not in got, got


def test_share_after_a_long_lead_stays_unread():
    got = _rows("6月，平台AI岗位平均招聘月薪3.12万元。两地合计占去年下半年全国新增AI相关岗位总数的23%。\n")
    assert "23%" not in got, got
