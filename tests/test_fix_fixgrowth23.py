"""A part's share of a firm's sales (fixgrowth23): ``销售占比``/``销售额占比``/``营业收入占比`` name a
share of the firm's revenue (earnings, like 收入占比 and 营收比重), not a market share; a product
category's share of a market's sales stays market (the entity rule of theme_boundaries.csv).

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _themes(text: str) -> dict:
    f = _facts(text)
    return dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))


def test_region_share_of_sales_is_the_firms_revenue_share():
    # was: market | share
    got = _themes("二、青木精机\n11月5日公布的半年业绩显示，公司销售额同比增长6.2%。"
                  "分地区看，北美销售占比由去年同期的31%降至27%。\n")
    assert got[0.31] == ("earnings", "revenue_share"), got
    assert got[0.27] == ("earnings", "revenue_share"), got


def test_customer_share_of_sales_behind_a_bracket_is_earnings():
    # was: market | share (the bracket parts 第一大客户 from its share word)
    got = _themes("报告期内，公司第一大客户（某大型物流企业，以下简称“客户甲”）的销售占比为38.25%。\n")
    assert got[0.3825][0] == "earnings", got


def test_segment_share_of_sales_amount_is_earnings():
    got = _themes("三、北辰测控\n公司上半年营业收入12.4亿元，其中测试机销售额占比约六成。\n")
    assert got[0.6][0] == "earnings", got
