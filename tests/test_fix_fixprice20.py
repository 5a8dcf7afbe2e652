"""Prices billed by time or by plan (fixprice20): a rate after the amount in seconds or minutes
(0.70元/秒), a billing rate written before it (每秒0.15美元, 每月10美元), the level such a
price changes to and the next items of a list of them, plans paid by the month or the year
(月付, 年付). All texts invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 11, 20)


def rows(text):
    f = facts_of(text, PUBLISHED)
    return {(r.text, r.metric, r.value, r.unit) for r in f.itertuples()}


def one(text, snippet):
    f = facts_of(text, PUBLISHED)
    hit = f[f["text"].str.contains(snippet, regex=False)]
    assert len(hit) == 1, f[["text", "metric", "value", "unit"]].to_string()
    return hit.iloc[0]


@pytest.mark.parametrize("text, per", [("0.70元/秒", "秒"), ("$0.006/分钟", "分钟"), ("12元/天", "天")])
def test_time_rate_after_the_amount_makes_a_price(text, per):
    q = find_quantities(text)[0]
    assert (q.kind, q.per, q.text) == ("price", per, text)


@pytest.mark.parametrize("sentence, snippet, metric", [
    ("澄星视频的 API 单价为0.70元/秒。", "0.70元/秒", "price_per_second"),
    ("澄星语音转写约 $0.015/分钟。", "$0.015/分钟", "price_per_minute"),
    ("澄星视频 Lite 只要每秒0.15美元。", "0.15美元", "price_per_second"),
    ("澄星语音转写每分钟 $0.006，与同行持平。", "$0.006", "price_per_minute"),
    ("澄星绘图基础版仍为每月10美元。", "10美元", "price_per_month"),
    ("澄星的年付会员折合每月不到55元。", "不到55元", "price_per_month"),
])
def test_billing_rate_makes_a_price(sentence, snippet, metric):
    row = one(sentence, snippet)
    assert (row["theme"], row["metric"]) == ("pricing", metric), row.to_dict()


@pytest.mark.parametrize("sentence, snippet, theme", [
    ("澄星科技资本开支每年约500亿美元。", "500亿美元", "capex"),
    ("澄星科技每月收入10亿元。", "10亿元", "earnings"),
    ("澄星科技每年100亿元的研发投入。", "100亿元", "earnings"),
])
def test_a_spend_or_income_per_period_stays_money(sentence, snippet, theme):
    row = one(sentence, snippet)
    assert row["theme"] == theme and "_per_" not in row["metric"], row.to_dict()


def test_price_changed_to_keeps_its_rate():
    got = rows("澄星视频由每秒0.75美元降到0.40美元，降幅约47%；澄星视频 Lite 从0.40美元砍到0.15美元，降了62.5%。")
    assert ("0.75美元", "price_per_second_before_cut", 0.75, "USD") in got
    assert ("0.15美元", "price_per_second", 0.15, "USD") in got
    assert ("降了62.5%", "price_change", -0.625, "ratio") in got
    assert sum(1 for r in got if r[0] == "0.40美元") == 2, got  # the level reached, then the price before the second cut


def test_list_of_plan_prices_keeps_its_rate():
    got = rows("澄星绘图分三档：Basic 每月8美元、Plus 28美元、Max 88美元。")
    assert {r[1] for r in got if r[0] in ("8美元", "28美元", "88美元")} == {"price_per_month"}, got
    assert len([r for r in got if r[0] in ("8美元", "28美元", "88美元")]) == 3, got


def test_plan_paid_by_month_or_year():
    got = rows("澄星视频会员月付分别是38元、138元、338元，年付大约打八折；青岚的年付会员499元。")
    assert {(r[0], r[1]) for r in got if r[0] in ("38元", "138元", "338元")} == {
        ("38元", "price_per_month"), ("138元", "price_per_month"), ("338元", "price_per_month")}
    assert ("499元", "price_per_year", 499.0, "CNY") in got
    assert ("八折", "price_change", -0.2, "ratio") in got


@pytest.mark.parametrize("sentence, snippet", [
    ("澄星助手2025年5月付费转化率为4.5%。", "4.5%"),
    ("澄星软件2024年付费客户数为1,208家。", "1,208"),
])
def test_paid_after_a_date_is_no_billing_rate(sentence, snippet):
    assert "_per_" not in one(sentence, snippet)["metric"]


def test_metric_naming_its_month_takes_no_second():
    row = one("澄星 Agent 订阅每月125美元。", "125美元")
    assert row["metric"] == "price_per_user_per_month", row.to_dict()
