"""Periods stated earlier than the figure: two carries that fill only empty periods.

A valuation figure with no period of its own takes the date its paragraph stated earlier.

A paragraph about one trading day, one listing or one funding round states its date once, at
its first figure; the later sentences and lines of the same block (the next stock's move, the
next bullet's price) are of that day too. The carry is the market paragraph's
(``period_carry_themes.csv``, reach ``paragraph``): it stops at a blank line and at a word that
moves the time, never carries a forecast year, and stays within the figure's own theme.

A document whose header names one reporting stretch and no other period (a bulletin's
``1-10月份``, a filing's ``前三季度``) dates its body's undated figures with that stretch.

Every example is invented (青禾智能, 星河半导体 and 蓝川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract import keywords as kw
from aigc_analysis.extract.facts import _dated_values, _repeat_period

DAY = dt.date(2031, 4, 20)


def _periods(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, p) for th, t, p in zip(f["theme"], f["text"], f["period"])}


def test_the_next_line_of_a_listing_paragraph_shares_its_date():
    p = _periods("2031年3月5日，青禾智能在港交所上市，募资45亿港元。\n发行价为每股28港元，市值约320亿港元。")
    assert p["约320亿港元"] == ("valuation", "2031-03-05")


def test_a_later_move_keeps_its_own_session():
    # merge mend: a share or index move is of its own session; an as-of day or the day of an
    # earlier move does not date it (test_taiwan_news, test_flash_digest hold the same)
    p = _periods("2031年3月5日，青禾智能股价收涨12%，成交额达45亿元。\n星河半导体股价下跌4.2%。")
    assert p["12%"] == ("valuation", "2031-03-05")
    assert p["下跌4.2%"][1] == ""


def test_a_later_sentence_of_the_paragraph_shares_its_date():
    p = _periods("2031年3月5日，青禾智能在港交所挂牌，募资45亿港元。按发行价计，公司市值约320亿港元。")
    assert p["约320亿港元"] == ("valuation", "2031-03-05")


def test_a_blank_line_ends_the_paragraph():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。\n\n星河半导体股价下跌4.2%。")
    assert p["下跌4.2%"][1] == ""


def test_a_word_that_turns_the_time_stops_the_carry():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。此前星河半导体股价下跌4.2%。")
    assert p["下跌4.2%"][1] != "2031-03-05"


def test_a_forecast_year_dates_no_later_line():
    p = _periods("预计2032年青禾智能市值约为420亿元。\n星河半导体股价下跌4.2%。")
    assert p["420亿元"][1] == "2032"
    assert p["下跌4.2%"][1] != "2032"


def test_another_theme_is_not_dated_by_a_trading_day():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。\n星河半导体营业收入为3.2亿元。")
    assert p["3.2亿元"] == ("earnings", "")


def test_an_undated_deal_keeps_the_publication_month():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。\n星河半导体完成新一轮融资5亿美元，投后估值60亿美元。")
    assert p["5亿美元"] == ("valuation", "2031-04")


def test_a_figure_dated_by_its_repeat_takes_the_repeat_s_period():
    rows = [{"value": 3e10, "unit": "USD", "period": "2031-04-02", "start": 40},
            {"value": 3e10, "unit": "USD", "period": "", "start": 10},
            {"value": 5e9, "unit": "USD", "period": "2031-03", "start": 20},
            {"value": 5e9, "unit": "USD", "period": "", "start": 20}]
    dated = _dated_values(rows)
    assert _repeat_period(rows[1], dated) == "2031-04-02"
    assert _repeat_period(rows[3], dated) == ""  # a second reading of the same characters
    rows.append({"value": 3e10, "unit": "USD", "period": "2030", "start": 60})
    assert _repeat_period(rows[1], _dated_values(rows)) is None


def test_valuation_and_market_carry_past_their_sentence():
    assert kw.paragraph_carry_themes() == {"market", "valuation"}
    assert kw.paragraph_carry_themes() <= kw.period_carry_themes()


# ---- a header naming one reporting stretch dates the body's undated figures -------------

REPORT_DAY = dt.date(2031, 11, 20)


def _stretch_periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, REPORT_DAY)
    return dict(zip(f["text"], f["period"]))


def test_a_bulletin_title_naming_months_dates_its_body():
    p = _stretch_periods("2031年1-10月份某省软件业运行情况\n\n"
                         "全省软件业务收入达到8,420亿元，同比增长12.5%。其中信息技术服务收入5,310亿元。\n")
    assert p["8,420亿元"] == "2031-01/2031-10"
    assert p["5,310亿元"] == "2031-01/2031-10"


def test_a_filing_title_naming_three_quarters_dates_its_amounts():
    p = _stretch_periods("关于2031年前三季度计提资产减值准备的公告\n\n"
                         "本次计提资产减值准备合计21,560.00万元，其中应收账款坏账准备4,118.65万元。\n")
    assert p["21,560.00万元"] == "2031Q1/2031Q3"


def test_a_figure_stating_its_own_year_keeps_it():
    p = _stretch_periods("2031年1-10月份某省软件业运行情况\n\n2030年全省软件业务收入达到7,420亿元。\n")
    assert p["7,420亿元"] == "2030"


def test_a_parameter_count_stays_timeless():
    p = _stretch_periods("2031年1-10月份某省软件业运行情况\n\n某省自研大模型参数量为700亿。\n")
    assert p["700亿"] == ""


def test_a_header_naming_two_periods_dates_nothing():
    p = _stretch_periods("2031年1-10月份与2030年全年某省软件业运行对比\n\n"
                         "全省信息技术服务收入5,310亿元。\n")
    assert p["5,310亿元"] == ""

