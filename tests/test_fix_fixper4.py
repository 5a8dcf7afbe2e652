"""Period classes seen on unseen reports (fixper4). Every text is invented.

1. Japanese fiscal labels ``2027年3月期``: the fiscal year that ends that month (``FY2027``), its
   quarter ``第1季`` a fiscal quarter, never the calendar month March;
2. a monthly recap (``…月报``, ``…月度跟踪｜3月``): its ``本月`` is the month it covers (the month
   its header names, else the month just ended when it comes out in the first days of the next),
   and the rounds it lists undated are deals of that month.
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of, period_of, period_values


# --- 1. 2027年3月期 ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("岚川电机2027年3月期第1季（4-6月）营收2,150亿日元", "FY2027Q1"),
    ("公司维持2026年3月期营业利益预估6,300亿日元", "FY2026"),
    ("2028年3月期上半年订单额", "FY2028H1"),
    ("26年3月期第3季度", "FY2026Q3"),
])
def test_a_fiscal_year_named_by_its_closing_month_is_fiscal(text, expected):
    assert period_values(text, dt.date(2026, 6, 1))[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("2026年3月出口额同比增长12%", "2026-03"),  # a calendar month, no 期
    ("2026年3月期间收入", "2026-03"),  # 期间: during March
    ("2025年6月期货价格", "2025-06"),  # 期货: futures
])
def test_a_calendar_month_stays_a_month(text, expected):
    assert period_values(text, dt.date(2026, 6, 1))[0] == expected


def test_a_traditional_fiscal_quarter_in_prose():
    frame = facts_of("岚川電機2027年3月期第1季（4-6月）營收2,150億元，年增8%。", dt.date(2026, 8, 10))
    assert period_of(frame, "2,150") == "FY2027Q1"


# --- 2. a monthly recap's 本月 -----------------------------------------------------------------
RECAP = "光伏产业链月度跟踪｜3月\n\n本月光伏指数上涨3.6%。本月青岭能源完成C轮融资5亿元。\n"


def test_this_month_in_a_monthly_recap_is_the_month_its_title_names():
    frame = facts_of(RECAP, dt.date(2027, 4, 2))
    assert period_of(frame, "3.6%") == "2027-03"
    assert period_of(frame, "5亿元") == "2027-03"


def test_this_month_in_a_recap_out_early_next_month_is_the_month_just_ended():
    frame = facts_of("AI创投月报\n\n本月机器人赛道合计融资约14亿元。\n", dt.date(2025, 7, 3))
    assert period_of(frame, "14亿元") == "2025-06"


def test_undated_rounds_a_monthly_recap_lists_are_of_its_month():
    text = ("AI创投月报｜2025年3月\n\n本月三家机器人公司合计融资约16亿元。\n\n"
            "- Corvid Dynamics：完成US$250m Series B，估值约US$1.8bn\n")
    frame = facts_of(text, dt.date(2025, 4, 2))
    assert period_of(frame, "约16亿元") == "2025-03"
    assert period_of(frame, "US$250m") == "2025-03"
    assert period_of(frame, "US$1.8bn") == "2025-03"


@pytest.mark.parametrize("title,published,expected", [
    ("光伏产业链日报", dt.date(2027, 4, 2), "2027-04"),  # not a monthly: the publication month
    ("光伏产业链月度跟踪", dt.date(2027, 4, 20), "2027-04"),  # a monthly out mid-month: its own month
])
def test_this_month_elsewhere_is_the_publication_month(title, published, expected):
    frame = facts_of(title + "\n\n本月光伏指数上涨3.6%。截至4月28日，累计装机达到9GW。\n", published)
    assert period_of(frame, "3.6%") == expected
    assert period_of(frame, "9GW") == "2027-04-28"


def test_an_undated_round_outside_a_monthly_recap_is_news_of_the_publication_month():
    # A weekly's undated round is news of its days, like 近日 (SCHEMA): the publication month
    # (publication_dated_metrics news_deal); a monthly recap's rounds take the month it covers.
    frame = facts_of("AI创投周报\n\n- Corvid Dynamics：完成US$250m Series B\n", dt.date(2025, 4, 2))
    assert period_of(frame, "US$250m") == "2025-04"


# --- 3. a year-to-date move as of the data's last day -----------------------------------------
WEEKLY_BODY = ("\n\n| 指数 | 周涨跌(%) | 年初至今(%) |\n|---|---|---|\n| 青禾科技指数 | -1.20 | +4.60 |\n\n"
               "今年以来，澜锋半导体指数上涨9.3%。\n")


@pytest.mark.parametrize("head", [
    "海外科技周报\n数据截至：2026年3月6日收盘",
    "海外科技週報\n資料截至：美東時間3月6日收盤",
])
def test_a_year_to_date_move_is_as_of_the_data_cutoff(head):
    frame = facts_of(head + WEEKLY_BODY, dt.date(2026, 3, 7))
    assert period_of(frame, "+4.60") == "2026-03-06"
    assert period_of(frame, "9.3%") == "2026-03-06"


@pytest.mark.parametrize("head,published,expected", [
    ("海外科技周报", dt.date(2026, 3, 6), "2026-03-06"),  # a Friday evening weekly: its own day
    # a Saturday has no session: the move is as of Friday's close (fixper44, test_fixper44)
    ("海外科技周报", dt.date(2026, 3, 7), "2026-03-06"),
    ("海外科技周报\n\n本周（3/2至3/6）海外科技股震荡。", dt.date(2026, 3, 7), "2026-03-06"),
])
def test_a_year_to_date_move_with_no_cutoff_is_as_of_the_publication_day(head, published, expected):
    frame = facts_of(head + WEEKLY_BODY, published)
    assert period_of(frame, "+4.60") == expected
    assert period_of(frame, "9.3%") == expected


# --- 4. 近N年 / 过去N年 ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("近三年累计研发投入超过55亿元", ["2023/2025"]),
    ("估值处于过去三年约35%分位", ["2023/2025"]),
    ("最近5年复合增速约18%", ["2021/2025"]),
])
def test_the_last_n_years_end_in_the_publication_year(text, expected):
    assert period_values(text, dt.date(2025, 6, 1)) == expected


@pytest.mark.parametrize("text", ["近三个月股价上涨12%", "将近三年的时间里", "过去一年下降超过90%"])
def test_months_nearly_and_one_year_are_no_window_of_years(text):
    assert not any("/" in v and len(v) == 9 for v in period_values(text, dt.date(2025, 6, 1)))


def test_the_last_n_years_in_a_note_on_a_years_results_end_in_that_year():
    text = "青岭科技2023年年报点评\n\n近三年累计研发投入超过36亿元。未来三年研发投入不低于62亿元。\n"
    frame = facts_of(text, dt.date(2024, 4, 10))
    assert period_of(frame, "36亿元") == "2021/2023"
    assert period_of(frame, "62亿元") == "2024/2026"  # 未来三年 keeps the publication year


def test_the_last_n_years_elsewhere_end_in_the_publication_year():
    frame = facts_of("青岭科技点评\n\n近三年累计研发投入超过36亿元。\n", dt.date(2024, 4, 10))
    assert period_of(frame, "36亿元") == "2022/2024"


# --- 5. a comparison base dates no other figure ------------------------------------------------
def test_a_same_period_base_of_a_multiple_keeps_its_reading():
    frame = facts_of("青禾科技日均调用量是去年同期的3倍，企业客户数超过8000家。", dt.date(2026, 5, 10))
    assert period_of(frame, "8000") == "2025"


def test_the_base_year_of_a_multiple_dates_no_figure():
    text = "2024年，青禾AI吸引私人投资258亿美元，较2023年增长21.4%，是2022年水平的6.5倍以上。"
    frame = facts_of(text, dt.date(2025, 4, 10))
    assert period_of(frame, "258亿美元") == "2024"
    assert period_of(frame, "21.4%") == "2024"
    assert period_of(frame, "6.5倍") == "2024"


def test_a_year_stated_for_the_figures_themselves_stays():
    frame = facts_of("2022年青禾AI营收为18亿元，是上一年的两倍。", dt.date(2025, 4, 10))
    assert period_of(frame, "18亿元") == "2022"


def test_whole_year_is_not_the_year_of_the_previous_sentences_comparison_base():
    text = "2024年，公司全年毛利率为41.2%，较上年下降约0.7个百分点。全年净利率为7.9%，较上年提升约1.3个百分点。"
    frame = facts_of(text, dt.date(2025, 3, 20))
    assert period_of(frame, "41.2%") == "2024"
    assert period_of(frame, "7.9%") == "2024"  # 全年 is 2024's, not 上年's (2023)
    assert period_of(frame, "1.3个百分点") == "2024"


# --- 6. 全年 in a note on last year's annual results -------------------------------------------
@pytest.mark.parametrize("title", ["青岭通信年报点评", "青岭通信2024年年报点评"])
def test_whole_year_in_a_note_on_last_years_results_is_that_year(title):
    frame = facts_of(title + "\n\n青岭通信全年营业收入同比增长3.1%。\n", dt.date(2025, 3, 22))
    assert period_of(frame, "3.1%") == "2024"


@pytest.mark.parametrize("title,published,body,expected", [
    ("青岭通信半年报点评", dt.date(2025, 3, 22), "青岭通信全年营业收入同比增长3.1%。", "2025"),  # no annual report
    ("青岭通信年报点评", dt.date(2025, 8, 22), "青岭通信全年营业收入同比增长3.1%。", "2025"),  # out of season
    ("青岭通信年报点评", dt.date(2025, 3, 22), "公司指引全年营业收入同比增长3.1%。", "2025"),  # guidance
])
def test_whole_year_elsewhere_is_the_publication_year(title, published, body, expected):
    frame = facts_of(title + "\n\n" + body + "\n", published)
    assert period_of(frame, "3.1%") == expected


# --- 7. a stock stated over a cumulative stretch ----------------------------------------------
def test_a_stock_over_a_cumulative_stretch_is_as_of_its_end():
    text = "青岭数据前三季度新签约约75MW，截至季末在运营容量约430MW，利用率约86%。前三季度营收39亿元。"
    frame = facts_of(text, dt.date(2025, 10, 30))
    assert period_of(frame, "约430MW") == "2025Q3"
    assert period_of(frame, "约86%") == "2025Q3"
    assert period_of(frame, "约75MW") == "2025Q1/2025Q3"  # bookings: a flow keeps the stretch
    assert period_of(frame, "39亿元") == "2025Q1/2025Q3"


def test_a_span_that_is_no_cumulative_stretch_stays():
    frame = facts_of("青岭数据未来三年在运营容量将达到900MW。", dt.date(2025, 10, 30))
    assert period_of(frame, "900MW") == "2025/2027"


# --- 8. a paragraph framed by its opening time ------------------------------------------------
def test_a_paragraph_opening_on_a_time_and_a_comma_dates_every_firm_in_it():
    text = "运营商点评\n\n2024年，青岭移动营业收入同比增长2.6%。澜锋电信归母净利润同比增长6.9%。\n"
    frame = facts_of(text, dt.date(2025, 3, 20))
    assert period_of(frame, "6.9%") == "2024"


def test_a_firms_own_time_does_not_date_another_firm():
    # real firms, so that both are known as firms (two unknown names no shape marks as firms are
    # no firms, and a paragraph's first time frames their figures)
    text = "运营商点评\n\n中国移动2024年营业收入同比增长2.6%。中国电信归母净利润同比增长6.9%。\n"
    frame = facts_of(text, dt.date(2025, 8, 20))
    assert period_of(frame, "6.9%") == ""


# --- 9. 当季 after the quarter report the sentence names ---------------------------------------
def test_this_quarter_after_a_named_quarter_report_is_that_quarter():
    frame = facts_of("澜锋科技在一季报电话会上披露，公司当季数据中心收入14亿美元。", dt.date(2025, 6, 20))
    assert period_of(frame, "14亿美元") == "2025Q1"


def test_this_quarter_with_no_report_named_keeps_its_reading():
    frame = facts_of("澜锋科技在电话会上披露，公司当季数据中心收入14亿美元。", dt.date(2025, 6, 20))
    assert period_of(frame, "14亿美元") == "2025Q2"
