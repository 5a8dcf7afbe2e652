"""Periods a document gives its figures from outside their sentences, and split fiscal years.

Three mechanisms:

* An as-of label (``data_asof_label`` of ``facts_words.csv``: 数据截至, 统计截至, 估值截至) under a
  ranking's or a list's title dates the undated figures after it to the day (or month) it
  gives, as a ``data_period_label`` (数据日期) already did; a monthly recap or a quarter's
  report keeps its own stretch (the cut-off only ends it), and figures before the label stay
  undated.
* A bare year right before 台湾 (``2025台湾消费者调查``) is a year, not a count of machines
  (``2025台``): a survey's title then dates its undated figures (``reference_title``).
* A fiscal year written as the two calendar years it straddles (``FY25/26``, ``2025/26财年``) is
  the fiscal year it ends in (``FY2026``), its quarter and half too (``FY25/26 Q2``: FY2026Q2).

Every example is invented (the 榜, the 研究所 and 曜川集团 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.periods import find_periods


def _periods(text: str, day: dt.date) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


_AUTUMN = dt.date(2025, 11, 3)

# ---- an as-of label over a ranking ------------------------------------------------------

_RANKING = ("全球智算中心规模榜（秋季版）\n\n"
            "星图研究组　2025年11月3日\n"
            "数据截至：2025年9月30日｜排序依据：加速卡数量\n\n"
            "【No.1】北岭智算园\n"
            "　加速卡：约18万张GPU\n"
            "　供电：约260MW\n")


def test_an_as_of_label_under_a_rankings_title_dates_its_undated_figures():
    got = _periods(_RANKING, _AUTUMN)
    assert got["约18万"] == "2025-09-30"
    assert got["约260MW"] == "2025-09-30"


def test_an_as_of_label_in_a_lists_notes_gives_its_month():
    text = ("AI应用用户规模观察\n\n"
            "以下如无特别说明，统计截至2025年8月。\n\n"
            "生成式AI产品用户规模达5.2亿人，其中使用智能体的用户占比为23.5%。\n")
    got = _periods(text, _AUTUMN)
    assert got["5.2亿"] == "2025-08"


def test_a_quarterly_report_keeps_its_quarter_over_the_cut_off_day():
    text = ("2025年Q3全球AI创投季报\n"
            "数据截至2025年9月30日；金额为已披露金额。\n\n"
            "· 三季度AI领域融资共412亿美元，占全部风险投资的44%。\n")
    got = _periods(text, dt.date(2025, 10, 20))
    assert got["412亿美元"] != "2025-09-30"


def test_without_a_label_the_undated_figures_stay_undated():
    text = _RANKING.replace("数据截至：2025年9月30日｜", "")
    got = _periods(text, _AUTUMN)
    assert got["约18万"] == ""


# ---- a bare year before a place in a survey's title --------------------------------------

def test_a_year_before_taiwan_is_a_year_and_dates_the_survey():
    text = ("《2025台灣上班族生成式AI使用調查》摘要\n\n"
            "調查顯示，受訪上班族中每週使用生成式AI的比例為47.3%。\n")
    got = _periods(text, dt.date(2025, 10, 9))
    assert got["47.3%"] == "2025"


def test_a_count_of_machines_is_still_no_year():
    assert [p.value for p in find_periods("今年累计交付2025台服务器", dt.date(2025, 10, 9))] == ["2025"]
    assert find_periods("交付2025台，同比增长", dt.date(2025, 10, 9)) == []


# ---- split fiscal years -----------------------------------------------------------------

def test_a_fiscal_year_over_two_calendar_years_is_the_year_it_ends_in():
    day = dt.date(2025, 11, 21)
    assert [p.value for p in find_periods("曜川集团FY25/26 Q2业绩点评", day)] == ["FY2026Q2"]
    assert [p.value for p in find_periods("上半财年（FY25/26 H1）收入合计", day)] == ["FY2026H1"]
    assert [p.value for p in find_periods("FY24/25全年收入", day)] == ["FY2025"]
    assert [p.value for p in find_periods("曜川2025/26财年第一财季收入", day)] == ["FY2026Q1"]
    assert [p.value for p in find_periods("公布FY25/26第二财季业绩", day)] == ["FY2026Q2"]


def test_two_years_apart_are_no_split_fiscal_year():
    day = dt.date(2025, 11, 21)
    assert [p.value for p in find_periods("2025/27财年", day)] == []


def test_a_split_fiscal_years_results_are_of_that_fiscal_quarter():
    text = ("曜川集团FY25/26 Q2业绩点评\n\n"
            "曜川集团公布FY25/26第二财季业绩：收入128亿美元，同比增长14%。\n")
    got = _periods(text, dt.date(2025, 11, 21))
    assert got["128亿美元"] == "FY2026Q2"


# ---- a calendar-year sibling listed after another firm's fiscal quarter ------------------

def test_a_calendar_year_firm_after_a_fiscal_quarter_label_reports_the_calendar_quarter():
    text = ("云厂商资本开支速览\n\n"
            "微软FY26Q1资本开支351亿美元，亚马逊338亿美元，Meta 187亿美元。\n")
    got = _periods(text, dt.date(2025, 11, 18))
    assert got["351亿美元"] == "FY2026Q1"
    assert got["338亿美元"] == "2025Q3"
    assert got["187亿美元"] == "2025Q3"


def test_a_fiscal_quarter_of_the_firm_itself_stays_fiscal():
    got = _periods("英伟达FY2026Q3数据中心收入512亿美元，同比增长66%。\n", dt.date(2025, 11, 25))
    assert got["512亿美元"] == "FY2026Q3"

