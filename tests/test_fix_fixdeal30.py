"""Deal and statistics vocabulary standing alone: a deal's break fee (分手费, 终止费, 反向分手费) and
its share of the price, the price itself (对价), counts of deals (交易数量, a table's 交易数（笔）
column), granted patents written 授权专利, and a market written with 整体 before 市场; on
invented sentences."""
from __future__ import annotations

from tests.text_facts import facts_of


def _row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return rows.iloc[0]


def test_break_fees_and_their_share_of_the_price_are_deal_terms():
    df = facts_of("协议设有约21亿美元的反向分手费（约为对价的8%），若监管不放行由买方支付。蓝鲸数据的分手费为6.35亿美元。")
    assert (_row(df, "约21亿美元")[["theme", "metric"]] == ["valuation", "reverse_termination_fee"]).all()
    share = _row(df, "8%")
    assert (share["theme"], share["metric"], share["unit"]) == ("valuation", "reverse_termination_fee_share_of_price", "ratio")
    assert (_row(df, "6.35亿美元")[["theme", "metric"]] == ["valuation", "termination_fee"]).all()


def test_termination_fee_and_consideration_alone():
    df = facts_of("蓝鲸数据的终止费为3.1亿美元。新增支付的股票对价约42亿美元。")
    assert _row(df, "3.1亿美元")["metric"] == "termination_fee"
    price = _row(df, "约42亿美元")
    assert (price["theme"], price["metric"], price["value"]) == ("valuation", "consideration", 4.2e9)


def test_deal_counts_in_prose_and_in_a_table_column():
    df = facts_of("三季度医疗AI交易数量1,318笔，同比下降9%。")
    count = _row(df, "1,318")
    assert (count["theme"], count["metric"], count["value"], count["unit"]) == ("valuation", "deal_count", 1318.0, "count")
    assert _row(df, "下降9%")["metric"] == "deal_count_growth"
    table = facts_of("地区 | 融资额（亿美元） | 同比(%) | 交易数（笔）\n北美 | 287 | +41 | 655\n欧洲 | 39 | +12 | 301\n")
    assert (_row(table, "655")[["entity", "metric"]] == ["North America", "deal_count"]).all()


def test_granted_patents_written_the_other_way_round():
    df = facts_of("全球AI授权专利数量从2012年的约4,100件增至2022年的9.8万件。")
    grants = _row(df, "9.8万")
    assert (grants["theme"], grants["metric"], grants["value"]) == ("market", "patent_grants", 98000.0)


def test_whole_before_market_adds_no_word_to_the_name():
    df = facts_of("预计2025年短视频整体市场规模约1200亿元。微短剧整体市场规模预计512.4亿元。")
    assert _row(df, "约1200亿元")["entity"] == "Short video market"
    assert _row(df, "512.4亿元")["entity"] == "Micro short drama market"


def test_whole_elsewhere_stays_out_of_names():
    df = facts_of("教育类App整体付费率为4.2%。")
    assert _row(df, "4.2%")["entity"] == "Education apps"
