"""Entities named in English, not left as the text writes them: compound industry rows, sector
tables, investors' names in Traditional characters, totals of graded rows, a place's product
market, unit words and topic bullets that name no one; all on invented reports."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

from aigc_analysis.extract.names import find_unknown_names, industry_name
from aigc_analysis.extract.sector_lists import sector_row_name

PUB = dt.date(2025, 10, 9)


def test_compound_industry_label_is_named_from_its_parts():
    assert industry_name("互联网/科技") == "Internet and technology firms"
    assert industry_name("政务/公共") == "Government and public sector"
    assert industry_name("互联网/某某") is None  # a part no row knows: no name at all


def test_survey_table_compound_rows_are_english():
    text = ("# 2025年企业大模型应用调查\n\n表2 分行业结果\n行业          样本数   部署率\n"
            "金融          98      40.1%\n互联网/科技   77      51.3%\n零售/消费     66      30.2%\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "51.3%") == "Internet and technology firms"
    assert entity_of(df, "30.2%") == "Retailers and consumer firms"


def test_industry_rows_under_a_sector_column_are_sectors():
    assert sector_row_name("计算机", "行业") == "Computer sector"
    assert sector_row_name("计算机", "公司") is None
    text = ("# 两融周报\n\n表2：行业融资数据（单位：亿元）\n行业      融资余额     本周融资净买入\n"
            "计算机    998.40       21.70\n传媒      455.10       12.30\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "998.40") == "Computer sector"
    assert entity_of(df, "12.30") == "Media sector"


def test_traditional_investor_name_is_read_simplified():
    text = ("# 嵐峰科技（688000.SH）招股摘要\n\n二、基石投資者\n公司已與三名基石投資者訂立協議。\n\n"
            "投資者　　　　　　　　　　　　認購金額（百萬美元）\n澄曜資本（主權財富基金）　　　30.0\n")
    assert entity_of(facts_of_text(text, PUB), "30.0") == "Chengyao Capital"


def test_total_of_graded_rows_is_the_captioned_product():
    text = ("# 光模块深度\n\n图表3：全球光模块出货量预测（单位：万只）\n速率        2024A      2025E\n"
            "400G        1460       1700\n800G        1150       2200\n合计        2610       3900\n")
    assert entity_of(facts_of_text(text, PUB), "3900") == "Global optical modules"


def test_place_and_product_before_shipments_is_a_market():
    text = "# 终端追踪\n\n1. 全球平板电脑出货量4210万台，同比增长6.1%。\n2. AI服务器出货量增长46%。\n"
    df = facts_of_text(text, PUB)
    assert entity_of(df, "4210万") == "Global tablet market"
    assert entity_of(df, "6.1%") == "Global tablet market"


def test_unit_words_name_no_one():
    assert not find_unknown_names("算力规模：3000 PFlops")
    assert not find_unknown_names("中标单价约2.15万元/PFlops/月")
    text = "# 招标月报\n\n算力规模：3000 PFlops\n服务期：4年\n"
    assert entity_of(facts_of_text(text, PUB), "4年") == "unspecified"  # no one named, not the unit


def test_topic_bullets_name_no_one():
    text = ("# Leasing note\n\n- Supply: vacancy fell to 2.1% at end-1H25.\n"
            "- Pricing: asking rent rose to US$171/kW/month, +5.5% YoY.\n")
    df = facts_of_text(text, PUB)
    assert not {"Supply", "Pricing"} & set(df["entity"])
