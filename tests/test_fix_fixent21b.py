"""Entities carried from elsewhere (fixent21b).

Every example is invented: the brokers, desks and firms exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 1, 29)


def _facts(text: str, publisher: str = "Test Broker"):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": publisher, "boilerplate": []}
    return facts_frame(extract_document(doc))


# -- a broker desk's bracketed tag at the top of a note is no firm -----------------------------

DESK_NOTE = ("【岚溪海外科技】星河软件（XHRJ.O）FY26Q2业绩电话会Q&A纪要\n"
             "发布日期：2026年1月29日  编译：岚溪证券研究所 海外科技组\n\n"
             "一、业绩概览\nFY26Q2公司实现收入809亿美元，同比增长16%。\n\n二、问答环节\n\n"
             "问1（某券商分析师）：资本开支的节奏？\n"
             "答（首席财务官）：本季度资本开支为215亿美元，同比增长48%。\n")


def test_a_desk_tag_opening_with_the_brokers_name_is_no_firm():
    f = _facts(DESK_NOTE, "岚溪证券研究所")
    assert not any("Lanxi" in e for e in f["entity"]), set(f["entity"])
    # the answer's capex is the headline firm's, as its revenue is
    assert set(f[f["metric"] == "capex"]["entity"]) == {"Xinghe"}


def test_a_bracketed_firm_of_another_name_is_still_a_firm():
    text = DESK_NOTE.replace("【岚溪海外科技】", "【云岭科技】")
    entities = set(_facts(text, "岚溪证券研究所")["entity"])
    assert any("Yunling" in e for e in entities), entities
