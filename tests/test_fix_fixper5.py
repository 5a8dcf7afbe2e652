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

def test_present_is_the_publication_month():
    p = _periods("目前公司自有GPU约600张，云栖量化管理规模约120亿元。")
    assert p["约600"] == "2025-10"


def test_present_after_an_asof_word_is_the_publication_day():
    p = _periods("截至目前，云栖指数年内最大回撤将近20%。")
    assert p["回撤将近20%"] == "2025-10-20"


def test_a_shopping_festival_is_its_month():
    assert _periods("618期间，云栖电商数字人直播GMV同比增长45%。")["45%"] == "2025-06"
    assert _periods("2024年双11期间，云栖电商成交额约320亿元。")["约320亿元"] == "2024-11"


def test_618_as_an_amount_or_inside_a_stock_code_is_no_month():
    p = _periods("云栖电商营收618亿元，同比增长12%。")
    assert p["618亿元"] == "" and p["12%"] == ""
    assert _periods("云栖科技（600618）营收12亿元。")["12亿元"] == ""
