"""A fund's holdings table (``股票名称 | 公允价值（万元） | 占基金资产净值比例（%）``): each row is a
position of the fund named before the table, so its value and its weight are the fund's, not the
held stock's; a total after the table (前十大重仓股合计占净值比例) is the fund's too.

Every example is invented (松鹤 and 青岚 name no real fund).
"""
from __future__ import annotations

from tests.text_facts import facts_of

HOLDINGS = """一、松鹤人工智能产业混合型证券投资基金
截至2025年6月30日，本基金资产净值合计32.10亿元，较一季度末增长15.2%。

二、前十大重仓股（截至2025年6月30日）
序号　股票代码　股票名称　　　公允价值（万元）　　占基金资产净值比例（%）
1　　688256　　寒武纪　　　　31,215.40　　　　　9.72
2　　300502　　新易盛　　　　28,760.25　　　　　8.96
前十大重仓股合计占净值比例48.36%。
"""


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text)
    return dict(zip(f["text"], f["entity"]))


def test_a_holdings_row_is_the_funds_position_not_the_stocks():
    e = _entities(HOLDINGS)
    for value in ("31,215.40", "9.72", "28,760.25", "8.96"):
        assert e[value] == "Songhe AI Industry Mixed Fund", e


def test_the_total_after_the_holdings_table_is_the_funds():
    assert _entities(HOLDINGS)["48.36%"] == "Songhe AI Industry Mixed Fund"


def test_a_share_class_named_before_the_table_gives_its_fund():
    text = HOLDINGS.replace("一、松鹤人工智能产业混合型证券投资基金", "一、青岚数字经济混合A")
    e = _entities(text)
    assert e["9.72"] == "Qinglan Digital Economy Mixed Fund", e


def test_a_table_without_a_fund_weight_column_keeps_its_stocks():
    text = HOLDINGS.replace("占基金资产净值比例（%）", "涨跌幅（%）")
    e = _entities(text)
    assert e["9.72"] != "Songhe AI Industry Mixed Fund", e
