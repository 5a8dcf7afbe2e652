"""A share whose whole no keyword names takes its theme from the noun of what it is of.

Every example is invented (澄溪县, 岚桥物业, 星潮引擎 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _by_value(text: str) -> dict[float, tuple]:
    f = facts_of_text(text, DAY)
    return {round(v, 6): (t, th, m) for t, th, m, v, u in
            zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"]) if u == "ratio"}


def test_a_share_of_stores_or_classes_after_zhan_is_adoption():
    r = _by_value("岚桥物业今年已有63家门市导入自助结账，占总门市数44.1%。")
    assert r[0.441][1] == "adoption"
    r = _by_value("澄溪县全县智慧教室总数达到865间，占教学班总数的71.3%。")
    assert r[0.713][1] == "adoption"


def test_the_population_named_before_zhan_gives_the_theme():
    r = _by_value("签约就业的毕业生中，留在澄溪县就业的占38.0%。")
    assert r[0.38][1] == "adoption"


def test_a_share_of_firms_in_words_is_adoption():
    r = _by_value("澄溪县游戏协会调研显示，约六成游戏企业已在研发中使用生成式AI。")
    assert r[0.6][1] == "adoption"
    r = _by_value("参与企业中约七成表示将在未来一年内推广。")
    assert r[0.7][1] == "adoption"


def test_a_share_of_spend_is_market_and_of_debt_earnings():
    r = _by_value("从投放平台看，星潮引擎占AI应用投放额的46.2%，岚桥广告占27.5%。")
    assert r[0.462][1] == r[0.275][1] == "market"
    r = _by_value("截至3月末，岚桥集团一年内到期的有息债务为46.8亿元，占有息债务总额的37.5%。")
    assert r[0.375][1] == "earnings"


def test_a_share_whose_whole_is_a_stated_amount_or_unnamed_is_left():
    r = _by_value("澄溪县已建成站点约1200个，占全省约3100个的39%。")
    assert r.get(0.39, (None, None))[1] != "adoption"
    r = _by_value("澄溪县新设站点中，位于山区的占四成。")
    assert 0.4 not in r


def test_a_share_in_words_before_a_market_noun_reads_nothing():
    r = _by_value("澄溪县的调研称，近七成市场仍被传统设备占据。")
    assert 0.7 not in r


def test_a_population_leading_a_long_part_with_zhong_gives_the_theme():
    r = _by_value("签约就业毕业生中，进入“信息传输、软件和信息技术服务业”的占71.3%。")
    assert r[0.713][1] == "adoption"
