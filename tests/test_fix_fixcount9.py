"""Counts with unusual counters or measure words (fleets, deliveries, built sites, areas worked,
filings, block trades) and table columns headed by a counter or a unit alone.

Every example is invented (青禾智能, 云帆农业, 北辰物流 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_a_fleet_and_an_area_worked_are_adoption_counts():
    r = _rows("截至2024年底，全国农业无人机保有量达18.3万架；2024年无人机作业面积19.4亿亩次，较2021年增长约2倍。")
    assert r["18.3万"][:2] == ("adoption", "fleet_size") and r["18.3万"][2] == 183000
    assert r["19.4亿"][:2] == ("adoption", "operated_area") and r["19.4亿"][3] == "count"
    assert r["约2倍"][0] == "adoption"


def test_the_verb_before_a_counter_names_the_count():
    r = _rows("青禾智能2024年累计交付巡检机器人超过700台。北辰物流已部署自动导引车超过1,600台。")
    assert r["超过700"][:2] == ("market", "deliveries")
    assert r["超过1,600"][:2] == ("adoption", "units_deployed")
    r = _rows("截至2024年底，全省已建成智慧矿山37座。")
    assert r["37"][:2] == ("adoption", "sites_built")


def test_a_measure_counter_names_its_unit_whatever_the_verb():
    r = _rows("云帆农业的植保服务已覆盖超过900万亩耕地。")
    assert r["超过900万"][:2] == ("adoption", "area_mu") and r["超过900万"][2] == 9_000_000
    r = _rows("该平台累计调度算力约2.7亿卡时。")
    assert r["约2.7亿"][:2] == ("compute", "gpu_hours")


def test_filings_by_their_counter_and_their_growth():
    r = _rows("截至2025年6月，累计已有438款生成式人工智能服务完成备案，上半年新增备案数量同比增长约六成。")
    assert r["438"][:2] == ("adoption", "filings")
    assert r["约六成"][:2] == ("adoption", "filings_growth")


def test_block_trades_counted_by_strokes_are_valuation():
    r = _rows("当日机器人概念股共发生大宗交易29笔，其中溢价成交3笔。")
    assert r["29"][:2] == ("valuation", "block_trade_count")
    assert r["3"][:2] == ("valuation", "block_trade_count")


def test_near_misses_stay_unclaimed():
    # a counter with no verb and no value of its own, an ordinal, a duration, read counters
    # (a count of firms with no verb is the market's count of them since fixcount44: counter_default)
    assert _rows("园区共有企业23家。").get("23")[:2] == ("market", "companies")
    assert _rows("该公司第3个季度推出新品。").get("3") is None
    r = _rows("北辰物流的交付周期7个月。")
    assert r.get("7个月", ("", "", 0, ""))[3] != "count"
    assert not _rows("阅读 1.2万　赞 386")


_COUNTER_TABLE = """表3：样本港区自动化设备

| 港区 | 无人集卡（辆） | 智能理货机器人（台） | 单机效率（标箱/小时） | 代码 |
|---|---|---|---|---|
| 云帆港东区 | 57 | 23 | 31.5 | 600001 |
"""


def test_a_column_headed_by_a_counter_or_a_rate_holds_counts():
    r = _rows(_COUNTER_TABLE)
    assert r["57"] == ("adoption", "vehicles", 57, "count")
    assert r["23"] == ("adoption", "units", 23, "count")
    assert r["31.5"] == ("adoption", "units_per_hour", 31.5, "count")
    assert "600001" not in r  # a code column stays no fact


def test_a_share_volume_column_is_scaled_by_its_magnitude():
    r = _rows("| 代码 | 简称 | 成交量(万股) | 成交金额(万元) |\n|---|---|---|---|\n| 688001 | 青禾智能 | 38.20 | 2764.00 |\n")
    assert r["38.20"] == ("valuation", "share_volume", 382000, "count")
    assert "688001" not in r


def test_a_p_after_a_computing_word_is_pflops_not_after_a_year():
    r = _rows("| 节点 | 智算规模（P） | 市盈率 |\n|---|---|---|\n| 云帆智算中心 | ４５００ | 20 |\n")
    assert r["４５００"][0] == "compute" and r["４５００"][2:] == (4.5e18, "flops")
    from aigc_analysis.extract.quantities import find_unit_labels
    assert find_unit_labels("2025（P）") == [] and find_unit_labels("P/E (x)")[0][3] == "multiple"


def test_a_unit_counter_with_no_verb_counts_only_in_a_clause_about_ai():
    r = _rows("北辰物流园区内现有智能巡检机器人46台。")
    assert r["46"][:2] == ("adoption", "units")
    assert _rows("北辰物流园区内现有叉车46台。").get("46") is None


def test_one_stocks_block_trades_are_no_count_but_a_sectors_are():
    # mend9a: a count of one named stock's block trades stays unclaimed (its 成交额 is the fact)
    r = _rows("京东方A今日发生大宗交易3笔，成交额1.5亿元。")
    assert "3" not in r and r["1.5亿元"][:2] == ("valuation", "turnover")
    assert _rows("当日AI概念股共发生大宗交易12笔。")["12"][:2] == ("valuation", "block_trade_count")
