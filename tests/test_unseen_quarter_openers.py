"""A paragraph that opens on a quarter reports that quarter: ``FY33Q3收入98.2亿美元，同比增长9%；
当期cRPO 280亿美元。Agentforce ARR约5.1亿美元…`` dates every later figure of the paragraph that
states no period of its own by the opening quarter, fiscal (``FY33Q3``, ``2033财年第三季度``,
``第三财季``) as calendar (``2032年三季度``), instead of the publication month. A later sentence
about a firm the opener does not name, a quarter written after the subject and a sentence with a
date of its own are near-misses that keep their period.

Every example is invented (星云科技, 岚峰科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2033, 1, 20)
BODY = "收入98.2亿美元，同比增长9%；当期cRPO 280亿美元。Agentforce ARR约5.1亿美元，同比增长310%。付费交易超过9000笔。"


def test_a_fiscal_quarter_opening_the_paragraph_dates_its_later_sentences():
    f = facts_of("FY33Q3" + BODY, published=DAY)
    for text in ("98.2亿", "9%", "280亿", "5.1亿", "310%", "9000"):
        assert period_of(f, text) == "FY2033Q3", text


def test_a_written_out_fiscal_quarter_opens_the_same_way():
    f = facts_of("2033财年第三季度，" + BODY, published=DAY)
    assert period_of(f, "5.1亿") == "FY2033Q3"
    assert period_of(f, "9000") == "FY2033Q3"


def test_a_calendar_quarter_opens_the_same_way():
    f = facts_of("2032年三季度" + BODY, published=DAY)
    assert period_of(f, "5.1亿") == "2032Q3"
    assert period_of(f, "9000") == "2032Q3"


def test_later_sentences_about_the_firm_it_names():
    f = facts_of("2032年三季度，星云科技收入98.2亿美元，同比增长9%。星云科技ARR约5.1亿美元。付费交易超过9000笔。",
                 published=DAY)
    assert period_of(f, "5.1亿") == "2032Q3"
    assert period_of(f, "9000") == "2032Q3"


def test_near_miss_another_firm_after_a_named_opener():
    f = facts_of("第三财季，星云科技收入98.2亿美元。OpenAI ARR约200亿美元。", published=DAY)
    assert period_of(f, "200亿") == "2033-01"


def test_near_miss_a_quarter_after_the_subject_leads_nothing_new():
    f = facts_of("星云科技FY33Q3收入98.2亿美元，同比增长9%。OpenAI ARR约200亿美元。", published=DAY)
    assert period_of(f, "98.2亿") == "FY2033Q3"
    assert period_of(f, "200亿") == "2033-01"


def test_near_miss_a_later_date_of_its_own_wins():
    f = facts_of("FY33Q3收入98.2亿美元，同比增长9%。12月付费交易超过9000笔。", published=DAY)
    assert period_of(f, "9000") == "2032-12"
