"""Price-change ranges of memory chips, in tables and in prose (invented text): a contract or
spot price's move is a pricing fact of the product, range cells (``+10~15``) are values, a
no-change cell (``持平``) under a change caption is 0, and version numbers or layer counts
near them are no facts."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.segment import tab_fullwidth_rows
from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 20)

FULLWIDTH = (
    "表1：NAND Flash合約價漲幅（%）\n"
    "产品　4Q25　1Q26F\n"
    "企業級SSD　+10~15　+25~30\n"
    "手機eMMC/UFS　+5~10　+12~18\n"
    "3D NAND晶圓　-5~0　+8~12\n"
    "PC端SSD　持平　0~+3\n"
)


def test_fullwidth_range_table_is_laid_out_as_tabs():
    rows = tab_fullwidth_rows(FULLWIDTH).split("\n")
    assert rows[2] == "企業級SSD\t+10~15\t+25~30"
    assert rows[5] == "PC端SSD\t持平\t0~+3"


def test_fullwidth_year_spans_stay_prose():
    # 2024-2025 is a span of years, not a range cell: lines of labels only are no table
    text = "阶段　2024-2025　2026-2027\n规划　2020-2021　2022-2023\n"
    assert tab_fullwidth_rows(text) == text


@pytest.mark.parametrize("text, entity, value, high, period", [
    ("+10~15", "enterprise SSDs", 0.10, 0.15, "2025Q4"),
    ("+25~30", "enterprise SSDs", 0.25, 0.30, "2026Q1"),
    ("+5~10", "eMMC/UFS", 0.05, 0.10, "2025Q4"),
    ("-5~0", "NAND wafers", -0.05, 0.0, "2025Q4"),
    ("持平", "client SSDs", 0.0, None, "2025Q4"),
    ("0~+3", "client SSDs", 0.0, 0.03, "2026Q1"),
])
def test_fullwidth_contract_price_range_cells(text, entity, value, high, period):
    df = facts_of_text(FULLWIDTH, PUB)
    r = row_of(df, text)
    assert (r["theme"], r["metric"], r["entity"], r["period"]) == ("pricing", "contract_price_change", entity, period)
    assert r["value"] == pytest.approx(value)
    assert (high is None and r["value_high"] != r["value_high"]) or r["value_high"] == pytest.approx(high)


def test_tab_table_of_percent_range_cells_without_caption_unit():
    text = ("图表3：DRAM合约价涨幅预测\n产品\t4Q25\t1Q26F\n"
            "服务器DDR5\t+8~13%\t+15~20%\n移动DRAM\t持平\t+3~8%\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "+15~20%")
    assert (r["theme"], r["metric"], r["period"]) == ("pricing", "contract_price_change", "2026Q1")
    assert (r["value"], r["value_high"]) == (pytest.approx(0.15), pytest.approx(0.20))
    assert "DDR5" in r["entity"]
    flat = row_of(df, "持平")
    assert (flat["entity"], flat["value"], flat["period"]) == ("mobile DRAM", 0.0, "2025Q4")


def test_flat_cell_under_a_caption_without_change_word_is_no_fact():
    # 合约价（美元） is a price level: 持平 under its period columns states no number
    text = "图表4：DRAM合约价（美元）\n产品\t4Q25\t1Q26F\n服务器DDR5\t3.5\t4.1\n移动DRAM\t持平\t2.8\n"
    df = facts_of_text(text, PUB)
    assert "持平" not in set(df["text"])


def test_prose_contract_and_spot_price_moves():
    text = ("企業級SSD合約價4Q25上漲10%~15%，1Q26有望再漲25%~30%。"
            "DDR4现货价週漲6.2%，NAND晶圆价格季增28%。")
    df = facts_of_text(text, PUB)
    for t, value, period in (("10%~15%", 0.10, "2025Q4"), ("25%~30%", 0.25, "2026Q1")):
        r = row_of(df, t)
        assert (r["theme"], r["metric"], r["entity"], r["period"]) == \
            ("pricing", "contract_price_change", "enterprise SSDs", period)
        assert r["value"] == pytest.approx(value)
    spot = row_of(df, "6.2%")
    assert (spot["theme"], spot["metric"], spot["entity"]) == ("pricing", "spot_price_change", "DDR4")
    wafer = row_of(df, "28%")
    assert (wafer["theme"], wafer["metric"], wafer["entity"]) == ("pricing", "price_change", "NAND wafers")


def test_rental_price_rise_is_a_price_change():
    df = facts_of_text("H100租赁价格4Q25上涨10%~15%。", PUB)
    assert row_of(df, "10%~15%")["metric"] == "price_change"


def test_a_second_rise_of_a_share_price_stays_a_return():
    # near-miss: an earlier 股价 is a valuation word, so the second rise stays the share's return
    df = facts_of_text("甲科技股价上周上涨10%，本周再涨5%。", PUB)
    r = row_of(df, "5%")
    assert (r["theme"], r["metric"]) == ("valuation", "return")


def test_versions_layers_and_capacities_are_no_facts():
    text = "三星推出UFS 4.0及PCIe 5.0企业级SSD，采用232层1Tb颗粒。"
    df = facts_of_text(text, PUB)
    assert df.empty or not set(df["text"]) & {"4.0", "5.0", "232层", "232", "1Tb"}
