"""Table layouts (fixtables3): tables drawn with box-drawing or full-width bars, CSV blocks,
a table's date column as each row's period, and the entity of a dated deal table.

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from aigc_analysis.extract.segment import tab_bar_rows, tab_csv_rows
from helpers_text import facts_of_text, row_of


def _facts(text: str, published: dt.date) -> pd.DataFrame:
    return facts_of_text(text, published)


# --- box-drawing and full-width-bar tables ------------------------------------------------
BOX = (
    "表３　两家公司２０２４年主要财务数据（单位：亿元）\n"
    "┌───────┬─────┬─────┐\n"
    "│项目　　│岚溪科技│澄川数据│\n"
    "├───────┼─────┼─────┤\n"
    "│营业收入│３４５６　│２１０９　│\n"
    "│归母净利润│４３２　│２１０　│\n"
    "└───────┴─────┴─────┘\n"
)


def test_box_drawn_table_reads_its_cells_with_full_width_digits():
    f = _facts(BOX, dt.date(2025, 4, 1))
    revenue = row_of(f, "３４５６")
    assert (revenue["theme"], revenue["metric"], revenue["value"], revenue["unit"], revenue["period"]) == \
        ("earnings", "revenue", pytest.approx(3.456e11), "CNY", "2024")
    profit = row_of(f, "２１０")
    assert (profit["metric"], profit["value"]) == ("net_profit", pytest.approx(2.1e10))
    assert row_of(f, "３４５６")["entity"] != row_of(f, "２１０９")["entity"]
    assert len(f) == 4


FULLWIDTH_BAR = (
    "｜平台　｜方案　｜月費（美元）｜\n"
    "｜Vidra　｜標準版｜15　　｜\n"
    "｜Klipo　｜Plus　｜24.99　｜\n"
    "資料來源：各官網。\n"
)


def test_full_width_bar_table_reads_its_cells():
    f = _facts(FULLWIDTH_BAR, dt.date(2025, 10, 1))
    price = row_of(f, "24.99")
    assert (price["theme"], price["value"], price["unit"]) == ("pricing", pytest.approx(24.99), "USD")
    assert row_of(f, "15")["unit"] == "USD"


def test_bars_without_outer_bars_read_per_column_units():
    text = ("券商｜IT投入（亿元）｜研发人员（人）\n"
            "甲证券｜14.20｜1650\n"
            "乙证券｜27.80｜2900\n")
    f = _facts(text, dt.date(2025, 5, 1))
    assert (row_of(f, "14.20")["value"], row_of(f, "14.20")["unit"]) == (pytest.approx(1.42e9), "CNY")
    assert (row_of(f, "1650")["value"], row_of(f, "1650")["unit"]) == (1650, "count")


def test_a_heading_or_byline_with_a_bar_is_no_table():
    for text in ("作者｜李小明\n數位觀測站｜產業分析\n", "科技週報｜第12期｜2025年\n正文。\n"):
        assert tab_bar_rows(text) == text
    # a border line alone yields no cell, and the layout keeps its length
    out = tab_bar_rows(BOX)
    assert len(out) == len(BOX)
    assert "└" not in out.split("\n")[-2]


# --- CSV blocks -------------------------------------------------------------------------------
CSV = (
    "全球在建智算中心一览\n"
    "—— 以下为CSV ——\n"
    "名称,运营方,所在地,加速卡数量(万颗),设计功耗(MW),状态\n"
    "Orion-7,Brightgrid,俄勒冈州,6,380,建设中\n"
    "Vega-3,Northcore,亚利桑那州,-,260,规划中\n"
    "—— CSV结束 ——\n"
)


def test_csv_block_is_read_like_a_table():
    f = _facts(CSV, dt.date(2025, 6, 1))
    cards = row_of(f, "6")
    assert (cards["theme"], cards["value"], cards["unit"]) == ("compute", 60000, "count")
    power = row_of(f, "260")
    assert (power["value"], power["unit"]) == (pytest.approx(2.6e8), "watts")
    assert row_of(f, "380")["value"] == pytest.approx(3.8e8)
    assert not (f["text"] == "-").any()  # a not-disclosed cell is no fact


def test_prose_with_commas_is_no_csv_table():
    prose = "收入为1,087亿元,同比增长12%,创新高\n净利润为305亿元,同比增长8%,符合预期\n其他,略,无\n"
    assert tab_csv_rows(prose) == prose
    two = "名称,地点,功耗(MW)\nOrion-7,俄勒冈州,380\n"
    assert tab_csv_rows(two) == two  # a header and one row: too little to call a table


# --- a table's date column dates its rows ------------------------------------------------------
RATINGS = (
    "A股评级调整周报\n"
    "统计区间：2027/03/01 — 2027/03/05\n\n"
    "代码        公司          调整日期    新目标价\n"
    "002415.SZ   海康威视      03/02       43元\n"
    "300750.SZ   宁德时代      02/26       298元\n"
)


def test_date_column_dates_each_rows_target_price():
    f = _facts(RATINGS, dt.date(2027, 3, 8))
    assert row_of(f, "43元")["period"] == "2027-03-02"
    assert row_of(f, "298元")["period"] == "2027-02-26"


def test_date_column_month_after_publication_rolls_back_a_year():
    text = ("代码        公司          调整日期    新目标价\n"
            "002415.SZ   海康威视      12/30       39元\n"
            "300750.SZ   宁德时代      01/02       305元\n")
    f = _facts(text, dt.date(2027, 1, 4))
    assert row_of(f, "39元")["period"] == "2026-12-30"
    assert row_of(f, "305元")["period"] == "2027-01-02"


def test_table_without_date_column_keeps_its_period():
    text = ("代码        公司          新目标价\n"
            "002415.SZ   海康威视      43元\n"
            "300750.SZ   宁德时代      298元\n")
    f = _facts(text, dt.date(2027, 3, 8))
    assert row_of(f, "43元")["period"] == "2027-03"


DEALS = (
    "一级市场月报\n\n"
    "| 日期 | 公司 | 轮次 | 融资金额 | 投后估值（亿美元） | 领投 |\n"
    "|---|---|---|---|---|---|\n"
    "| 04-09 | 岚杉智能（Lanshan AI） | B轮 | 约5亿美元 | 23 | 某资本领投 |\n"
    "| 04-16 | 澄川数据 | A轮 | 3亿元 | 9 | 阿里巴巴 |\n"
)


def test_dated_deal_rows_take_their_day_and_the_company_column():
    f = _facts(DEALS, dt.date(2025, 4, 30))
    first = row_of(f, "约5亿美元")
    assert (first["entity"], first["period"], first["value"]) == ("Lanshan", "2025-04-09", 5e8)
    assert row_of(f, "23")["period"] == "2025-04-09"
    second = row_of(f, "3亿元")
    # an unknown firm is its own row's subject, never the investor column's firm nor the date
    assert (second["entity"], second["period"]) == ("Chengchuan", "2025-04-16")
    assert not f["entity"].isin(["Alibaba", "04-09", "04-16"]).any()


def test_month_day_outside_a_date_column_is_no_date():
    text = ("| 机柜 | 功耗(kW) |\n|---|---|\n| 11-20号机柜 | 42 |\n| 11-21号机柜 | 38 |\n")
    f = _facts(text, dt.date(2025, 11, 30))
    assert not f["period"].str.contains("11-20").any()


# --- table cell forms: currency-prefixed cells, counter headers, placeholders -------------------
def test_currency_prefixed_cells_are_values_with_their_currency():
    text = ("代码        公司            调整日期    新目标价\n"
            "9888.HK     百度集团-SW     06/12       HK$126\n"
            "0700.HK     腾讯控股        06/10       HK$548\n")
    f = _facts(text, dt.date(2026, 6, 20))
    price = row_of(f, "HK$126")
    assert (price["metric"], price["value"], price["unit"], price["period"]) == \
        ("target_price", 126, "HKD", "2026-06-12")
    assert row_of(f, "HK$548")["unit"] == "HKD"


def test_counter_header_column_and_a_dash_cell():
    text = ("| 公司 | 车队(辆) | 收入同比 | 覆盖城市(座) |\n|---|---|---|---|\n"
            "| 某行科技 | 720 | — | 11 |\n| 云途出行 | 1350 | 28% | 17 |\n")
    f = _facts(text, dt.date(2026, 5, 1))
    cities = row_of(f, "11")
    assert (cities["theme"], cities["metric"], cities["value"], cities["unit"]) == \
        ("adoption", "cities_covered", 11, "count")
    assert row_of(f, "17")["metric"] == "cities_covered"
    assert not (f["text"] == "—").any() and not (f["value"] == 0).any()  # a dash is never 0


# --- a caption's days and a (pp) column -----------------------------------------------------------
PERFORMANCE = (
    "表2：10月个股表现（10月9日至10月30日）\n"
    "| 股票 | 10月涨跌幅(%) | 超额收益(pp) |\n|---|---|---|\n"
    "| 寒武纪 | 14.5 | -2.6 |\n| 中际旭创 | 7.3 | 1.8 |\n"
)


def test_caption_days_are_the_cells_period_and_pp_column_is_read():
    f = _facts(PERFORMANCE, dt.date(2025, 11, 3))
    move = row_of(f, "14.5")
    assert (move["value"], move["unit"], move["period"]) == (pytest.approx(0.145), "ratio", "2025-10-09/2025-10-30")
    excess = row_of(f, "-2.6")
    assert (excess["metric"], excess["value"], excess["unit"], excess["period"]) == \
        ("excess_return", pytest.approx(-0.026), "pp", "2025-10-09/2025-10-30")
    assert row_of(f, "1.8")["unit"] == "pp"


def test_caption_without_days_keeps_the_column_month():
    text = PERFORMANCE.replace("（10月9日至10月30日）", "")
    f = _facts(text, dt.date(2025, 11, 3))
    assert row_of(f, "14.5")["period"] == "2025-10"


# --- a Taiwanese monthly-revenue table: full-width digits, Minguo months ---------------------------
MONTHLY = (
    "岚川電子股份有限公司2025年8月營收公告\n"
    "單位：新台幣千元\n"
    "月份　　　營收　　　　去年同期　　年增率　　月增率\n"
    "１１４／０８　　５２３，４００　　４８０，１００　　９．０％　　２．４％\n"
    "１１４／０７　　５１１，１００　　４９９，０００　　－１．３％　　３．１％\n"
    "電話：（０２）２７３１－６６８８\n"
)


def test_minguo_month_rows_date_their_cells_and_the_prior_year_column():
    f = _facts(MONTHLY, dt.date(2025, 9, 10))
    revenue = row_of(f, "５２３，４００")
    assert (revenue["metric"], revenue["value"], revenue["unit"], revenue["period"]) == \
        ("revenue", pytest.approx(5.234e8), "TWD", "2025-08")
    assert row_of(f, "４９９，０００")["period"] == "2024-07"  # 去年同期: the month a year before
    growth = row_of(f, "－１．３％")
    assert (growth["metric"], growth["value"], growth["period"]) == ("revenue_growth", pytest.approx(-0.013), "2025-07")
    assert row_of(f, "３．１％")["metric"] == "revenue_growth_mom"
    # the month label is no entity and no value; the phone number is no fact
    assert not f["entity"].str.contains("１１４").any()
    assert not f["text"].str.contains("２７３１").any()
    assert len(f) == 8


def test_minguo_like_label_outside_a_date_column_is_no_month():
    text = ("型號　　　功耗（瓦）　　售價（元）\n"
            "１１４／０８　　３５０　　１２００\n"
            "１２０／１０　　４２０　　１５００\n")
    f = _facts(text, dt.date(2025, 9, 10))
    assert not f["period"].isin(["2025-08", "2031-10"]).any()


# --- per-column units and nouns; a target-price table's old price and change -----------------------
def test_each_column_takes_its_own_unit_and_noun():
    text = ("表3：主要银行科技投入\n"
            "银行｜科技投入（亿元）｜科技人员（人）｜科技人员占比\n"
            "丙银行｜188.6｜27000｜6.9%\n"
            "丁银行｜96.2｜12500｜5.4%\n")
    f = _facts(text, dt.date(2025, 5, 1))
    staff = row_of(f, "27000")
    assert (staff["theme"], staff["metric"], staff["value"], staff["unit"]) == ("adoption", "tech_staff", 27000, "count")
    share = row_of(f, "6.9%")
    assert (share["theme"], share["metric"], share["unit"]) == ("adoption", "tech_staff_share", "ratio")
    assert row_of(f, "188.6")["unit"] == "CNY"


def test_caption_unit_holds_for_columns_without_their_own():
    text = ("单位：亿元\n"
            "| 银行 | 科技投入 | 营业收入 |\n|---|---|---|\n"
            "| 丙银行 | 188.6 | 1560 |\n| 丁银行 | 96.2 | 820 |\n")
    f = _facts(text, dt.date(2025, 5, 1))
    assert row_of(f, "1560")["value"] == pytest.approx(1.56e11)
    assert row_of(f, "96.2")["unit"] == "CNY"


def test_old_target_price_and_change_columns_take_the_row_date():
    text = ("代码        公司          调整日期    原目标价    新目标价    调整幅度\n"
            "002415.SZ   海康威视      03/03       38元        42元        +10.5%\n"
            "300750.SZ   宁德时代      02/25       330元       312元       -5.5%\n")
    f = _facts(text, dt.date(2027, 3, 8))
    before = row_of(f, "38元")
    assert (before["metric"], before["period"]) == ("target_price_before", "2027-03-03")
    change = row_of(f, "-5.5%")
    assert (change["metric"], change["value"], change["period"]) == \
        ("target_price_change", pytest.approx(-0.055), "2027-02-25")


def test_plan_table_credits_column_and_footnote_day():
    text = ("｜平台　｜方案　｜月費（美元）｜每月點數｜\n"
            "｜Vidra　｜標準版｜15　　｜800　　｜\n"
            "｜Klipo　｜Plus　｜24.99　｜2,400　｜\n"
            "資料來源：各官網；價格為2025年9月3日查詢。\n")
    f = _facts(text, dt.date(2025, 10, 1))
    credits = row_of(f, "2,400")
    assert (credits["theme"], credits["metric"], credits["value"], credits["unit"]) == \
        ("adoption", "credits_per_month", 2400, "count")
    assert row_of(f, "24.99")["period"] == "2025-09-03"
