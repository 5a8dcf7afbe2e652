"""A price's effective time written with an hour (``自3月2日0时起``) dates the prices and the cut;
in a flash (``X月X日电``) the effective day dates the prices only, the flash's day the rest.

Every example is invented (澜锋智能, 青禾科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text


def _periods(text: str, published: dt.date) -> dict[str, str]:
    f = facts_of_text(text, published)
    return dict(zip(f["text"], f["period"]))


def test_prices_and_cut_take_the_effective_day_with_an_hour():
    text = "3月1日电，澜锋智能宣布，自3月2日0时起，Lan-2模型输出价格由每百万tokens 6元降至4元，降幅约33%。"
    p = _periods(text, dt.date(2026, 3, 10))
    assert p["6元"] == p["4元"] == p["降幅约33%"] == "2026-03-02"


def test_hour_words_zero_dian_and_clock_time():
    for text in ("澜锋智能宣布，4月1日零点起，Lan-2模型输出价格降至每百万tokens 4元。",
                 "澜锋智能宣布，自4月1日0时起，Lan-2模型输出价格降至每百万tokens 4元。",
                 "澜锋智能宣布，自4月1日00:00起，Lan-2模型输出价格降至每百万tokens 4元。"):
        # published in January: the day to come is of the publication year, not the year before
        assert _periods(text, dt.date(2026, 1, 5))["4元"] == "2026-04-01", text


def test_an_effective_day_before_the_dateline_in_the_calendar_is_next_year():
    text = "12月30日电，青禾科技宣布，自1月1日零时起，Zeta模型输入价格由每百万tokens 2元降至1元。"
    p = _periods(text, dt.date(2025, 12, 31))
    assert p["2元"] == p["1元"] == "2026-01-01"


def test_other_numbers_of_the_flash_keep_its_dateline_day():
    text = "12月30日电，青禾科技宣布，自1月1日零时起，Zeta模型输入价格降至每百万tokens 1元，日活用户超过1000万。"
    p = _periods(text, dt.date(2025, 12, 31))
    assert p["1元"] == "2026-01-01"
    assert p["超过1000万"] == "2025-12-30"


def test_each_flash_of_a_series_keeps_its_own_day():
    text = ("AI行业快讯汇总\n\n财联社3月1日电，澜锋智能宣布，自3月2日0时起，Lan-2模型输出价格降至每百万tokens 4元。\n\n"
            "财联社3月3日电，青禾科技宣布Zeta模型日均调用量突破10万亿。\n")
    p = _periods(text, dt.date(2026, 3, 10))
    assert p["4元"] == "2026-03-02"
    assert p["10万亿"] == "2026-03-03"


def test_near_miss_an_effective_day_with_its_year_keeps_it():
    text = "12月30日电，青禾科技宣布，自2027年1月1日零时起，Zeta模型输入价格降至每百万tokens 1元。"
    assert _periods(text, dt.date(2025, 12, 31))["1元"] == "2027-01-01"


def test_near_miss_no_dateline_keeps_the_effective_day_for_other_numbers():
    text = "青禾科技宣布，自1月1日起，Zeta模型输入价格降至每百万tokens 1元，日活用户超过1000万。"
    p = _periods(text, dt.date(2026, 1, 5))
    assert p["超过1000万"] == "2026-01-01"
