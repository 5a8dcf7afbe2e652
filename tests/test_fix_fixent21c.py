"""A clause whose own subject is a group or aggregate (fixent21c): a kind of firm (``…厂商``) or
of orders (``…订单``) named by its field is the subject of the clause's figure, never a firm or
product named in a sentence or heading before it.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import market_phrases
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_group_heads_are_named_word_by_word():
    names = {n.name for n in market_phrases("国内头部服务器厂商合计出货增长20%，外销订单金额310亿美元")}
    assert {"China leading server vendors", "Export orders"} <= names, names


def test_a_vendor_group_is_no_firm_named_before():
    # was: the robot maker of the sentence before
    text = "岳川机器人发布新一代巡检机器人，售价约8万元。订单方面，头部服务器厂商四季度出货量合计同比增长约20%。\n"
    f = _facts(text)
    row = f[f["text"].str.contains("20%")]
    assert set(row["entity"]) == {"Leading server vendors"}, set(f["entity"])


def test_a_placed_vendor_group_is_no_country():
    # was: China, the national aggregate of the place word opening the clause
    text = "据我们渠道调研，国内头部服务器厂商四季度出货量合计同比增长约20%。\n"
    f = _facts(text)
    row = f[f["text"].str.contains("20%")]
    assert set(row["entity"]) == {"China leading server vendors"}, set(f["entity"])


def test_export_orders_are_named():
    # was: unspecified (no known name in the clause)
    text = ("10月外贸快评：AI服务器拉货未歇\n\n"
            "●统计部门公布，10月外销订单金额约515亿美元，年增18.5%。\n")
    f = _facts(text)
    row = f[f["text"].str.contains("515")]
    assert set(row["entity"]) == {"Export orders"}, set(f["entity"])


def test_a_kind_of_firm_pointed_at_is_one_firm_not_a_group():
    # 该/这家 point back at one firm: its figures stay that firm's (earnings), no group name
    assert market_phrases("该服务器厂商三季度新签合同52亿元") == []
    assert market_phrases("这家服务器厂商的订单") == []
    assert [n.name for n in market_phrases("服务器厂商三季度新签合同52亿元")] != []
