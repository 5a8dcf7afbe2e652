"""What a number measures decides between market, compute and pricing.

- A multiple read against a base (``是X的N倍``): a keyword in the base names what the number is
  compared with, not what it measures; the amount the sentence stated before it is multiplied.
- Chips and optical modules made or sold (a maker's 产销量 table) are shipments: compute.
- A tender's winning price per unit of compute time is a service price: pricing.
- A data centre's power bill (电费) is data-centre power: compute; power owed is no cost.
- The scale of data centres or computing capacity grown by a multiple is capacity: compute.

Every example is invented (青禾光电, 星河云, 云岭数据 and the cities named exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit, facts_of

DAY = dt.date(2025, 10, 31)


# ---- a keyword in the base of a comparison --------------------------------------------------

def test_multiple_of_a_content_value_is_not_the_base_racks_growth():
    text = "据测算，单台液冷机柜的冷却系统价值量约6万美元，是同等功率风冷机柜的约3.5倍。"
    row = battery_hit(text, DAY, 3.5, "multiple")
    assert row["theme"] == "market"
    assert row["metric"] == "content_value_multiple"


def test_multiple_against_a_chip_base_takes_the_measure_before_it():
    text = "按拆解测算，星河云新款推理卡的存储价值量约1,900美元，是H200的约1.6倍。"
    row = battery_hit(text, DAY, 1.6, "multiple")
    assert (row["theme"], row["metric"]) == ("market", "content_value_multiple")


def test_bare_multiple_against_a_base_is_still_read():
    # nothing stated before the multiple: the base's keyword names it, and the number stays
    text = "新一代整机柜方案的推理吞吐是GB200 NVL72的2.5倍。"
    row = battery_hit(text, DAY, 2.5, "multiple")
    assert row["theme"] == "compute"


def test_value_against_a_results_figure_stays_a_valuation_ratio():
    # the base names what a valuation multiple divides: revenue makes it a P/S ratio
    text = "云岭数据本轮估值约为2026年预期收入的35倍。"
    row = battery_hit(text, DAY, 35.0, "multiple")
    assert (row["theme"], row["metric"]) == ("valuation", "ps_ratio")


def test_measure_named_before_the_copula_keeps_its_theme():
    text = "青禾光电今年AI服务器出货量约4.2万台，是去年的3倍。"
    assert battery_hit(text, DAY, 3.0, "multiple")["theme"] == "market"


# ---- chips and optical modules made or sold -------------------------------------------------

MAKER_TABLE = ("3、产销量情况\n"
               "高速光模块　单位：万只\n"
               "项目　　　　2024年　　2023年　　同比增减\n"
               "销售量　　　520.10　　310.20　　67.67%\n"
               "生产量　　　540.30　　330.40　　63.53%\n")


def test_optical_modules_sold_and_made_are_compute():
    assert battery_hit(MAKER_TABLE, DAY, 5.201e6, "count")["theme"] == "compute"
    assert battery_hit(MAKER_TABLE, DAY, 5.403e6, "count")["theme"] == "compute"
    assert battery_hit(MAKER_TABLE, DAY, 0.6767, "ratio")["theme"] == "compute"


def test_transceiver_module_names_optical_modules():
    text = MAKER_TABLE.replace("高速光模块", "光通信收发模块")
    assert battery_hit(text, DAY, 3.304e6, "count")["theme"] == "compute"


def test_chips_made_by_a_maker_are_compute():
    text = "据报道，某国产GPU厂商计划明年生产约45万颗训练芯片，裸片总产量约90万颗。"
    assert battery_hit(text, DAY, 9.0e5, "count")["theme"] == "compute"


def test_integrated_circuit_output_of_a_province_stays_market():
    text = "1-9月，全省规模以上工业集成电路产量156亿块，同比增长12.4%。"
    assert battery_hit(text, DAY, 1.56e10, "count")["theme"] == "market"
    assert battery_hit(text, DAY, 0.124, "ratio")["theme"] == "market"


def test_devices_sold_stay_market():
    text = "据第三方监测，上半年国内AI学习机销量约410万台，同比增长19%。"
    assert battery_hit(text, DAY, 4.1e6, "count")["theme"] == "market"


# ---- a tender's price per unit of compute time ----------------------------------------------

def test_winning_price_per_card_hour_is_pricing():
    text = "云岭市项目要求提供512张国产加速卡，中标单价折合约7.2元/卡时，为本季度同类项目最低价。"
    assert battery_hit(text, DAY, 7.2, "CNY")["theme"] == "pricing"


def test_average_winning_price_per_pflops_month_and_its_fall_are_pricing():
    text = "按公示折算，9月智算服务类项目平均中标单价为每P每月5200元，较二季度均值7100元下降26.8%。"
    assert battery_hit(text, DAY, 5200.0, "CNY")["theme"] == "pricing"
    assert battery_hit(text, DAY, 7100.0, "CNY")["theme"] == "pricing"
    assert battery_hit(text, DAY, -0.268, "ratio")["theme"] == "pricing"


def test_winning_bid_per_pflops_year_is_a_price():
    text = "星河云项目采购2000 PFLOPS智算服务，服务期3年，中标价折合约8.75万元/PFLOPS/年。"
    assert battery_hit(text, DAY, 87500.0, "CNY")["theme"] == "pricing"


def test_tally_of_a_class_of_tenders_stays_market():
    text = "1-9月全国算力设备采购类项目中标金额合计约210亿元，环比增长12%。"
    assert battery_hit(text, DAY, 2.1e10, "CNY")["theme"] == "market"


# ---- a data centre's power bill ---------------------------------------------------------------

def test_power_bill_of_computing_centres_is_compute():
    text = "审计抽查的8个智算项目2024年电费支出合计3.1亿元，同比增长22%，另因能效不达标多支出电费约0.4亿元。"
    assert battery_hit(text, DAY, 3.1e8, "CNY")["theme"] == "compute"
    assert battery_hit(text, DAY, 0.22, "ratio")["theme"] == "compute"
    assert battery_hit(text, DAY, 4.0e7, "CNY")["theme"] == "compute"


def test_yearly_power_bill_of_a_cluster_is_compute():
    text = "一个五千卡集群的建设投入约18亿元，电费每年再加约0.8亿元。"
    row = battery_hit(text, DAY, 8.0e7, "CNY")
    assert (row["theme"], row["metric"]) == ("compute", "electricity_cost")


def test_power_owed_is_no_cost_claim():
    text = "机房欠缴电费及物业费合计约95万元，由管理人从拍卖款中优先清偿。"
    rows = facts_of(text, DAY)
    assert not (rows["metric"] == "electricity_cost").any(), rows[["theme", "metric", "text"]].to_string()


# ---- the scale of data centres grown by a multiple ------------------------------------------

def test_data_centre_scale_doubling_is_compute():
    text = "管理层表示，公司计划在未来三年内将数据中心总规模翻倍。"
    assert battery_hit(text, DAY, 2.0, "multiple")["theme"] == "compute"


def test_computing_scale_multiple_is_compute():
    text = "截至2024年末，星河云运营的智算规模达12,000P，较上年末增长2.1倍。"
    assert battery_hit(text, DAY, 2.1, "multiple")["theme"] == "compute"


def test_market_scale_multiple_stays_market():
    text = "国内液冷服务器市场规模已达到2022年的3倍。"
    assert battery_hit(text, DAY, 3.0, "multiple")["theme"] == "market"
