"""A broker's target price is its call as of the report and takes the publication month, also in a
note that prints a full publication day: dev gold (a morning note of 2025-11-26 dates 目标价上调至
106港元 as 2025-11) keeps the month, so the day is not used. A target year stated with it stays
the horizon of the forecast, not the call's date.

Every example is invented (岚峰证券, 星云科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2033, 3, 16)


def _row(f, text):
    rows = f[f["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, f[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]


def test_a_target_price_in_a_note_with_a_full_date_is_of_its_month():
    f = facts_of_text("岚峰证券 公司点评\n2033年3月16日\n\n星云科技2033年收入120亿元，维持买入评级，给予目标价68.10元。\n", DAY)
    assert _row(f, "68.10")["metric"] == "target_price"
    assert _row(f, "68.10")["period"] == "2033-03"
    assert _row(f, "120亿")["period"] == "2033"  # near miss: the forecast keeps its year


def test_a_target_price_in_a_morning_note_is_of_its_month_too():
    f = facts_of_text("岚峰证券 晨报\n2033年3月16日\n\n【公司动态】\n某外资行将星云科技目标价上调至70元。\n", DAY)
    assert _row(f, "70元")["period"] == "2033-03"
