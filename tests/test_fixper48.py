"""fixper48: the reference-year words of a report on one fiscal year that does not end in
December (本年度, 上年度, 全年, 年内 under 截至…3月31日止年度 or 2024/25财政年度 in its header) are
fiscal years (FY2025, FY2024), not calendar ones; a header year ending in December stays a
calendar year.

Every text is invented.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import period_containing

MARCH_YEAR = """星河养老服务有限公司
截至二零二五年三月三十一日止年度之全年業績公告

本集團截至二零二五年三月三十一日止年度（「本年度」）之經審核綜合業績如下：
全年服務長者4,350人，年內新增照護機械人62台。
毛利率為28.4%，上年度為26.1%。
"""

JUNE_PAIR = """澄湖研究院
2024/25财政年度报告（摘录）

全年研究经费收入达1.2亿元，年内发表论文214篇。
"""

DECEMBER_YEAR = """星河养老服务有限公司
截至二零二四年十二月三十一日止年度之全年業績公告

全年服務長者4,350人，年內新增照護機械人62台。
毛利率為28.4%，上年度為26.1%。
"""


def test_this_year_words_of_a_march_fiscal_year_are_that_fiscal_year():
    published = dt.date(2025, 6, 20)
    assert period_containing(MARCH_YEAR, published, "4,350") == "FY2025"
    assert period_containing(MARCH_YEAR, published, "62") == "FY2025"


def test_last_year_word_of_a_march_fiscal_year_is_the_fiscal_year_before():
    assert period_containing(MARCH_YEAR, dt.date(2025, 6, 20), "26.1%") == "FY2024"


def test_a_fiscal_year_pair_in_the_title_dates_the_year_words():
    assert period_containing(JUNE_PAIR, dt.date(2025, 10, 15), "214") == "FY2025"


def test_a_year_ending_in_december_stays_a_calendar_year():
    published = dt.date(2025, 3, 20)
    assert period_containing(DECEMBER_YEAR, published, "4,350") == "2024"
    assert period_containing(DECEMBER_YEAR, published, "26.1%") == "2023"


RANKING = """云岚财经研究中心
2025云岚中国AI企业家财富榜

发布日期：2025年11月6日　｜　财富计算截止日：2025年10月31日

【榜单速览】
· 上榜企业家的财富总额达到3.15万亿元；上榜者平均财富315亿元。
"""


def test_a_ranking_cut_off_day_label_written_with_day_dates_its_figures():
    published = dt.date(2025, 11, 6)
    assert period_containing(RANKING, published, "3.15万亿元") == "2025-10-31"
    assert period_containing(RANKING, published, "315亿元") == "2025-10-31"
