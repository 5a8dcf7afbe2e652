"""Numbers as people say them in podcast and interview transcripts: approximate pairs
(``三四成``, ``两三千万美金``), "more than" tails (``两百亿出头``, ``翻了一倍多``), colloquial money
(``三块二``, ``五百万刀``) and spoken measures (``每天三千亿tokens``, ``够烧两年``).

Every example is invented (岚峰科技, 青岚科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.numerals import parse_approximate_pair
from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 10)


def _q(text: str):
    return [(q.text, q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text)]


def _row(text: str, number: str):
    return row_of(facts_of_text(text, DAY), number)


# ---- approximate pairs --------------------------------------------------------------------

@pytest.mark.parametrize("numeral, low, high", [
    ("三四", 3, 4), ("六七十", 60, 70), ("两三千万", 2e7, 3e7), ("一两千亿", 1e11, 2e11),
    ("二十七八", 27, 28), ("五六百", 500, 600), ("三十五六万", 3.5e5, 3.6e5),
])
def test_a_spoken_pair_of_digits_is_a_range(numeral, low, high):
    assert tuple(map(float, parse_approximate_pair(numeral))) == (low, high)


@pytest.mark.parametrize("numeral", ["三三", "三三两两", "二零二三", "三六零", "一二", "九八", "两千四百"])
def test_other_digit_runs_are_no_pair(numeral):
    assert parse_approximate_pair(numeral) is None


@pytest.mark.parametrize("text, expected", [
    ("海外收入大概占三四成", ("三四成", 0.3, 0.4, "ratio", None)),
    ("毛利率能做到百分之六七十", ("百分之六七十", 0.6, 0.7, "ratio", None)),
    ("收入两三千万美金", ("两三千万美金", 2e7, 3e7, "USD", None)),
    ("市场一两千亿", ("一两千亿", 1e11, 2e11, "count", None)),
    ("成本降了两三倍", ("降了两三倍", 2.0, 3.0, "multiple", None)),  # a multiple stays as written (fixnum2)
    ("效率提升了两三倍", ("两三倍", 2.0, 3.0, "multiple", None)),
])
def test_spoken_pairs_are_ranges(text, expected):
    assert _q(text) == [expected]


@pytest.mark.parametrize("text", ["主要做一二线城市", "客户三三两两的", "十之八九是企业", "一两个月前发布",
                                  "两三年后再说", "第一", "一方面", "一下子", "团队有七八个人", "三四"])
def test_near_misses_stay_no_numbers(text):
    assert _q(text) == []


# ---- "more than" tails ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("七亿多美金", ("七亿多美金", 7e8, None, "USD", "over")),
    ("一万多张卡", ("一万多", 1e4, None, "count", "over")),
    ("两百亿出头", ("两百亿出头", 2e10, None, "count", "over")),
    ("翻了一倍多", ("翻了一倍多", 2.0, None, "multiple", "over")),
    ("翻了一倍", ("翻了一倍", 2.0, None, "multiple", None)),
    ("百分之五十几", ("百分之五十几", 0.5, None, "ratio", "over")),
    ("二十几亿美元", ("二十几亿美元", 2e9, None, "USD", "over")),
])
def test_more_than_tails(text, expected):
    assert _q(text) == [expected]


def test_only_one_times_after_fan_is_a_doubling():
    # 翻了三倍 stays the multiple as written (SCHEMA: 增长5倍 is 5)
    assert _q("翻了三倍") == [("三倍", 3.0, None, "multiple", None)]
    assert _q("收入翻了1倍") == [("翻了1倍", 2.0, None, "multiple", None)]


def test_a_spoken_duration_is_a_range_unless_it_dates_something():
    assert _q("两三个月") == [("两三个月", 2.0, 3.0, "months", None)]
    assert _q("一两个月前") == [] and _q("两三年后") == []


# ---- colloquial money ----------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("三块二", 3.2, "CNY"), ("一块五", 1.5, "CNY"), ("两块钱", 2.0, "CNY"), ("八毛钱", 0.8, "CNY"),
    ("五百万刀", 5e6, "USD"), ("20刀", 20.0, "USD"), ("两千万美金", 2e7, "USD"),
])
def test_colloquial_money(text, value, unit):
    assert [(x[1], x[3]) for x in _q(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["两块GPU", "三块二手屏幕", "砍一刀", "一刀切", "五块屏"])
def test_block_and_knife_words_stay_no_money(text):
    assert all(x[3] not in ("CNY", "USD") for x in _q(text))


def test_spoken_prices_per_token_volume():
    for said, value in (("三块二", 3.2), ("一块五", 1.5), ("八毛钱", 0.8)):
        row = _row(f"岚峰科技的API价格是每百万tokens{said}。", said)
        assert (row["theme"], row["value"], row["unit"]) == ("pricing", value, "CNY")


# ---- linking of spoken measures ------------------------------------------------------------

def test_spoken_revenue_and_share():
    row = _row("岚峰科技今年收入两三千万美金。", "两三千万美金")
    assert (row["metric"], row["value"], row["value_high"], row["unit"]) == ("revenue", 2e7, 3e7, "USD")
    for text, number in (("岚峰科技CEO表示，公司海外收入大概占三四成。", "三四成"),
                         ("岚峰科技海外收入约占30%。", "30%")):
        row = _row(text, number)
        assert (row["metric"], row["value"]) == ("revenue_share", 0.3)


def test_a_market_said_in_yi_is_yuan():
    row = _row("国内大模型市场规模大概一两千亿。", "一两千亿")
    assert (row["metric"], row["value"], row["value_high"], row["unit"]) == ("market_size", 1e11, 2e11, "CNY")


def test_a_count_in_yi_stays_a_count():
    # users are counted; another currency in the sentence leaves the bare amount alone
    row = _row("三季度移动端AI应用用户总规模突破7亿。", "7亿")
    assert (row["metric"], row["unit"]) == ("users", "count")
    df = facts_of_text("岚峰科技收入5亿美元，市场一两千亿。", DAY)
    assert "一两千亿" not in set(df[df["unit"] == "CNY"]["text"])


def test_spoken_parameter_counts():
    df = facts_of_text("岚峰科技的新模型总参数两千多亿、激活两百亿出头。", DAY)
    got = {r["text"]: (r["metric"], r["value"], r["qualifier"]) for _, r in df.iterrows()}
    assert got == {"两千多亿": ("parameters", 2e11, "over"), "两百亿出头": ("active_parameters", 2e10, "over")}
    row = _row("岚峰科技的新模型参数两千四百亿。", "两千四百亿")
    assert (row["metric"], row["value"]) == ("parameters", 2.4e11)


def test_vague_shu_stays_vague():
    assert facts_of_text("岚峰科技的模型参数达数千亿。", DAY).empty


def test_daily_tokens():
    for text in ("岚峰科技每天三千亿tokens。", "岚峰科技现在每天三千亿tokens的调用量。"):
        row = _row(text, "三千亿")
        assert (row["metric"], row["value"]) == ("daily_token_usage", 3e11)
    # 每天 is no token volume when what is counted is no token
    df = facts_of_text("岚峰科技每天新增用户一万多。", DAY)
    assert "daily_token_usage" not in set(df["metric"])


def test_owned_and_rented_cards():
    df = facts_of_text("岚峰科技自己有五千张卡，另外租了一万多张。", DAY)
    got = {r["text"]: (r["metric"], r["value"], r["unit"]) for _, r in df.iterrows()}
    assert got == {"五千": ("accelerator_cards_owned", 5000.0, "count"),
                   "一万多": ("accelerator_cards_rented", 10000.0, "count")}
    row = _row("岚峰科技目前拥有8000张卡。", "8000")
    assert row["metric"] == "accelerator_cards"


def test_cash_runway():
    row = _row("岚峰科技账上的钱够烧两年。", "两年")
    assert (row["metric"], row["value"], row["unit"]) == ("cash_runway", 2.0, "years")


def test_spoken_near_misses_make_no_facts():
    text = ("岚峰科技主要做一二线城市的客户，三三两两的，十之八九是企业。"
            "岚峰科技一两个月前发布了新模型，第一，一方面，一下子就火了。团队有七八个人。")
    assert facts_of_text(text, DAY).empty


def test_a_written_daily_token_measure_keeps_counts_not_written_in_tokens():
    # 日均token消耗量 names its measure itself: only the spoken 每天 needs tokens after the count
    df = facts_of_text("截至2025年底我国日均token消耗量超过60万亿，而2024年初只有1000亿。", dt.date(2026, 1, 21))
    assert row_of(df, "超过60万亿")["metric"] == "daily_token_usage"
