"""A bare share (占比, 比例, 比重) takes the theme of what it is a share of (fixshare23,
``data/theme_boundaries.csv`` rows of where ``whole``): a share of compute demand or capacity is
compute, a region's share of a firm's sales earnings, a share of funding money, of a fund's
capital or of holdings valuation, a share of respondents, of a model's calls or of an app's
downloads adoption; a market share stays market.

Every example is invented: the firms, groups and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _themes(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["value"].round(4), f["theme"]))


@pytest.mark.parametrize("text, value, theme", [
    # was market: the share of compute demand / of the capacity named before 其中
    ("我们测算推理算力需求占比将由2024年的约28%升至2026年的45%。", 0.45, "compute"),
    ("我国智能算力规模达到500 EFLOPS，其中国产芯片占比首次超过四成。", 0.4, "compute"),
    # was market: a region's share of a firm's sales
    ("分地区看，华东地区销售占比由去年同期的31%降至27%。", 0.31, "earnings"),
    # was market: index weights, a holder's holdings, a fund's capital, money raised
    ("前十大权重股合计占比58.1%，集中度较上季末提高2.1个百分点。", 0.581, "valuation"),
    ("外资持有半导体行业的市值合计约900亿元，占外资总持股市值的比例升至14.2%。", 0.142, "valuation"),
    ("从出资结构看，上述基金中地方政府平均出资比例约为35%。", 0.35, "valuation"),
    ("全球机器人初创企业3月融资总额约120亿美元，其中前三笔合计占比过半。", 0.5, "valuation"),
    # was market: shares of respondents, of a model's calls, of an app's downloads
    ("问卷显示，71%的受访教师使用过AI工具，但对AI输出高度信任的比例仅为6%。", 0.06, "adoption"),
    ("模型侧，GLM-4系列模型在云厂商平台上的调用占比约为12%。", 0.12, "adoption"),
    ("某App海外版占下载量的比例升至近四成。", 0.4, "adoption"),
])
def test_share_takes_the_theme_of_its_whole(text, value, theme):
    got = _themes(text)
    assert got.get(value) == theme, got


def test_market_share_stays_market():
    got = _themes("我国智能算力芯片市场中，国产芯片份额首次超过四成。")
    assert got.get(0.4) == "market", got


def test_share_of_money_by_respondents_is_no_usage():
    # 受访 names who answered, but the share is of their IT spending: not adoption
    got = _themes("受访医院今年AI投入平均约为300万元，占信息化总投入的比重升至7.5%。")
    assert got.get(0.075) not in (None, "adoption"), got


@pytest.mark.parametrize("text, value, theme", [
    # was market: 其中 opens on parts of what the sentence before counted
    ("3月国内机器人领域共发生融资事件120起，环比增长8.1%。其中亿元及以上事件40起，占比33.3%。", 0.333, "valuation"),
    ("问卷显示，71%的受访教师使用过AI工具。其中用于批改作业的比例为23.5%。", 0.235, "adoption"),
])
def test_share_under_part_opener_is_of_the_sentence_before(text, value, theme):
    got = _themes(text)
    assert got.get(value) == theme, got


def test_sentence_before_without_part_opener_names_no_whole():
    # no 其中: the sentence before says nothing of what this share is of
    got = _themes("问卷显示，71%的受访教师使用过AI工具。某平板品牌的份额为23.5%。")
    assert got.get(0.235) == "market", got
