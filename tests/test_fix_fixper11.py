"""fixper11: periods of invented notes (invented firms and figures).

- A weekly review that states its days once, at the head of its first section
  (``【一周综述】⏎3月3日-3月9日，…``, ``一、一週回顧（3月3日至3月7日）``), covers those days: its
  本周 and 周涨 figures take them, not the trading week of its publication date.
- A weekly report out in a later calendar week than the week it covers (a Monday) has its
  年初至今 figures as of that week's last day, whether or not it says 本周.
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of, period_of

from aigc_analysis.extract.periods import _under_week_heading

MONDAY = dt.date(2031, 3, 10)

ROUNDUP = ("青禾资本研究部　2031年3月10日\n\n"
           "{heading}\n"
           "3月3日-3月9日，机器人领域共披露融资事件17起。\n\n"
           "【二级市场】\n"
           "本周青禾机器人指数上涨2.6%，云栈智能周涨幅7.7%，年初至今累计上涨约41%。\n")


@pytest.mark.parametrize("heading", ["【一周综述】", "一、一週回顧"])
def test_the_days_a_weekly_review_opens_with_are_its_week(heading):
    f = facts_of(ROUNDUP.format(heading=heading), published=MONDAY)
    assert period_of(f, "2.6%") == "2031-03-03/2031-03-09"
    assert period_of(f, "7.7%") == "2031-03-03/2031-03-09"
    assert period_of(f, "约41%") == "2031-03-09"  # year to date: as of the week's last day


@pytest.mark.parametrize("text,start,expected", [
    ("【一周综述】\n3月3日-3月9日，", 7, True),
    ("一、一週回顧（3月3日至3月7日）", 7, True),
    # near-misses: a heading with no week word, a week word in prose, a stretch inside a sentence
    ("【融资综述】\n3月3日-3月9日，", 7, False),
    ("近一周以来，3月3日-3月9日", 6, False),
    ("一周综述：本期看点包括3月3日-3月9日", 11, False),
])
def test_a_stretch_of_days_under_a_week_heading(text, start, expected):
    assert _under_week_heading(text, start) is expected


ETF_WEEKLY = ("青禾证券·美股AI ETF周报\n2031年3月10日\n统计区间：2031/03/03–2031/03/07\n\n"
              "■ 本周要点\nAI主题ETF本周合计净流入12.5亿美元；年初至今合计净流入约96亿美元。\n")


def test_a_monday_weekly_saying_this_week_has_its_year_to_date_as_of_the_weeks_last_day():
    f = facts_of(ETF_WEEKLY, published=MONDAY)
    assert period_of(f, "12.5亿美元") == "2031-03-03/2031-03-07"
    assert period_of(f, "约96亿美元") == "2031-03-07"
    # near-miss: out on the Saturday of its week, it keeps its publication day
    saturday = dt.date(2031, 3, 8)
    assert period_of(facts_of(ETF_WEEKLY.replace("3月10日", "3月8日"), published=saturday), "约96亿美元") == "2031-03-08"


# --- a holding's share of a fund (portfolio_weight) is a stock, as of a day ---------------------

def test_weights_in_a_weekly_report_are_as_of_the_weeks_last_day():
    text = ("青禾证券·美股AI ETF周报\n2031年3月10日\n统计区间：2031/03/03–2031/03/07\n\n"
            "■ 本周要点\nAI主题ETF本周合计净流入12.5亿美元。\n\n"
            "■ 前十大持仓权重变化\nQQAI：云栈智能权重17.4%（上周16.9%），星澜科技9.2%。\n")
    f = facts_of(text, published=MONDAY)
    assert period_of(f, "17.4%") == period_of(f, "9.2%") == "2031-03-07"
    assert period_of(f, "16.9%") == "2031-02-28"  # 上周: at the close of the week before
    assert period_of(f, "12.5亿美元") == "2031-03-03/2031-03-07"  # a flow keeps the week


FUND_Q = ("青禾人工智能主题混合型证券投资基金\n2031年第1季度报告\n2031年3月31日\n\n"
          "§1 基金产品概况\n本报告期自2031年1月1日起至3月31日止。\n\n"
          "5.2 报告期末按行业分类的股票投资组合\n"
          "制造业占基金资产净值比例为72.15%，信息传输、软件和信息技术服务业占13.40%。\n")


def test_weights_in_a_funds_quarterly_report_are_as_of_its_last_day():
    f = facts_of(FUND_Q, published=dt.date(2031, 4, 21))
    assert period_of(f, "72.15%") == "2031-03-31"


# --- a change stated after a move from a dated level spans the move ----------------------------

MOVES = ("青禾证券 2031年4月25日\n\n"
         "- 现货：QLC 8Gb现货价已由年初约2美元涨至3月底约7美元，累计涨幅超过250%。\n"
         "- 海外：Z100按需租用价格已由2029年高峰期的约6美元/卡时降至目前的1.5-1.8美元/卡时，降幅超过60%。\n"
         "- 国内：8卡Z800服务器月租金由2029年下半年的约12万元/台降至约8万元/台，降幅约33%。\n")


def test_a_change_after_a_move_spans_from_the_start_to_the_end_or_now():
    f = facts_of(MOVES, published=dt.date(2031, 4, 25))
    assert period_of(f, "超过250%") == "2031-01/2031-03"  # to the end the move names
    assert period_of(f, "降幅超过60%") == "2029/2031-04"  # to now: the publication month
    assert period_of(f, "降幅约33%") == "2029H2/2031-04"
    assert period_of(f, "1.5-1.8美元/卡时") == "2031-04"  # 降至目前的: the level reached is of now
    assert period_of(f, "约7美元") == "2031-03"  # the end keeps its own period


def test_a_level_reached_and_a_change_with_its_own_period_keep_theirs():
    # near-misses: the level right after the move word is no change; a change the clause dates
    # (同比, 2030年) is not the move's
    text = ("青禾证券 2031年4月25日\n\n"
            "云栈智能毛利率由2029年的20%升至35%。"
            "星澜科技营收由2029年的8亿元增至12亿元，2030年同比增长18%。\n")
    f = facts_of(text, published=dt.date(2031, 4, 25))
    assert "/" not in period_of(f, "35%")
    assert period_of(f, "18%") == "2030"
    f = facts_of("青禾证券 2031年4月25日\n\n云栈智能营收由2029年的8亿元增至2030年的12亿元，同比增长50%。\n",
                 published=dt.date(2031, 4, 25))
    assert "/" not in period_of(f, "50%")  # 同比: the growth of a year, no span


# --- the quarter a heading states dates the 本季 of its block; a Q&A's Q1 is no quarter -------

from aigc_analysis.extract.periods import find_periods  # noqa: E402


def _values(text, published):
    return [(p.text, p.value) for p in find_periods(text, published)]


SECTIONS = ("青禾证券｜海外科技｜季报点评\n2031年12月12日\n\n"
            "一、云栈科技FY32Q2：订单再翻倍\n\n"
            "资本开支是本季最大的意外：单季资本开支约45亿美元，上一财季为31亿美元。\n")


def test_this_quarter_under_a_heading_that_states_one_quarter():
    v = dict(_values(SECTIONS, dt.date(2031, 12, 12)))
    assert v["本季"] == "FY2032Q2"
    assert v["上一财季"] == "FY2032Q1"


def test_a_heading_stating_two_quarters_or_a_table_row_dates_nothing():
    # near-misses: a title naming two firms' quarters, a table row holding a quarter
    two = SECTIONS.replace("一、云栈科技FY32Q2：订单再翻倍", "云栈科技FY32Q2、星澜智能3Q31点评")
    assert dict(_values(two, dt.date(2031, 12, 12)))["本季"] != "FY2032Q2"
    row = SECTIONS.replace("一、云栈科技FY32Q2：订单再翻倍", "星澜智能　　FY31Q3　　2031年5月—7月")
    assert dict(_values(row, dt.date(2031, 12, 12)))["本季"] != "FY2031Q3"


QA = ("青禾证券研究所｜电话会纪要\n2031年11月26日\n\n"
      "星澜智能2032财年第二季度业绩电话会纪要\n\n"
      "【电话会Q&A】\n"
      "Q1（青川证券）：云业务增长的驱动力是什么？\nA：需求强劲。\n\n"
      "Q4：即时零售的亏损什么时候收窄？\n"
      "A：本季度即时零售业务收入同比增长52%。\n")


def test_question_numbers_are_no_quarters_and_this_quarter_is_the_titles():
    v = _values(QA, dt.date(2031, 11, 26))
    assert all(not t.startswith("Q") for t, _ in v)
    assert dict(v)["本季度"] == "FY2032Q2"


def test_a_quarter_line_that_asks_nothing_keeps_its_quarter():
    # near-miss: Q1：营收… lists a quarter's figures, no question
    assert ("Q1", "2031Q1") in _values("星澜智能季度营收\n\nQ1：营收10亿元\nQ2：营收12亿元\n", dt.date(2031, 11, 26))


# --- a stretch of several quarters written in months stays in months ---------------------------

@pytest.mark.parametrize("text, value", [
    ("2031年1-9月累计中标项目3,217个", "2031-01/2031-09"),
    ("2031年4至9月累计出货", "2031-04/2031-09"),
    # near-misses: one quarter or one half written in months is that quarter or half; quarters
    # written as quarters stay quarters
    ("2031年4-6月", "2031Q2"),
    ("2031年1-6月", "2031H1"),
    ("2031年前三季度", "2031Q1/2031Q3"),
])
def test_month_stretches(text, value):
    assert [v for _, v in _values(text, dt.date(2031, 11, 20))] == [value]


# --- an as-of date a section states once dates its later paragraphs' undated figures -----------

FLOWS = ("青川证券 | 资金流向日报\n2031年03月06日　星期四\n\n"
         "【两融】\n"
         "截至3月4日，沪深两市两融余额21,004.50亿元，较前一交易日增加86.20亿元。\n"
         "个股层面，云栈智能融资净买入5.36亿元，居全市场第一；星澜科技融资余额升至64.3亿元。\n\n"
         "【估值】\n"
         "星澜科技融资净买入2.10亿元。\n")


def test_a_sections_as_of_day_dates_its_later_paragraphs():
    f = facts_of(FLOWS, published=dt.date(2031, 3, 6))
    assert period_of(f, "5.36亿元") == period_of(f, "64.3亿元") == "2031-03-04"
    # near-miss: the next section states no as-of day: its flow keeps the publication month
    assert period_of(f, "2.10亿元") == "2031-03"


BULLETIN = ("青澄算力研究院\n统计发布　2031年第2号\n发布日期：2031年9月20日\n\n"
            "二、区域分布\n"
            "表1　主要区域算力中心情况（截至2031年6月底）\n"
            "区域　　　　标准机架（万架）　　平均PUE\n"
            "甲区　　　　　 146　　　　　　　 1.33\n"
            "乙区　　　　　 128　　　　　　　 1.36\n\n"
            "全国在用算力中心平均PUE为1.39；新建大型算力中心平均PUE为1.24。\n\n"
            "表2　重点企业年初至今涨幅（单位：%，截至9月18日）\n"
            "云栈智能　　　123.40\n\n"
            "三项估值分位均在80%以上。\n")


def test_prose_restating_a_tables_column_takes_the_captions_as_of():
    f = facts_of(BULLETIN, published=dt.date(2031, 9, 20))
    assert period_of(f, "1.39") == period_of(f, "1.24") == "2031-06"
    # near-miss: prose after a table of something else takes no caption's date
    assert period_of(f, "80%以上") not in ("2031-09-18", "2031-06")
