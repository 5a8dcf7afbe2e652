"""WeChat official-account articles about AI consumer devices (AI glasses, earbuds, pendants):
device counts and their categories, retail prices of named devices, 翻 multiples in chatty
wording, and the layout of such articles (emoji bullets and markers, read counters).

Every example is invented; no line of any report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.extract.segment import split_sentences
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 11, 20)


def _facts(text: str):
    return facts_of_text(text, DAY)


def _row(text: str, number: str):
    return row_of(_facts(text), number)


# ---- device counts: the category or the maker, market -------------------------------------

@pytest.mark.parametrize("text, number, entity, metric, value", [
    ("2025年全球AI眼镜出货约650万副。", "约650万", "AI glasses", "shipments", 6.5e6),
    ("2025年AI耳机出货量达到1200万台，同比增长45%。", "1200万", "AI earbuds", "shipments", 1.2e7),
    ("今年AI耳机出货约900万对。", "约900万", "AI earbuds", "shipments", 9e6),
    ("AI吊坠今年出货约30万只。", "约30万", "AI pendants", "shipments", 3e5),
    ("小米AI眼镜首月销量超过8万副。", "超过8万", "Xiaomi AI Glasses", "unit_sales", 8e4),
])
def test_device_counts(text, number, entity, metric, value):
    r = _row(text, number)
    assert (r["entity"], r["theme"], r["metric"], r["value"]) == (entity, "market", metric, value)


@pytest.mark.parametrize("text", [
    "歌尔股份计划2026年底前把智能眼镜年产能提升到800万副。",
    "歌尔股份计划2026年底前把AI耳机年产能提升到800万对。",
])
def test_device_capacity_is_market(text):
    r = _row(text, "800万")
    assert (r["entity"], r["theme"], r["metric"], r["period"]) == ("Goertek", "market", "capacity", "2026")


def test_wafer_capacity_stays_compute():
    # near-miss: a capacity counted in wafers (片) is no consumer device
    assert _row("某晶圆厂计划2026年把先进封装产能提升到8万片。", "8万")["theme"] == "compute"


def test_optical_module_capacity_stays_compute():
    # near-miss: optical modules are counted in 只, and their capacity is compute
    assert _row("中际旭创表示，目前高速光模块月产能约为240万只。", "240万")["theme"] == "compute"


@pytest.mark.parametrize("text, number, entity", [
    ("目前智能眼镜在眼镜市场的渗透率不足2%。", "不足2%", "smart glasses"),
    ("目前AI手机在智能手机市场的渗透率约为20%。", "20%", "AI smartphones"),
    ("AI眼镜渗透率有望在2027年达到10%。", "10%", "AI glasses"),
])
def test_device_penetration(text, number, entity):
    r = _row(text, number)
    assert (r["entity"], r["theme"], r["metric"]) == (entity, "market", "penetration_rate")


# ---- retail prices of named devices ---------------------------------------------------------

@pytest.mark.parametrize("text, number, entity, value, unit", [
    ("小米AI眼镜售价1999元。", "1999元", "Xiaomi AI Glasses", 1999, "CNY"),
    ("Meta的Ray-Ban Display定价799美元。", "799美元", "Meta Ray-Ban Display", 799, "USD"),
    ("Rokid Glasses售价3299元。", "3299元", "Rokid Glasses", 3299, "CNY"),
    ("夸克AI眼镜售价3999元起。", "3999元", "Quark AI Glasses", 3999, "CNY"),
])
def test_device_prices(text, number, entity, value, unit):
    r = _row(text, number)
    assert (r["entity"], r["theme"], r["metric"], r["value"], r["unit"]) == (entity, "pricing", "price", value, unit)


def test_subsidy_discount_is_price_cut():
    r = _row("小米AI眼镜售价1999元，国补后立减15%。", "减15%")
    assert (r["entity"], r["metric"], r["value"]) == ("Xiaomi AI Glasses", "price_change", -0.15)


# ---- 翻 multiples in chatty wording ---------------------------------------------------------

@pytest.mark.parametrize("text, number, metric, value", [
    ("据供应链消息，ODM订单翻了两番。", "翻了两番", "orders_growth", 4),
    ("夸克AI眼镜的备货量翻了一番。", "翻了一番", "stocking_growth", 2),
    ("小米AI眼镜的销量几乎翻倍。", "几乎翻倍", "unit_sales_growth", 2),
    ("今年AI眼镜出货量翻了两番。", "翻了两番", "shipment_growth", 4),
])
def test_fan_multiples(text, number, metric, value):
    r = _row(text, number)
    assert (r["metric"], r["unit"], r["value"]) == (metric, "multiple", value)


def test_doubling_time_unchanged():
    # near-miss: 每18个月翻一番 is a doubling time, not a multiple of anything
    f = _facts("摩尔定律下芯片性能每18个月翻一番。")
    assert "multiple" not in set(f["unit"])


# ---- layout: emoji, keycaps, read counters --------------------------------------------------

@pytest.mark.parametrize("text", ["1️⃣小米AI眼镜售价1999元", "第1️⃣点：售价1999元", "2⃣ 售价1999元"])
def test_keycap_is_no_number(text):
    assert [q.text for q in find_quantities(text)] == ["1999元"]


def test_mid_line_emoji_ends_sentence():
    t = "今年AI眼镜出货量突破50万副🔥小米AI眼镜售价1999元✅Rokid Glasses定价3299元"
    assert [t[s.start:s.end] for s in split_sentences(t)] == [
        "今年AI眼镜出货量突破50万副", "小米AI眼镜售价1999元", "Rokid Glasses定价3299元"]
    f = _facts("AI眼镜观察\n\n" + t + "\n")
    # the list price takes no year from the statement before the emoji
    assert row_of(f, "1999元")["period"] == "" and row_of(f, "3299元")["entity"] == "Rokid Glasses"


def test_bullet_emoji_at_line_start_stays():
    t = "🔥 2025年AI眼镜出货约650万副"
    assert [t[s.start:s.end] for s in split_sentences(t)] == [t]


@pytest.mark.parametrize("line", [
    "小米AI眼镜销量火爆，阅读 10万+，在看 2.3万。",
    "AI眼镜出货量周报 阅读 5.6万 点赞 1,024 分享 856",
    "AI眼镜出货量周报 点赞：1,024 👍 1.2万 转发 312",
])
def test_read_counters_give_no_facts(line):
    assert _facts("AI眼镜观察\n\n" + line + "\n").empty


def test_count_after_reading_word_stays():
    # near-miss: 阅读 glued to a product word is no counter label
    r = _row("AI阅读器今年出货量达到50万台。", "50万")
    assert (r["metric"], r["value"]) == ("shipments", 5e5)


@pytest.mark.parametrize("text", ["iPhone 17发布后销量大增。", "Gen 2眼镜即将上市。", "2代产品即将上市。"])
def test_model_generations_are_no_facts(text):
    assert _facts(text).empty


def test_english_stop_and_mid_line_emoji_on_one_line():
    # the English stops' pass hands the emoji pass its own stops, which it read as regex
    # matches ('_Stop' object has no attribute 'span' had stopped the document)
    t = "Revenue grew 20% in 3Q25. We expect more🔥小米AI眼镜售价1999元"
    assert [t[s.start:s.end].strip() for s in split_sentences(t)] == [
        "Revenue grew 20% in 3Q25", "We expect more", "小米AI眼镜售价1999元"]
