"""A header date followed on its line by a labelled clock time is the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.load.metadata import find_published


@pytest.mark.parametrize("line", [
    "2031年3月8日（星期六）　　發出時間：09:15",
    "2031年3月8日　发布时间：09:15",
    "2031年3月8日 时间: 09:15:30",
])
def test_date_then_labelled_clock_time(line):
    text = f"某某证券（虚构）　收市速评\n{line}\n\n科技股收市表现分化\n恒生科技指数今日升1.2%。"
    found = find_published(text)
    assert found.date == dt.date(2031, 3, 8)
    assert found.source == "header"


def test_a_sentence_after_the_date_is_no_stamp():
    text = "某某证券（虚构）\n2031年3月8日公司公告称，截至发布时间:09:15股价上涨。\n\n正文。"
    assert find_published(text).date is None


@pytest.mark.parametrize("line, evidence", [
    ("2031/03/03-2031/03/07", "2031/03/03-2031/03/07"),
    ("統計區間：2031.03.03～03.07", "2031.03.03～03.07"),
    ("本期区间：2031年3月3日至7日", "2031年3月3日至7日"),
])
def test_a_weeks_span_alone_dates_the_issue_at_its_end(line, evidence):
    text = f"某某投顾（虚构）　AI供应链周报\n{line}\n\n本周指数上涨1.2%。"
    found = find_published(text)
    assert (found.date, found.evidence, found.source) == (dt.date(2031, 3, 7), evidence, "span")


def test_a_span_beside_a_dated_header_or_longer_than_a_month_is_not_the_date():
    dated = "某某投顾（虚构）　周报\n2031年3月10日\n统计区间：2031/03/03-03/07\n\n本周指数上涨1.2%。"
    assert find_published(dated).date == dt.date(2031, 3, 10)
    year = "某某投顾（虚构）　年度回顾\n2030/01/01-2030/12/31\n\n全年指数上涨12%。"
    assert find_published(year).date is None
