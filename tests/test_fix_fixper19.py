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

