"""fixval35: numbers read with the right value but a unit or sign the contract does not give.

* Units outside SCHEMA's list: energy (千瓦时, TWh) and weeks are read in their own units but
  written in the facts table as a ``count`` of that unit (the gold tables' convention: 1,650亿千瓦时
  is the count 1.65e11); they still never merge with a count of things. (fixnew46: days, hours,
  minutes and seconds now keep their own unit, the newer gold tables' convention.)
* A table column naming a fall its shares measure (``事故率下降(%)``, ``耗时缩短(%)``): an unsigned
  cell under it is a change below zero, as a price table's ``降幅`` column already was.

Every example is invented: the places, firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import _table_unit
from aigc_analysis.paths import UNITS
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 6, 30)
SCHEMA_UNITS = {"USD", "CNY", "HKD", "count", "ratio", "pp", "multiple", "bytes", "months", "years",
                "flops", "watts"}


@pytest.mark.parametrize("unit, written", [
    ("kWh", "count"), ("watt_hours", "count"), ("hours", "hours"), ("minutes", "minutes"),
    ("days", "days"), ("weeks", "count"), ("months", "months"), ("years", "years"),
    ("watts", "watts"), ("EUR", "EUR"), ("ratio", "ratio"),
])
def test_table_unit_keeps_schema_units_and_counts_the_others(unit, written):
    assert _table_unit(unit) == written


def test_every_written_unit_is_a_schema_unit_or_a_currency():
    for unit in UNITS:
        written = _table_unit(unit)
        assert written in SCHEMA_UNITS | {"days", "hours", "minutes", "seconds"} \
            or (len(written) == 3 and written.isupper()), unit


def test_prose_energy_is_a_count_of_its_unit():
    # was: unit kWh / watt_hours, which no gold table has
    f = facts_of_text("据青岚统计局公报，2025年全省算力中心用电量约210亿千瓦时，同比增长18%。"
                      "某机构测算，2025年乙国数据中心用电约95TWh。\n", DAY)
    r = row_of(f, "约210亿千瓦时")
    assert (r["value"], r["unit"]) == (2.1e10, "count")
    r = row_of(f, "约95TWh")
    assert (r["value"], r["unit"]) == (9.5e13, "count")


def test_a_table_in_hours_writes_its_cells_in_hours():
    # fixval35 wrote them as counts; fixnew46: the newer gold tables' hours
    f = facts_of_text("表2：澄曜云各工序单件平均耗时（小时）\n工序　　　　引入前　　引入后\n"
                      "质检　　　　4.5　　　　1.5\n排产　　　　2.5　　　　0.5\n资料来源：某机构\n", DAY)
    assert set(f.loc[f["text"].isin(["4.5", "1.5"]), "unit"]) == {"hours"}


@pytest.mark.parametrize("header", ["故障率下降(%)", "排队时长缩短(%)", "能耗降幅(%)"])
def test_a_fall_column_makes_its_shares_negative(header):
    # was: +0.37 (the column's fall word not read outside price tables)
    f = facts_of_text(f"表3　三家园区引入AI调度后的变化\n园区　　　　　设备数(台)　　{header}\n"
                      "甲园区　　　　120　　　　　　37\n乙园区　　　　85　　　　　　 44\n"
                      "资料来源：某机构\n", DAY)
    assert row_of(f, "37")["value"] == pytest.approx(-0.37)
    assert row_of(f, "44")["value"] == pytest.approx(-0.44)


@pytest.mark.parametrize("header", ["营收增减(%)", "股价涨跌幅(%)", "良率提升(%)"])
def test_near_miss_a_column_naming_a_rise_keeps_its_sign(header):
    f = facts_of_text(f"表3　三家公司的季度变化\n公司　　　　　门店数(家)　　{header}\n"
                      "甲公司　　　　120　　　　　　37\n乙公司　　　　85　　　　　　 44\n"
                      "资料来源：某机构\n", DAY)
    assert row_of(f, "37")["value"] > 0


@pytest.mark.parametrize("text, low, high", [
    ("澄曜云表示，二手A800租金仍有10%-15%的下行空间。", -0.10, -0.15),
    ("青岚科技预计明年光模块单价还有20%左右的下调空间。", -0.20, None),
    ("澄曜证券认为存储芯片合约价仍有约8%的回落空间。", -0.08, None),
])
def test_room_for_a_fall_after_a_share_makes_it_negative(text, low, high):
    # was: +0.10 (the fall named after the number, behind the keyword that names the metric)
    f = facts_of_text(text, DAY)
    r = f[f["unit"] == "ratio"].iloc[0]
    assert r["value"] == pytest.approx(low)
    assert (r["value_high"] == pytest.approx(high)) if high is not None else r["value_high"] != r["value_high"]


def test_near_miss_room_for_a_rise_stays_positive():
    f = facts_of_text("澄曜证券认为青岚科技股价仍有约25%的上涨空间。", DAY)
    assert (f.loc[f["unit"] == "ratio", "value"] > 0).all()


def test_a_depreciation_is_a_fall():
    # was: +0.09 (贬值 no fall word)
    f = facts_of_text("据澄曜咨询测算，二手训练卡年均贬值约9%。", DAY)
    assert row_of(f, "贬值约9%")["value"] == pytest.approx(-0.09)
