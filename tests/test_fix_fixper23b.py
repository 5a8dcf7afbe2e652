"""An equity deal a report relays with no date of its own is news of the publication month
(SCHEMA: 日前/近日 is the publication month): a funding round, the valuation it sets, a stake,
a share sale. A monthly recap's deal stays with the month it covers; a deal said of the time
ahead stays undated.

Every example is invented (澜舟智能, 青禾科技, 星衡机器人 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 18)


def _period(text: str, number: str, day=DAY) -> str:
    return row_of(facts_of_text(text, day), number)["period"]


def test_an_undated_round_and_its_valuation_are_of_the_publication_month():
    text = "澜舟智能完成新一轮3亿美元融资，投后估值27亿美元，老股东继续跟投。"
    assert _period(text, "3亿美元") == "2026-03"
    assert _period(text, "27亿美元") == "2026-03"


def test_an_undated_stake_is_of_the_publication_month():
    assert _period("青禾科技向星衡机器人出资4亿元，持股约6.5%。", "约6.5%") == "2026-03"


def test_a_dated_round_keeps_its_own_date():
    assert _period("澜舟智能于2025年6月完成3亿美元融资，投后估值27亿美元。", "27亿美元") == "2025-06"


def test_a_monthly_recap_dates_the_deal_by_the_month_it_covers():
    text = "AI创投月报｜2026年2月\n\n澜舟智能完成新一轮3亿美元融资，投后估值27亿美元。"
    assert _period(text, "3亿美元", dt.date(2026, 3, 3)) == "2026-02"


def test_a_planned_round_stays_undated():
    assert _period("澜舟智能计划未来将再融资5亿美元。", "5亿美元") == ""


def test_a_summary_repeat_takes_the_date_the_body_gives():
    text = ("要点：\n1. 澜舟智能完成C轮融资3亿美元，投后估值27亿美元。\n\n"
            "一、澜舟智能\n2025年11月澜舟智能完成C轮融资，金额3亿美元，投后估值27亿美元。")
    f = facts_of_text(text, DAY)
    deals = f[f["metric"].isin(["funding_amount", "valuation", "post_money_valuation"])]
    assert sorted(deals["period"]) == ["2025-11", "2025-11"]


def test_a_move_of_a_valuation_is_no_news_level():
    assert _period("澜舟智能的估值较上一轮提升约三成。", "约三成") == ""
