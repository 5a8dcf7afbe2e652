"""Money and count levels named by a noun no metric keyword held, and the growth that follows them.

A level whose noun no ``metrics.csv`` row names is not read at all, and neither is the growth
right after it (``执行额88亿元，同比增长13%``). The nouns added here (网络零售额, 零售额,
执行额, 总保费, 客运量, 集装箱/货物吞吐量, 缴存额, 投放总额, 促成贷款) take the same theme in
every labelled set that has them. Every example is invented (青岚省, 云杉保险 and the figures
exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_retail_sales_are_a_market_size_and_their_growth_follows():
    r = _rows("2024年青岚省网络零售额1.52万亿元，同比增长7.2%。")
    assert r["1.52万亿元"][:2] == ("market", "online_retail_sales")
    assert r["7.2%"][:2] == ("market", "online_retail_sales_growth")
    r = _rows("青岚省智能家电线上零售额约640亿元，同比增长9%。")
    assert r["约640亿元"][:2] == ("market", "retail_sales")


def test_a_retail_share_stays_a_market_share():
    r = _rows("云杉电器在青岚省的零售额份额为21.4%，居第二。")
    assert r["21.4%"][:2] == ("market", "market_share")


def test_outsourcing_execution_value_is_a_market_size():
    r = _rows("青岚省离岸服务外包执行额88.5亿元，同比增长13.1%。")
    assert r["88.5亿元"][:2] == ("market", "contract_execution_value")
    assert r["13.1%"] == ("market", "contract_execution_value_growth", 0.131, "ratio")


def test_an_insurers_gross_premium_is_its_earnings():
    r = _rows("云杉保险2024年总保费210.3亿元，同比增长12%。")
    assert r["210.3亿元"][:2] == ("earnings", "gross_written_premium")
    assert r["12%"][:2] == ("earnings", "gross_written_premium_growth")


def test_ridership_and_port_throughput_are_counts():
    r = _rows("青岚地铁3号线日均客运量31.5万人次，同比增长8%。")
    assert r["31.5万"][:2] == ("adoption", "ridership") and r["31.5万"][3] == "count"
    r = _rows("青岚港全年集装箱吞吐量1,520万标箱，同比增长3%。")
    assert r["3%"][:2] == ("market", "container_throughput_growth")


def test_contributions_ad_spend_and_brokered_loans():
    r = _rows("青岚市2024年住房公积金缴存额96.1亿元，同比增长5%。")
    assert r["96.1亿元"][:2] == ("earnings", "contributions")
    r = _rows("9月青岚省AI应用投放总额6.3亿元。")
    assert r["6.3亿元"][:2] == ("market", "ad_spend")
    r = _rows("云杉金科全年促成贷款总额980亿元，同比增长9%。")
    assert r["980亿元"][:2] == ("earnings", "loan_facilitation_volume")
