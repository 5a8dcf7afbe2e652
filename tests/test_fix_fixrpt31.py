"""fixrpt31: the undated results of an issuer's own periodic report (invented firms and figures).

- A results announcement that glosses the stretch it states as its reporting period
  (``截至2031年6月30日止六個月（「報告期」）``, a Hong Kong interim announcement) dates its
  undated 报告期 figures by that stretch (2031H1), as ``本报告期自…起至…止`` does.
- An excerpt of the issuer's annual report (``…股份有限公司2031年年度报告（摘录）``) is that
  filing still: its undated 报告期内 results are of the year it reports.
- A product row of the issuer's own table whose label only partly names a concept
  (``高端光通信收发模块``) stays the issuer's earnings, not a market's revenue.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import stated_report_period
from text_facts import facts_of, period_of


def test_a_glossed_reporting_period_is_the_stretch_it_glosses():
    assert stated_report_period("董事會欣然公佈本集團截至2031年6月30日止六個月（「報告期」）之未經審核業績。") == "2031H1"
    assert stated_report_period("公佈截至2031年12月31日止年度（以下简称“报告期”）之业绩") == "2031"
    # a fiscal year ending in March is no calendar stretch
    assert stated_report_period("公佈截至2031年3月31日止年度（「報告期」）之業績") is None


def test_an_interim_announcement_dates_its_undated_results_by_its_reporting_period():
    text = ("星澜智算控股有限公司\n（股份代號：9999）\n\n截至2031年6月30日止六個月之中期業績公告\n\n"
            "星澜智算控股有限公司董事會欣然公佈本公司截至2031年6月30日止六個月（「報告期」）之未經審核綜合業績。\n\n"
            "業務回顧\n報告期內，星澜智算收入為人民幣8.42億元，按年增長37.5%。\n")
    f = facts_of(text, published=dt.date(2031, 8, 20))
    assert period_of(f, "8.42億元") == "2031H1"


ANNUAL = ("青岩光联股份有限公司2031年年度报告（摘录）\n第三节　管理层讨论与分析\n\n"
          "三、主营业务分析\n报告期内，公司实现营业收入1,234,567.89万元，同比增长45.67%。\n\n"
          "1、营业收入构成（单位：万元）\n"
          "项目　　　　　　　　　2031年　　　　　　2030年　　　　　同比增减\n"
          "高端光通信收发模块　　1,100,000.00　　　　800,000.00　　　37.50%\n"
          "光通信器件　　　　　　　134,567.89　　　　　90,000.00　　　49.52%\n")


def test_an_excerpt_of_an_annual_report_dates_its_undated_results_by_its_year():
    f = facts_of(ANNUAL, published=dt.date(2032, 4, 10))
    assert period_of(f, "1,234,567.89万元") == "2031"


def test_a_product_row_of_the_issuers_table_is_its_earnings():
    f = facts_of(ANNUAL, published=dt.date(2032, 4, 10))
    rows = f[(f["value"] - 11_000_000_000).abs() < 1]
    assert len(rows) == 1, f[["theme", "entity", "metric", "value", "period"]].to_string()
    assert rows.iloc[0]["theme"] == "earnings"
    # 光通信 names only part of the label: the row is the issuer's, not "… optical communications"
    assert rows.iloc[0]["entity"] == "Qingyanguanglian"
