"""Table classes: label-column tables (company | metric with its period | value prose cell),
bill-of-materials tables, English segment tables in US$bn.

Every example is invented (青岚科技, 远帆电气, 星河X9 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 6, 3)

LABEL_TABLE = """液冷产业链跟踪
表2：重点公司经营数据
| 公司 | 事项 | 金额/数据 |
| 青岚科技 | 2024年营业收入 | 37.21亿元，同比+22.15% |
| 青岚科技 | 2024年归母净利润 | 3.18亿元，同比+18.40% |
| 远帆电气 | 2024年净销售额 | 52.3亿美元，同比+12% |
| 远帆电气 | 2024年末在手订单 | 61亿美元 |
"""


def test_label_cell_with_a_period_names_the_metric_and_dates_the_value():
    f = facts_of_text(LABEL_TABLE, DAY)
    r = row_of(f, "37.21亿元")
    assert (r["metric"], r["value"], r["unit"], r["period"]) == ("revenue", 3.721e9, "CNY", "2024")
    r = row_of(f, "3.18亿元")
    assert (r["metric"], r["period"]) == ("net_profit", "2024")
    r = row_of(f, "61亿美元")
    assert r["unit"] == "USD" and r["period"] == "2024-12"


def test_the_change_after_a_comma_in_a_value_cell_is_the_metrics_growth():
    f = facts_of_text(LABEL_TABLE, DAY)
    r = row_of(f, "+22.15%")
    assert (r["metric"], r["value"], r["period"]) == ("revenue_growth", 0.2215, "2024")
    r = row_of(f, "+18.40%")
    assert r["metric"] == "net_profit_growth"
    r = row_of(f, "52.3亿美元")
    assert (r["metric"], r["value"], r["unit"]) == ("net_sales", 5.23e9, "USD")
    assert row_of(f, "+12%")["metric"] == "net_sales_growth"


def test_a_text_cell_with_a_number_is_still_no_value():
    t = """| 公司 | 事项 | 说明 |
| 青岚科技 | 2024年营业收入 | 覆盖100种语言互译 |
| 远帆电气 | 2024年营业收入 | 52.3亿元 |
"""
    f = facts_of_text(t, DAY)
    assert "100" not in set(f["text"])


def test_the_head_noun_of_a_metric_cell_comes_last():
    t = """| 公司 | 事项 | 金额 |
| 青岚科技 | 2024年数据中心业务收入 | 约9亿元 |
| 远帆电气 | 2024年营业收入 | 52.3亿元 |
"""
    r = row_of(facts_of_text(t, DAY), "约9亿元")
    assert (r["theme"], r["metric"], r["period"]) == ("earnings", "revenue", "2024")


BOM_TABLE = """拆机专题
表1：青岚科技X9主要元器件成本估算
元器件　　　　　　　　　　　成本（美元）　占比（%）
SoC　　　　　　　　　　　　 171　　　　　30.5
摄像头模组　　　　　　　　　55　　　　　　9.8
电池及充电　　　　　　　　　12　　　　　　2.1
合计　　　　　　　　　　　　561　　　　　100.0
"""


def test_a_parts_table_is_the_products_bill_of_materials():
    f = facts_of_text(BOM_TABLE, DAY)
    for text in ("171", "55", "30.5", "9.8"):
        assert row_of(f, text)["entity"] == "Qinglan"
    r = row_of(f, "55")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("market", "component_cost", 55.0, "USD")
    assert row_of(f, "9.8")["value"] == 0.098
    r = row_of(f, "561")
    assert (r["metric"], r["unit"]) == ("bom_cost", "USD")


def test_prose_naming_a_part_repeats_the_parts_row():
    t = "我们估算青岚科技X9的物料成本（BOM）约为561美元，其中SoC单价约171美元；SoC成本占比30.5%。\n" + BOM_TABLE
    f = facts_of_text(t, DAY)
    assert len(f[f["value"] == 171.0]) == 1 and len(f[f["value"] == 0.305]) == 1
    assert set(f[f["value"].isin([171.0, 0.305])]["entity"]) == {"Qinglan"}


def test_a_segment_table_with_no_metric_word_reports_revenue():
    t = """Eastgate Corp. | Rating: Overweight
Segment detail (US$bn)
Segment                               FY4Q24   FY4Q25   Y/Y
Cloud Services & Platforms            14.2     18.6     31%
Devices                               7.5      7.1      -5%
Source: Company data.
"""
    f = facts_of_text(t, dt.date(2025, 8, 1))
    r = row_of(f, "18.6")
    assert (r["theme"], r["entity"], r["metric"], r["value"], r["unit"], r["period"]) == (
        "earnings", "Cloud Services & Platforms", "revenue", 1.86e10, "USD", "FY2025Q4")
    assert row_of(f, "7.5")["period"] == "FY2024Q4"
    r = row_of(f, "-5%")
    assert (r["entity"], r["metric"], r["value"]) == ("Devices", "revenue_growth", -0.05)


def test_a_segment_table_keeps_the_metric_its_header_names():
    t = """分部经营数据
业务板块          营业利润（亿元）
云计算            12.3
终端设备          4.5
"""
    r = row_of(facts_of_text(t, DAY), "12.3")
    assert r["metric"] != "revenue"


def test_a_captions_basis_bracket_does_not_name_the_metric():
    t = """三、竞争格局
图表8：2024年全球800G光模块供应商份额（按出货量）
青岚科技   41%
远帆电气     23%
其他       36%
资料来源：某某证券研究所估算
"""
    r = row_of(facts_of_text(t, DAY), "41%")
    assert (r["theme"], r["metric"], r["value"], r["period"]) == ("market", "market_share", 0.41, "2024")


def test_a_revenue_share_column_over_firms_is_their_market_share():
    t = """表：主要厂商经营数据
| 厂商 | DRAM总产能 | DRAM营收份额（%） | AI收入占比（%） |
|---|---|---|---|
| 青岚科技 | 65 | 41.5 | 12.5 |
| 远帆电气 | 50 | 30.2 | 8.5 |
"""
    f = facts_of_text(t, DAY)
    r = row_of(f, "41.5")
    assert (r["theme"], r["entity"], r["metric"], r["value"]) == (
        "market", "Qinglan", "revenue_market_share", 0.415)
    assert row_of(f, "12.5")["theme"] == "earnings"  # a part's share of the firm's own revenue


ENERGY = """我们测算，2024年全球数据中心用电量约415TWh；一个100MW的智算中心年用电量约7.9亿千瓦时。
预计到2030年美国数据中心用电将增加240TWh。
图表1：主要地区数据中心用电量预测（单位：TWh）
地区　　　　　2024A　　2026E　　2028E
全球　　　　　415　　　 536　　　 718
美国　　　　　183　　　 241　　　 335
资料来源：某某测算
"""


def test_energy_is_in_kwh_or_watt_hours_as_written():
    f = facts_of_text(ENERGY, DAY)
    r = row_of(f, "约7.9亿千瓦时")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("compute", "electricity_consumption_kwh", 7.9e8, "count")
    r = row_of(f, "240TWh")  # no 用电量 beside it: the unit says what it measures
    assert (r["metric"], r["value"], r["unit"]) == ("electricity_consumption_kwh", 2.4e14, "count")


def test_a_year_table_in_twh_and_its_place_rows():
    f = facts_of_text(ENERGY, DAY)
    r = row_of(f, "536")
    assert (r["entity"], r["metric"], r["value"], r["unit"], r["period"]) == (
        "Global", "electricity_consumption_kwh", 5.36e14, "count", "2026")
    assert row_of(f, "241")["value"] == 2.41e14


def test_a_price_per_kwh_stays_a_price():
    f = facts_of_text("西部枢纽的大工业电价约0.35元/千瓦时。", DAY)
    r = row_of(f, "约0.35元")
    assert r["unit"] == "CNY" and r["value"] == 0.35


FUND = """青禾智能科技主题混合型证券投资基金
2025年第2季度报告
3.1 主要财务指标（单位：人民币元）
主要财务指标                  青禾智能科技混合A     青禾智能科技混合C
期末基金资产净值              1,562,218,604.71           324,293,742.47
期末基金份额净值              1.8817                     1.8326
3.2 基金净值表现
阶段          净值增长率①    业绩比较基准收益率③
过去三个月    25.32%          11.86%
过去一年      48.05%          23.41%
"""


def test_a_fund_reports_nav_and_returns_are_valuation_figures():
    f = facts_of_text(FUND, dt.date(2025, 7, 20))
    r = row_of(f, "1,562,218,604.71")
    assert (r["theme"], r["metric"], r["unit"]) == ("valuation", "net_asset_value", "CNY")
    r = row_of(f, "1.8817")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("valuation", "nav_per_unit", 1.8817, "CNY")
    r = row_of(f, "25.32%")
    assert (r["theme"], r["metric"]) == ("valuation", "nav_return")
    r = row_of(f, "11.86%")
    assert (r["theme"], r["metric"]) == ("valuation", "benchmark_return")


def test_a_projects_irr_is_what_it_earns():
    t = "青岚科技拟募资30亿元用于智算中心项目，项目税后内部收益率（IRR）9.1%；测算远帆智算中心项目税后IRR为7.6%。"
    f = facts_of_text(t, DAY)
    for text in ("9.1%", "7.6%"):
        r = row_of(f, text)
        assert (r["theme"], r["metric"]) == ("earnings", "irr")


def test_a_model_row_label_does_not_name_the_change_columns_metric():
    t = """表3：主流加速卡云上租用价格（美元/卡时）
加速卡型号      2024Q4     2025-03    较上季度
A100 80GB       1.60       1.25       -9%
资料来源：某某整理
"""
    f = facts_of_text(t, DAY)
    r = row_of(f, "-9%")
    assert (r["theme"], r["metric"], r["value"]) == ("pricing", "price_change", -0.09)
    assert row_of(f, "1.25")["theme"] == "pricing"
