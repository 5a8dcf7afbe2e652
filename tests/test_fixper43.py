"""The period a document's figures are mostly of dates its undated usage and results figures.

A report about one year or one quarter (a bank's annual-report digest, a results note, a survey
of one year) states that period at most of its figures and leaves it out at the rest: ``已在180余
个场景落地`` under the year's results is of that year. After repeats are merged, a figure of a
theme in ``document_period_themes.csv`` that no rule dated takes the period of the most rows of
its document, when that period dates at least the theme's share of the rows (and at least three,
more than any other), is a single period and has begun by the publication.

Every example is invented (青禾银行, 星河半导体, Zorvex and 星河-3 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract import keywords as kw
from aigc_analysis.extract.facts import _principal_period, _principal_period_fill

DAY = dt.date(2031, 4, 20)

_RESULTS = ("青禾银行2030年年报点评\n\n"
            "2030年，青禾银行营业收入1,250亿元，同比增长6.2%；净利润410亿元，同比增长4.1%。\n\n"
            "二、大模型落地\n"
            "“禾智”大模型已在180余个场景落地，服务客户超过2,300万人次。\n")


def _periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["period"]))


def _row(period: str, theme: str = "earnings", metric: str = "revenue", doc: str = "a.txt") -> dict:
    return {"doc_id": doc, "period": period, "theme": theme, "metric": metric, "published": "2031-04-20"}


def test_usage_figures_under_a_years_results_take_that_year():
    p = _periods(_RESULTS)
    assert p["1,250亿元"] == "2030"
    assert p["180余"] == "2030"
    assert p["超过2,300万"] == "2030"


def test_without_a_principal_period_usage_figures_stay_undated():
    # two periods, neither dating more rows than the other: no period the document is about
    p = _periods("星河半导体2030年营业收入120亿元，同比增长8%。2029年营业收入110亿元，同比增长5%。\n\n"
                 "“星河助手”已在60余个场景落地。\n")
    assert p["60余"] == ""


def test_a_forecast_year_dates_no_undated_figure():
    assert _principal_period([_row("2033")] * 4) is None
    assert _principal_period([_row("2030")] * 4) == "2030"


def test_a_window_is_no_documents_period():
    assert _principal_period([_row("2030/2032")] * 4) is None


def test_fiscal_year_of_the_publication_year_counts_as_begun():
    assert _principal_period([_row("FY2032")] * 3) == "FY2032"


def test_the_share_of_the_theme_must_be_reached():
    # 3 rows of 2030 among 12: a quarter for adoption, below capex's share
    rows = [_row("2030")] * 3 + [_row("", "compute", "gpu_count") for _ in range(7)]
    adoption, capex = _row("", "adoption", "users"), _row("", "capex", "capex")
    _principal_period_fill(rows + [adoption, capex])
    assert kw.document_period_themes()["adoption"] <= 3 / 12 < kw.document_period_themes()["capex"]
    assert adoption["period"] == "2030"
    assert capex["period"] == ""


def test_other_themes_and_timeless_metrics_stay_undated():
    # a price list, a rating call (给予25倍PE) or a deal term is not dated by the document's period
    pricing, call = _row("", "pricing", "price"), _row("", "valuation", "pe_ratio")
    params = _row("", "adoption", "parameters")
    _principal_period_fill([_row("2030")] * 3 + [pricing, call, params])
    assert pricing["period"] == call["period"] == params["period"] == ""


def test_each_document_has_its_own_period():
    other = _row("", "adoption", "users", doc="b.txt")
    _principal_period_fill([_row("2030")] * 3 + [other, _row("", doc="b.txt")])
    assert other["period"] == ""


def test_a_results_flash_dates_its_usage_figure_with_its_quarter():
    # the header quarter (test_unseen_periods) dates the results; the usage figure after them
    # takes the quarter as the period most of the flash's rows state
    text = ("Zorvex Capital | Tech Flash\nZRVX FY3Q32: cloud beats\n\nKey takeaways\n"
            "- Revenue US$31.5bn (+42% YoY) vs. consensus US$30.2bn. 收入315亿美元。\n"
            "- Gross margin 61.3%, up 2pp QoQ. 毛利率61.3%。\n"
            "星河-3日活跃用户数为1200万。\n")
    p = _periods(text)
    assert p["US$31.5bn"] == "FY2032Q3"
    assert p["1200万"] == "FY2032Q3"
