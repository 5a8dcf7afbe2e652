"""A caption listing several units for the columns of one table (fixtable39).

SCHEMA "Tables": a bare cell takes the unit its caption gives. A caption may list one unit per
kind of column, ``（单位：亿元，个，%）`` or ``（单位：台、万元）``: the money columns are in
亿元, the count columns in the counter, the rate or share columns in per cent. The bare counter
stopped the list (so the per cent was lost and every column read the first unit), or made the
whole bracket prose (``台、万元``: every cell a plain count). Now the list is read whole and
each column takes the unit its header's last word asks for.

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import find_unit_labels
from tests.text_facts import facts_of

PUBLISHED = dt.date(2026, 11, 20)


@pytest.mark.parametrize("caption, units", [
    ("表3　分省情况（单位：亿元，个，%）", ["CNY", "count", "ratio"]),
    ("表：设备明细（单位：台、万元）", ["count", "CNY"]),
    ("（单位：万元、家）", ["CNY", "count"]),
])
def test_unit_list_with_a_counter_is_read_whole(caption, units):
    assert [u for *_, u in find_unit_labels(caption)] == units


@pytest.mark.parametrize("caption", ["（单位：台）", "（单位：台，按季）", "（单位：件；占比单位：%）", "（亿元，个）"])
def test_counter_alone_or_with_a_note_is_no_unit_list(caption):
    assert find_unit_labels(caption) == []


def test_listed_counter_keeps_its_scale():
    (_, _, m1, u1), (_, _, m2, u2) = find_unit_labels("（单位：台、万元）")
    assert (m1, u1, m2, u2) == (Decimal(1), "count", Decimal(10000), "CNY")


def _rows(text):
    df = facts_of(text, published=PUBLISHED)
    return {(r.text, r.unit): r.value for r in df.itertuples()}


def test_rate_columns_take_the_per_cent_of_the_list():
    rows = _rows("表2　2026年1-9月算力专项债分省情况（单位：亿元，个，%）\n"
                 "省份　　　发行额　　项目数　　占本省新增专项债比重　　加权利率\n"
                 "江西　　　98.5　　41　　　11.4　　　　　　2.15\n")
    assert rows[("98.5", "CNY")] == pytest.approx(9.85e9)
    assert rows[("41", "count")] == 41
    assert rows[("11.4", "ratio")] == pytest.approx(0.114)
    assert rows[("2.15", "ratio")] == pytest.approx(0.0215)
    assert ("11.4", "CNY") not in rows and ("2.15", "CNY") not in rows


def test_money_columns_do_not_take_the_listed_counter():
    rows = _rows("表：设备明细（单位：台、万元）\n"
                 "设备类型          数量    采购单价    采购总价\n"
                 "推理服务器C型   60      115         6900\n")
    assert rows.get(("60", "count")) == 60
    assert ("115", "count") not in rows and ("6900", "count") not in rows


# A caption's one unit label followed by a short note of words only (a restatement, a source):
# the bracket is the table's unit caption, as a dated note already was; digits keep it prose.

@pytest.mark.parametrize("caption, mult, unit", [
    ("截至2025年12月31日止年度（人民币百万元，经重列）", 10 ** 6, "CNY"),
    ("| 搜索引擎份额（%，SimilarWeb） |", Decimal("0.01"), "ratio"),
    ("（亿美元，含税）", 10 ** 8, "USD"),
])
def test_label_then_word_note_is_read(caption, mult, unit):
    (_, _, m, u), = find_unit_labels(caption)
    assert (m, u) == (mult, unit)


@pytest.mark.parametrize("caption", ["（亿元，2026年）", "（亿元，同比增长较快的部分）", "（万台，出货）"])
def test_label_then_other_note_stays_prose(caption):
    assert find_unit_labels(caption) == []


def test_restated_segment_table_is_read_in_its_caption_unit():
    rows = _rows("截至2024年12月31日止年度（人民币百万元，经重列）\n"
                 "分部　　　　　　收入　　　　分部业绩\n"
                 "智能云　　　　　21,735　　　　 517\n"
                 "在线营销　　　　40,218　　　10,254\n")
    assert rows[("21,735", "CNY")] == pytest.approx(2.1735e10)
    assert rows[("40,218", "CNY")] == pytest.approx(4.0218e10)
