"""A one-day market wrap dates the index moves and turnover nothing else dates by the session it
reports: a morning note (``晨报``, ``早报``, ``Morning Note``) published on a Wednesday reports
Tuesday's session, a closing review (``收评``, ``午评``) its own day, whether or not the figure
sits in a 【】 item. Near-misses: a report that is no daily wrap (``行业深度``), a figure with a
date of its own, a figure of another kind (revenue) and a move over a window (``年内``).

Every example is invented (岚峰证券, 星云科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text
from text_facts import period_of

WED = dt.date(2033, 3, 16)
BODY = "\n2033年3月16日\n\n【市场回顾】\n两市成交额2.58万亿元，较前一交易日增加126亿元。光模块板块上涨约4.8%，星云科技涨停。\n"


def test_a_morning_note_dates_the_previous_session():
    for head in ("岚峰证券 晨报", "岚峰证券 早报", "Lanfeng Securities Morning Note"):
        f = facts_of_text(head + BODY, WED)
        for text in ("2.58万亿", "126亿", "4.8%"):
            assert period_of(f, text) == "2033-03-15", (head, text)


def test_a_closing_review_dates_its_own_session():
    f = facts_of_text("岚峰证券 收评\n2033年3月16日\n\n沪指收涨0.8%，两市成交额2.58万亿元。光模块板块上涨约4.8%。\n", WED)
    assert period_of(f, "0.8%") == "2033-03-16"
    assert period_of(f, "2.58万亿") == "2033-03-16"
    assert period_of(f, "4.8%") == "2033-03-16"


def test_near_miss_a_report_that_is_no_daily_wrap():
    f = facts_of_text("岚峰证券 行业深度" + BODY, WED)
    assert period_of(f, "2.58万亿") == ""
    assert period_of(f, "4.8%") == ""


def test_near_miss_figures_with_their_own_time_or_kind():
    f = facts_of_text("岚峰证券 晨报\n2033年3月16日\n\n【市场回顾】\n星云科技年内股价上涨80%，3月10日成交额120亿元。"
                      "星云科技三季度收入98.2亿元，同比增长12%。\n", WED)
    assert period_of(f, "80%") == "2033-03-16"  # year to date: as of the publication day
    assert period_of(f, "120亿") == "2033-03-10"
    assert period_of(f, "98.2亿") == "2032Q3"
