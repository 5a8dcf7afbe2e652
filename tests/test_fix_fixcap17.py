"""Units in table captions read as prose reads them, on invented tables: a currency written
after 元 (亿元新台币), a price per unit of time (美元/秒, 元/分钟), a unit followed by a note on
its basis without 单位 (（EFLOPS，INT8）), and wafers a month in thousands (kwpm)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import find_unit_labels, parse_unit_label
from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)


def _units(text):
    return [(mult, unit) for *_, mult, unit in find_unit_labels(text)]


@pytest.mark.parametrize("caption, expected", [
    ("表4　设计服务厂营收（单位：亿元新台币）", [(Decimal(10) ** 8, "TWD")]),
    ("表4　设计服务厂营收（亿元港币）", [(Decimal(10) ** 8, "HKD")]),
    ("表4　营收（亿元人民币）", [(Decimal(10) ** 8, "CNY")]),
    ("表5　语音合成API价格（美元/秒）", [(Decimal(1), "USD")]),
    ("表5　语音合成API价格（元/分钟）", [(Decimal(1), "CNY")]),
    ("表6　全国智算规模（EFLOPS，INT8）", [(Decimal(10) ** 18, "flops")]),
    ("表6　园区负载（MW，IT负载口径）", [(Decimal(10) ** 6, "watts")]),
    ("表7　封测产能（单位：kwpm，期末月产能）", [(Decimal(1000), "count")]),
])
def test_caption_units(caption, expected):
    assert _units(caption) == expected


@pytest.mark.parametrize("text", ["（万，同比）", "（%，下同）", "（注：FP16口径）", "（个，累计）"])
def test_bracket_notes_without_a_unit_word_stay_prose(text):
    # a plain amount, count or % opening a bracket with a note still needs every item a label
    assert find_unit_labels(text) == []


def test_parse_label_after_yuan():
    assert parse_unit_label("亿元新台币") == (Decimal(10) ** 8, "TWD")
    assert parse_unit_label("kwpm") == (Decimal(1000), "count")


_NOTE = """星桥证券 2025年9月10日
AI设计服务跟踪

表4　设计服务厂营收（单位：亿元新台币）
公司　　　　　2024　　　　2025E　　　　2026E
凌矽科技　　　　310　　　　 360　　　　 480

表5　语音合成API价格（美元/分钟）
模型　　　　　　　　　　　　　价格
澜声V2　　　　　　　　　　　　0.06

表6　全国智算规模（EFLOPS，INT8）
年份　　　　2023　　　2024
智算规模　　180　　　　325

表7　封测产能（单位：kwpm，期末月产能）
厂商　　　　　2024年底　　　2025年底E
凌矽科技　　　 12　　　　　　 20
"""


@pytest.fixture(scope="module")
def facts():
    return facts_of_text(_NOTE, DAY)


@pytest.mark.parametrize("text, value, unit", [
    ("310", 3.1e10, "TWD"), ("480", 4.8e10, "TWD"),
    ("0.06", 0.06, "USD"),
    ("180", 1.8e20, "flops"),
    ("12", 12000, "count"), ("20", 20000, "count"),
])
def test_table_cells_take_the_caption_unit(facts, text, value, unit):
    rows = facts[facts["text"] == text]
    assert len(rows) == 1, facts[["text", "entity", "metric", "value", "unit"]].to_string()
    assert rows.iloc[0]["value"] == pytest.approx(value)
    assert rows.iloc[0]["unit"] == unit


def test_price_per_minute_is_a_price_and_its_before_cut_column_stays_positive():
    # an amount per metered time (美元/分钟) is a price: the 降价 of 降价前 names the column, it
    # does not make the older price a fall
    note = ("星桥证券 2025年9月10日\n语音API跟踪\n\n表5　语音合成API价格（美元/分钟）\n"
            "模型　　　　　　　　　　　　　价格　　　　降价前\n"
            "澜声V2　　　　　　　　　　　　0.06　　　　0.09\n"
            "澜声V2 Lite　　　　　　　　　 0.02　　　　—\n")
    df = facts_of_text(note, DAY)
    rows = df[df["text"] == "0.09"]
    assert len(rows) == 1 and rows.iloc[0]["value"] == pytest.approx(0.09), df.to_string()
    assert rows.iloc[0]["metric"].endswith("_before_cut")


def test_currency_scoped_to_home_and_overseas_rows():
    # 单位：每百万tokens names the volume; the currency is scoped to where each row's firm is from
    # (invented models of lexicon firms; facts_words.csv caption_scope_home)
    note = ("星桥证券 2025年9月10日\n大模型价格月报\n\n"
            "表1：主要模型API价格（单位：每百万tokens；国内模型为人民币元，海外模型为美元）\n"
            "| 模型 | 厂商 | 输入 | 输出 |\n|---|---|---|---|\n"
            "| Lanfeng-2 | 深度求索 | 2.5 | 9 |\n"
            "| Harbor-X | Anthropic | 14 | 70 |\n")
    df = facts_of_text(note, DAY)
    got = {r["text"]: (r["unit"], r["metric"]) for _, r in df.iterrows()}
    assert got["2.5"] == ("CNY", "input_price_per_1m_tokens"), df.to_string()
    assert got["9"][0] == "CNY" and got["14"][0] == "USD" and got["70"] == ("USD", "output_price_per_1m_tokens")


def test_volume_alone_after_unit_is_the_price_volume():
    from aigc_analysis.extract.quantities import unit_label_per
    assert unit_label_per("表1：API价格（单位：每百万tokens；国内模型为人民币元，海外模型为美元）") == "1m tokens"
    assert unit_label_per("（单位：每人）") is None
    assert unit_label_per("（每百万tokens计算的调用成本下降）") is None


def test_old_price_of_one_row_is_not_the_new_price_of_another():
    # the prose's new price 0.30 and a sibling row's 降价前 0.30: two claims, the older price kept
    note = ("星桥证券 2025年9月10日\n视频API跟踪\n▶ 澜影科技将Lumo 4 API价格下调至每秒0.30美元，价格战开始。\n\n"
            "表2　主要视频模型API价格（美元/秒）\n"
            "模型　　　　　　　　　　　　　价格　　　　降价前\n"
            "Lumo 4　　　　　　　　　　　　0.30　　　　0.55\n"
            "Lumo 4 Fast　　　　　　　　　 0.12　　　　0.30\n")
    df = facts_of_text(note, DAY)
    at = df[df["value"].round(6) == 0.3]
    # the prose's 每秒0.30美元 is billed by the second (fixprice20): price_per_second
    assert sorted(at["metric"]) == ["price_before_cut", "price_per_second"], df.to_string()
