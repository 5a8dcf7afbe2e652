"""A share whose whole no keyword names takes its theme from the noun of what it is of.

Every example is invented (澄溪县, 岚桥物业, 星潮科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _by_value(text: str) -> dict[float, tuple]:
    f = facts_of_text(text, DAY)
    return {round(v, 6): (t, th, m) for t, th, m, v, u in
            zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"]) if u == "ratio"}


def test_a_share_of_stores_after_zhan_is_adoption():
    r = _by_value("截至10月底，岚桥物业已在812家社区门店部署AI巡检，占全部门店的约四成。")
    assert r[0.4][1] == "adoption"


def test_a_share_of_firms_in_words_before_the_noun_is_adoption():
    r = _by_value("澄溪县经信局调研显示，约七成中小制造企业已在质检环节使用视觉检测。")
    assert r[0.7][1] == "adoption"


def test_a_share_of_sales_is_market_and_of_revenue_earnings():
    r = _by_value("澄溪县智能音箱去年卖出42万台，其中星潮牌占全县销量的31.5%。")
    assert r[0.315][1] == "market"
    r = _by_value("星潮科技去年服务收入9.6亿元，其中海外客户贡献的部分占总收入的27.4%。")
    assert r[0.274][1] == "earnings"


def test_a_share_whose_whole_is_a_stated_amount_or_unnamed_is_left():
    r = _by_value("澄溪县已建成站点约1200个，占全省约3100个的39%。")
    assert r.get(0.39, (None, None))[1] != "adoption"
    r = _by_value("澄溪县新设站点中，位于山区的占四成。")
    assert 0.4 not in r


def test_a_share_in_words_before_a_market_noun_reads_nothing():
    r = _by_value("澄溪县的调研称，近七成市场仍被传统设备占据。")
    assert r.get(0.7, (None, None))[1] != "adoption"
