"""Periods stated once for a table, a section or a whole report (fixper10).

Every example is invented (青禾助手, 云雀搜索 and the notes' figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

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
行业          涨跌幅    7月以来累计    成交额（亿元）
计算机         1.85        6.42          2,105
传媒           0.92        3.18            764

【估值】
计算机行业PE(TTM)约为71.3倍。
"""


def test_a_labelled_data_day_dates_the_undated_figures_after_it():
    p = _periods(DAILY, dt.date(2025, 7, 16))
    assert p["1.42万亿元"] == p["1.85"] == p["2,105"] == p["71.3倍"] == "2025-07-15"
    assert p["6.42"] == "2025-07-15"  # a move since the month began, as of the data day


MONTHLY = """星野观察 · 应用月度榜
2025年9月15日 ｜ 数据月份：2025年8月

青禾助手月活跃用户约3200万，付费率不足2%。
云雀搜索连续包月价格为25元/月。
"""


def test_a_labelled_data_month_dates_figures_but_not_list_prices():
    p = _periods(MONTHLY, dt.date(2025, 9, 15))
    assert p["约3200万"] == p["不足2%"] == "2025-08"
    assert p["25元/月"] == ""


FUND = """青禾智算主题混合型证券投资基金
2026年第1季度报告
2026年3月31日

§1 重要提示
本报告中财务资料未经审计。本报告期自2026年1月1日起至3月31日止。

§5 投资组合报告
5.1 报告期末基金资产组合情况
项目          金额（元）            占基金总资产的比例(%)
权益投资      1,234,567,890.12      88.40
5.3 期末按公允价值占基金资产净值比例大小排序的前十名股票投资明细
序号  股票代码  股票名称    数量（股）    公允价值（元）      占基金资产净值比例(%)
1     688000    青禾科技      310,000     123,450,000.00      8.88

§6 开放式基金份额变动（单位：份）
项目                青禾智算主题混合A
报告期期初基金份额总额    901,234,567.89
报告期期间基金总申购份额    123,456,789.01
"""


def test_a_fund_report_states_its_quarter_and_its_tables_of_the_first_and_last_day():
    p = _periods(FUND, dt.date(2026, 4, 21))
    assert p["1,234,567,890.12"] == p["310,000"] == p["123,450,000.00"] == "2026-03-31"
    assert p["901,234,567.89"] == "2026-01-01"
    assert p["123,456,789.01"] == "2026Q1"


WEEKLY = """青川证券研究部
港股科技指数周报｜2025年11月17日

一、一周回顾（11月10日至11月14日）
恒生科技指数上周累跌2.1%，恒生指数跌1.2%。
恒生科技指数年初至今仍累升21.6%。

二、成份股表现
| 股份 | 周变幅(%) | 年初至今(%) |
|---|---|---|
| 青禾科技 | -3.1 | +45.2 |
"""


def test_a_weekly_out_in_the_next_week_has_its_year_to_date_as_of_the_weeks_last_day():
    p = _periods(WEEKLY, dt.date(2025, 11, 17))  # a Monday
    assert p["21.6%"] == p["+45.2"] == "2025-11-14"
    assert p["-3.1"] == "2025-11-10/2025-11-14"


def test_a_weekend_weekly_has_its_year_to_date_as_of_the_last_close():
    # a Saturday holds no session: the move is as of Friday's close (fixper44; over the triage
    # sets every weekend or Monday quote the publication day alone dated was gold-dated so)
    p = _periods(WEEKLY, dt.date(2025, 11, 15))  # a Saturday
    assert p["+45.2"] == "2025-11-14"


LIVE = """【图文直播】青禾云开发者大会：星穹大模型3.0发布
青禾科技观察｜直播间　2026-04-22

09:30　青禾云总裁登台，会场座无虚席。

09:52　【价格】星穹3.0输入2元/百万tokens，输出8元/百万tokens。
"""


def test_a_price_announced_in_a_time_stamped_live_item_is_of_the_day():
    p = _periods(LIVE, dt.date(2026, 4, 22))
    assert p["2元/百万tokens"] == p["8元/百万tokens"] == "2026-04-22"


def test_a_list_price_outside_a_digest_stays_undated():
    p = _periods("青禾科技观察 2026-04-22\n\n星穹3.0输入2元/百万tokens，输出8元/百万tokens。\n", dt.date(2026, 4, 22))
    assert p["2元/百万tokens"] == ""


BULLETIN = """青澄算力研究院
统计发布　2026年第2号
发布日期：2026年3月20日

一、算力规模
（一）截至2025年12月底，全市在用算力中心标准机架达42万架，较2024年底增长约18.5%。
（二）全市智能算力规模达96 EFLOPS，较2024年底增长约35.2%。
（三）2024年底，全市算力总规模达120 EFLOPS。

二、应用
全市人工智能企业数量超过800家。
"""


def test_an_asof_opening_item_dates_the_sibling_items_that_state_no_period():
    p = _periods(BULLETIN, dt.date(2026, 3, 20))
    assert p["96 EFLOPS"] == "2025-12"
    assert p["约35.2%"] == "2024-12/2025-12"
    assert p["120 EFLOPS"] == "2024-12"  # an item's own period stays
    assert p.get("超过800", "") != "2025-12"  # a paragraph after the list is no item


@pytest.mark.parametrize("text, day, periods", [
    pytest.param("青屿证券 2025年11月26日\n青禾集团2026财年第二季度业绩纪要\n"
                 "2026财年第二季度，青禾云收入120.5亿元，同比增长31%，较上季度24%的增速进一步提速。\n"
                 "本季度资本开支为85亿元。\n",
                 dt.date(2025, 11, 26), {"85亿元": "FY2026Q2", "24%": "FY2026Q1", "31%": "FY2026Q2"},
                 id="this_quarter_is_not_anchored_to_a_comparisons_base_quarter_and_the_base_dates_its_rate"),
    pytest.param("青川证券 | 资金流向日报\n2025年07月16日\n\n【两融】\n"
                 "截至7月14日，沪深两市两融余额19,012.35亿元，较前一交易日增加85.20亿元。\n"
                 "行业层面，计算机行业当日融资净买入12.4亿元。\n",
                 dt.date(2025, 7, 16), {"12.4亿元": "2025-07-14"},
                 id="dangri_is_the_reported_day_not_a_comparisons_base_day"),
])
def test_a_comparisons_base_period_anchors_no_later_period(text, day, periods):
    p = _periods(text, day)
    for figure, period in periods.items():
        assert p[figure] == period


def test_a_yearly_rate_after_a_sentence_stating_a_window_is_over_that_window():
    text = ("青澄证券 2025年6月3日\n1. 青川测算，2024年全球数据中心用电量约400TWh；基准情景下2029年将增至约800TWh。"
            "其中以AI加速服务器为主的用电量年均增长26%。\n")
    p = _periods(text, dt.date(2025, 6, 3))
    assert p["26%"] == "2024/2029"


def test_a_rise_by_a_target_year_runs_from_the_year_the_paragraph_stated_before():
    text = ("青澄证券 2025年6月3日\n2. 2024年美国数据中心用电约占全球的40%。"
            "青川预计到2029年美国数据中心用电将增加200TWh（+110%）。\n")
    p = _periods(text, dt.date(2025, 6, 3))
    assert p["+110%"] == "2024/2029"


def test_a_yearly_growth_in_a_target_year_keeps_its_year():
    p = _periods("青澄证券 2025年6月3日\n预计2026年全球数据中心用电将增长15%。\n", dt.date(2025, 6, 3))
    assert p["15%"] == "2026"
