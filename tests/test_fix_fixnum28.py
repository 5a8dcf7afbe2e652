"""Multiples written with number words that no keyword of their own claims: a doubling after a
level (较去年的约3亿台翻倍, 实现翻番), a multiple of the amount just stated against another
base (相当于其收入的约40倍) and a doubling qualified inside 翻了 (翻了近一倍). SCHEMA: 翻番/翻倍 is 2, a multiple
as written; each is a row of the measure it multiplies. Invented sentences."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 10, 20)


def _multiples(text: str):
    rows = facts_of(text, PUBLISHED)
    return rows[rows["unit"] == "multiple"]


def test_doubling_after_a_count_with_its_base_year():
    rows = _multiples("某手机厂商称2026年将把端侧AI功能覆盖至6亿台设备，较2025年的约3亿台翻倍。")
    assert list(rows["value"]) == [2.0]
    assert rows.iloc[0]["theme"] == "adoption"


def test_doubling_after_a_spec_level():
    rows = _multiples("截至9月底，某运营商智算规模达80 EFLOPS，较2024年末的40 EFLOPS实现翻番。")
    assert list(rows["value"]) == [2.0]
    assert rows.iloc[0]["theme"] == "compute"


def test_multiple_after_an_amount_whose_base_follows_the_copula():
    # 收入 after 相当于 is the base the multiple is taken against, not the measure multiplied
    rows = _multiples("某公司签下的算力承诺约5000亿美元，相当于其2025年收入目标的约40倍。")
    assert list(rows["value"]) == [40.0]
    assert rows.iloc[0]["theme"] == rows_theme_of_amount("某公司签下的算力承诺约5000亿美元。")


def rows_theme_of_amount(text: str) -> str:
    rows = facts_of(text, PUBLISHED)
    return rows[rows["unit"] == "USD"].iloc[0]["theme"]


def test_qualified_doubling_inside_fan():
    qs = [q for q in find_quantities("三个月翻了近一倍") if q.unit == "multiple"]
    assert [(float(q.value), q.qualifier, q.text) for q in qs] == [(2.0, "approx", "翻了近一倍")]
    qs = [q for q in find_quantities("收入翻了约一倍") if q.unit == "multiple"]
    assert [float(q.value) for q in qs] == [2.0]
