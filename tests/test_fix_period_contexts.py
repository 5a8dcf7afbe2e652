"""Periods set by a document's context, four classes seen on unseen reports:

1. a meeting note dated only by its title's brackets (``【专家纪要】…（2025年11月20日 19:30-20:30）``):
   that day is the publication date, so the note's relative periods resolve;
2. a fiscal quarter or half glossed with the day it ended (``上半财年（截至2025年9月30日止六个月）``):
   the fiscal label wins (SCHEMA), its year from the end day when the label writes none;
3. a stock (an ETF's size, the margin balance) in a weekly report: the week's last trading day,
   while the week's flows and moves keep the week;
4. ``上年同期`` in an annual context (a results preview of a year): the year before.

Every example is invented (岳川集团, 澜锋智能, 青禾ETF exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.load.corpus import load_corpus
from aigc_analysis.load.metadata import find_published
from text_facts import facts_of, period_of, period_values

# --- 1. a meeting note's title day -----------------------------------------------------------
BODY = "\n\n专家：今年国内推理芯片需求约120万片，同比增长60%，明年供给仍然偏紧，整体交付节奏平稳。\n"


@pytest.mark.parametrize("title", [
    "【专家纪要】国内推理芯片需求展望（2025年11月20日 19:30-20:30）",
    "【专家纪要】国内推理芯片需求展望（2025年11月20日）",
    "【专家纪要】国内推理芯片需求展望（2025.11.20 19:30）",
    "【专家纪要】国内推理芯片需求展望（会议时间：2025/11/20）",
    "【专家纪要】國內推理晶片需求展望（2025年11月20日 19:30-20:30）",
    "国内推理芯片需求展望(2025-11-20 19:30~20:30)",
    "【专家纪要】国内推理芯片需求展望（2025.11.20 19:30-20:30）\n纪要编号：XY-20251120-02",
])
def test_the_day_in_a_meeting_note_title_is_its_publication_date(title):
    p = find_published(title + BODY)
    assert (p.date, p.precision, p.source) == (dt.date(2025, 11, 20), "day", "header")


@pytest.mark.parametrize("title", [
    "【专家纪要】2025年展望",  # a year only: no day
    "算力周报（2025.11.17-2025.11.21）",  # a range of days, not one
    "【专家纪要】国内推理芯片需求展望（2025年11月20日-11月21日）",
])
def test_no_day_from_a_title_without_one_day(title):
    assert find_published(title + BODY).date is None


def test_a_second_header_date_is_not_overruled():
    text = "【专家纪要】需求展望（2025年11月20日）\n发布日期：2025-11-22" + BODY
    assert find_published(text).date == dt.date(2025, 11, 22)


def test_a_meeting_note_resolves_its_relative_periods(tmp_path):
    (tmp_path / "note.txt").write_text("【专家纪要】国内推理芯片需求展望（2025年11月20日 19:30-20:30）"
                                       "\n\n专家：今年国内推理芯片需求约120万片，同比增长60%。上月出货量约10万片。\n",
                                       encoding="utf-8")
    doc = load_corpus(tmp_path).iloc[0]
    assert doc["published"] == dt.date(2025, 11, 20)
    f = facts_of(doc["text"], published=doc["published"])
    assert period_of(f, "120万") == "2025"
    assert period_of(f, "60%") == "2025"
    assert period_of(f, "10万") == "2025-10"


# --- 2. a fiscal label with its end day ------------------------------------------------------
NOV = dt.date(2025, 11, 25)


@pytest.mark.parametrize("text, expected", [
    ("岳川集团公布2026财年第二季度（截至2025年9月30日止季度）业绩，收入120亿元。", "FY2026Q2"),
    ("岳川集團公布2026財年第二季（截至2025年9月30日止三個月）業績，收入130億元。", "FY2026Q2"),
    ("岳川集团FY26Q2（截至2025年11月30日）收入161亿元。", "FY2026Q2"),
    ("岳川集团2026财年上半年（截至2025年9月30日止六个月）收入230亿元。", "FY2026H1"),
    # no year written: the end day gives it (a half ending in September ends a year in March)
    ("岳川集团上半财年（截至2025年9月30日止六个月）收入230亿元。", "FY2026H1"),
    ("岳川集团财年上半年（截至2025年9月30日止六个月）收入230亿元。", "FY2026H1"),
    ("岳川集团本财年上半年（截至2025年9月30日止六个月）收入230亿元。", "FY2026H1"),
    ("岳川集团2026上半财年（截至2025年9月30日止六个月）收入230亿元。", "FY2026H1"),
    ("岳川集团财年第二季度（截至2025年9月30日止季度）收入120亿元。", "FY2026Q2"),
    ("岳川集团第二财季（截至2025年9月30日止三个月）收入120亿元。", "FY2026Q2"),
    ("岳川集团下半财年（截至2026/3/31）收入250亿元。", "FY2026H2"),
    # the other way round: the day, then the label in brackets
    ("岳川集团截至2025年9月30日止六个月（2026上半财年）收入230亿元。", "FY2026H1"),
])
def test_a_fiscal_label_with_its_end_day_is_the_fiscal_stretch(text, expected):
    f = facts_of(text, published=NOV)
    assert period_of(f, "元") == expected


@pytest.mark.parametrize("text, expected", [
    ("截至2025年9月30日，岳川集团在手订单80亿元。", "2025-09-30"),  # no fiscal label: the day
    # no fiscal label either, but 止六个月 states the months that ended on the day (set-24 class S)
    ("岳川集团截至2025年9月30日止六个月收入230亿元。", "2025-04/2025-09"),
])
def test_an_end_day_without_a_fiscal_label_is_no_fiscal_period(text, expected):
    assert period_of(facts_of(text, published=NOV), "元") == expected


def test_fiscal_end_day_periods():
    assert period_values("上半财年（截至2025年9月30日止六个月）", NOV) == ["FY2026H1"]
    assert period_values("2026财年第二季度（截至2025年9月30日止季度）", NOV) == ["FY2026Q2"]


# --- 3. stocks in a weekly report ------------------------------------------------------------
SATURDAY = dt.date(2026, 1, 10)
WEEK = "2026-01-05/2026-01-09"
WEEKLY = ("AI主题ETF周报（2026.1.5-2026.1.9）\n\n"
          "本周AI主题ETF总规模升至2,846亿元，本周净流入52.6亿元。两融余额升至2.58万亿元，周增142亿元。"
          "人工智能指数上涨3.1%。青禾ETF规模仍有176亿元。\n")


def test_a_stock_in_a_weekly_report_is_of_the_week_s_last_day():
    f = facts_of(WEEKLY, published=SATURDAY)
    for text in ("2,846亿元", "2.58万亿元", "176亿元"):
        assert period_of(f, text) == "2026-01-09", text


def test_the_week_s_flows_and_moves_keep_their_periods():
    f = facts_of(WEEKLY, published=SATURDAY)
    assert period_of(f, "52.6亿元") == WEEK
    assert period_of(f, "3.1%") == WEEK
    # 周增: the week's change of the stock, a flow of the week the paragraph opens on (本周…), as
    # 本周净流入 is (round 24: a paragraph's opening time frames its undated numbers)
    assert period_of(f, "142亿元") == WEEK


def test_a_change_of_a_stock_keeps_the_week():
    f = facts_of("【AI周报】算力回顾（2026.1.5-2026.1.9）\n\n本周融资余额增加120亿元至2.5万亿元。\n",
                 published=SATURDAY)
    assert period_of(f, "120亿元") == WEEK


def test_a_stock_outside_a_weekly_report_keeps_no_period():
    f = facts_of("AI行业月度观察\n\n人工智能ETF规模升至300亿元，两融余额升至2.58万亿元。\n", published=SATURDAY)
    assert period_of(f, "300亿元") == ""
    assert period_of(f, "2.58万亿元") == ""


# --- 4. 上年同期 in an annual context ---------------------------------------------------------
JAN = dt.date(2026, 1, 20)


@pytest.mark.parametrize("text", [
    "岳川集团2025年度业绩预告\n\n岳川集团预计2025年度归母净利润3.2亿元，上年同期亏损1.6亿元。\n",
    "岳川集团2025年业绩预告\n\n预计归母净利润3.2亿元，上年同期亏损1.6亿元。\n",
    "岳川集团业绩预告\n\n岳川集团预计2025年归母净利润3.2亿元。上年同期亏损1.6亿元。\n",
    "岳川集团发布业绩预告：公司预计2025年实现归母净利润3.2亿元，与上年同期相比扭亏为盈（上年同期亏损1.6亿元）。\n",
])
def test_the_same_period_a_year_back_of_a_year(text):
    assert period_of(facts_of(text, published=JAN), "1.6亿元") == "2024"


def test_a_second_same_period_sentence_and_the_figure_between():
    f = facts_of("岳川集团业绩预告\n\n预计2025年度归母净利润3.2亿元，上年同期亏损1.6亿元。"
                 "预计扣非净利润2.9亿元，上年同期为-1.9亿元。\n", published=JAN)
    assert period_of(f, "3.2亿元") == "2025"
    assert period_of(f, "2.9亿元") == "2025"  # the comparison's base year is not carried on
    assert period_of(f, "-1.9亿元") == "2024"


@pytest.mark.parametrize("caption", ["AI公司2025年度业绩预告一览", "AI公司业绩预告一览（2025年度）"])
def test_a_preview_table_s_same_period_column(caption):
    f = facts_of(caption + "\n\n公司\t预计归母净利润（亿元）\t上年同期（亿元）\n岳川集团\t3.2\t-1.6\n澜锋智能\t5.1\t2.3\n",
                 published=JAN)
    assert period_of(f, "3.2") == "2025" and period_of(f, "5.1") == "2025"
    assert period_of(f, "-1.6") == "2024" and period_of(f, "2.3") == "2024"


def test_a_half_year_s_same_period_is_the_half_a_year_back():
    f = facts_of("岳川集团2025年上半年归母净利润1.1亿元，上年同期0.8亿元。\n", published=JAN)
    assert period_of(f, "1.1亿元") == "2025H1"
    assert period_of(f, "0.8亿元") == "2024H1"
