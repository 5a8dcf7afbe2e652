"""A total of fees, charges or licences collected or paid in a period (a collective's licence
collections, royalties distributed, a deal's licence fees added up, a fee table closed by a 合计
row) is the collector's earnings, as gold labels such takings in most sets; a fee per use, per
month or per work stays pricing. Every example is invented (no name or figure is from a report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 6, 10), "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _theme_of(df, value):
    rows = df[(df["value"] - value).abs() <= 1e-6 * abs(value)]
    assert len(rows) >= 1, df[["theme", "metric", "value", "text"]]
    return rows.iloc[0].theme


def test_collected_fee_total_and_its_growth_are_earnings():
    df = _facts("2024年，本协会许可收费总额为3.25亿元，同比增长9.6%；另有少量滞纳金。")
    assert _theme_of(df, 3.25e8) == "earnings"
    assert _theme_of(df, 0.096) == "earnings"


def test_share_of_fee_total_is_earnings():
    df = _facts("2024年，线上平台类收费占收费总额的38.5%，首次居各类别之首。")
    assert _theme_of(df, 0.385) == "earnings"


def test_licence_fees_added_up_are_earnings():
    df = _facts("被告辩称，其向三家平台转授权，授权费用合计86万元。")
    assert _theme_of(df, 8.6e5) == "earnings"


def test_fee_recognised_in_the_year_is_earnings():
    df = _facts("下半年本会与两家模型企业签署许可协议，当年确认收费960万元。")
    assert _theme_of(df, 9.6e6) == "earnings"


def test_fee_per_work_stays_pricing():
    df = _facts("下半年本会与两家模型企业签署许可协议，许可费按每首每年4元计收。")
    assert _theme_of(df, 4) == "pricing"


def test_fee_per_use_stays_pricing():
    df = _facts("该市对AI辅助阅片试行收费，每次收费25元。")
    assert _theme_of(df, 25) == "pricing"


_TOTAL_TABLE = """表3　按类别统计的收费（金额单位：万元）

| 类别 | 2024年 | 2023年 | 增幅 |
|------|-------:|-------:|-----:|
| 线上平台 | 12,300 | 10,100 | +21.8% |
| 线下门店 | 4,500 | 4,800 | −6.3% |
| 合计 | 16,800 | 14,900 | +12.8% |
"""


def test_fee_table_with_a_total_row_is_earnings():
    df = _facts(_TOTAL_TABLE)
    assert _theme_of(df, 1.23e8) == "earnings"
    assert _theme_of(df, 0.218) == "earnings"
    assert _theme_of(df, 1.68e8) == "earnings"


def test_film_box_office_is_earnings():
    df = _facts("该片上映45天，累计综合票房2.75亿元，观影人次610万。")
    assert _theme_of(df, 2.75e8) == "earnings"


def test_whole_season_box_office_is_market():
    df = _facts("2025年暑期档全国电影总票房88.5亿元，同比下降4.1%。")
    assert _theme_of(df, 8.85e9) == "market"
    assert _theme_of(df, -0.041) == "market"


def test_part_of_a_national_box_office_paragraph_is_market():
    df = _facts("据某行业协会统计，2024年全国营业性演出票房收入412.3亿元，同比增长6.1%。"
                "其中大型演唱会票房约188亿元，占比四成以上。")
    assert _theme_of(df, 1.88e10) == "market"
