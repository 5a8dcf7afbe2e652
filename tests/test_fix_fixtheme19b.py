"""fixtheme19b: what a product category, a region's industry or a market sells, written as
销售额 (sales), is a market size, its growth or share (SCHEMA: market sizes and industry growth
are market), not a firm's earnings; a segment's 收入/营收 and a firm's business stay earnings.

Every example is invented (青禾科技 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}


def test_a_categorys_sales_and_their_growth_are_market():
    r = _rows("据行业协会测算，2024年全球激光雷达销售额约37.2亿美元，同比增长41%。")
    assert r["约37.2亿美元"][0] == "market", r
    assert r["41%"][0] == "market", r


def test_a_categorys_sales_growth_in_a_later_clause_is_market():
    r = _rows("液冷板是数据中心散热的主要增量，2026年销售额预计同比增长约63%。")
    assert r["约63%"][0] == "market", r


def test_a_segments_revenue_growth_in_a_later_clause_stays_earnings():
    # the 收入 of the first clause names a firm's segment: its growth stays earnings
    r = _rows("【事件】青禾科技（688000.SH）公布三季报。\n数据中心收入48亿元，同比增长27%。")
    assert r["48亿元"][0] == "earnings", r
    assert r["27%"][0] == "earnings", r


def test_a_firms_sales_stay_earnings():
    r = _rows("青禾科技（688000.SH）前三季度销售额为12.6亿元，同比增长33%。")
    assert r["12.6亿元"][0] == "earnings", r
    assert r["33%"][0] == "earnings", r


def test_a_forecast_tables_market_row_named_by_a_compute_word_is_market():
    # 数据中心 names the row (a compute keyword), 市场 says the cells are what the market is worth
    text = ("三、明年核心数据展望\n"
            "表4：全球AI基础设施主要指标（单位：十亿美元）\n"
            "指标                          2024A      2025E      2026E      2027E\n"
            "海外三大云厂商资本开支          198        312        402        466\n"
            "数据中心GPU与TPU市场           112        187        262        318\n"
            "资料来源：某机构预测\n")
    f = facts_of_text(text, dt.date(2025, 12, 10))
    r = {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}
    assert r["112"] == ("market", "market_size"), r
    assert r["318"] == ("market", "market_size"), r
    assert r["198"][0] == "capex", r


def test_a_sectors_weight_in_fund_holdings_and_its_change_are_valuation():
    r = _rows("三季度主动权益基金加仓半导体：半导体重仓占比升至14.2%，环比提升2.3pct。")
    assert r["14.2%"] == ("valuation", "holdings_share"), r
    assert r["2.3pct"] == ("valuation", "holdings_share_change"), r


def test_a_placements_allocation_share_is_valuation():
    r = _rows("青禾科技（688000.SH）定增获配机构中，保险资金合计获配约9.6亿元，占比约31%。")
    assert r["约31%"][0] == "valuation", r


def test_a_market_share_stays_market():
    r = _rows("青禾科技（688000.SH）在国内AI服务器市场的份额约为21%，较上年提升3个百分点。")
    assert r["21%"][0] == "market", r
    assert r["3个百分点"][0] == "market", r
