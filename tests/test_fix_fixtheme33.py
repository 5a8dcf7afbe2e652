"""Theme boundaries of shares and investments (theme_boundaries.csv): a share takes the theme of
what it is a share of, and money spent building AI capacity is capex.

Every example is invented (青禾科技, 云岭枢纽 and 星河市 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 9, 30)


def test_share_of_firms_using_ai_is_adoption():
    row = battery_hit("星河市规模以上工业企业中应用人工智能技术的企业占比达到27.5%，比上年提高5.2个百分点。",
                      DAY, 0.275, "ratio")
    assert row["theme"] == "adoption"


def test_share_of_products_with_a_model_is_adoption():
    row = battery_hit("上半年新售机型中搭载大模型功能的比例已达81%。", DAY, 0.81, "ratio")
    assert row["theme"] == "adoption"


def test_domestic_chips_share_of_a_cluster_is_compute():
    row = battery_hit("1-8月份青禾科技新增智算中心12个，国产AI芯片在新增智算集群中的占比约为37%。",
                      DAY, 0.37, "ratio")
    assert row["theme"] == "compute"


def test_green_power_share_of_data_centres_is_compute():
    row = battery_hit("今年上半年，云岭枢纽新建数据中心平均PUE降至1.21，绿电使用占比超过70%。", DAY, 0.7, "ratio")
    assert row["theme"] == "compute"


def test_cumulative_investment_of_a_hub_is_capex():
    row = battery_hit("云岭枢纽：机架规模居次，累计投资860亿元，在建项目投产后标准机架将超过40万架。",
                      DAY, 8.6e10, "CNY")
    assert row["theme"] == "capex"


def test_a_funds_cumulative_investment_stays_valuation():
    row = battery_hit("青禾基金累计投资AI初创企业约45亿元，持股比例均低于20%。", DAY, 4.5e9, "CNY")
    assert row["theme"] == "valuation"


def test_a_product_markets_growth_rate_is_market():
    row = battery_hit("我们预计2025-2030年全球光模块市场年均复合增长率约19%，其中以太网光模块贡献主要增量。",
                      DAY, 0.19, "ratio")
    assert row["theme"] == "market"
