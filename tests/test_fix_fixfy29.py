"""Fiscal periods of companies whose fiscal year does not end in December (fiscal_years.csv).

Every sentence is invented; the companies are real only for their fiscal calendars.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of, period_values


def _periods(text: str, published: dt.date) -> dict[str, str]:
    f = facts_of(text, published)
    return dict(zip(f["text"], f["period"]))


def test_taiwanese_and_hong_kong_words_for_a_fiscal_year_are_fiscal_labels():
    # 會計年度 (Taiwan) and 財政年度 (Hong Kong) are 财年: a fiscal year with its quarter
    assert period_values("美光2024会计年度第三季营收68.1亿美元，2024会计年度第四季指引76亿美元", dt.date(2024, 7, 2)) \
        == ["FY2024Q3", "FY2024Q4"]
    assert period_values("2027财政年度收入预测", dt.date(2025, 11, 20)) == ["FY2027"]
    p = _periods("美光2024會計年度第三季營收68.1億美元；公司對2024會計年度第四季營收指引為76億美元。", dt.date(2024, 7, 2))
    assert p["68.1億美元"] == "FY2024Q3"
    assert p["76億美元"] == "FY2024Q4"


def test_whole_fiscal_year_word_counts_from_the_fiscal_quarter_the_block_states():
    # published after the year ended: 全财年 is the year of the quarter just reported, not the
    # fiscal year holding the publication day
    p = _periods("苹果2024财年第四财季（截至2024年9月28日）营收949亿美元，同比增长6%。全财年服务收入961亿美元。",
                 dt.date(2024, 11, 5))
    assert p["949亿美元"] == "FY2024Q4"
    assert p["961亿美元"] == "FY2024"


def test_whole_year_of_a_fiscal_company_is_the_fiscal_year_its_sentence_states():
    p = _periods("全年来看，2024财年苹果营收3910亿美元；iPhone全年收入2010亿美元。", dt.date(2024, 11, 5))
    assert p["2010亿美元"] == "FY2024"


def test_whole_year_after_a_calendar_year_stays_calendar():
    p = _periods("苹果2024财年营收3910亿美元。IDC预计苹果2024年全年iPhone出货量2.3亿部。", dt.date(2024, 11, 5))
    assert p["2.3亿"] == "2024"


def test_a_relative_quarter_word_is_the_fiscal_quarter_of_a_fiscal_company():
    # 季内 takes the calendar quarter stated before it (another company's); for Alibaba, in a
    # report that speaks fiscal, that quarter is its fiscal quarter
    p = _periods("阿里巴巴的财年截至3月底。\n\n腾讯第二季收入1800亿元。\n\n阿里巴巴季内资本开支230亿元。",
                 dt.date(2024, 8, 20))
    assert p["1800亿元"] == "2024Q2"
    assert p["230亿元"] == "FY2025Q1"
