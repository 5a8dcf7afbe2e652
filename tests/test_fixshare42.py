"""Shares written with 成 (fixshare42): after an approximation word and a one-character
numeral, 成 is tenths even where the next character would make a word with it (``约三成交付``,
``逾三成本地``: 成交 and 成本 are no words there; 成为 is left a word), and a keyword opening on
that 成 (成交, a turnover) names nothing; a share delivered of a count just stated (``出货…台，其中约三成交付…``)
is named and themed by the count's keyword, as a share of a money amount is.

Every example is invented: the firms, groups and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 3, 12)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _ratios(text: str) -> dict:
    return {q.text: round(float(q.value), 4) for q in find_quantities(to_simplified(text)) if q.unit == "ratio"}


@pytest.mark.parametrize("text, quoted, value", [
    ("该厂商今年交付机器人约2,600台，其中近四成交付物流客户。", "近四成", 0.4),
    ("受访者中逾三成本地居民表示愿意尝试。", "逾三成", 0.3),
    ("其中超过两成交由外包团队完成。", "超过两成", 0.2),
])
def test_tenths_before_a_word_character(text, quoted, value):
    assert _ratios(text).get(quoted) == value, _ratios(text)


@pytest.mark.parametrize("text", [
    "两家公司的方案统一成为行业标准。",
    "该项目已完成交付。",
    "他是其中一成员。",
    "其中约六成为制造业企业。",
])
def test_words_with_cheng_stay_words(text):
    assert not _ratios(text), _ratios(text)


def test_tenths_keyword_is_no_turnover():
    f = _facts("某机器人公司今年出货预计约4,200台，其中约三成交付汽车工厂。")
    got = dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))
    assert got.get(0.3) == ("market", "shipments_delivery_share"), got


@pytest.mark.parametrize("text, value, theme, metric", [
    ("某芯片公司预计全年出货6万片左右，其中约六成交付云厂商。", 0.6, "compute", "shipments_delivery_share"),
    ("某厂商年内出货约9,000台，其中约45%交付海外客户。", 0.45, "market", "shipments_delivery_share"),
])
def test_share_delivered_of_a_count(text, value, theme, metric):
    f = _facts(text)
    got = dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))
    assert got.get(value) == (theme, metric), got


@pytest.mark.parametrize("text, quoted", [
    ("约有三分之一以上的受访家长担心隐私问题。", "三分之一以上"),
    ("该服务的月费被砍了一半以上。", "一半以上"),
    ("两年来单位成本下降了一半左右。", "下降了一半左右"),
    ("试点企业中1/4以上已接入。", "1/4以上"),
])
def test_fraction_takes_its_trailing_qualifier(text, quoted):
    assert quoted in _ratios(text), _ratios(text)


@pytest.mark.parametrize("text, value, metric", [
    ("问卷显示，三分之二以上的受访教师表示愿意在课堂使用AI助教。", 0.6667, "ai_willingness_share"),
    ("本次调查中，一半以上的受访商户已部署智能客服。", 0.5, "ai_adoption_share"),
])
def test_bounded_fraction_of_respondents(text, value, metric):
    f = _facts(text)
    got = dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))
    assert got.get(value) == ("adoption", metric), got


def test_bounded_fraction_resolution_majority_stays_a_rule():
    # the bar a resolution needs, now read with its 以上 inside the fraction: still no fact
    f = _facts("该议案为特别决议事项，须经出席会议的股东所持表决权的2/3以上通过，其余议案须经1/2以上通过。")
    assert not set(f["value"].round(4)) & {0.6667, 0.5}, f[["value", "text"]]
