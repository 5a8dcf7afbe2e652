"""A table cell in a currency that no keyword names takes the theme its caption or column header
names (facts.py _unnamed_money_cell, facts_words.csv table_theme_word): invented texts."""
from __future__ import annotations

from tests.text_facts import facts_of

_ROWS = """事业别　　　　　2025年10月　　2024年10月
便利商店事业　　38.3　　　　30.2
物流事业　　　　8.9　　　　 8.1
"""


def test_caption_naming_segments_gives_earnings_amounts():
    rows = facts_of("星河便利店股份有限公司公告\n\n表2：各事业分部数据（单位：亿元新台币）\n" + _ROWS)
    cells = rows[rows["metric"] == "amount"]
    assert sorted(cells["value"].round(-6)) == [8.1e8, 8.9e8, 3.02e9, 3.83e9]
    assert set(cells["unit"]) == {"TWD"} and set(cells["theme"]) == {"earnings"}


def test_caption_naming_prices_gives_pricing_amounts():
    rows = facts_of("云岫算力租赁公告\n\n表1：机房套餐价目（单位：万元）\n" + _ROWS)
    cells = rows[rows["metric"] == "amount"]
    assert len(cells) == 4 and set(cells["theme"]) == {"pricing"}


def test_caption_with_no_theme_word_gives_no_amount():
    # the caption gives the unit only: nothing says what the cells measure
    rows = facts_of("星河便利店股份有限公司公告\n\n（单位：亿元新台币）\n" + _ROWS)
    assert not (rows["metric"] == "amount").any()


def test_caption_naming_two_themes_gives_no_amount():
    # 分部 (earnings) and 估值 (valuation): the table is not unambiguous
    rows = facts_of("星河便利店股份有限公司公告\n\n表3：各事业分部数据与估值（单位：亿元新台币）\n" + _ROWS)
    assert not (rows["metric"] == "amount").any()


def test_counted_cells_stay_unnamed():
    rows = facts_of("星河便利店股份有限公司公告\n\n表4：各事业分部门店（单位：家）\n" + _ROWS)
    assert not (rows["metric"] == "amount").any()


def test_column_header_names_the_theme():
    rows = facts_of("云岫园区建设公告\n\n（单位：亿元）\n"
                    "园区　　　　　在建项目　　已完工\n东湖园区　　　12.5　　　　3.2\n")
    cells = rows[(rows["metric"] == "amount") & (rows["theme"] == "capex")]
    assert sorted(cells["value"].round(-6)) == [1.25e9]


_STATEMENT = """澄湾银行有限公司二零二五年中期业绩公告

表一　简明综合收益表（以港币千元计）
项目　　　　　　　　　　　二零二五年上半年　　　二零二四年上半年
减值损失　　　　　　　　　(131,480)　　　　　　(100,620)
"""


def test_reckoned_in_caption_gives_the_cells_scale_and_currency():
    rows = facts_of(_STATEMENT)
    cells = rows[rows["text"] == "(131,480)"]
    assert list(cells["unit"]) == ["HKD"] and list(cells["value"]) == [-131480000.0]
    assert list(cells["theme"]) == ["earnings"]  # 收益表 names the theme


def test_reckoned_in_a_year_is_no_unit():
    from aigc_analysis.extract.quantities import find_unit_labels
    assert find_unit_labels("表二 客户数（以2025年计）") == []
    assert find_unit_labels("（以上合计）") == []
