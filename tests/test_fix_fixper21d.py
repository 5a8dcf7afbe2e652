"""fixper21d: a title naming one quarter's (or half's) results dates its undated figures
(invented texts; near-misses must not change).

The mechanism of a title month (test_fix_fixper21a) generalised: a results call or a results
roundup titled by its quarter (``FY31Q2业绩电话会纪要``, ``2031年三季度业绩汇总``) reports that
quarter's user, customer and capacity counts too, as its results. A quarter in a headline with no
word of results (``ZRVX FY3Q32: cloud beats``, test_unseen_periods) dates nothing beyond the
results, nor does a quarter not yet over."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2032, 1, 30)


def _call(title: str, day: dt.date = DAY) -> str:
    return (title + "\n发布日期：" + f"{day.year}年{day.month}月{day.day}日" + "  编译：岚桥证券 海外组\n\n"
            "一、问答要点\n问1：AI产品的进展？\n答（首席执行官）：星河助手付费席位超过320万，同比增长逾三倍；"
            "开发者平台上已有超过4万家企业客户。\n")


def test_a_results_call_titled_by_its_quarter_dates_its_undated_counts():
    df = facts_of_text(_call("泽维斯（ZRVS.O）FY32Q2业绩电话会纪要"), DAY)
    assert row_of(df, "超过320万").period == "FY2032Q2"
    assert row_of(df, "逾三倍").period == "FY2032Q2"
    assert row_of(df, "超过4万").period == "FY2032Q2"


def test_a_calendar_quarter_results_roundup_dates_its_undated_counts():
    df = facts_of_text(_call("海外云厂商2031年四季度业绩汇总：AI加速"), DAY)
    assert row_of(df, "超过320万").period == "2031Q4"


def test_a_quarter_with_no_results_word_or_not_over_dates_nothing():
    df = facts_of_text(_call("泽维斯FY32Q2：云业务超预期"), DAY)
    assert row_of(df, "超过320万").period == ""
    df = facts_of_text(_call("海外云厂商2032年一季度业绩前瞻：AI加速"), DAY)
    assert row_of(df, "超过320万").period == ""


def test_a_fiscal_quarter_results_preview_dates_nothing():
    df = facts_of_text(_call("泽维斯（ZRVS.O）FY32Q3业绩前瞻：AI放量"), DAY)
    assert row_of(df, "超过320万").period == ""
