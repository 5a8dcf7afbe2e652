"""fixper20: periods of invented notes (invented firms and figures).

- A period heading a later comma clause, after a few lead words (``而这一比例去年仅为22%``) or
  before a few words and its figure (``前11月累计同比增长19.2%``), is that clause's figure's
  time when the figure is of the same measure, not the time of the numbers before it.
- A weekly out on the Monday after the week it states (``统计区间``) that never calls a week
  本周 in its prose (a heading ``■ 本周要点`` does not count) means that week by 上周.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2031, 12, 9)
MONDAY = dt.date(2031, 3, 10)


# --- a later clause's period dates its own figure ---------------------------------------------
def test_a_window_heading_a_later_clause_dates_only_its_own_figure():
    f = facts_of("六家公司合计营收月减3.1%，但同比增长28.4%，前11月累计同比增长19.2%。", published=DAY)
    assert period_of(f, "19.2%") == "2031-01/2031-11"
    assert period_of(f, "3.1%") != "2031-01/2031-11"
    assert period_of(f, "28.4%") != "2031-01/2031-11"


def test_a_period_after_lead_words_in_a_later_clause_is_its_own_figures():
    f = facts_of("受访者中41.3%表示已使用AI写作工具，而这一比例去年仅为22%。", published=DAY)
    assert period_of(f, "22%") == "2030"
    assert period_of(f, "41.3%") != "2030"


def test_a_later_period_before_another_measure_keeps_dating_the_number():
    # near-miss: the later clause's figure is a growth rate, not an amount: the half dates both
    f = facts_of("云栈智能营收12亿元，2031年上半年同比增长40%。", published=DAY)
    assert period_of(f, "12亿元") == "2031H1"


# --- 上周 in a Monday weekly that states its week --------------------------------------------
HEAD = "青禾证券 · 金融工程 | ETF资金周报\n报告日期：2031年3月10日    统计区间：2031.03.03—2031.03.07\n\n"


def test_last_week_of_a_monday_weekly_headed_this_weeks_points_is_its_stated_week():
    f = facts_of(HEAD + "■ 本周要点\n1. 资金面：上周人工智能主题ETF合计净流入48亿元，环比增加20%。\n",
                 published=MONDAY)
    assert period_of(f, "48亿元") == "2031-03-03/2031-03-07"


def test_last_week_after_this_week_in_prose_is_the_week_before():
    # near-miss: the prose calls the stated week 本周, so 上周 is the week before it
    f = facts_of(HEAD + "■ 资金面\n本周人工智能主题ETF合计净流入48亿元，较上周的30亿元明显放大。\n",
                 published=MONDAY)
    assert period_of(f, "48亿元") == "2031-03-03/2031-03-07"
    assert period_of(f, "30亿元") == "2031-02-24/2031-02-28"


def test_a_cited_headlines_figure_takes_the_later_clauses_time():
    from helpers_text import facts_of_text
    # a headline quoted in 《》 states the claim the sentence then tells, dated by its later clause
    text = "据某财经6月7日报道《岚川大模型免费半个月》，岚川自5月20日宣布旗舰模型免费开放使用。"
    df = facts_of_text(text, dt.date(2024, 6, 10))
    assert set(df[df["text"] == "免费"]["period"]) == {"2024-05-20"}, df[["text", "period"]]
