"""Telecom statistics bulletins and compute procurement digests (invented text).

A ministry bulletin counts network and computing infrastructure as of a month-end: base stations
and broadband ports in 万个, storage in EB, computing shares, all compute; a net addition or a
change in points measured from last year's end spans from that month to the as-of month, and a
paragraph opening on ``截至X月末`` dates its later sentences. A procurement digest totals the
month's winning bids (market) and counts results and projects (market); its project table gives
each project's winning bid, servers and capacity, the project (in English) being the subject,
not the winning bidder.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.names import english_name
from aigc_analysis.extract.quantities import counter_label, find_unit_labels

PUB = dt.date(2026, 6, 18)


def _cols(row):
    return row["theme"], row["entity"], row["metric"], row["value"], row["unit"], row["period"]


BULLETIN = (
    "2026年1—5月通信业经济运行情况\n\n"
    "一、网络基础设施\n"
    "截至5月末，5G基站总数达512.4万个，比上年末净增31.6万个，占移动基站总数的39.2%，"
    "占比较上年末提高2.1个百分点。每万人拥有5G基站数为36.3个。"
    "具备千兆网络服务能力的10G PON端口数达3,310万个，比上年末净增140万个。\n\n"
    "二、算力基础设施\n"
    "截至5月末，在用数据中心存储总容量达1,820EB。智能算力在算力总规模中的占比达49.5%，"
    "同比提升7.2个百分点。国家枢纽节点算力规模占全国比重超过65%，东西部枢纽节点间基本实现20毫秒时延圈。\n"
)


def test_bulletin_counts_are_compute_in_ones():
    df = facts_of_text(BULLETIN, PUB)
    assert _cols(row_of(df, "512.4万")) == ("compute", "5G base stations", "base_stations", 5.124e6, "count", "2026-05")
    row = row_of(df, "39.2%")
    assert (row["theme"], row["entity"], row["value"]) == ("compute", "5G base stations", 0.392)
    assert row_of(df, "36.3")["unit"] == "count"
    assert _cols(row_of(df, "1,820EB"))[3:5] == (1.82e21, "bytes")


def test_changes_from_last_years_end_span_to_the_asof_month():
    df = facts_of_text(BULLETIN, PUB)
    assert _cols(row_of(df, "31.6万")) == ("compute", "5G base stations", "base_stations", 3.16e5, "count",
                                          "2025-12/2026-05")
    row = row_of(df, "2.1个百分点")
    assert (row["theme"], row["entity"], row["unit"], row["period"]) == (
        "compute", "5G base stations", "pp", "2025-12/2026-05")


def test_an_asof_opener_dates_the_later_sentences_of_its_paragraph():
    df = facts_of_text(BULLETIN, PUB)
    assert _cols(row_of(df, "3,310万")) == ("compute", "10G PON ports", "ports", 3.31e7, "count", "2026-05")
    assert row_of(df, "140万")["period"] == "2025-12/2026-05"
    row = row_of(df, "49.5%")
    assert (row["theme"], row["entity"], row["period"]) == ("compute", "intelligent computing", "2026-05")
    row = row_of(df, "超过65%")
    assert (row["theme"], row["entity"], row["value"]) == ("compute", "national hub nodes", 0.65)


def test_a_latency_target_is_no_fact():
    df = facts_of_text(BULLETIN, PUB)
    assert "20" not in set(df["text"])
    df = facts_of_text("截至5月末，平均网络时延低于8毫秒，数据中心机架总数达950万架。", PUB)
    assert "8" not in set(df["text"])


def test_a_point_change_with_no_base_date_keeps_its_period():
    # near-miss: a yearly comparison (比2025年) is no month point, so no stretch
    df = facts_of_text("2026年5月，5G基站总数达512.4万个，比2025年净增31.6万个。", PUB)
    assert row_of(df, "31.6万")["period"] == "2026-05"


def test_a_bulletin_appendix_table_without_outer_pipes():
    text = BULLETIN + (
        "\n附表　主要指标\n指标 | 5月末 | 上年末 | 增减\n"
        "5G基站（万个） | 512.4 | 480.8 | +31.6\n10G PON端口（万个） | 3,310 | 3,170 | +140\n")
    df = facts_of_text(text, PUB)
    assert _cols(row_of(df, "480.8")) == ("compute", "5G base stations", "base_stations", 4.808e6, "count", "2025-12")
    assert _cols(row_of(df, "3,170")) == ("compute", "10G PON ports", "ports", 3.17e7, "count", "2025-12")


def test_a_title_with_one_pipe_is_no_table_row():
    df = facts_of_text("通信业观察|5月运行情况\n\n截至5月末，5G基站总数达512.4万个。\n", PUB)
    assert row_of(df, "512.4万")["entity"] == "5G base stations"


DIGEST = (
    "算力招采月报｜5月全国算力中标结果汇总\n\n"
    "5月全国公开披露的算力相关中标结果共47条，金额1000万元以上的项目合计19个，中标总金额约56.3亿元，"
    "环比增长18%。\n\n"
    "一、重点项目一览（单位：万元）\n"
    "项目名称　中标单位　中标金额　服务器（台）　建成算力（PFLOPS）\n"
    "鹭岛新区人工智能计算中心（一期）　中科曙光　24,380.60　160　190\n"
    "溪州市智算中心算力租赁服务　润泽科技　9,600.00　72　110\n\n"
    "二、项目要点\n"
    "鹭岛新区人工智能计算中心（一期）项目编号LD-ZB-2026-031，中标价较最高限价27,000.00万元下浮9.7%，"
    "中标单价约152.4万元/台，综合得分93.10分。\n"
    "溪州市智算中心算力租赁服务期5年，约定单价为每PFLOPS每年约16万元，要求首年平均利用率不低于65%。\n"
)

PROJECT = "Ludao New Area AI Computing Center"
LEASE = "Xizhou Intelligent Computing Center Computing Power Leasing Service"


def test_digest_totals_and_counts_are_market():
    # fixtheme22b: the month's national total of many tenders is the procurement market's size
    # (SCHEMA: server values, industry spending), no one buyer's capex; project rows stay capex
    df = facts_of_text(DIGEST, PUB)
    row = row_of(df, "约56.3亿元")
    assert (row["theme"], row["value"], row["unit"], row["period"]) == ("market", 5.63e9, "CNY", "2026-05")
    assert row_of(df, "18%")["theme"] == "market"
    assert (row_of(df, "47")["theme"], row_of(df, "19")["theme"]) == ("market", "market")
    assert "1000万元以上" not in set(df["text"])  # the filter threshold is no fact


def test_project_table_rows_are_the_projects():
    df = facts_of_text(DIGEST, PUB)
    assert _cols(row_of(df, "24,380.60"))[:5] == ("capex", PROJECT, "winning_bid_amount", 2.438060e8, "CNY")
    assert _cols(row_of(df, "160"))[:5] == ("compute", PROJECT, "servers", 160.0, "count")
    assert _cols(row_of(df, "190"))[:5] == ("compute", PROJECT, "computing_capacity", 1.9e17, "flops")
    assert _cols(row_of(df, "72"))[:5] == ("compute", LEASE, "servers", 72.0, "count")


def test_project_terms_in_prose_are_the_projects():
    df = facts_of_text(DIGEST, PUB)
    assert _cols(row_of(df, "27,000.00万元"))[:5] == ("capex", PROJECT, "bid_ceiling", 2.7e8, "CNY")
    row = row_of(df, "9.7%")
    assert (row["entity"], row["metric"], row["value"]) == (PROJECT, "bid_discount", -0.097)
    assert _cols(row_of(df, "约152.4万元/台"))[:5] == ("capex", PROJECT, "winning_bid_price", 1.524e6, "CNY")
    assert _cols(row_of(df, "5年"))[:5] == ("capex", LEASE, "service_term", 5.0, "years")
    # 每PFLOPS每年: the price names both its measure and the year it is billed by (fixprice20)
    assert _cols(row_of(df, "约16万元"))[:5] == ("pricing", LEASE, "price_per_pflops_per_year", 1.6e5, "CNY")
    assert _cols(row_of(df, "不低于65%"))[:5] == ("compute", LEASE, "utilization", 0.65, "ratio")


def test_scores_and_project_codes_are_no_facts_nor_names():
    df = facts_of_text(DIGEST, PUB)
    texts = set(df["text"])
    assert not any("93.10" in t or "031" in t for t in texts)
    assert not any("LD-ZB" in e for e in df["entity"])


def test_a_table_without_a_bid_column_keeps_its_row_names():
    # near-miss: a plain project table (no 中标 column) is not read as procurement results
    text = ("一、在建项目（单位：万元）\n项目名称　总投资　服务器（台）\n"
            "鹭岛新区人工智能计算中心　24,380.60　160\n溪州市数据中心　9,600.00　72\n")
    df = facts_of_text(text, PUB)
    assert PROJECT not in set(df["entity"])


def test_a_counter_column_keeps_its_cells_counts_under_a_money_caption():
    assert counter_label("服务器（台）") and counter_label("项目数（个）")
    assert not counter_label("单价（万元/台）") and not counter_label("台")
    assert find_unit_labels("出货量（台）") == []  # still no unit label of its own


def test_a_unit_price_in_an_order_stays_no_price():
    # near-miss: 单价 after an order amount, with no capacity unit, is not a compute rental price
    df = facts_of_text("公司2025年订单金额达50亿元，其中单价约30元。", PUB)
    assert "price_per_pflops" not in set(df["metric"])


def test_project_descriptors_name_only_projects():
    assert english_name("滨江新区人工智能计算中心") == "Binjiangxinqurengongzhinengjisuanzhongxin"
    assert english_name("岚峰智能") == "Lanfeng AI"  # firm names unchanged
