"""Values missed outright on unseen reports: a rise arrow's sign, the unit line of a two-line
table header, index constituents and fund holders counted, a share split's ratio."""
from __future__ import annotations

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def values(frame, unit):
    return sorted(round(v, 6) for v in frame[frame["unit"] == unit]["value"])


def test_rise_arrow_is_a_rise_under_a_rise_and_fall_label():
    # 涨跌 holds 跌: the arrow written by the number says which way the move went
    rows = facts_of("· 某半导体指数　周涨跌 ↑4.6%　｜　月涨跌 ↓1.3%\n· 某科技公司　周涨跌 ▲2.2%\n")
    assert values(rows, "ratio") == [-0.013, 0.022, 0.046]


def test_unit_line_under_the_period_line_scales_the_cells():
    text = ("某智能科技控股有限公司中期业绩公告\n\n"
            "                        2025年            2024年\n"
            "                      人民币千元        人民币千元\n"
            "收入                    2,345,678         1,234,567\n"
            "毛利                      876,543           654,321\n")
    rows = facts_of(text)
    money = rows[rows["unit"] == "CNY"]
    assert sorted(money["value"]) == pytest.approx([654321e3, 876543e3, 1234567e3, 2345678e3])
    assert set(money["metric"]) == {"revenue", "gross_profit"}


def test_constituents_and_fund_holders_counted():
    rows = facts_of("某高股息ETF基金規模1,234億元，成分股維持40檔；受益人數約95.5萬人。")
    counts = rows[rows["unit"] == "count"].set_index("metric")["value"]
    assert counts["constituents"] == 40
    assert counts["beneficiaries"] == pytest.approx(955000)


def test_share_split_ratio_is_no_quantity():
    assert [q.text for q in find_quantities("自7月1日完成1拆8分割後受益人數增加逾30萬人")] == ["逾30萬"]


def test_constituents_as_a_scope_count_nothing():
    rows = facts_of("年初至9月11日，某综合指数成份股中共有23宗科技类配售，集资总额约812亿港元。")
    assert "constituents" not in set(rows["metric"])


def test_selling_and_marketing_expenses_are_no_capex():
    text = ("某智能科技控股有限公司中期业绩公告\n\n"
            "                        2025年            2024年\n"
            "                      人民币千元        人民币千元\n"
            "收入                    2,345,678         1,234,567\n"
            "销售及营销开支            321,876           219,504\n")
    rows = facts_of(text)
    spent = rows[rows["value"].isin([321876e3, 219504e3])]
    assert len(spent) == 2 and set(spent["theme"]) == {"earnings"}
