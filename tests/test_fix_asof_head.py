"""``截至2025年12月底`` at the head of a sentence dates every number of it, in later clauses too.

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 2, 10)


def _periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["period"]))


def test_head_dates_the_growth_and_the_later_clause_the_base_its_own_month():
    p = _periods("截至2025年12月底，青禾科技日均调用量超过50万亿，较2025年6月的20万亿增长约1.5倍；企业客户数超过9000家。")
    assert p["超过50万亿"] == p["超过9000"] == "2025-12"
    assert p["20万亿"] == "2025-06"
    assert p["约1.5倍"] == "2025-06/2025-12"


def test_a_same_period_base_does_not_date_the_clauses_after_it():
    p = _periods("截至2025年12月底，青禾科技日均调用量超过50万亿，是去年同期的3倍，企业客户数超过9000家。")
    assert p["超过50万亿"] == p["超过9000"] == "2025-12"


def test_the_whole_year_after_a_semicolon_is_the_heads_year():
    p = _periods("截至2025年12月31日，青禾科技API调用客户数超过10万家；公司全年营收达到12亿元，同比增长80%。")
    assert p["超过10万"] == "2025-12-31"
    assert p["12亿元"] == p["80%"] == "2025"


def test_a_bulleted_head_counts_as_the_head():
    p = _periods("1. 截至2025年12月31日，青禾科技API调用客户数超过10万家；公司全年营收达到12亿元。")
    assert p["12亿元"] == "2025"


def test_near_miss_a_later_clause_with_its_own_period_keeps_it():
    p = _periods("截至2025年12月底，青禾科技日均调用量超过50万亿；2026年1月，日均调用量进一步增至60万亿。")
    assert p["超过50万亿"] == "2025-12"
    assert p["60万亿"] == "2026-01"


def test_near_miss_a_same_period_word_alone_keeps_its_reading():
    # 去年同期 with no other period before it is the only time the sentence gives: it still dates
    # the clause after it (last year, as before the rule)
    p = _periods("青禾科技日均调用量是去年同期的3倍，企业客户数超过9000家。")
    assert p["超过9000"] == "2025"
