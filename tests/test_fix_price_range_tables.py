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
    assert (r["theme"], r["metric"], r["entity"], r["period"]) == ("market", "contract_price_change", entity, period)
    assert r["value"] == pytest.approx(value)
    assert (high is None and r["value_high"] != r["value_high"]) or r["value_high"] == pytest.approx(high)


def test_tab_table_of_percent_range_cells_without_caption_unit():
    text = ("图表3：DRAM合约价涨幅预测\n产品\t4Q25\t1Q26F\n"
            "服务器DDR5\t+8~13%\t+15~20%\n移动DRAM\t持平\t+3~8%\n")
    df = facts_of_text(text, PUB)
    r = row_of(df, "+15~20%")
    assert (r["theme"], r["metric"], r["period"]) == ("market", "contract_price_change", "2026Q1")
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
            ("market", "contract_price_change", "enterprise SSDs", period)
        assert r["value"] == pytest.approx(value)
    spot = row_of(df, "6.2%")
    assert (spot["theme"], spot["metric"], spot["entity"]) == ("market", "spot_price_change", "DDR4")
    wafer = row_of(df, "28%")
    # a memory wafer's price is a component price: market (SCHEMA: pricing is for AI models and services)
    assert (wafer["theme"], wafer["metric"], wafer["entity"]) == ("market", "price_change", "NAND wafers")


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


# ---- storage and data volumes ------------------------------------------------------------

@pytest.mark.parametrize("text, quoted, entity, metric, value", [
    ("2024年全国数据生产总量41.06ZB，同比增长25%。", "41.06ZB", "China", "data_volume", 4.106e22),
    ("2024年全国数据生产总量41.06ZB，同比增长25%。", "25%", "China", "data_volume_growth", 0.25),
    ("预计2026年企业级SSD需求达95EB。", "95EB", "enterprise SSDs", "data_volume", 9.5e19),
])
def test_data_and_storage_volumes(text, quoted, entity, metric, value):
    r = row_of(facts_of_text(text, PUB), quoted)
    assert (r["theme"], r["entity"], r["metric"]) == ("compute", entity, metric)
    assert r["value"] == pytest.approx(value)


def test_bit_supply_growth_is_market():
    r = row_of(facts_of_text("2026年NAND位元供给年增约15%。", PUB), "约15%")
    assert (r["theme"], r["metric"], r["entity"], r["value"]) == ("market", "bit_supply_growth", "NAND flash", 0.15)


@pytest.mark.parametrize("text", [
    "三星推出30.72TB SSD。",
    "采用232层1Tb颗粒。",
    "单颗HBM3e容量达36GB。",
    "B200配备192GB HBM3e。",
    "据公司财报电话会，FY24Q3GB200付费客户超364万人。",
])
def test_product_capacities_are_no_data_volumes(text):
    # a product's capacity may be a spec fact (hbm_capacity, fixspecs) but never a data volume
    df = facts_of_text(text, PUB)
    assert df.empty or not df["metric"].str.startswith("data_volume").any()


# ---- data exchanges and register counts --------------------------------------------------

EXCHANGES = (
    "表2：2025年主要数据交易所交易额\n"
    "交易所　2025年交易额（亿元）　同比\n"
    "上海数据交易所　62　+55%\n"
    "深圳数据交易所　48　+30%\n"
    "贵州大数据交易所　12.5　+18%\n"
)


@pytest.mark.parametrize("text, entity, metric, value, unit", [
    ("62", "Shanghai Data Exchange", "transaction_value", 6.2e9, "CNY"),
    ("+55%", "Shanghai Data Exchange", "transaction_value_growth", 0.55, "ratio"),
    ("12.5", "Guizhou Big Data Exchange", "transaction_value", 1.25e9, "CNY"),
])
def test_data_exchange_table(text, entity, metric, value, unit):
    r = row_of(facts_of_text(EXCHANGES, PUB), text)
    assert (r["theme"], r["entity"], r["metric"], r["unit"], r["period"]) == ("market", entity, metric, unit, "2025")
    assert r["value"] == pytest.approx(value)


def test_register_counts():
    df = facts_of_text("截至2024年底，全国数据交易机构68家，较2023年末减少4家。"
                       "数据企业超过40万家，从业人员约100万人，公共数据授权运营项目126个。", PUB)
    got = {t: (row_of(df, t)["metric"], row_of(df, t)["value"]) for t in ("68", "减少4", "超过40万", "约100万", "126")}
    assert got == {"68": ("trading_institutions", 68.0), "减少4": ("trading_institutions", -4.0),
                   "超过40万": ("data_companies", 4e5), "约100万": ("employees", 1e6),
                   "126": ("authorized_operation_projects", 126.0)}
    assert (df["theme"] == "market").all()


def test_share_turnover_stays_valuation():
    # near-miss: 成交额 is a share market's turnover, not a data exchange's 交易额
    df = facts_of_text("当日A股成交额1.2万亿元。", PUB)
    assert not (df["metric"] == "transaction_value").any()
