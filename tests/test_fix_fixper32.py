"""Periods of figures a results note leaves undated, read from the quarter its context reports.

Every example is invented (青禾科技, 岚图云 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of


def _periods(text: str, published: dt.date) -> dict[str, str]:
    f = facts_of(text, published)
    return dict(zip(f["text"], f["period"]))


def test_a_run_rate_in_a_quarters_results_section_is_of_that_quarter():
    # the section opens on the third quarter's results: a run-rate and a user count reached,
    # with no time of their own, go on with that quarter, not with the publication month
    p = _periods("一、青禾：新模型推高转化率\n"
                 "· 三季度总收入212.4亿元，同比增长26%。\n"
                 "· 端到端投放产品年化收入规模超过60亿元。\n"
                 "· 青禾AI用户规模已超过4,500万。", dt.date(2025, 11, 10))
    assert p["212.4亿元"] == "2025Q3"
    assert p["超过60亿元"] == "2025Q3"
    assert p["超过4,500万"] == "2025Q3"


def test_a_run_rate_with_no_quarter_around_it_stays_of_the_publication_month():
    p = _periods("一、青禾：新模型推高转化率\n"
                 "· 端到端投放产品年化收入规模超过60亿元。", dt.date(2025, 11, 10))
    assert p["超过60亿元"] == "2025-11"



def test_a_headlines_quarter_is_the_fiscal_quarter_the_body_reports():
    # 三季度 in the headline, 2026财年第三季度 in the body: fiscal wins when the text gives both
    p = _periods("岚图云三季度营收57亿美元超预期，数据中心业务同比增66%\n"
                 "2025-11-20 08:12:36　来源：某科技网\n\n"
                 "【某科技网讯】北京时间11月20日凌晨，岚图云公布截至2025年10月26日的2026财年第三季度业绩。"
                 "报告显示，公司当季营收57亿美元，同比增长62%。\n\n"
                 "其中，数据中心业务收入51.2亿美元，同比增长66%。\n\n"
                 "利润方面，公司GAAP净利润31.9亿美元，同比增长65%；摊薄每股收益1.30美元。",
                 dt.date(2025, 11, 20))
    assert p["51.2亿美元"] == "FY2026Q3"
    assert p["31.9亿美元"] == "FY2026Q3"
    assert p["1.30美元"] == "FY2026Q3"


def test_a_headlines_quarter_stays_calendar_when_the_body_reports_it_so():
    p = _periods("青禾科技三季度营收57亿元超预期\n"
                 "2025-11-20 08:12:36　来源：某科技网\n\n"
                 "【某科技网讯】青禾科技公布2025年第三季度业绩。报告显示，公司当季营收57亿元，同比增长62%。\n\n"
                 "利润方面，公司净利润9.1亿元，同比增长65%。",
                 dt.date(2025, 11, 20))
    assert p["9.1亿元"] == "2025Q3"
