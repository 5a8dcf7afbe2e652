"""Tables and number forms (fixtab7): OCR blanks inside numbers, share counts in 万股, currency
cells other than 元 in a Markdown table, header scales with a measure word.

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 11, 5)


# --- h28-6: OCR blanks inside a number ------------------------------------------------------
OCR = (
    "[掃描件 OCR 文字]\n"
    "華岳電子深度報告\n"
    "華岳電子2025年營收年增3 5.2%，資本支出約4 0 0億元，毛利率約2 2%。\n"
    "我們將目標價上調至1 5 6元，對應2026年EPS 1.3 9元、約3 3倍本益比。\n"
)


def test_ocr_blanks_inside_numbers_are_joined():
    f = facts_of_text(OCR, DAY)
    assert row_of(f, "3 5.2%")[["metric", "value"]].tolist() == ["revenue_growth", pytest.approx(0.352)]
    assert row_of(f, "約4 0 0億元")[["metric", "value"]].tolist() == ["capex", pytest.approx(4e10)]
    assert row_of(f, "約2 2%")["value"] == pytest.approx(0.22)
    assert row_of(f, "1 5 6元")[["metric", "value"]].tolist() == ["target_price", pytest.approx(156)]
    assert row_of(f, "1.3 9元")[["metric", "value"]].tolist() == ["eps", pytest.approx(1.39)]
    assert row_of(f, "約3 3倍")[["metric", "value"]].tolist() == ["pe_ratio", pytest.approx(33)]
    assert not (f["value"] == 0).any()  # no fragment 0億元 / 6元 left


@pytest.mark.parametrize("text", [
    "產品尺寸為1 0 0 x 1 0 0 mm",       # a size
    "許可證第 0 8 7 7 號",              # a licence number
    "電話(02)2 7 1 8-5 5 0 0",          # a phone number
    "2024　2025F",                      # a column gap
    "營收 1.2 3.4",                     # two numbers side by side
])
def test_ocr_join_leaves_other_blanks(text):
    assert all(q.text.replace(" ", "") == q.text or "x" in q.text for q in find_quantities(text))
    assert not any(q.value in (100, 877, 2718, 5500, 1.23) for q in find_quantities(text))


def test_year_then_number_is_not_joined():
    assert all(q.value < 1 for q in find_quantities("2025 1 6.4%"))  # never 202516.4%
    assert [q.value for q in find_quantities("2025 16%")] == [pytest.approx(0.16)]


# --- h28-7a: share counts in 万股 / 亿股 -----------------------------------------------------
SHARES = (
    "限售股解禁周报\n"
    "华岳科技控股股东拟减持不超过860万股，即不超过公司总股本的3%。\n"
    "此前该股东已累计减持2,093.5万股，发行价格为1,195.02元/股。\n"
    "下周星河智能合计解禁2.4亿股。\n"
)


def test_share_counts_in_ten_thousands():
    f = facts_of_text(SHARES, DAY)
    r = row_of(f, "不超过860万")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == \
        ("valuation", "planned_stake_reduction_shares", pytest.approx(8.6e6), "count")
    assert row_of(f, "2,093.5万")[["metric", "value"]].tolist() == ["stake_reduction_shares", pytest.approx(20935000)]
    assert row_of(f, "2.4亿")[["metric", "value"]].tolist() == ["lockup_expiry_shares", pytest.approx(2.4e8)]
    # near-misses: the share of total shares and the price per share keep their metrics
    assert row_of(f, "3%")["metric"] == "share_of_total_shares"
    assert row_of(f, "1,195.02元")["unit"] == "CNY"


def test_small_counts_are_not_share_counts():
    f = facts_of_text("限售股解禁周报\n下周共有35家公司解禁。\n", DAY)
    assert "lockup_expiry_shares" not in set(f["metric"])


def test_lockup_table_in_ten_thousand_shares():
    text = ("限售股解禁周报\n表1：下周解禁明细\n| 公司 | 解禁数量(万股) | 占总股本(%) |\n|---|---|---|\n"
            "| 华岳科技 | 1,203.60 | 4.5 |\n")
    f = facts_of_text(text, DAY)
    r = row_of(f, "1,203.60")
    assert (r["metric"], r["value"], r["unit"]) == ("lockup_expiry_shares", pytest.approx(12036000), "count")


# --- h30-18: 港元 cells in a Markdown table ----------------------------------------------------
IPO = (
    "新股周报\n表1：近期AI新股发行情况\n"
    "| 公司 | 上市日 | 发行价 | 募资额 | 首日涨幅 |\n|---|---|---|---|---|\n"
    "| 云启芯片 | 2025-10-20 | 12.30港元 | 41.20亿港元 | +35.10% |\n"
    "| 星河科技 | 2025-08-11 | 18.50元 | 9.6亿元 | +20.00% |\n"
)


def test_hong_kong_dollar_cells():
    f = facts_of_text(IPO, DAY)
    r = row_of(f, "12.30港元")
    assert (r["metric"], r["value"], r["unit"]) == ("ipo_price", pytest.approx(12.3), "HKD")
    r = row_of(f, "41.20亿港元")
    assert (r["metric"], r["value"], r["unit"]) == ("ipo_proceeds", pytest.approx(4.12e9), "HKD")
    # near-miss: the 元 cells of the same table stay CNY
    assert row_of(f, "18.50元")[["metric", "unit"]].tolist() == ["ipo_price", "CNY"]
    assert row_of(f, "9.6亿元")["unit"] == "CNY"


def test_rating_word_above_a_table_names_no_shares():
    text = ("大模型周报\n- 减持—预期未来6个月的投资收益率落后指数5%以上;\n"
            "\t文心X\t语言理解\t10367亿\tNLP\n\t旷视Y\t视觉识别\t8.5亿\tCV\n")
    f = facts_of_text(text, DAY)
    assert not set(f["metric"]) & {"stake_reduction_shares", "planned_stake_reduction_shares"}


# --- h30-9: a header scale with a measure word (万副) --------------------------------------------
GLASSES = (
    "AI眼镜行业周报\n表1：主要品牌AI眼镜销量\n"
    "品牌｜销量（万副）｜占比（%）\n品牌A｜4.4｜35.2\n品牌B｜2.1｜16.8\n"
)


def test_header_scale_with_a_measure_word():
    f = facts_of_text(GLASSES, DAY)
    r = row_of(f, "4.4")
    assert (r["metric"], r["value"], r["unit"]) == ("unit_sales", pytest.approx(44000), "count")
    assert row_of(f, "2.1")["value"] == pytest.approx(21000)
    assert row_of(f, "35.2")["value"] == pytest.approx(0.352)  # near-miss: the share column stays


# --- h29-12: number forms ---------------------------------------------------------------------
def test_range_with_its_own_magnitude_on_the_second_end():
    [q] = find_quantities("真人拍摄成本为8,000～1.5万元每分钟")
    assert (q.value, q.value_high, q.unit) == (pytest.approx(8000), pytest.approx(15000), "CNY")
    # near-misses: a magnitude written once for both ends, or on each end
    [q] = find_quantities("单价3～8万元")
    assert (q.value, q.value_high) == (pytest.approx(30000), pytest.approx(80000))
    [q] = find_quantities("单价3万～8万元")
    assert (q.value, q.value_high) == (pytest.approx(30000), pytest.approx(80000))


def test_bare_roi_range_is_a_ratio():
    f = facts_of_text("AI短剧投放观察\n投放平均ROI在1.1-1.3之间，头部项目ROI约2.5。\n", DAY)
    r = row_of(f, "1.1-1.3")
    assert (r["metric"], r["value"], r["value_high"], r["unit"]) == \
        ("roi", pytest.approx(1.1), pytest.approx(1.3), "ratio")
    assert row_of(f, "约2.5")["unit"] == "ratio"


# --- h30-12: a full-width aligned table whose header pairs a year with a metric ----------------
TW_TABLE = (
    "台股AI供應鏈週報\n表一：重點個股評價\n"
    "公司　代號　２０２５Ｆ　ＥＰＳ　２０２６Ｆ　ＥＰＳ　目標價　本益比\n"
    "華岳電　2383　２８．１　３４．５　８５０　２４．６\n"
    "星聯科　3665　３２．５　４１．８　９８０　２３．４\n"
)


def test_fullwidth_header_year_and_metric_is_one_cell():
    f = facts_of_text(TW_TABLE, DAY)
    assert row_of(f, "２８．１")[["metric", "period"]].tolist() == ["eps", "2025"]
    assert row_of(f, "３４．５")[["metric", "period"]].tolist() == ["eps", "2026"]
    assert row_of(f, "８５０")[["theme", "metric"]].tolist() == ["valuation", "target_price"]
    assert row_of(f, "２３．４")[["metric", "unit"]].tolist() == ["pe_ratio", "multiple"]
    assert "2383" not in set(f["text"]) and "3665" not in set(f["text"])  # stock codes: no facts


def test_fullwidth_header_of_years_alone_is_not_merged():
    text = ("華岳電營運\n表二：營收預估\n項目　2025F　2026F\n營收（億元）　120.5　150.2\n毛利率（%）　35.1　36.0\n")
    f = facts_of_text(text, DAY)
    assert row_of(f, "120.5")["period"] == "2025" and row_of(f, "150.2")["period"] == "2026"


# --- h28-3b/3c: a 千美元 column of a BOM table, ×N row labels, a 100% total row ---------------
BOM = (
    "AI服务器BOM拆解\n表1：HX200 机柜BOM拆分\n"
    "| 部件 | 金额(千美元) | 占比(%) |\n|---|---|---|\n"
    "| Vega CPU ×36 | 108.0 | 23.3 |\n| 散热模组 ×4 | 58.0 | 12.5 |\n| 电源 | 40.0 | 8.6 |\n"
    "| 合计 | 464.0 | 100.0 |\n"
)


def test_thousand_dollar_column_of_a_bom_table():
    f = facts_of_text(BOM, DAY)
    r = row_of(f, "108.0")
    assert (r["theme"], r["metric"], r["value"], r["unit"]) == ("market", "bom_cost", pytest.approx(108000), "USD")
    assert row_of(f, "58.0")["value"] == pytest.approx(58000)
    # the multiplier is no part of the part's name
    assert r["entity"] == "Vega CPU"
    assert "×" not in row_of(f, "58.0")["entity"]
    # near-miss: the share column stays; the total's 100% is no claim, its amount is
    assert row_of(f, "23.3")["value"] == pytest.approx(0.233)
    assert "100.0" not in set(f["text"])
    assert row_of(f, "464.0")["value"] == pytest.approx(464000)


def test_firm_rows_keep_their_names():
    text = ("ABF载板行业\n表2：主要厂商营收\n| 厂商 | 营收(亿元) | 占比(%) |\n|---|---|---|\n"
            "| 欣兴 | 121.8 | 21.7 |\n| 南电 | 80.2 | 14.3 |\n")
    f = facts_of_text(text, DAY)
    assert row_of(f, "121.8")["entity"] != "" and "×" not in row_of(f, "121.8")["entity"]
    assert row_of(f, "21.7")["value"] == pytest.approx(0.217)
