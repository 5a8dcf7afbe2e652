"""Share buyback and equity-incentive announcements of an A-share issuer (invented text): the
plan's terms are valuation facts of the issuer; a filing number dates nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 20)

BUYBACK = (
    "澜锋智能股份有限公司关于以集中竞价交易方式回购股份方案的公告\n"
    "证券代码：688456　证券简称：澜锋智能　公告编号：2026-021\n"
    "公司拟以集中竞价交易方式回购公司股份，回购资金总额不低于人民币5,000万元（含）且不超过人民币"
    "8,000万元（含），回购价格不超过人民币72.50元/股（含），回购期限为自董事会审议通过之日起6个月内。"
    "按回购金额上限测算，预计可回购股份约110.34万股，约占公司目前总股本的0.92%。"
    "公司总股本为12,000.00万股。\n"
)

INCENTIVE = (
    "澜锋智能股份有限公司2026年限制性股票激励计划（草案）摘要公告\n"
    "本激励计划拟授予限制性股票150.00万股，约占总股本的1.25%，其中首次授予120.00万股，"
    "预留30.00万股。授予价格为每股36.00元。\n"
)


@pytest.fixture(scope="module")
def buyback():
    return facts_of_text(BUYBACK, PUB)


@pytest.fixture(scope="module")
def incentive():
    return facts_of_text(INCENTIVE, PUB)


@pytest.mark.parametrize("text,metric,value,unit", [
    # the floor and the cap, each marked inclusive, are one range (value_high in the test below)
    ("不低于人民币5,000万元（含）且不超过人民币8,000万元", "share_buyback_amount", 5e7, "CNY"),
    ("不超过人民币72.50元", "share_buyback_price_cap", 72.5, "CNY"),
    ("6个月", "share_buyback_period", 6, "months"),
    ("约110.34万", "share_buyback_shares", 1103400, "count"),
    ("0.92%", "share_of_total_shares", 0.0092, "ratio"),
    ("12,000.00万", "total_shares", 1.2e8, "count"),
])
def test_buyback_terms_are_valuation_facts_of_the_issuer(buyback, text, metric, value, unit):
    r = row_of(buyback, text)
    assert (r["theme"], r["metric"], r["unit"], r["entity"]) == ("valuation", metric, unit, "Lanfeng")
    assert r["value"] == pytest.approx(value)


def test_the_buyback_amount_range_ends_at_its_cap(buyback):
    assert row_of(buyback, "不低于人民币5,000万元（含）且不超过人民币8,000万元")["value_high"] == pytest.approx(8e7)


def test_a_filing_number_gives_no_fact_and_no_period(buyback):
    assert not buyback["text"].str.contains("2026|688456|021").any()
    assert (buyback["period"].fillna("") == "").all()


@pytest.mark.parametrize("text,metric,value,unit", [
    ("150.00万", "restricted_shares_granted", 1.5e6, "count"),
    ("1.25%", "share_of_total_shares", 0.0125, "ratio"),
    ("120.00万", "restricted_shares_initial_grant", 1.2e6, "count"),
    ("30.00万", "restricted_shares_reserved", 3e5, "count"),
    ("36.00元", "grant_price", 36.0, "CNY"),
])
def test_incentive_plan_terms_are_valuation_facts(incentive, text, metric, value, unit):
    r = row_of(incentive, text)
    assert (r["theme"], r["metric"], r["unit"]) == ("valuation", metric, unit)
    assert r["value"] == pytest.approx(value)


def test_balance_sheet_items_are_dated_earnings_facts():
    df = facts_of_text("截至2025年12月31日，澜锋智能总资产为31.4亿元，货币资金为9.7亿元。", PUB)
    assets, cash = row_of(df, "31.4亿元"), row_of(df, "9.7亿元")
    assert (assets["theme"], assets["metric"], assets["period"]) == ("earnings", "total_assets", "2025-12-31")
    assert (cash["theme"], cash["metric"], cash["value"]) == ("earnings", "cash", pytest.approx(9.7e8))


def test_meeting_date_gives_no_fact():
    df = facts_of_text("澜锋智能股东大会召开日期为4月15日。", PUB)
    assert df.empty


@pytest.mark.parametrize("text,values", [
    ("公告编号：2026-018", []),
    ("公告编号：临2026-0342号", []),
    ("2026-01-15发布", ["2026-01-15"]),
    ("2025-2030年", ["2025/2030"]),
])
def test_filing_serial_is_not_a_year(text, values):
    assert [p.value for p in find_periods(text, PUB)] == values
