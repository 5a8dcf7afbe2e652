"""Table columns and units (fixtab6): column words the vocabulary did not know (上险量（万辆）,
单柜价值量 in full-width digits with full-width thousands commas, 场景数（个）, 订单覆盖倍数(倍),
调涨幅度(%)), and a caption whose per-column unit names a column with a blank in it.

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 12, 5)


# --- h25-4c: a registrations column with its unit in brackets ------------------------------
REGISTRATIONS = (
    "2025年10月智驾品牌周报\n\n"
    "表1：10月NOA上险量\n"
    "| 品牌 | NOA上险量（万辆） | 渗透率(%) |\n"
    "|---|---|---|\n"
    "| 星驰汽车 | 2.7 | 31.5 |\n"
    "| 云岭汽车 | 8.4 | 22.0 |\n"
)


def test_registrations_column_in_ten_thousands():
    f = facts_of_text(REGISTRATIONS, DAY)
    r = row_of(f, "2.7")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == \
        ("market", "noa_registrations", pytest.approx(27000), "count")
    assert row_of(f, "8.4")["value"] == pytest.approx(84000)
    assert row_of(f, "31.5")["metric"] == "penetration_rate"  # the column read before stays


def test_plain_registrations_column():
    text = REGISTRATIONS.replace("NOA上险量", "上险量")
    r = row_of(facts_of_text(text, DAY), "2.7")
    assert (r["metric"], r["value"]) == ("registrations", pytest.approx(27000))


# --- h24-C: full-width digits with full-width thousands commas, count and multiple columns -
CONTENT_VALUE = (
    "液冷机柜产业链深度\n\n"
    "表2：单柜价值量拆分（单位：美元）\n"
    "部件　　单柜价值量　　占比（％）\n"
    "ＣＤＵ　　２１，５００　　２９．８\n"
    "冷板　　１８，０００　　２４．９\n"
)


def test_fullwidth_thousands_in_a_content_value_column():
    f = facts_of_text(CONTENT_VALUE, DAY)
    r = row_of(f, "２１，５００")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == \
        ("market", "content_value", pytest.approx(21500), "USD")
    assert row_of(f, "１８，０００")["value"] == pytest.approx(18000)
    assert row_of(f, "２９．８")["value"] == pytest.approx(0.298)


SURVEY = (
    "2025年金融机构大模型应用调研\n\n"
    "| 机构类型 | 平均上线场景数（个） | 在手订单覆盖倍数(倍) |\n"
    "|---|---|---|\n"
    "| 银行 | 6.2 | 1.8 |\n"
    "| 券商 | 4.1 | 2.3 |\n"
)


def test_count_and_multiple_columns():
    f = facts_of_text(SURVEY, DAY)
    scen = row_of(f, "6.2")
    assert (scen["metric"], scen["value"], scen["unit"]) == ("application_scenarios", pytest.approx(6.2), "count")
    cover = row_of(f, "2.3")
    assert (cover["theme"], cover["metric"], cover["unit"]) == ("earnings", "backlog_coverage", "multiple")


def test_backlog_column_stays_backlog():
    text = SURVEY.replace("平均上线场景数（个）", "在手订单（亿元）").replace("在手订单覆盖倍数(倍)", "同比(%)")
    r = row_of(facts_of_text(text, DAY), "6.2")
    assert (r["metric"], r["value"]) == ("backlog", pytest.approx(6.2e8))


# --- h26-3c: a price-raise column of a brand table --------------------------------------
PRICE_RAISE = (
    "筆電品牌漲價追蹤\n\n"
    "表1：2026年第一季主要品牌調價\n"
    "| 品牌 | 調漲幅度(%) | 生效日 |\n"
    "|---|---|---|\n"
    "| 星衡 | 8-12 | 2026/1/5 |\n"
    "| 雲嶺 | 5-10 | 2026/2/1 |\n"
)


def test_price_raise_column_is_pricing_with_its_effective_date():
    f = facts_of_text(PRICE_RAISE, DAY)
    r = row_of(f, "8-12")
    assert (r["theme"], r["metric"], r["value"], r["value_high"], r["period"]) == \
        ("pricing", "price_change", pytest.approx(0.08), pytest.approx(0.12), "2026-01-05")


def test_share_gain_column_stays_a_return():
    text = ("A股周度复盘\n\n表1：本周涨幅前列\n| 公司 | 涨幅(%) |\n|---|---|\n"
            "| 星衡科技 | 12.5 |\n| 云岭智能 | 9.8 |\n")
    r = row_of(facts_of_text(text, DAY), "12.5")
    assert (r["theme"], r["metric"]) == ("valuation", "return")


# --- h26-3a: per-column units in a caption, a column word with a blank --------------------
SHIPMENTS = (
    "全球PC出貨追蹤\n\n"
    "表2：2025年第三季品牌出貨\n"
    "（出貨單位：萬台；年增、AI PC比重單位：%）\n"
    "| 品牌 | 出貨 | 年增 | AI PC比重 |\n"
    "|---|---|---|---|\n"
    "| 星衡 | 1520 | 6.2 | 38 |\n"
    "| 雲嶺 | 980 | -2.1 | 25 |\n"
)


def test_caption_unit_scoped_to_a_column_with_a_blank():
    f = facts_of_text(SHIPMENTS, DAY)
    share = row_of(f, "38")
    assert (share["value"], share["unit"]) == (pytest.approx(0.38), "ratio")
    assert row_of(f, "1520")["value"] == pytest.approx(1.52e7)  # the shipments column keeps 万台
    assert row_of(f, "6.2")["value"] == pytest.approx(0.062)


def test_one_unit_caption_scales_every_column():
    text = SHIPMENTS.replace("（出貨單位：萬台；年增、AI PC比重單位：%）", "（單位：萬台）").replace(
        "| 品牌 | 出貨 | 年增 | AI PC比重 |", "| 品牌 | 出貨 | 庫存 | AI PC出貨 |")
    f = facts_of_text(text, DAY)
    assert row_of(f, "38")["value"] == pytest.approx(380000)


# --- h25-4b: a limit-up table's 连板 column; its rank, code and time columns are no facts --
LIMIT_UP = (
    "12月4日涨停复盘\n\n"
    "| 排名 | 代码 | 名称 | 连板 | 涨停时间 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 600123 | 星河股份 | 5 | 09:31 |\n"
    "| 2 | 000456 | 云岭科技 | 3 | 10:02 |\n"
)


def test_limit_up_streak_column():
    f = facts_of_text(LIMIT_UP, DAY)
    r = row_of(f, "5")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("valuation", "consecutive_limit_ups", 5, "count")
    assert row_of(f, "3")["metric"] == "consecutive_limit_ups"
    assert set(f["text"]) == {"5", "3"}  # 排名, 代码, 涨停时间 cells are no facts


# --- h25-4a: a row head in two cells, the firm's and the metric's, over year columns -------
TWO_PART_HEAD = (
    "星联科技深度报告\n\n"
    "表1：盈利预测\n"
    "　　　　　　　　　　　2024A　　2025F　　2026F\n"
    "星联科技　EPS（元）　　1.02　　1.48　　2.11\n"
    "星联科技　本益比（倍）　　－　　45.2　　29.6\n"
)


@pytest.mark.parametrize("text", [
    TWO_PART_HEAD,
    "星联科技深度报告\n\n表1：盈利预测\n| 公司 | 指标 | 2024A | 2025F | 2026F |\n|---|---|---|---|---|\n"
    "| 星联科技 | EPS（元） | 1.02 | 1.48 | 2.11 |\n| 星联科技 | 本益比（倍） | － | 45.2 | 29.6 |\n",
])
def test_two_part_row_head_over_years(text):
    f = facts_of_text(text, DAY)
    eps = row_of(f, "1.48")
    assert (eps["theme"], eps["metric"], eps["value"], eps["period"]) == ("earnings", "eps", pytest.approx(1.48), "2025")
    assert eps["entity"] == row_of(f, "1.02")["entity"] == "Xinglian"
    pe = row_of(f, "29.6")
    assert (pe["metric"], pe["unit"], pe["period"]) == ("pe_ratio", "multiple", "2026")
    assert "－" not in set(f["text"])  # a dash cell is empty


def test_second_text_cell_naming_no_metric_leaves_the_column_metric():
    text = ("星联科技深度报告\n\n| 公司 | 地区 | 营收（亿元） |\n|---|---|---|\n"
            "| 星联科技 | 华东 | 12.5 |\n| 云岭智能 | 华南 | 8.4 |\n")
    r = row_of(facts_of_text(text, DAY), "12.5")
    assert (r["metric"], r["value"]) == ("revenue", pytest.approx(1.25e9))


# --- h26-3b: a statistics table with a per-row unit column and full-width digits ----------
OUTPUT_TABLE = (
    "2025年1-10月全国主要电子产品产量\n\n"
    "产品名称　　单位　　产量　　比上年增长（％）\n"
    "锂电池　　亿只　　１２．４　　－３．２\n"
    "微型计算机　　万台　　２８６０．５　　６．１\n"
)


def test_unit_column_scales_its_row():
    f = facts_of_text(OUTPUT_TABLE, DAY)
    r = row_of(f, "１２．４")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("market", "output", pytest.approx(1.24e9), "count")
    assert row_of(f, "２８６０．５")["value"] == pytest.approx(2.8605e7)
    g = row_of(f, "－３．２")
    assert (g["metric"], g["value"], g["unit"]) == ("output_growth", pytest.approx(-0.032), "ratio")


def test_a_unit_named_column_of_no_unit_is_no_scale():
    # 单位 here is the reporting firm (a 单位 column of names), not a unit: figures stay as read
    text = ("2025年1-10月主要产品产量\n\n产品名称　　单位　　产量（万台）\n"
            "服务器　　星衡科技　　１２．４\n交换机　　云岭智能　　８．６\n")
    r = row_of(facts_of_text(text, DAY), "１２．４")
    assert (r["metric"], r["value"]) == ("output", pytest.approx(124000))


# --- h26-3a: a caption's column in months, not in the caption's money ---------------------
PAYBACK = (
    "数据中心项目测算\n\n"
    "表1：项目投资测算（金额单位：万元；回收期单位：月）\n"
    "| 项目 | 投资额 | 回收期 |\n"
    "|---|---|---|\n"
    "| 星衡一期 | 52000 | 7 |\n"
    "| 云岭二期 | 31000 | 9 |\n"
)


def test_caption_column_in_months():
    f = facts_of_text(PAYBACK, DAY)
    r = row_of(f, "7")
    assert (r["metric"], r["value"], r["unit"]) == ("payback_period", pytest.approx(7), "months")
    assert row_of(f, "52000")["value"] == pytest.approx(5.2e8)  # the money column keeps 万元


def test_plain_month_bracket_is_no_column_unit():
    from aigc_analysis.extract.quantities import scoped_unit_labels
    assert scoped_unit_labels("表1：项目测算（单位：万元；截至：3月）") == []
