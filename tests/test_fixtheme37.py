"""Themes read from what a number is about (fixtheme37).

- A delivery lead time (交付周期) is how long a supplier takes to ship an order: an industry supply
  fact, market (SCHEMA: industry shipments), whatever equipment is named; it is compute only where
  the sentence names a compute cluster or compute hardware being delivered.
- Cash held (现金储备, 现金及投资, a list of cash items ending in 短期投资) is a balance-sheet item,
  earnings; the 投资 inside it is no investment plan (capex) or stake.
- A table row labelled with a growth basis and a change word (``按年變幅(%)``, ``同比变动(%)``)
  holds the growth of the amount row above it, as ``同比(%)`` does; 变幅 there names no share-price
  return.

Every example is invented (青禾科技, 星河云 and the products named exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 10, 31)


# ---- delivery lead times ------------------------------------------------------------------------

def test_generator_set_lead_time_is_market():
    text = "据渠道调研，3MW以上燃油发电机组的交付周期已由去年的约5个月延长至15-20个月。"
    row = battery_hit(text, DAY, 15.0, "months")
    assert (row["theme"], row["metric"]) == ("market", "delivery_lead_time")
    assert battery_hit(text, DAY, 5.0, "months")["theme"] == "market"


def test_equipment_lead_time_is_market_even_when_the_buyer_is_a_data_centre():
    # the data centre only buys the equipment: its lead time is the supplier's
    text = "智算中心常用的箱式变电站交付周期约为4至5个月。"
    assert battery_hit(text, DAY, 4.0, "months")["theme"] == "market"


def test_engine_lead_time_after_a_sentence_on_ai_demand_stays_market():
    text = ("受AI数据中心建设拉动，大功率机组需求旺盛。"
            "上游高速柴油发动机的交付周期已拉长至10至14个月，供给偏紧。")
    assert battery_hit(text, DAY, 10.0, "months")["theme"] == "market"


def test_cluster_delivery_stays_compute():
    row = battery_hit("星河云一个五千卡集群从签约到交付，目前大约需要9个月。", DAY, 9.0, "months")
    assert (row["theme"], row["metric"]) == ("compute", "delivery_lead_time")


def test_server_delivery_stays_compute():
    text = "青禾科技表示，其AI服务器的交付周期已由三周拉长至2-3个月。"
    assert battery_hit(text, DAY, 2.0, "months")["theme"] == "compute"


def test_power_equipment_in_a_cluster_sentence_stays_market():
    text = "为万卡集群配套的干式变压器交付周期约为6个月。"
    assert battery_hit(text, DAY, 6.0, "months")["theme"] == "market"


# ---- cash held ----------------------------------------------------------------------------------

def test_cash_reserves_listing_short_term_investments_are_earnings():
    row = battery_hit("• 季末现金储备（含受限现金、短期投资等）约260.5亿元。", DAY, 2.605e10, "CNY")
    assert (row["theme"], row["metric"]) == ("earnings", "cash_reserves")


def test_cash_and_investments_are_earnings():
    row = battery_hit("截至9月30日，星河云现金及投资约760亿元。", DAY, 7.6e10, "CNY")
    assert (row["theme"], row["metric"]) == ("earnings", "cash_and_investments")


def test_a_list_of_cash_items_ending_in_short_term_investments_is_earnings():
    text = ("截至2025年9月30日，青禾科技现金、现金等价物、受限资金及短期投资合计41.5亿元，"
            "较6月末增加约12亿元，主要来自增发募资。")
    row = battery_hit(text, DAY, 4.15e9, "CNY")
    assert (row["theme"], row["metric"]) == ("earnings", "cash_and_short_term_investments")
    assert battery_hit(text, DAY, 1.2e9, "CNY")["theme"] == "earnings"


def test_an_investment_plan_stays_capex():
    assert battery_hit("青禾科技计划投资30亿元建设智算中心。", DAY, 3e9, "CNY")["theme"] == "capex"


# ---- a growth row labelled with a basis and a change word ----------------------------------------

_SUMMARY = ("◆ 財務摘要（人民幣百萬元，另有註明除外）\n"
            "年結12月31日　　　2024A　　　2025E　　　2026E　　　2027E\n"
            "收入　　　　　　　1,850　　　2,640　　　3,720　　　4,910\n"
            "　按年變幅(%)　　 12.3　　　 42.7　　　 40.9　　　 32.0\n"
            "毛利率(%)　　　　 40.1　　　 39.5　　　 38.7　　　 38.0\n"
            "資料來源：公司資料\n")


def test_a_year_on_year_change_row_is_the_growth_of_the_amount_above():
    for value in (0.123, 0.427, 0.409, 0.32):
        row = battery_hit(_SUMMARY, DAY, value, "ratio")
        assert (row["theme"], row["metric"]) == ("earnings", "revenue_growth")


def test_a_simplified_change_row_under_revenue_is_its_growth_too():
    text = ("表1：星河云盈利预测（百万元）\n"
            "指标　　　　2025E　　　2026E\n"
            "营业收入　　5,120　　　6,930\n"
            "同比变动(%)　 28.4　　　 35.4\n")
    for value in (0.284, 0.354):
        row = battery_hit(text, DAY, value, "ratio")
        assert (row["theme"], row["metric"]) == ("earnings", "revenue_growth")


def test_a_share_price_change_row_under_revenue_stays_a_return():
    # a keyword besides the change word (股價) names the row's own measure: no growth of the row above
    text = ("◆ 摘要（港元百萬元）\n"
            "年結12月31日　　　2024A　　　2025E\n"
            "收入　　　　　　　1,850　　　2,640\n"
            "股價變幅(%)　　　 -8.5　　　 21.6\n")
    row = battery_hit(text, DAY, 0.216, "ratio")
    assert row["theme"] == "valuation"
