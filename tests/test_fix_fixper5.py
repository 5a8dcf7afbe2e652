"""Period fixes (fixper5): datelines with weekday, clock and reporter; month-range spans; and
other period rules. Every firm and figure here is invented."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.load.metadata import find_published

from helpers_text import facts_of_text

DAY = dt.date(2025, 10, 20)


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


# --- class 11: a news dateline with its weekday, clock time and reporter -------------------------

def test_dateline_with_weekday_clock_and_reporter_under_the_title():
    text = "云栖声学发盈警 股价急挫\n2031年5月13日（星期二）　18:05　記者：林樂\n\n云栖声学今日发盈警，股价今早急跌6.3%。"
    assert find_published(text).date == dt.date(2031, 5, 13)


def test_dateline_with_short_weekday_opening_the_document():
    for weekday in ("（週二）", "（周二）", "(星期二)"):
        text = f"2031年5月13日{weekday} 09:15 记者：陈思\n云栖声学盈警\n\n云栖声学今日发盈警，股价今早急跌6.3%。"
        assert find_published(text).date == dt.date(2031, 5, 13), weekday


def test_a_related_reading_link_at_the_bottom_is_no_publication_date():
    body = "云栖声学今日发盈警，股价今早急跌6.3%。\n" * 40
    text = "云栖声学发盈警\n\n" + body + "\n相关阅读：云栖声学去年收入回升（1月12日）\n"
    assert find_published(text).date is None


# --- class 20: small period rules ----------------------------------------------------------------

def test_a_shopping_festival_is_its_month():
    assert _periods("618期间，云栖电商数字人直播GMV同比增长45%。")["45%"] == "2025-06"
    assert _periods("2024年双11期间，云栖电商成交额约320亿元。")["约320亿元"] == "2024-11"


def test_618_as_an_amount_or_inside_a_stock_code_is_no_month():
    p = _periods("云栖电商营收618亿元，同比增长12%。")
    assert p["618亿元"] == "" and p["12%"] == ""
    assert _periods("云栖科技（600618）营收12亿元。")["12亿元"] == ""


# --- class 15: respective series and back-references over a span ---------------------------------

def test_a_trailing_clause_of_another_kind_does_not_join_the_respective_list():
    p = _periods("云栖科技2021年至2023年营业收入分别为1.2亿元、2.5亿元和4.1亿元，两年间收入增长近三倍。")
    assert [p["1.2亿元"], p["2.5亿元"], p["4.1亿元"]] == ["2021", "2022", "2023"]
    assert p["近三倍"] == "2021/2023"


def test_same_period_after_a_span_is_the_span():
    p = _periods("云栖科技2021年至2023年净亏损分别为3.1亿元、4.2亿元和5.3亿元；同期累计研发投入约12亿元。")
    assert p["约12亿元"] == "2021/2023"
    assert p["5.3亿元"] == "2023"


def test_same_period_after_a_single_year_is_that_year():
    assert _periods("云栖科技2024年营收增长74%；同期净利润为3亿元。")["3亿元"] == "2024"


def test_the_years_after_count_on_from_the_anchor_year():
    p = _periods("云栖科技预计FY2025收入120亿美元，此后三年分别达到150亿、190亿和240亿美元。")
    assert [p["120亿美元"], p["150亿"], p["190亿"], p["240亿美元"]] == ["FY2025", "FY2026", "FY2027", "FY2028"]
    p = _periods("云栖科技2024年收入120亿元，预计此后三年分别达到150亿、190亿和240亿元。")
    assert [p["150亿"], p["190亿"], p["240亿元"]] == ["2025", "2026", "2027"]


def test_a_count_of_years_other_than_the_list_keeps_the_anchor():
    p = _periods("云栖科技2024年收入120亿元，此后两年分别达到150亿、190亿和240亿元。")
    assert p["150亿"] == "2024"


def test_a_cagr_over_a_span_stays_the_span():
    assert _periods("云栖科技2021至2023年收入CAGR约40%。")["约40%"] == "2021/2023"


# --- class 8: year-to-date and level figures carry the as-of date of the data window -------------

WEEKLY = """某某证券 行业周报 2031年4月13日

AI算力板块周度跟踪

表1：重点公司周度表现（统计区间：2031.04.07—2031.04.11）
| 公司 | 本周涨跌幅(%) | 年初至今(%) | PE-TTM(倍) |
| 云栖科技 | +3.21 | +22.10 | 41.5 |
"""


def test_a_level_column_takes_the_window_end_the_week_column_the_week():
    p = _periods(WEEKLY, dt.date(2031, 4, 13))
    assert p["41.5"] == "2031-04-11"
    assert p["+3.21"] == "2031-04-07/2031-04-11"


def test_ytd_in_a_daily_story_keeps_the_publication_day():
    p = _periods("云栖科技股价年初至今上涨22%，市盈率约41倍。", dt.date(2031, 4, 15))  # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    assert p["22%"] == "2031-04-15"


# --- class 12: a weekly report's bullets under the week stated once --------------------------------

BULLETS = """某某证券 策略周报 2031年3月16日

【核心观点】
■ 本周（3.10—3.14）AI板块成交额占比回升至12.3%，较上周提高1.1个百分点。
■ 半导体板块成交额占比升至8.1%。
■ 今年以来AI指数累计上涨18%。
"""


def test_an_undated_turnover_share_in_a_weekly_report_is_the_week():
    p = _periods(BULLETS, dt.date(2031, 3, 16))
    assert p["8.1%"] == "2031-03-10/2031-03-14"


def test_a_bullet_with_its_own_time_keeps_it():
    p = _periods(BULLETS, dt.date(2031, 3, 16))
    assert "/" not in p["18%"]  # 今年以来: a cumulative move as of a day, never the week


# --- class 10: the period of the figure itself, not of a nearby date -----------------------------

def test_a_year_ended_on_a_day_is_that_year():
    p = _periods("云栖科技截至2024年12月31日止年度收入约3.1亿元，亏损约1.2亿元。")
    assert p["约3.1亿元"] == p["亏损约1.2亿元"] == "2024"
    assert _periods("云栖科技截至2025年3月31日止年度收入约3.1亿元。")["约3.1亿元"] == "FY2025"


def test_a_balance_on_a_day_keeps_the_day():
    assert _periods("截至2024年12月31日，云栖科技在手订单约8亿元。")["约8亿元"] == "2024-12-31"


def test_a_term_from_a_start_year_is_the_span_it_runs():
    p = _periods("该订单自2026年起执行，为期约4年，总金额约20亿元。")
    assert p["约20亿元"] == "2026/2029"
    assert p["约4年"] == "2026/2029"  # the term's length stays a fact
    assert _periods("云栖科技自2026年起分4年执行，合同金额约20亿元。")["约20亿元"] == "2026/2029"


def test_a_start_year_with_no_term_stays_the_year():
    assert _periods("该订单自2026年起执行，金额20亿元。")["20亿元"] == "2026"
