"""Counts of things named by the event that counts them (invented text).

A procurement tally counts the tenders won (中标项目N个): the procurement market's count, whoever
won them. A market wrap counts the stocks that rose or fell (超N只个股上涨, 逾N家下跌): a breadth
count, valuation. Neither names a measure a keyword reads; the verb of the clause does
(facts_words.csv unit_counter_verb).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 7, 8)

TENDERS = (
    "星图招采大模型项目月报\n\n"
    "2026年6月，共监测到大模型相关中标项目433个；其中披露金额的项目301个，千万元以上大单22个。"
    "2026年1-6月累计中标项目2,104个。\n"
)


def test_tenders_won_are_counted_as_market():
    df = facts_of_text(TENDERS, PUB)
    for text, value in (("433", 433), ("2,104", 2104)):
        row = row_of(df, text)
        assert (row["theme"], row["unit"], row["value"]) == ("market", "count", value)
    assert row_of(df, "22")["theme"] == "market"


WRAP = (
    "午间快讯 2026年7月8日\n\n"
    "A股三大指数集体收涨，沪深两市成交额1.91万亿元。算力板块领涨，全市场超3100只个股上涨。"
    "液冷、光模块板块涨幅居前，全市场超2900只个股上涨。\n"
)


def test_stocks_counted_by_their_move_are_valuation():
    df = facts_of_text(WRAP, PUB)
    row = row_of(df, "超3100")
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == \
        ("valuation", "advancing_stocks", 3100, "count")
    # a keyword of the clause before (光模块) does not measure stocks counted by their move
    row = row_of(df, "超2900")
    assert (row["theme"], row["metric"]) == ("valuation", "advancing_stocks")


def test_a_move_word_lends_no_metric_to_other_counts():
    text = "公司年报 2026年7月8日\n\n受益于订单，公司股价上涨8%，旗下门店数达120家，全市场逾700家下跌。\n"
    df = facts_of_text(text, PUB)
    shops = df[df["text"].str.contains("120")]  # a shop count: no stocks rose
    assert not shops["metric"].isin(["advancing_stocks", "declining_stocks"]).any()
    assert row_of(df, "逾700")["metric"] == "declining_stocks"


SUPPLIER = (
    "星河智驾招股书摘要 2026年7月8日\n\n"
    "截至2026年3月31日，星河智驾芯片累计出货量已突破300万片，公司已与15家OEM合作，"
    "累计获得超过120款车型定点。公司引入5名基石投资者，合共认购约2.1亿美元的发售股份。\n"
)


def test_counted_noun_after_the_counter_names_the_count():
    df = facts_of_text(SUPPLIER, PUB)
    # the chips shipped are counted by 出货量; the carmakers and design wins after them are not
    assert row_of(df, "300万")["metric"] == "shipments"
    assert (row_of(df, "15")["theme"], row_of(df, "15")["metric"]) == ("adoption", "customers")
    assert row_of(df, "超过120")["theme"] == "adoption"
    row = row_of(df, "5")
    assert (row["theme"], row["metric"], row["value"]) == ("valuation", "cornerstone_investors", 5)


RANKING = (
    "星图招采大模型项目月报 2026年7月8日\n\n"
    "表2　6月中标厂商排行（按披露金额）\n"
    "厂商　　　　　　中标项目数　　中标金额（亿元）\n"
    "星云云　　　　　41　　　　　　2.05\n"
    "月海科技　　　　33　　　　　　1.66\n"
)

FLEETS = (
    "某某证券 2026年7月8日\n\n"
    "| 公司 | 车队规模（辆） | 2Q26完成订单（万次） |\n"
    "| --- | --- | --- |\n"
    "| 星辰出行 | 820 | 150 |\n"
)


def test_count_columns_named_by_a_count_header():
    # 中标 and 订单 alone name money; a column counting tenders or completed orders is read by its own
    # header, not left out (中标项目数) nor lent the metric of the cell before it (车队规模)
    df = facts_of_text(RANKING, PUB)
    row = row_of(df, "41")
    assert (row["theme"], row["metric"], row["value"]) == ("market", "bid_count", 41)
    df = facts_of_text(FLEETS, PUB)
    row = row_of(df, "150")
    assert (row["theme"], row["metric"], row["value"]) == ("adoption", "orders", 1500000)
    assert row_of(df, "820")["metric"] == "fleet_size"
