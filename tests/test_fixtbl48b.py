"""Table themes by keyword (fixtbl48b).

Three rules for a table's bare cells:

* the proceeds column of an offering's project table (``拟使用募集资金``) is a use of proceeds,
  valuation; the project's cost stays capex (``project_metric``, ``_project_metric``);
* a table of projects whose header also values each one (``项目 | 投资成本 | 最新估值``) lists an
  investor's holdings, valuation, not an issuer's capex plan (``facts_words.csv``
  ``portfolio_column``, ``facts.py`` ``_portfolio_table``);
* the words of a caption's exclusion clause (``不含仓储费用``) name nothing its cells measure
  (``caption_exclusion_lead``, ``_in_caption_exclusion``);
* a rate sheet's ``有效期：`` stretch of days dates its undated prices (``data_period_label``,
  ``data_period_days``).

Every example is invented: the firms, places and figures are in no report.
"""
from __future__ import annotations

from tests.text_facts import facts_of

_PORTFOLIO = """松岩资本三期基金2025年度投资人报告
发布日期：2025-04-20

本基金认缴规模20亿元，截至3月末已投资14个项目。

表2　主要在投项目（单位：万元）
项目　　　　　　　赛道　　　　　　投资成本　　最新估值　　账面倍数(x)
溪光算力　　　　　推理芯片　　　　21,000　　　 77,700　　 3.7
雁桥语料　　　　　数据服务　　　　 8,400　　　 19,320　　 2.3
"""

_OFFERING = """岚丘科技股份有限公司2025年度向特定对象发行A股股票预案
发布日期：2025-05-12

本次发行募集资金总额不超过9亿元，扣除发行费用后将用于以下项目：
单位：万元
| 序号 | 项目名称 | 项目投资总额 | 拟使用募集资金 |
| 1 | 东岭智算中心建设项目 | 64,000 | 58,000 |
| 2 | 补充流动资金 | 32,000 | 32,000 |
"""

_RATE_SHEET = """川屿国际物流有限公司
二〇二五年五月空运运价表

报价日期：二〇二五年五月一日
有效期：二〇二五年五月一日至五月三十一日

说明：本期运价由本司AI报价系统测算，人工复核后发布。

一、空运（广州起运，单位：人民币元/公斤，不含仓储费用）
目的地　　　　　　　四十五公斤以上　　　　一百公斤以上
迪拜（DXB）　　　　　三十七　　　　　　　　三十三
悉尼（SYD）　　　　　二十九　　　　　　　　二十六
"""


def _row(text: str, carried: str):
    f = facts_of(text)
    hit = f[f["text"] == carried]
    assert len(hit) == 1, f[["theme", "metric", "value", "unit", "period", "text"]].to_string()
    return hit.iloc[0]


def test_a_holding_table_of_projects_is_valuation():
    cost = _row(_PORTFOLIO, "21,000")
    assert (cost["theme"], cost["unit"], cost["value"]) == ("valuation", "CNY", 210000000.0)
    assert _row(_PORTFOLIO, "77,700")["theme"] == "valuation"
    assert _row(_PORTFOLIO, "19,320")["theme"] == "valuation"


def test_a_holding_row_is_about_its_investee_not_the_fund():
    assert "Songyan" not in _row(_PORTFOLIO, "77,700")["entity"]


def test_an_offering_project_costs_capex_and_takes_proceeds_valuation():
    assert _row(_OFFERING, "64,000")["theme"] == "capex"
    proceeds = _row(_OFFERING, "58,000")
    assert (proceeds["theme"], proceeds["value"]) == ("valuation", 580000000.0)


def test_an_excluded_cost_names_no_cell():
    row = _row(_RATE_SHEET, "三十七")
    assert (row["theme"], row["unit"], row["value"]) == ("pricing", "CNY", 37.0)
    assert _row(_RATE_SHEET, "二十六")["theme"] == "pricing"


def test_a_rate_sheet_validity_dates_its_prices():
    assert _row(_RATE_SHEET, "三十七")["period"] == "2025-05"
    assert _row(_RATE_SHEET, "二十九")["period"] == "2025-05"
