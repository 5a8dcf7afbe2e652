"""fixper22b: a quarter stated once for a firm carries on to its later figures. Invented text.

1. a segment of the firm (the lexicon's ``org``) goes on in the quarter stated for the firm
   (``腾讯第二季收入…。金融科技及企业服务收入…``);
2. a line of running text right under another goes on with the period stated there for the
   same subject (every line is a paragraph of its own);
3. ``上一季``/``该季`` are quarter words like ``上季度``/``该季度``;
4. ``过去四个季度合计…`` after ``季内…`` is the four quarters ending with that quarter.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

PUB = dt.date(2031, 11, 20)


def test_segment_of_the_firm_goes_on_in_its_quarter():
    frame = facts_of("腾讯第三季收入2,345亿元，按季增长3%。金融科技及企业服务收入678亿元，按年增长9%。\n", PUB)
    assert period_of(frame, "678亿元") == "2031Q3"


def test_line_under_a_results_line_goes_on_in_its_fiscal_quarter():
    text = ("一、腾讯：广告先行\n"
            "腾讯第三季收入2,345亿元，按年增长13%。\n\n"
            "二、阿里巴巴：云业务提速\n"
            "阿里巴巴2032财年第二季（即截至9月30日止季度）集团收入2,876亿元，按年增长6%。\n"
            "云智能集团收入456.7亿元，按年增长31%，较上一季的27%再提速。经调整EBITA为83亿元。\n")
    frame = facts_of(text, PUB)
    assert period_of(frame, "456.7亿元") == "FY2032Q2"
    assert period_of(frame, "83亿元") == "FY2032Q2"
    assert period_of(frame, "27%") == "FY2032Q1"


def test_trailing_quarters_end_with_the_quarter_stated():
    text = "腾讯第三季收入2,345亿元。季内资本开支135亿元，过去四个季度合计约789亿元。\n"
    frame = facts_of(text, PUB)
    assert period_of(frame, "135亿元") == "2031Q3"
    assert period_of(frame, "789亿元") == "2030Q4/2031Q3"
