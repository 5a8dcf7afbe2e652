"""fixper22: periods of companies whose fiscal year ends in March (Japanese filers). Invented text.

1. their fiscal calendar is data (``fiscal_years.csv``): ``第二财季`` of Advantest in a note of
   November 2031 is ``FY2032Q2``, not the calendar stand-in ``FY2031Q2``;
2. in a report that speaks in fiscal periods, a bare ``上半年``/``全年``/``去年同期`` of such a company
   is its fiscal half or year (``FY2032H1``), not the calendar one;
3. ``全年`` after a bare ``第n财季`` is the fiscal year of that quarter by the company's calendar.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import fiscal_half
from text_facts import facts_of, period_of

PUB = dt.date(2031, 11, 20)

NOTE = ("澜桥证券 日股点评\n\n"
        "爱德万测试公布2032财年中报。\n"
        "爱德万测试上半年销售额4,321亿日元，去年同期为3,210亿日元。\n"
        "爱德万测试第二财季单季销售额2,345亿日元。公司将全年销售额指引上调至8,765亿日元。\n")


def test_fiscal_half_of_a_march_year():
    assert fiscal_half(3, PUB, 1) == "FY2032H1"
    assert fiscal_half(3, PUB, 2, offset=-1) == "FY2031H2"


def test_bare_half_of_a_march_year_firm_is_its_fiscal_half():
    frame = facts_of(NOTE, PUB)
    assert period_of(frame, "4,321亿日元") == "FY2032H1"
    assert period_of(frame, "3,210亿日元") == "FY2031H1"


def test_fiscal_quarter_and_full_year_of_a_march_year_firm():
    frame = facts_of(NOTE, PUB)
    assert period_of(frame, "2,345亿日元") == "FY2032Q2"
    assert period_of(frame, "8,765亿日元") == "FY2032"


def test_bare_half_stays_calendar_in_a_report_with_no_fiscal_word():
    # near-miss: nothing in the report speaks of fiscal periods
    frame = facts_of("澜桥证券 日股点评\n\n爱德万测试上半年销售额4,321亿日元。\n", PUB)
    assert period_of(frame, "4,321亿日元") == "2031H1"


def test_bare_half_of_a_calendar_year_firm_stays_calendar():
    # near-miss: a company with no fiscal calendar row, in a report that speaks fiscal
    frame = facts_of("澜桥证券 点评\n\n腾讯2032财年口径不适用。腾讯上半年收入4,321亿元。\n", PUB)
    assert period_of(frame, "4,321亿元") == "2031H1"
