"""Periods stated once for a table, a section or a whole report (fixper10).

Every example is invented (青禾助手, 云雀搜索 and the notes' figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text


def _periods(text: str, day: dt.date) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


RANKING = """星野观察 · 应用月度榜
2025年8月12日 ｜ 第9期

━━━━━━━━━━━━
一、国内AI工具TOP3（7月）
━━━━━━━━━━━━
排名  应用        MAU(万)   MAU环比   DAU(万)
1     青禾助手    5,210     +4.1%     1,130
2     云雀搜索    3,880     -2.6%     760
注：排名按MAU。
"""


def test_a_heading_framed_by_rules_is_the_caption_that_dates_the_table():
    p = _periods(RANKING, dt.date(2025, 8, 12))
    assert p["5,210"] == p["+4.1%"] == p["760"] == "2025-07"


def test_a_year_end_target_after_dao_is_the_year_and_an_asof_year_end_its_december():
    p = _periods("青澄证券 2025年6月3日\n《算力中心节能专项方案》要求到2026年底，全市算力中心平均PUE降至1.3以下，"
                 "上架率不低于65%。截至2024年底，全市算力中心平均PUE为1.48。\n", dt.date(2025, 6, 3))
    assert p["1.3以下"] == p["不低于65%"] == "2026"
    assert p["1.48"] == "2024-12"


DAILY = """青川证券 | 资金流向日报
2025年07月16日　星期三

【市场概览】（数据日期：2025-07-15）
· 成交：沪深两市全天成交额1.42万亿元，较前一交易日缩量820亿元。

【行业表现】申万一级行业涨跌幅（%）
行业          涨跌幅    成交额（亿元）
计算机         1.85        2,105
传媒           0.92          764

【估值】
计算机行业PE(TTM)约为71.3倍。
"""


def test_a_labelled_data_day_dates_the_undated_figures_after_it():
    p = _periods(DAILY, dt.date(2025, 7, 16))
    assert p["1.42万亿元"] == p["1.85"] == p["2,105"] == p["71.3倍"] == "2025-07-15"


MONTHLY = """星野观察 · 应用月度榜
2025年9月15日 ｜ 数据月份：2025年8月

青禾助手月活跃用户约3200万，付费率不足2%。
云雀搜索连续包月价格为25元/月。
"""


def test_a_labelled_data_month_dates_figures_but_not_list_prices():
    p = _periods(MONTHLY, dt.date(2025, 9, 15))
    assert p["约3200万"] == p["不足2%"] == "2025-08"
    assert p["25元/月"] == ""
