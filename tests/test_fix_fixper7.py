"""Periods of a context stated once (invented notes): a month-day after a dated event takes the
year that puts it after the event, a year-to-date move written to a day holds as of that day,
and a week's stated window carries to 同期 and to 年初至今 (as of the week's last day)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods
from helpers_text import facts_of_text, row_of


def _periods(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(p.text, p.value) for p in find_periods(text, published)]


# --- a month-day after a dated event of the same sentence -------------------------------------

def test_day_after_listing_day_runs_into_next_year():
    df = facts_of_text("星衡科技于2025年11月20日上市，截至1月15日市值约2,000亿元。", dt.date(2026, 1, 16))
    assert row_of(df, "约2,000亿元")["period"] == "2026-01-15"


def test_day_after_event_in_same_year_keeps_year():
    # near-miss: 3月15日 comes after 2025年2月1日 in the same year
    df = facts_of_text("星衡科技于2025年2月1日上市，截至3月15日市值约800亿元。", dt.date(2026, 1, 16))
    assert row_of(df, "约800亿元")["period"] == "2025-03-15"


def test_day_not_moved_past_publication():
    # near-miss: the next year's 5月 is after the publication, so the stated year stays
    found = dict(_periods("星衡科技于2025年11月20日上市，5月10日曾发布新品。", dt.date(2026, 1, 16)))
    assert found["5月10日"] == "2025-05-10"


# --- a year-to-date move written to a day ---------------------------------------------------------

def test_ytd_to_a_day_is_as_of_that_day():
    assert _periods("年初至2月10日，某指数上涨5.8%", dt.date(2026, 2, 12)) == [("年初至2月10日", "2026-02-10")]
    df = facts_of_text("今年以来至3月31日，恒生科技指数上涨12%。", dt.date(2025, 4, 2))
    assert row_of(df, "12%")["period"] == "2025-03-31"


def test_stretch_from_a_stated_month_stays_a_span():
    # near-miss: a stretch that starts at a month the text writes, or in another year
    assert _periods("2025年1月至3月31日", dt.date(2025, 4, 2)) == [("2025年1月至3月31日", "2025-01/2025-03-31")]
    assert _periods("2024年初至2025年3月31日", dt.date(2025, 4, 2))[0][1] == "2024-01/2025-03-31"


def test_ytd_without_a_day_is_the_publication_day():
    df = facts_of_text("某AI指数年初至今累计上涨25%。", dt.date(2025, 9, 9))  # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    assert row_of(df, "25%")["period"] == "2025-09-09"


# --- a week's stated window carries to 同期 and 年初至今 -------------------------------------------

WEEK = "上周（{w}）创业板指上涨2.1%；同期沪深300上涨1.4%，年初至今累计上涨18%。"


def test_week_window_carries_to_same_period_and_ytd():
    for w in ("9.1-9.5", "9月1日-9月5日"):
        df = facts_of_text("报告日期2025年9月8日\n" + WEEK.format(w=w), dt.date(2025, 9, 8))
        assert row_of(df, "2.1%")["period"] == "2025-09-01/2025-09-05"
        assert row_of(df, "1.4%")["period"] == "2025-09-01/2025-09-05"
        assert row_of(df, "18%")["period"] == "2025-09-05"


def test_window_does_not_cross_a_blank_line():
    # near-miss: a later block's 年初至今 is as of the publication day
    text = WEEK.format(w="9.1-9.5") + "\n\n某公司股价年初至今累计上涨10%。"
    assert _periods(text, dt.date(2025, 9, 8))[-1] == ("年初至今", "2025-09-08")


def test_same_period_after_a_year_half_unchanged():
    df = facts_of_text("2025年上半年营收增长10%；同期净利润增长5%。", dt.date(2025, 9, 8))
    assert row_of(df, "5%")["period"] == "2025H1"


# --- a figure said of now does not take the date of the event before it --------------------------

def test_now_word_after_dated_event_is_publication_month():
    df = facts_of_text("星衡科技今年3月完成B轮融资10亿美元；目前ARR已突破5,000万美元。", dt.date(2026, 8, 20))
    assert row_of(df, "10亿美元")["period"] == "2026-03"
    assert row_of(df, "5,000万美元")["period"] == "2026-08"
    df = facts_of_text("星衡科技12月17日上市，当前总市值约2,450亿元。", dt.date(2026, 2, 11))
    assert row_of(df, "约2,450亿元")["period"] == "2026-02"


def test_event_day_without_now_word_kept():
    # near-miss: 当日 is the listing day; a move from 目前 keeps its own rule
    df = facts_of_text("星衡科技12月17日上市，当日市值约2,450亿元。", dt.date(2026, 2, 11))
    assert row_of(df, "约2,450亿元")["period"] == "2025-12-17"
    df = facts_of_text("星衡科技的份额将由目前约20%升至2027年的三成。", dt.date(2026, 2, 11))
    assert row_of(df, "三成")["period"] == "2027"


# --- 年初 / 年末 alone after a past year the sentence states ---------------------------------------

def test_year_edges_take_the_stated_past_year():
    df = facts_of_text("回看2024：去年全年，星衡主题基金存量规模由年初的约500亿元降至年末的约420亿元。",
                       dt.date(2025, 2, 10))
    assert row_of(df, "约500亿元")["period"] == "2024-01"
    assert row_of(df, "约420亿元")["period"] == "2024-12"


def test_year_edges_without_past_year_keep_publication_year():
    # near-miss: a year past a ；, a comparison base, or no year at all
    pub = dt.date(2025, 2, 10)
    assert _periods("2024年营收10亿元；年底员工约500人。", pub)[-1] == ("年底", "2025-12")
    assert _periods("营收较2023年增长20%，年底员工约500人。", pub)[-1] == ("年底", "2025-12")
    assert _periods("规模有望在年底达到600亿元。", pub) == [("年底", "2025-12")]


# --- the year a move starts from is not its target's -----------------------------------------------

def test_move_from_last_year_to_this_half():
    df = facts_of_text("星衡科技AI收入占比已从去年的不足一成提升到上半年的约25%。", dt.date(2025, 8, 20))
    assert row_of(df, "不足一成")["period"] == "2024"
    assert row_of(df, "约25%")["period"] == "2025H1"


def test_move_between_halves_of_one_year_kept():
    # near-miss: from last year's first half to the second half of that year
    df = facts_of_text("星衡科技收入从去年上半年的10亿元增至下半年的15亿元。", dt.date(2025, 8, 20))
    assert row_of(df, "15亿元")["period"] == "2024H2"
    # and a half after a year that is no move's start keeps that year
    assert dict(_periods("星衡科技2024年收入增长，下半年增速加快。", dt.date(2025, 8, 20)))["下半年"] == "2024H2"


def test_whole_year_after_a_move_from_last_year():
    df = facts_of_text("年报点评：2025年星衡科技毛利率由上年的51%升至56%，全年新增付费客户约900家。", dt.date(2026, 4, 20))
    assert row_of(df, "51%")["period"] == "2024"
    assert row_of(df, "56%")["period"] == "2025"
    assert row_of(df, "约900")["period"] == "2025"
