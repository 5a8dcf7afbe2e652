"""Periods of figures a results note leaves undated, read from the quarter its context reports.

Every example is invented (青禾科技, 岚图云 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of


def _periods(text: str, published: dt.date) -> dict[str, str]:
    f = facts_of(text, published)
    return dict(zip(f["text"], f["period"]))


def test_a_run_rate_in_a_quarters_results_section_is_of_that_quarter():
    # the section opens on the third quarter's results: a run-rate and a user count reached,
    # with no time of their own, go on with that quarter, not with the publication month
    p = _periods("一、青禾：新模型推高转化率\n"
                 "· 三季度总收入212.4亿元，同比增长26%。\n"
                 "· 端到端投放产品年化收入规模超过60亿元。\n"
                 "· 青禾AI用户规模已超过4,500万。", dt.date(2025, 11, 10))
    assert p["212.4亿元"] == "2025Q3"
    assert p["超过60亿元"] == "2025Q3"
    assert p["超过4,500万"] == "2025Q3"


def test_a_run_rate_with_no_quarter_around_it_stays_of_the_publication_month():
    p = _periods("一、青禾：新模型推高转化率\n"
                 "· 端到端投放产品年化收入规模超过60亿元。", dt.date(2025, 11, 10))
    assert p["超过60亿元"] == "2025-11"

