"""Periods a document gives once and its facts restate implicitly (fixper19).

Every example is invented (青禾科技, 688000.SH exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.load.metadata import find_published

from helpers_text import facts_of_text


def _periods(text: str, day: dt.date) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


def test_a_dated_line_naming_its_researcher_is_the_masthead_date():
    # a Taiwan advisory's masthead: the day with its weekday, then the researcher and a hotline
    text = ("某某投顾　产业研究部\n《半导体周报》第9周｜封测月营收走高\n"
            "2031/3/3（一）　研究员：张三、李四　客服专线：(02) 1234-5678\n\n"
            "一、本周重点\n青禾科技2月营收50亿元，年增12%。\n")
    assert find_published(text).date == dt.date(2031, 3, 3)
    text_hant = text.replace("研究员", "研究員")
    assert find_published(text_hant).date == dt.date(2031, 3, 3)



def test_a_section_opening_with_a_quarters_results_dates_its_later_lines():
    # the quarter is named once, on the section's first line; the lines after it go on with it
    text = ("互联网行业观察：云与广告\n\n"
            "【二、青禾科技：云业务提速】\n"
            "青禾科技11月3日公布2030年第三季度业绩：营业收入120亿元，同比增长18%。\n"
            "分业务看，云业务收入占比升至41%。\n"
            "用户方面，月活跃用户达2.3亿，同比增长9%。\n")
    p = _periods(text, dt.date(2030, 11, 6))
    assert p["120亿元"] == "2030Q3"
    assert p["41%"] == "2030Q3"
    assert p["2.3亿"] == "2030Q3"


def test_a_section_heading_that_states_no_quarter_and_an_opening_line_of_a_year_dates_nothing_new():
    # an opening line stating a year (an outlook) gives the section no quarter
    text = ("青禾科技（688000.SH）深度报告\n\n"
            "【二、青禾科技：云业务展望】\n"
            "我们预计青禾科技2031年营业收入达500亿元。\n"
            "分业务看，云业务收入占比约41%。\n")
    p = _periods(text, dt.date(2030, 11, 6))
    assert p.get("41%", "") != "2030Q3"


def test_a_fund_holdings_note_titled_by_a_quarter_dates_its_undated_figures():
    # the quarter the holdings were disclosed for is named once, in the title
    text = ("某某证券　基金研究\n2030年二季度公募基金持仓分析：算力仍是第一大重仓方向\n报告日期：2030-07-25\n\n"
            
            "应用端遭遇减持，基金对软件板块的重仓市值环比下降9.6%。\n"
            "青禾科技（688000.SH）获基金重仓市值约320亿元。\n")
    p = _periods(text, dt.date(2030, 7, 25))
    assert p["约320亿元"] == "2030Q2"
