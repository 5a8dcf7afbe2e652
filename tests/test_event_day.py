"""A deal's terms nothing dates take the day of the news (invented texts only).

A story that reports a funding round, an investment or a listing states its terms (the round's
size, the valuation it sets, investors' amounts and stakes, the offer price and proceeds)
without a date of their own: they are of the day the story names for the event, else of the
publication day (its month when the report is dated only to a month). Forecasts, running totals,
terms of an earlier round and moves of a share price are not the news's terms and keep the
periods they had.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified
from helpers_text import facts_of_text, row_of

NEWS_DAY = dt.date(2026, 3, 10)


def _period(text: str, number: str, published: dt.date = NEWS_DAY) -> str:
    return row_of(facts_of_text(text, published), number)["period"]


def test_round_terms_take_the_publication_day():
    text = ("岳川智能宣布完成5亿美元C轮融资，投后估值达40亿美元。本轮由青柏资本领投1.5亿美元，"
            "老股东跟投约1亿美元；交易完成后，青柏资本持股约3.8%。")
    df = facts_of_text(text, NEWS_DAY)
    for number in ("5亿美元", "40亿美元", "1.5亿美元", "约1亿美元", "约3.8%"):
        assert row_of(df, number)["period"] == "2026-03-10", number


def test_strategic_investment_and_stake_after_it():
    text = "澜锋智能宣布获得青柏资本3亿元战略投资，交易完成后青柏资本将持有澜锋智能约5%股份。"
    df = facts_of_text(text, dt.date(2025, 11, 4))
    assert row_of(df, "3亿元")["period"] == "2025-11-04"
    assert row_of(df, "约5%")["period"] == "2025-11-04"


def test_listing_terms_without_a_day_take_the_publication_day():
    text = "青禾科技今日在港交所挂牌上市，每股发行价58.5港元，集资净额约21亿港元。"
    df = facts_of_text(text, NEWS_DAY)
    assert row_of(df, "58.5港元")["period"] == "2026-03-10"
    assert row_of(df, "约21亿港元")["period"] == "2026-03-10"


def test_listing_day_named_in_the_paragraph_beats_the_publication_day():
    text = "青柏科技1月8日在港交所挂牌，发行价116.2港元，募资约43亿港元，首日收涨13.2%。"
    df = facts_of_text(text, NEWS_DAY)
    for number in ("116.2港元", "约43亿港元", "13.2%"):
        assert row_of(df, number)["period"] == "2026-01-08", number
    # the next sentence about the same issuer
    text = "青柏科技1月8日在港交所挂牌。发行价116.2港元，募资约43亿港元。"
    assert _period(text, "116.2港元") == "2026-01-08"


def test_a_day_opening_the_sentence_dates_its_later_clauses():
    text = "2025年12月18日，澜锋智能完成15亿元D轮融资，投后估值达123亿元。"
    assert _period(text, "123亿元") == "2025-12-18"
    assert _period(text, "15亿元") == "2025-12-18"


def test_a_summary_repeating_a_dated_body_keeps_the_body_date():
    text = ("要点：澜锋智能投后估值达123亿元。\n\n正文\n\n"
            "2025年12月18日，澜锋智能完成15亿元D轮融资，投后估值达123亿元。")
    df = facts_of_text(text, NEWS_DAY)
    rows = df[df["metric"] == "valuation"]
    assert len(rows) == 1 and rows.iloc[0]["period"] == "2025-12-18"


def test_a_report_dated_to_a_month_dates_the_terms_by_its_month():
    text = "岳川智能宣布完成5亿美元C轮融资，投后估值达40亿美元。"
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2026, 3, 1), "published_precision": "month",
           "publisher": "Test Broker", "boilerplate": []}
    df = facts_frame(extract_document(doc))
    assert row_of(df, "5亿美元")["period"] == "2026-03"
    assert row_of(df, "40亿美元")["period"] == "2026-03"


def test_near_miss_a_dated_round_keeps_its_date():
    text = "2025年12月，岚峰科技完成3亿美元B轮融资，投后估值25亿美元。"
    assert _period(text, "3亿美元") == "2025-12"
    assert _period(text, "25亿美元") == "2025-12"


def test_near_miss_forecasts_keep_their_year_or_none():
    assert _period("澜锋智能预计2027年估值将达100亿美元。", "100亿美元") == "2027"
    assert _period("岳川智能预计估值将达100亿美元。", "100亿美元") == ""


def test_near_miss_running_totals_and_earlier_rounds_stay_undated():
    assert _period("澜锋智能累计融资超过20亿美元。", "超过20亿美元") == ""
    text = "澜锋智能完成8亿元B轮融资，此前估值为20亿美元。"
    assert _period(text, "8亿元") == "2026-03-10"
    assert _period(text, "20亿美元") == ""


def test_near_miss_a_share_price_move_keeps_its_rules():
    # a move is no term of a deal: 较发行价上涨 keeps the market rules' (empty) period, while the
    # price level it reached is the day's
    df = facts_of_text("青禾科技收报63港元，较发行价上涨7.7%。", NEWS_DAY)
    assert row_of(df, "7.7%")["period"] == ""
    assert row_of(df, "63港元")["period"] == "2026-03-10"
