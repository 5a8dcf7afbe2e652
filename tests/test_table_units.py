"""Units a table writes once: in its caption, a column header or a row label (invented text).

Price tables whose caption or a unit line gives the token volume in any spelling
(``元/百万Tokens``, ``美元/每百万tokens``); share columns with the percent sign in the header or a
``单位：%`` line under the title; rows whose label carries the unit (``单机柜功率（kW）``) over
columns that name entities or periods. Each has a near miss that must not change.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.quantities import find_unit_labels, unit_label_per
from aigc_analysis.extract.segment import split_sentences
from aigc_analysis.load.normalise import for_parsing
from helpers_text import facts_of_text

PUB = dt.date(2026, 1, 15)


def _facts(text):
    return facts_of_text(text, PUB)


def _row(df, text, **match):
    rows = df[df["text"] == text]
    for col, value in match.items():
        rows = rows[rows[col] == value]
    assert len(rows) == 1, df[["entity", "metric", "value", "value_high", "unit", "period", "text"]].to_string()
    return rows.iloc[0]


def _show(df):
    return df[["entity", "metric", "value", "value_high", "unit", "period", "text"]].to_string()


# ---- class 1: price tables, the unit in the caption -------------------------------------------

@pytest.mark.parametrize("label, per, unit", [
    ("（元/百万Tokens）", "1m tokens", "CNY"),
    ("（元/百万TOKENS）", "1m tokens", "CNY"),
    ("（美元/每百万tokens）", "1m tokens", "USD"),
    ("（元/每千 Tokens）", "1k tokens", "CNY"),
    ("单位：元/百万Tokens", "1m tokens", "CNY"),
    ("（元/百万tokens）", "1m tokens", "CNY"),  # the spelling that always worked
])
def test_price_label_any_spelling(label, per, unit):
    assert unit_label_per(label) == per
    assert [u for *_, u in find_unit_labels(label)] == [unit]


def test_price_label_near_miss_amounts_have_no_token_volume():
    assert unit_label_per("（亿元）") is None
    assert unit_label_per("（元/人/月）") is None


def test_price_table_caption_capital_tokens():
    df = _facts("图表5：国内主流大模型API定价（元/百万Tokens）\n"
                "| 模型 | 输入（缓存命中） | 输入 | 输出 |\n| --- | --- | --- | --- |\n"
                "| Quill-Max | 0.3 | 3 | 12 |\n")
    assert _row(df, "0.3")["metric"] == "input_price_cache_hit_per_1m_tokens"
    assert _row(df, "3")["metric"] == "input_price_per_1m_tokens"
    out = _row(df, "12")
    assert (out["metric"], out["value"], out["unit"], out["entity"]) == \
        ("output_price_per_1m_tokens", 12.0, "CNY", "Quill-Max")


def test_price_table_every_million_usd():
    df = _facts("海外模型API价格（美元/每百万tokens）\n"
                "模型\t输入\t输出\nZeta-9 Flash\t0.40\t2.50\n")
    row = _row(df, "0.40")
    assert (row["metric"], row["value"], row["unit"], row["entity"]) == \
        ("input_price_per_1m_tokens", 0.4, "USD", "Zeta-9 Flash")
    assert _row(df, "2.50")["metric"] == "output_price_per_1m_tokens"


def test_price_table_unit_line_under_title_with_maker_column():
    df = _facts("图表5：国内主流大模型API定价\n单位：元/百万Tokens\n"
                "厂商\t模型\t上下文长度\t输入价格\t输出价格\n"
                "北辰数智\tQuill-Max\t128K\t4\t16\n")
    assert _row(df, "4")["metric"] == "input_price_per_1m_tokens"
    assert _row(df, "16")["metric"] == "output_price_per_1m_tokens"
    assert _row(df, "16")["entity"] == "Quill-Max"
    assert not (df["text"] == "128K").any()  # near miss: a context window is no fact


def test_price_table_per_thousand_dated_by_release_column():
    df = _facts("表3：主流模型价格（元/千Tokens）\n模型\t发布日期\t输入\t输出\n"
                "Quill-Max\t2025-08-01\t0.004\t0.016\n")
    row = _row(df, "0.004")
    assert (row["metric"], row["period"]) == ("input_price_per_1k_tokens", "2025-08-01")


def test_price_table_aligned_with_one_fullwidth_blank_after_a_latin_name():
    df = _facts("主流模型API价格（美元/百万tokens）\n"
                "模型\u3000\u3000\u3000\u3000输入\u3000\u3000\u3000输出\n"
                "Zeta-9 Flash\u30000.40\u3000\u30002.50\n"
                "Zeta-9 Pro\u3000\u30001.25\u3000\u300010.00\n")
    row = _row(df, "0.40")
    assert (row["entity"], row["metric"], row["value"]) == ("Zeta-9 Flash", "input_price_per_1m_tokens", 0.4)
    assert len(df) == 4, _show(df)


def test_model_version_after_an_ascii_blank_is_still_no_value():
    # near miss: in prose, a number after a Latin name and one ASCII blank is its version
    df = _facts("Llama 2 的输出价格为每百万tokens 0.9美元。")
    assert not (df["text"] == "2").any(), _show(df)


# ---- class 2: shares, the percent sign in the header ----------------------------------------

def test_share_columns_percent_in_header():
    df = _facts("表4：各行业大模型部署率\n"
                "| 行业 | 2025年1月部署率(%) | 2025年12月部署率(%) |\n|---|---|---|\n"
                "| 金融 | 38.6 | 61.2 |\n")
    jan, dec = _row(df, "38.6"), _row(df, "61.2")
    assert (jan["metric"], jan["value"], jan["unit"], jan["period"]) == ("adoption_rate", 0.386, "ratio", "2025-01")
    assert (dec["value"], dec["period"]) == (0.612, "2025-12")


def test_share_table_unit_line_under_its_title():
    df = _facts("表4：各行业AI渗透率\n单位：%\n行业\t2025年1月\t2025年12月\n金融\t38.6\t61.2\n")
    row = _row(df, "61.2")
    assert (row["metric"], row["value"], row["period"]) == ("adoption_rate", 0.612, "2025-12")


def test_unit_line_joins_a_title_but_not_a_sentence():
    title = "表4：各行业AI渗透率\n单位：%\n行业\t2025年\n金融\t38.6\n"
    prose = "下表列出各行业的情况。\n单位：%\n行业\t2025年\n金融\t38.6\n"
    captions = []
    for text in (title, prose):
        t = for_parsing(text)
        row = [s for s in split_sentences(t, text) if s.is_row and not s.is_header][0]
        captions.append(t[row.caption.start:row.caption.end])
    assert captions == ["表4:各行业AI渗透率\n单位:%", "单位:%"]


def test_percent_header_over_cells_with_percent_is_not_divided_twice():
    df = _facts("表4：各行业大模型渗透率\n"
                "| 行业 | 2024年渗透率(%) | 2025年渗透率(%) |\n|---|---|---|\n"
                "| 金融 | 38.6% | 61.2% |\n")
    assert _row(df, "38.6%")["value"] == pytest.approx(0.386)


def test_growth_column_beside_share_columns_is_growth():
    df = _facts("表5：主要厂商市场份额\n"
                "| 厂商 | 2024年份额(%) | 2025年份额(%) | 同比(%) |\n|---|---|---|---|\n"
                "| 北辰数智 | 38.6 | 61.2 | 58.5 |\n")
    assert _row(df, "61.2")["metric"] == "market_share"
    growth = _row(df, "58.5")
    assert (growth["metric"], growth["value"]) == ("market_share_growth", 0.585)


def test_growth_column_beside_revenue_unchanged():
    df = _facts("表5：主要厂商收入\n"
                "| 厂商 | 2024年收入（亿元） | 2025年收入（亿元） | 同比(%) |\n|---|---|---|---|\n"
                "| 北辰数智 | 38.6 | 61.2 | 58.5 |\n")
    assert _row(df, "58.5")["metric"] == "revenue_growth"


@pytest.mark.parametrize("text, last", [
    ("厂商\t2024年\t2025年\n北辰", "2025年"),
    ("| 厂商 | 2024年 | 2025年 |", "2025年"),
    ("2024年  2025年", "2025年"),
])
def test_period_ends_before_a_trailing_blank(text, last):
    assert find_periods(text, PUB)[-1].text == last


def test_last_year_column_dates_its_cells():
    df = _facts("表5：主要厂商收入\n厂商\t2024年\t2025年\n北辰数智\t21.3亿元\t25.8亿元\n")
    assert _row(df, "25.8亿元")["period"] == "2025"


# ---- class 3: the unit in the row label ------------------------------------------------------

DC_TABLE = ("表6：三类数据中心对比\n"
            "指标\u3000\u3000\u3000\u3000\u3000\u3000通用数据中心\u3000\u3000智算中心\u3000\u3000超算中心\n"
            "单机柜功率（kW）\u300015-25\u3000\u300040-130\u3000\u3000100-200\n"
            "单MW投资（万元）\u30001000\u3000\u30001200\u3000\u30001500\n")


def test_row_label_unit_ranges_per_column_entity():
    df = _facts(DC_TABLE)
    row = _row(df, "40-130")
    assert (row["entity"], row["unit"], row["value"], row["value_high"]) == \
        ("intelligent computing centres", "watts", 40e3, 130e3)
    assert _row(df, "15-25")["entity"] == "general-purpose data centres"
    assert _row(df, "100-200")["entity"] == "supercomputing centres"


def test_row_label_unit_ten_thousand_yuan_per_column():
    df = _facts(DC_TABLE)
    rows = [_row(df, t) for t in ("1000", "1200", "1500")]
    assert [r["value"] for r in rows] == [1e7, 1.2e7, 1.5e7]
    assert {r["unit"] for r in rows} == {"CNY"}
    assert len({r["metric"] for r in rows}) == 1  # the label's metric, not a header's word
    assert [r["entity"] for r in rows] == ["general-purpose data centres", "intelligent computing centres",
                                           "supercomputing centres"]


def test_row_label_unit_over_company_columns():
    df = _facts("表8：两家公司对比\n| 指标 | 英伟达 | AMD |\n|---|---|---|\n"
                "| 营业收入（亿美元） | 1305 | 258 |\n")
    assert _row(df, "1305")["entity"] == "Nvidia"
    assert _row(df, "258")["entity"] == "AMD"


def test_row_label_unit_over_period_columns_takes_the_caption():
    df = _facts("表7：人形机器人出货量\n| 指标 | 2024年 | 2025年 |\n|---|---|---|\n"
                "| 出货量（万台） | 1.8 | 4.5 |\n")
    row = _row(df, "4.5")
    assert (row["entity"], row["value"], row["unit"], row["period"]) == ("humanoid robots", 4.5e4, "count", "2025")


def test_range_at_row_end_under_period_columns():
    df = _facts("表10：智算中心建设\n指标\t2024年\t2025年\n单机柜功率（kW）\t20-30\t40-60\n")
    row = _row(df, "40-60")
    assert (row["entity"], row["value"], row["value_high"], row["period"]) == \
        ("intelligent computing centres", 40e3, 60e3, "2025")


def test_row_with_text_cells_keeps_its_own_entity():
    # near miss: 代表指数 names the row's entity; the PE header is a measure, not an entity
    df = _facts("表1　AI细分赛道估值\n"
                "细分赛道\u3000\u3000\u3000代表指数\u3000\u3000\u3000\u3000\u3000\u3000PE-TTM（倍）\u3000历史分位（%）\n"
                "算力硬件\u3000\u3000\u3000创业板人工智能\u3000\u3000\u3000172.83\u3000\u3000\u3000\u300086.35\n"
                "算力芯片\u3000\u3000\u3000申万半导体\u3000\u3000\u3000\u3000\u3000131.61\u3000\u3000\u3000\u300096.69\n")
    assert _row(df, "172.83")["entity"] == "ChiNext AI Index"
    assert _row(df, "172.83")["metric"] == "pe_ttm"  # PE-TTM（倍）: a trailing P/E (metrics.csv PE-TTM)


def test_company_table_under_period_columns_keeps_the_caption_entity():
    df = _facts("表9：北辰科技经营数据\n| 指标 | 2024年 | 2025年 |\n|---|---|---|\n"
                "| 营业收入（亿元） | 12.5 | 18.3 |\n")
    row = _row(df, "18.3")
    assert (row["metric"], row["value"], row["period"]) == ("revenue", 1.83e9, "2025")
    assert row["entity"] == _row(df, "12.5")["entity"] == "Beichen"


def test_year_span_cell_is_no_range_value():
    # near miss: 2024-2025 in a cell is a span of years, not a range in the row's unit
    df = _facts("表10：智算中心建设\n指标\t建设期\t功率\n单机柜功率（kW）\t2024-2025\t40\n")
    assert not (df["value"] == 2024e3).any(), _show(df)


def test_cached_input_column_is_an_input_price():
    df = _facts("Table 3: API pricing (USD per 1M tokens)\n| Model | Input | Cached input | Output |\n"
                "|---|---|---|---|\n| Zeta-9 Pro | 1.25 | 0.125 | 10.00 |\n")
    assert _row(df, "0.125")["metric"] == "input_price_cache_hit_per_1m_tokens"
    assert _row(df, "1.25")["metric"] == "input_price_per_1m_tokens"  # near miss: the plain input column


def test_token_noun_in_chinese():
    assert unit_label_per("（元/百万词元）") == "1m tokens"
    df = _facts("表2 主流模型价格（元/百万词元）\n模型\t输入\t输出\nQuill-Max\t2\t8\n")
    assert _row(df, "8")["metric"] == "output_price_per_1m_tokens"
    prose = _facts("Quill-Max的输入价格为2元/百万词元，输出价格为每百万词元8元。")
    assert _row(prose, "2元/百万词元")["metric"] == "input_price_per_1m_tokens"
    assert _row(prose, "8元")["metric"] == "output_price_per_1m_tokens"
