"""The report's own period (class P1) and wrapped bullet lines (class W), fixrep. Every text is invented.

P1. A document whose head fixes the period it reports on dates what it does not date itself by
    that period, not by its publication date:
    a. an issuer's periodic report behind an announcement masthead (证券代码：… 公告编号：…), an
       English name line or a title before the legal name is still the issuer's report: its
       quarter columns, 本年比上年增减 and undated figures are of the report's year, and a figure
       said as of 报告期末 is as of the report's last day;
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import filing_stretch
from text_facts import facts_of, period_of


# --- P1a. an issuer's periodic report --------------------------------------------------------
MASTHEAD = ("证券代码：688321                   证券简称：岚舟智能                   公告编号：2026-018\n\n"
            "岚舟智能科技股份有限公司\n2025年年度报告摘要\n\n")
TABLES = ("单位：元\n"
          "                    2025年              2024年             本年比上年增减(%)\n"
          "营业收入            1,204,332,118.20    1,016,220,331.10   18.50\n\n"
          "单位：元\n"
          "                第一季度        第二季度        第三季度        第四季度\n"
          "营业收入        254,100,200.11  301,220,400.12  310,004,500.13  339,007,017.84\n\n"
          "截至报告期末，公司注册开发者超过300万。\n")


@pytest.mark.parametrize("head", [
    "证券代码：688321  证券简称：岚舟智能  公告编号：2026-018\n岚舟智能科技股份有限公司\n2025年年度报告摘要\n",
    "证券代码：688321\n证券简称：岚舟智能\n公告编号：2026-018\n\n岚舟智能科技股份有限公司\n2025年年度报告摘要\n",
    "岚舟智能科技股份有限公司\nLANZHOU INTELLIGENCE CO.,LTD.\n2025年年度报告摘要\n",
    "2025年年度报告摘要\n岚舟智能科技股份有限公司\n",
    "岚舟智能科技股份有限公司2025年年度报告摘要（更新后）\n",
])
def test_an_issuers_annual_report_is_found_behind_its_masthead(head):
    assert filing_stretch(head) == "2025"


@pytest.mark.parametrize("head", [
    "股票代码：688321\n岚舟智能2025年年报点评\n",  # a broker's note on the report
    "2025年年度报告摘要\n岳川证券研究所\n",  # no issuer named
    "岚舟智能：2025年年报营收增长18%\n",  # a news headline
])
def test_a_note_on_a_report_is_no_filing(head):
    assert filing_stretch(head) is None


def test_quarter_and_growth_columns_of_an_annual_report_are_of_its_year():
    frame = facts_of(MASTHEAD + TABLES, dt.date(2026, 4, 18))
    assert period_of(frame, "254,100,200.11") == "2025Q1"
    assert period_of(frame, "301,220,400.12") == "2025Q2"
    assert period_of(frame, "339,007,017.84") == "2025Q4"
    assert period_of(frame, "18.50") == "2025"


def test_a_figure_as_of_the_report_end_is_of_its_last_day():
    frame = facts_of(MASTHEAD + TABLES, dt.date(2026, 4, 18))
    assert period_of(frame, "300万") == "2025-12-31"


def test_a_figure_of_the_report_stretch_keeps_the_stretch():
    frame = facts_of(MASTHEAD + "报告期内，公司研发投入约1.8亿元，同比增长22%；报告期末在册客户约3,200家。\n",
                     dt.date(2026, 4, 18))
    assert period_of(frame, "1.8亿元") == "2025"
