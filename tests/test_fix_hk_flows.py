"""Weekly Hong Kong Stock Connect (南向资金) and short-selling (沽空) reports, on invented text:
flows of this week and the week before, short-selling turnover and ratios, a table of
southbound holdings by stock, ratio lists of single stocks with a prior value in brackets."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text, row_of

PUB = dt.date(2031, 5, 18)  # a Sunday: the report covers 2031-05-12 to 2031-05-16
WEEK = "2031-05-12/2031-05-16"
LAST_WEEK = "2031-05-05/2031-05-09"
HEAD = "港股资金流向周报（2031年第20周）\n本周（2031年5月12日至5月16日）港股市场回顾如下。\n"


def _facts(body: str):
    return facts_of_text(HEAD + body, PUB)


def test_week_flow_the_week_before_and_year_to_date():
    df = _facts("● 南向资金本周合计净买入96.4亿港元，较前一周的47.2亿港元几乎翻倍；年初至今累计净买入731.5亿港元。\n")
    now, before, ytd = row_of(df, "96.4亿港元"), row_of(df, "47.2亿港元"), row_of(df, "731.5亿港元")
    assert (now["entity"], now["value"], now["period"]) == ("Southbound Stock Connect", 9.64e9, WEEK)
    assert (before["value"], before["period"]) == (4.72e9, LAST_WEEK)
    # 年初至今 is as of the publication day (test_unseen_weekly_reports), not the week before
    # that 前一周 names just before it
    assert (ytd["value"], ytd["period"]) == (7.315e10, PUB.isoformat())
    double = row_of(df, "几乎翻倍")
    assert (double["unit"], double["value"], double["period"]) == ("multiple", 2.0, WEEK)


@pytest.mark.parametrize("word", ["上周", "上一周", "前一周"])
def test_previous_week_words(word):
    df = _facts(f"南向资金本周净买入55.0亿港元，{word}净买入31.0亿港元。\n")
    assert row_of(df, "55.0亿港元")["period"] == WEEK
    assert row_of(df, "31.0亿港元")["period"] == LAST_WEEK


def test_a_weekday_of_last_week_stays_a_day():
    # near-miss: 上周五 is a day, not the week before
    df = _facts("上周五南向资金净买入12.5亿港元。\n")
    assert row_of(df, "12.5亿港元")["period"] == "2031-05-09"


def test_main_board_short_selling():
    df = _facts("● 港股主板沽空金额合计1,046.2亿港元，占主板成交额的14.7%，较上周上升0.6个百分点。\n")
    amount, share, change = row_of(df, "1,046.2亿港元"), row_of(df, "14.7%"), row_of(df, "0.6个百分点")
    assert (amount["entity"], amount["theme"], amount["unit"], amount["value"]) == \
        ("HKEX Main Board", "valuation", "HKD", 1.0462e11)
    assert amount["metric"] == "short_selling_turnover" and amount["period"] == WEEK
    assert (share["entity"], share["unit"], share["value"], share["period"]) == ("HKEX Main Board", "ratio", 0.147, WEEK)
    assert (change["unit"], change["value"], change["period"]) == ("pp", 0.006, WEEK)


def test_a_firms_short_selling_amount():
    df = _facts("小米集团沽空金额38.1亿港元。\n")
    r = row_of(df, "38.1亿港元")
    assert (r["entity"], r["metric"], r["unit"], r["value"]) == ("Xiaomi", "short_selling_turnover", "HKD", 3.81e9)


TABLE = """南向资金净买入前列个股
排名  名称  代码  本周净买入（亿港元）  南向持股比例  持股比例周变动
1  腾讯控股  00700  27.6  9.84%  +0.12pct
2  快手-W  01024  8.8  11.40%  +0.07pct
3  商汤-W  00020  -3.5  6.05%  -0.04pct
4  地平线机器人-W  09660  -7.9  15.22%  -0.15pct
"""


def test_holdings_table():
    df = _facts(TABLE)
    assert entity_of(df, "27.6") == "Tencent"
    for text, firm in (("8.8", "Kuaishou"), ("-3.5", "SenseTime"), ("-7.9", "Horizon Robotics")):
        assert entity_of(df, text) == firm  # -W is a share class mark, not a name
    sell = row_of(df, "-7.9")
    assert (sell["metric"], sell["unit"], sell["value"], sell["period"]) == ("net_buy", "HKD", -7.9e8, WEEK)
    ratio = row_of(df, "15.22%")
    assert (ratio["metric"], ratio["unit"], ratio["value"], ratio["period"]) == \
        ("southbound_holding_ratio", "ratio", 0.1522, "2031-05-16")
    change = row_of(df, "-0.15pct")
    assert (change["entity"], change["unit"], change["value"], change["period"]) == \
        ("Horizon Robotics", "pp", pytest.approx(-0.0015), WEEK)


def test_table_rank_and_code_columns_are_no_facts():
    df = _facts(TABLE)
    assert not set(df["text"]) & {"1", "2", "3", "4", "00700", "01024", "00020", "09660"}
    assert "20" not in set(df["text"])  # 2031年第20周


def test_ratio_list_with_a_prior_value_in_brackets():
    df = _facts("个股沽空比率：腾讯控股 12.4%，阿里巴巴 16.9%，均与过去20日均值接近；岚川数科 31.2%（上周10.3%），青禾智能 7.7%。\n")
    for text, firm in (("12.4%", "Tencent"), ("16.9%", "Alibaba"), ("31.2%", "Lanchuanshuke"), ("10.3%", "Lanchuanshuke"),
                       ("7.7%", "Qinghe")):
        r = row_of(df, text)
        assert r["metric"] == "short_selling_ratio" and firm in r["entity"], r.to_dict()
    assert row_of(df, "31.2%")["period"] == WEEK  # the number before the bracket keeps the week
    assert row_of(df, "10.3%")["period"] == LAST_WEEK
    assert row_of(df, "7.7%")["period"] == WEEK  # a later item is not dated by the bracket
    assert "20" not in set(df["text"])  # 过去20日均值 is no fact


def test_a_bracket_with_no_figure_still_dates_the_number():
    # near-miss: a bracket holding only a date is the number's own time, not a prior value's
    df = _facts("个股沽空比率：岚川数科 31.2%（5月14日），青禾智能 7.7%。\n")
    assert row_of(df, "31.2%")["period"] == "2031-05-14"


def test_item_names_outside_a_stock_list_are_not_firms():
    # near-miss: no stock list header, so 岚川数科 is not taken as a firm from the list shape
    df = _facts("行业观察：岚川数科 31.2%。\n")
    assert "Lanchuanshuke" not in " ".join(df["entity"].astype(str))



def test_last_week_in_a_report_that_never_says_this_week_keeps_its_reading():
    # 上周 shifts to the week before the report's only where the report calls its week 本周
    monday = dt.date(2031, 5, 19)
    df = facts_of_text("岳川证券｜策略周报\n\n上周人工智能主题ETF合计净流入48亿元。\n", monday)
    assert row_of(df, "48亿元")["period"] != "2031-05-05/2031-05-09"
