"""Customs and trade figures, adoption and pricing words of education/office apps, and the
names of education firms (invented sentences; near-misses must not change)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text, row_of

DAY = dt.date(2026, 1, 20)


def test_imports_and_exports_of_a_good_with_its_place():
    df = facts_of_text("据海关数据，2025年11月我国集成电路进口数量512亿个，同比增长4.3%；"
                       "进口金额298.6亿美元，同比增长8.1%；出口金额140.2亿美元。", DAY)
    r = row_of(df, "512亿")
    assert (r.entity, r.theme, r.metric, r.value) == ("China integrated circuit imports", "market", "import_volume", 5.12e10)
    assert row_of(df, "298.6亿美元").metric == "import_value"
    assert row_of(df, "8.1%").metric == "import_value_growth"
    r = row_of(df, "140.2亿美元")
    assert (r.entity, r.metric) == ("China integrated circuit exports", "export_value")


@pytest.mark.parametrize("text, entity", [
    ("2025年全年我国集成电路贸易逆差约1900亿美元，收窄3.1%。", "China integrated circuit trade"),
    ("全年集成电路贸易逆差约1900亿美元，收窄3.1%。", "Integrated circuit trade"),
])
def test_trade_deficit_narrowing_is_a_fall(text, entity):
    df = facts_of_text(text, DAY)
    r = row_of(df, "约1900亿美元")
    assert (r.entity, r.metric, r.value) == (entity, "trade_deficit", 1.9e11)
    r = row_of(df, "收窄3.1%")
    assert (r.metric, r.value) == ("trade_deficit_growth", pytest.approx(-0.031))


def test_exports_in_another_sentence_are_not_carried():
    df = facts_of_text("我国芯片进口金额同比增长6%。出口管制趋严，英伟达收入下降5%。", DAY)
    assert entity_of(df, "下降5%") == "Nvidia"


@pytest.mark.parametrize("text, cell, value", [
    ("云雀云宣布GPU实例享30%折扣。", "30%", -0.30),
    ("长期合约折扣提高至40%。", "40%", -0.40),
])
def test_discount_is_a_price_cut(text, cell, value):
    r = row_of(facts_of_text(text, DAY), cell)
    assert (r.theme, r.metric, r.value) == ("pricing", "price_change", pytest.approx(value))


def test_price_rise_stays_positive():
    r = row_of(facts_of_text("英伟达H100芯片价格上涨12%。", DAY), "12%")
    assert r.value == pytest.approx(0.12)


def test_education_app_adoption_words():
    df = facts_of_text("学而思AI学习机付费家庭210万户，同比增长38%，续费率71%，提升5个百分点。", DAY)
    r = row_of(df, "210万")
    assert (r.entity, r.theme, r.metric, r.value) == ("Xueersi", "adoption", "paid_households", 2.1e6)
    assert row_of(df, "38%").metric == "paid_households_growth"
    r = row_of(df, "71%")
    assert (r.theme, r.metric, r.value) == ("adoption", "renewal_rate", pytest.approx(0.71))
    r = row_of(df, "5个百分点")
    assert (r.metric, r.unit, r.value) == ("renewal_rate_change", "pp", pytest.approx(0.05))


def test_subscription_sales_and_share_of_paid_users():
    df = facts_of_text("金山办公AI订阅销售额超过3亿元，同比增长超60%，约12%的付费用户订阅了高级档。", DAY)
    r = row_of(df, "超过3亿元")
    assert (r.theme, r.metric) == ("earnings", "subscription_sales")
    assert row_of(df, "超60%").metric == "subscription_sales_growth"
    r = row_of(df, "约12%")
    assert (r.theme, r.metric) == ("adoption", "paid_users_share")


def test_paid_user_growth_near_miss():
    r = row_of(facts_of_text("多邻国付费用户同比增长11%。", DAY), "11%")
    assert (r.entity, r.metric) == ("Duolingo", "paid_users_growth")


@pytest.mark.parametrize("text, cell, entity", [
    ("作业帮AI学习机销量同比增长45%。", "45%", "Zuoyebang"),
    ("猿辅导营收同比增长18%。", "18%", "Yuanfudao"),
    ("科大讯飞学习机销量增长70%。", "70%", "iFlytek AI Learning Machine"),
    ("美图AI订阅用户达1300万。", "1300万", "Meitu"),
    ("百川完成新一轮融资50亿元。", "50亿元", "Baichuan AI"),
])
def test_education_and_model_firms(text, cell, entity):
    assert entity_of(facts_of_text(text, DAY), cell) == entity


def test_idiom_holding_a_short_name_is_no_name():
    df = facts_of_text("公司秉持海纳百川的理念，收入增长20%。", DAY)
    assert entity_of(df, "20%") != "Baichuan AI"


def test_trade_table_by_country_of_origin():
    df = facts_of_text("表1　半导体设备进口（按来源地，单位：亿美元）\n国家　12月　同比(%)　全年　同比(%)\n"
                       "日本　8.4　11.5　92.0　-4.2\n荷兰　6.6　-18.3　61.7　9.4\n", DAY)
    r = row_of(df, "8.4")
    assert (r.entity, r.theme, r.metric, r.value) == ("Japan", "market", "import_value", pytest.approx(8.4e8))
    r = row_of(df, "-18.3")
    assert (r.entity, r.metric, r.value) == ("Netherlands", "import_value_growth", pytest.approx(-0.183))
    assert row_of(df, "-4.2").value == pytest.approx(-0.042)


@pytest.mark.parametrize("text", [
    "受出口限制影响，H20芯片库存减值45亿美元。",
    "美国出口管制升级，公司库存减值45亿美元。",
])
def test_export_controls_are_no_trade_figure(text):
    df = facts_of_text(text, DAY)
    assert not df["metric"].astype(str).str.startswith(("export_", "import_")).any()


@pytest.mark.parametrize("header, cells, value", [
    ("降幅(%)", "38.8", -0.388),
    ("降价幅度(%)", "25.0", -0.25),
    ("降价比例(%)", "12.5", -0.125),
])
def test_price_table_cut_column_is_negative(header, cells, value):
    df = facts_of_text(f"| 实例 | 原价（美元/小时） | 新价（美元/小时） | {header} |\n|---|---|---|---|\n"
                       f"| G8-A | 98.0 | 60.0 | {cells} |\n", DAY)
    r = row_of(df, cells)
    assert (r.theme, r.metric, r.value) == ("pricing", "price_change", pytest.approx(value))
    assert row_of(df, "98.0").metric == "price_before_cut"
    r = row_of(df, "60.0")
    assert (r.metric, r.unit, r.value) == ("price", "USD", 60.0)


def test_token_price_table_cut_column_is_negative():
    df = facts_of_text("| 模型 | 原价（元/百万tokens） | 新价（元/百万tokens） | 降幅(%) |\n|---|---|---|---|\n"
                       "| Kimi | 20.0 | 8.0 | 60.0 |\n", DAY)
    assert row_of(df, "60.0").value == pytest.approx(-0.6)


def test_price_table_rise_column_stays_positive():
    df = facts_of_text("| 实例 | 原价（美元/小时） | 新价（美元/小时） | 涨幅(%) |\n|---|---|---|---|\n"
                       "| G8-A | 60.0 | 66.0 | 10.0 |\n", DAY)
    assert row_of(df, "10.0").value == pytest.approx(0.10)


@pytest.mark.parametrize("text, cell, value", [
    ("金山办公WPS AI价格约为Copilot的1/3左右。", "1/3左右", 0.3333),  # the qualifier is in the text (fixshare42)
    ("Kimi的价格仅为GPT-5的20%。", "20%", 0.2),
])
def test_price_as_part_of_another_is_a_ratio(text, cell, value):
    r = row_of(facts_of_text(text, DAY), cell)
    assert (r.theme, r.metric, r.unit, r.value) == ("pricing", "price_ratio", "ratio", pytest.approx(value))


@pytest.mark.parametrize("text, cell", [
    ("Kimi价格下调30%。", "下调30%"),
    ("Kimi价格降至原价的一半。", "一半"),
])
def test_price_change_near_misses(text, cell):
    assert row_of(facts_of_text(text, DAY), cell).metric != "price_ratio"
