"""Values the extractor found no row for at all (fixmiss34): the amount an investor subscribes
for (以每股X美元认购Y亿美元: 认购 now names money, the per-share price beside it too), a warrant's
exercise price (行权价每股X美元), a fare per distance written before it (每公里约X元), units
imported (进口…N个) and the AI Index's notable models counted. Invented sentences; each asserts
the row the change adds, or (an order book) the row it must not make."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import assert_battery_form, facts_of

DAY = dt.date(2026, 3, 20)


# (sentence, theme, value, value_high, unit, characters the row's text holds)
BATTERY = [
    # the per-share price of a subscription, and a warrant's exercise price
    ("甲科技以每股31.50美元认购乙半导体新发行的普通股。", "valuation", 31.5, None, "USD", "31.50美元"),
    ("丙公司向丁基金发行认股权证，行权价每股0.05美元。", "valuation", 0.05, None, "USD", "0.05美元"),
    # a fare per distance written before it
    ("某自动驾驶出租车在深圳每公里约1.8元。", "pricing", 1.8, None, "CNY", "1.8元"),
    ("该无人驾驶车队在凤凰城每英里约9.5美元。", "pricing", 9.5, None, "USD", "9.5美元"),
    # the amount subscribed for is an investment
    ("甲科技以每股31.50美元认购40亿美元的乙半导体普通股。", "valuation", 4e9, None, "USD", "40亿美元"),
    # units imported, counted after the verb (unit_counter_verb)
    ("据海关统计，去年我国进口集成电路5100亿个，同比增长9%。", "market", 5.1e11, None, "count", "5100亿"),
    # the AI Index's notable models
    ("2025年中国机构发布的知名AI模型22个。", "market", 22.0, None, "count", "22"),
]


@pytest.mark.parametrize("text, theme, value, high, unit, carried", BATTERY)
def test_missed_form_is_a_fact(text, theme, value, high, unit, carried):
    assert_battery_form(text, DAY, theme, value, high, unit, carried)


def test_amount_before_subscription_is_not_an_investment():
    """300亿美元发行录得约1250亿美元认购: the amount right before 认购 is the order book an
    issue drew, not an investor's subscription."""
    rows = facts_of("某科技公司200亿美元债券发行录得约900亿美元认购。", DAY)
    hit = rows[rows["value"] == 9e10]
    assert not (hit["metric"] == "investment_amount").any(), rows.to_string()

