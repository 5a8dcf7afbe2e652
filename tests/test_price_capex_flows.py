"""Space-aligned price tables, capex per unit of capacity and fund flows (invented text).

1. Price tables aligned with full-width blanks whose caption bracket goes on after the unit
   (``（元/百万tokens，输入长度≤32K档）``), whose models end in a version (``V2.5``, ``2.1``)
   or carry a Chinese family glued before a Latin name (``青岚Chat 2.1``), with a cache-hit
   input column and a column of the date each row's prices took effect.
2. Money put in per MW (``单MW投资（万元）``, ``每兆瓦投资约1200万元``) is capex per unit
   (``capex_per_mw``), not an equity investment.
3. Fund flows and ETF figures: ``净流出``/``流出`` is a negative net inflow, ``份额增加`` a change
   of units, the ``规模`` of an ETF its fund size.

Each class has near misses that must not change.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_unit_labels, unit_label_per
from helpers_text import facts_of_text

PUB = dt.date(2026, 3, 1)
W = "\u3000"


def _facts(text):
    return facts_of_text(text, PUB)


def _show(df):
    return df[["entity", "theme", "metric", "value", "unit", "period", "text"]].to_string()


def _row(df, text, **match):
    rows = df[df["text"] == text]
    for col, value in match.items():
        rows = rows[rows[col] == value]
    assert len(rows) == 1, _show(df)
    return rows.iloc[0]


# ---- class 1: space-aligned price tables -------------------------------------------------------

@pytest.mark.parametrize("caption, per, unit", [
    ("表2：主要国产模型API价格（元/百万tokens，输入长度≤32K档）", "1m tokens", "CNY"),
    ("表2：海外模型价格（美元/百万tokens；含税）", "1m tokens", "USD"),
    ("单位：元/百万tokens（输入≤32K）", "1m tokens", "CNY"),
    ("（元/千tokens，标准版）", "1k tokens", "CNY"),
])
def test_rate_label_then_a_note_in_the_bracket(caption, per, unit):
    assert unit_label_per(caption) == per
    assert [u for *_, u in find_unit_labels(caption)] == [unit]


@pytest.mark.parametrize("text", [
    "（万，同比增长12%）",  # near miss: a plain amount word before prose is no caption
    "（亿元，2025年）",  # near miss: unchanged (a plain amount word needs every item a label)
    "公司营收（同比+35%）",
])
def test_prose_bracket_is_no_rate_label(text):
    assert find_unit_labels(text) == []


def test_note_bracket_after_a_unit_line_is_no_second_label():
    # 单位：亿元（人民币）: the bracket notes the currency; the label is 亿元 alone
    assert [(m, u) for _, _, m, u in find_unit_labels("单位：亿元（人民币）")] == [(100000000, "CNY")]


def _price_table(sep_model=W * 5, date_head="最近调价日期"):
    return ("表2：主要国产模型API价格（元/百万tokens，输入长度≤32K档）\n"
            f"模型{sep_model}缓存命中输入{W * 2}输入{W * 3}输出{W * 3}{date_head}\n"
            f"Zeta-V2.5{W * 5}0.3{W * 6}2{W * 5}8{W * 4}2026-01-12\n"
            f"青岚Chat 2.1{W * 4} 0.25{W * 4} 1.2{W * 4}6{W * 4}2025-11-03\n"
            f"Orion-Max 3{W * 3}0.1{W * 6}1{W * 5}4{W * 4}2026-02-20\n")


def test_aligned_price_table_with_a_note_in_its_caption():
    df = _facts(_price_table())
    assert len(df) == 9, _show(df)
    for text, entity, metric, value, period in [
        ("0.3", "Zeta-V2.5", "input_price_cache_hit_per_1m_tokens", 0.3, "2026-01-12"),
        ("2", "Zeta-V2.5", "input_price_per_1m_tokens", 2.0, "2026-01-12"),
        ("8", "Zeta-V2.5", "output_price_per_1m_tokens", 8.0, "2026-01-12"),
        ("0.25", "Qinglan Chat 2.1", "input_price_cache_hit_per_1m_tokens", 0.25, "2025-11-03"),
        ("6", "Qinglan Chat 2.1", "output_price_per_1m_tokens", 6.0, "2025-11-03"),
        ("0.1", "Orion-Max 3", "input_price_cache_hit_per_1m_tokens", 0.1, "2026-02-20"),
        ("1", "Orion-Max 3", "input_price_per_1m_tokens", 1.0, "2026-02-20"),
        ("4", "Orion-Max 3", "output_price_per_1m_tokens", 4.0, "2026-02-20"),
    ]:
        row = _row(df, text)
        assert (row["entity"], row["metric"], row["value"], row["unit"], row["period"]) == \
            (entity, metric, value, "CNY", period), _show(df)


def test_aligned_price_table_with_ascii_blanks_and_effective_date():
    text = _price_table().replace(W, "  ").replace("最近调价日期", "生效日期")
    df = _facts(text)
    assert len(df) == 9, _show(df)
    assert _row(df, "1.2")["entity"] == "Qinglan Chat 2.1"
    assert _row(df, "1.2")["period"] == "2025-11-03"


@pytest.mark.parametrize("head", ["缓存输入", "缓存命中价格", "命中缓存输入", "Cache read"])
def test_cache_hit_column_spellings(head):
    df = _facts("表2：国产模型API价格（元/百万tokens，输入长度≤32K档）\n"
                f"模型{W * 4}{head}{W * 2}输入{W * 2}输出\nZeta-V2.5{W * 3}0.3{W * 3}2{W * 2}8\n")
    assert _row(df, "0.3")["metric"] == "input_price_cache_hit_per_1m_tokens", _show(df)
    assert _row(df, "2")["metric"] == "input_price_per_1m_tokens"  # near miss: the plain input column


def test_cache_miss_column_stays_an_input_price():
    df = _facts("表2：国产模型API价格（元/百万tokens，输入长度≤32K档）\n"
                f"模型{W * 4}输入（缓存未命中）{W * 2}输出\nZeta-V2.5{W * 3}2{W * 2}8\n")
    assert _row(df, "2")["metric"] == "input_price_per_1m_tokens", _show(df)


def test_glued_family_of_a_row_names_the_model_in_prose_too():
    df = _facts("表2：主要国产模型API价格（元/百万tokens）\n模型\t输入\t输出\n青岚Chat 2.1\t1.2\t6\n\n"
                "青岚Chat 2.1的输出价格为每百万tokens 6元，与表中一致。\n")
    assert set(df["entity"]) == {"Qinglan Chat 2.1"}, _show(df)


def test_model_glued_to_chinese_only_in_prose_keeps_its_latin_name():
    # near miss: in prose alone, where the Chinese word before a name ends is not written
    df = _facts("青岚Chat 2.1的输入价格为每百万tokens 1.2元。")
    assert _row(df, "1.2元")["entity"] == "Chat 2.1", _show(df)


def test_label_with_a_blank_before_the_model_keeps_the_model():
    # near miss: 新 Chat 2.1 — a word and a blank before the name are not its family
    df = _facts("表2：主要国产模型API价格（元/百万tokens）\n模型\t输入\t输出\n新 Chat 2.1\t3\t9\n"
                "豆包Seed 2.0\t1.2\t6\n")
    assert _row(df, "3")["entity"] == "Chat 2.1", _show(df)
    assert _row(df, "1.2")["entity"] == "Doubao Seed 2.0"  # a lexicon family: as before


# ---- class 2: capex per unit of capacity ------------------------------------------------------

def test_per_mw_investment_row_over_data_centre_columns():
    df = _facts("表5：不同类型数据中心建设成本对比\n"
                f"指标{W * 7}通用数据中心{W * 2}智算中心{W * 2}超算中心\n"
                f"单MW投资（万元）{W}1000{W * 6}1200{W * 4}1500\n")
    assert len(df) == 3, _show(df)
    for text, value in [("1000", 1e7), ("1200", 1.2e7), ("1500", 1.5e7)]:
        row = _row(df, text)
        assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("capex", "capex_per_mw", value, "CNY")
    assert _row(df, "1200")["entity"] == "intelligent computing centres"


@pytest.mark.parametrize("sentence, text, metric, value", [
    ("液冷系统单MW投资约300万元，约为传统空调方案的2.5倍。", "约300万元", "capex_per_mw", 3e6),
    ("液冷系统单MW投资约300万元，约为传统空调方案的2.5倍。", "2.5倍", "capex_per_mw_multiple", 2.5),
    ("智算中心每兆瓦投资约1200万元。", "约1200万元", "capex_per_mw", 1.2e7),
    ("光伏电站单GW投资约35亿元。", "约35亿元", "capex_per_gw", 3.5e9),
])
def test_per_capacity_investment_in_prose(sentence, text, metric, value):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"], row["value"]) == ("capex", metric, value)


@pytest.mark.parametrize("sentence, text", [
    ("某公司计划投资120亿元建设智算中心，是去年的2倍。", "2倍"),  # no unit of capacity: unchanged
    ("单GPU投资约20万元。", "约20万元"),  # a unit of hardware, not of power
])
def test_investment_without_a_capacity_unit_is_unchanged(sentence, text):
    df = _facts(sentence)
    assert not df["metric"].str.startswith("capex_per").any(), _show(df)


def test_total_investment_after_a_per_mw_figure_in_another_sentence():
    df = _facts("液冷系统单MW投资约300万元。某公司计划投资120亿元建设智算中心。")
    assert _row(df, "120亿元")["metric"] != "capex_per_mw", _show(df)


# ---- class 3: fund flows and ETF figures ------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("上周科创芯片ETF净流出9.8亿元。", "9.8亿元", -9.8e8),
    ("半导体板块主力资金流出15亿元。", "15亿元", -1.5e9),
    ("上周人工智能ETF净流入12.3亿元。", "12.3亿元", 1.23e9),  # near miss: an inflow stays positive
])
def test_net_flows_signed(sentence, text, value):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("valuation", "net_inflow", value, "CNY")


def test_net_sell_is_negative_net_buying():
    # 净卖出 is the net buying below zero, as 净流出 is a negative net inflow
    row = _row(_facts("北向资金净卖出30亿元。"), "30亿元")
    assert (row["metric"], row["value"]) == ("net_buy", -3e9)


def test_net_redemption_is_a_negative_net_subscription():
    row = _row(_facts("人工智能ETF昨日净赎回2亿份。"), "2亿")
    assert (row["metric"], row["value"], row["unit"]) == ("etf_net_subscription_units", -2e8, "count")


@pytest.mark.parametrize("sentence, text, metric, value", [
    ("科创芯片ETF份额增加3.1亿份。", "3.1亿", "etf_units_change", 3.1e8),
    ("科创芯片ETF份额减少1.2亿份。", "减少1.2亿", "etf_units_change", -1.2e8),
    ("人工智能ETF份额较上周增加5亿份。", "5亿", "etf_units_change", 5e8),
    ("人工智能ETF份额增至130亿份。", "130亿", "etf_units", 1.3e10),  # near miss: a level reached
])
def test_etf_units_and_their_change(sentence, text, metric, value):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("valuation", metric, value, "count")


@pytest.mark.parametrize("sentence, text", [
    ("科创芯片ETF份额增加3.1亿份，规模突破400亿元。", "400亿元"),
    ("云计算ETF最新规模为85亿元。", "85亿元"),
    ("该基金规模达到60亿元。", "60亿元"),
])
def test_size_of_a_fund_is_its_fund_size(sentence, text):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"]) == ("valuation", "fund_size"), _show(_facts(sentence))


def test_market_size_near_miss_unchanged():
    row = _row(_facts("中国AI芯片市场规模突破400亿元。"), "400亿元")
    assert (row["theme"], row["metric"]) == ("market", "market_size")


@pytest.mark.parametrize("sentence, text", [
    # the subject read is a concept inside the fund's name, or none: the fund noun before 规模 decides
    ("截至10月末，机器人类ETF总规模升至1,350亿元。", "1,350亿元"),
    ("上海市集成电路产业投资基金总规模80亿元，已投项目12个。", "80亿元"),
    ("岚湾资本第二期AI基金完成募集，规模18亿元。", "18亿元"),
])
def test_bare_size_after_a_fund_noun_is_the_fund_size(sentence, text):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"]) == ("valuation", "fund_size"), _show(_facts(sentence))


def test_bare_share_after_a_fund_noun_is_its_units():
    df = _facts("全年云计算主题ETF累计净流入320亿元，份额增长约45%。")
    row = _row(df, "约45%")
    assert (row["theme"], row["metric"]) == ("valuation", "etf_units_growth"), _show(df)


def test_table_row_of_a_fund_gives_its_size():
    text = ("表2　10月主题ETF规模（亿元）\n"
            "排名  基金简称          月净流入(亿元)   月末规模(亿元)\n"
            "1     岚湾半导体ETF     12.40            356.8\n"
            "2     青禾云计算ETF     -3.15            72.6\n")
    df = _facts(text)
    for cell in ("356.8", "72.6"):
        assert _row(df, cell)["theme"] == "valuation", _show(df)


def test_fund_noun_with_another_name_between_keeps_market_size():
    # near miss: the fund invests in a market whose size the sentence then gives
    row = _row(_facts("该基金重点投向中国AI芯片市场，其规模突破400亿元。"), "400亿元")
    assert row["theme"] == "market", _show(_facts("该基金重点投向中国AI芯片市场，其规模突破400亿元。"))


def test_growth_after_a_fund_size_is_the_fund_size_growth():
    df = _facts("截至10月末，机器人类ETF总规模升至1,350亿元，较9月末增加约8%。")
    row = _row(df, "约8%")
    assert (row["theme"], row["metric"]) == ("valuation", "fund_size_growth"), _show(df)


# Taiwanese 卖超 (invented sentences): net selling is the net buying (买超) below zero, in money and
# in board lots (张), as 融资净卖出 is; 买超 stays positive.
@pytest.mark.parametrize("sentence, text, metric, value, unit", [
    ("自營商昨日賣超12.6億元。", "12.6億元", "net_buy", -1.26e9, "CNY"),
    ("外資本週累計賣超新台幣950億元。", "新台幣950億元", "net_buy", -9.5e10, "TWD"),
    ("青禾電子（6123）遭外資賣超2,480張。", "2,480", "net_buy_lots", -2480, "count"),
    ("外資昨日買超青禾電子（6123）1萬3,560張。", "1萬3,560", "net_buy_lots", 13560, "count"),
])
def test_taiwanese_net_selling_is_negative_net_buying(sentence, text, metric, value, unit):
    row = _row(_facts(sentence), text)
    assert (row["theme"], row["metric"], row["unit"]) == ("valuation", metric, unit)
    assert row["value"] == pytest.approx(value)
