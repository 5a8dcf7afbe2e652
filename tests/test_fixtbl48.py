"""Theme of a money table's bare cells from the row's label (fixtbl48).

A bare amount in a table whose caption and column headers name no theme word used to take the
document's dominant money theme (``_document_money_theme``). The row's label says better what
the row measures: purchases are capex, sales and operating costs are earnings
(``facts_words.csv`` ``table_row_theme_word``, ``facts.py`` ``_row_label_theme``).

Every example is invented: the firms, places and figures are in no report.
"""
from __future__ import annotations

from tests.text_facts import facts_of

_TEXT = """青岚数科股份有限公司关于日常关联交易预计的公告
发布日期：2025-03-18

本公司2024年资本开支为6亿元，2025年计划资本开支9亿元，其中服务器投资4亿元，机房建设投资3亿元。

（二）2025年度日常关联交易预计
单位：万元
| 类别 | 关联方 | 2025年度预计金额 | 2024年度实际发生金额 |
| 向关联方采购算力服务 | 丙公司 | 21,000.00 | 14,310.26 |
| 向关联方销售边缘计算盒 | 丁公司 | 13,500.00 | 7,402.91 |
"""


def _row(text: str, carried: str):
    f = facts_of(text)
    hit = f[f["text"] == carried]
    assert len(hit) == 1, f[["theme", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_a_sales_row_is_earnings_in_a_capex_document():
    row = _row(_TEXT, "13,500.00")
    assert (row["theme"], row["unit"], row["value"]) == ("earnings", "CNY", 135000000.0)
    assert _row(_TEXT, "7,402.91")["theme"] == "earnings"


def test_a_purchase_row_stays_capex():
    assert _row(_TEXT, "21,000.00")["theme"] == "capex"


def test_an_operating_cost_row_is_earnings():
    text = """澄湾轨道交通集团2025年度报告摘要
发布日期：2025-02-11

全年完成固定资产投资12亿元，车辆购置投资3亿元，信号系统改造投资2亿元。

表3　两条线路对比
| 项目 | 7号线 | 2号线 |
| 每车公里运营成本（元） | 27.4 | 31.8 |
"""
    assert _row(text, "27.4")["theme"] == "earnings"


def test_a_label_naming_no_theme_keeps_the_document_theme():
    # near miss: a row label with no theme word leaves the document's dominant money theme
    text = """澄湾轨道交通集团2025年度报告摘要
发布日期：2025-02-11

全年完成固定资产投资12亿元，车辆购置投资3亿元，信号系统改造投资2亿元。

表3　分线路情况（单位：亿元）
| 线路 | 2025年 |
| 7号线 | 5.6 |
"""
    assert _row(text, "5.6")["theme"] == "capex"


_RATE_SHEET = """江澄物流有限公司
二〇二五年十月运价表

一、整箱海运（宁波港起运，单位：美元/箱）
航线　　　　　　　　　二十尺柜　　　　　　　　四十尺柜
美西（西雅图）　　　　壹仟柒佰伍拾　　　　　　贰仟贰佰
北欧（汉堡）　　　　　壹仟叁佰　　　　　　　　贰仟零伍拾
"""


def test_chinese_numeral_cells_under_a_price_unit_are_prices():
    # 贰仟贰佰 is a bare number like 2200; a currency per box is a price whatever the caption
    row = _row(_RATE_SHEET, "贰仟贰佰")
    assert (row["theme"], row["unit"], row["value"]) == ("pricing", "USD", 2200.0)
    assert _row(_RATE_SHEET, "壹仟柒佰伍拾")["value"] == 1750.0  # the first body row is no header


def test_a_decimal_cell_in_chinese_numerals_reads_its_point():
    text = """江澄物流有限公司
二〇二五年十月运价表

二、空运（单位：元/公斤）
目的地　　　　　　　五十公斤以上　　　　二百公斤以上
悉尼（SYD）　　　　二十七点五　　　　　二十四
"""
    row = _row(text, "二十七点五")
    assert (row["theme"], row["unit"], row["value"]) == ("pricing", "CNY", 27.5)


def test_a_yearly_amount_is_no_price():
    # near miss: 亿元/年 is an amount per year, not a price per item
    from aigc_analysis.extract.facts import _PER_ITEM_UNIT
    assert _PER_ITEM_UNIT.search("单位：亿元/年") is None
    assert _PER_ITEM_UNIT.search("单位：元/月") is None
    assert _PER_ITEM_UNIT.search("单位：美元/箱") is not None
