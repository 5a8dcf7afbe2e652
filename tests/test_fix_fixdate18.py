"""A header date followed on its line by a labelled clock time is the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.load.metadata import find_published


@pytest.mark.parametrize("line", [
    "2031年3月8日（星期六）　　發出時間：09:15",
    "2031年3月8日　发布时间：09:15",
])
def test_date_then_labelled_clock_time(line):
    text = f"某某证券（虚构）　收市速评\n{line}\n\n科技股收市表现分化\n恒生科技指数今日升1.2%。"
    found = find_published(text)
    assert found.date == dt.date(2031, 3, 8)
    assert found.source == "header"


def test_a_sentence_after_the_date_is_no_stamp():
    text = "某某证券（虚构）\n2031年3月8日公司公告称，截至发布时间:09:15股价上涨。\n\n正文。"
    assert find_published(text).date is None

