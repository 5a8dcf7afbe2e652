"""Energy in its own unit (fixunit24): electricity written in 千瓦时/kWh is in ``kWh`` (the number
of kWh), in the watt-hour family (TWh, GWh, MWh, 太瓦时) in ``watt_hours`` (Wh, as power is in
watts), never a bare ``count``; a magnitude may scale an energy label in a caption or header
(``（单位：亿千瓦时）``, ``（万kWh）``), Traditional forms too.

Every example is invented: the places, firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import find_quantities, find_unit_labels
from aigc_analysis.present.formatting import format_value
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 6, 30)


@pytest.mark.parametrize("text, value, unit", [
    ("约3,210亿千瓦时", 3.21e11, "kWh"),
    ("約3,210億千瓦時", 3.21e11, "kWh"),
    ("12.5亿kWh", 1.25e9, "kWh"),
    ("约64TWh", 6.4e13, "watt_hours"),
    ("850GWh", 8.5e11, "watt_hours"),
    ("1.2太瓦时", 1.2e12, "watt_hours"),
    ("40 MWh", 4e7, "watt_hours"),
])
def test_energy_after_a_number_keeps_its_unit_family(text, value, unit):
    # was: unit count, TWh scaled to kWh
    q, = find_quantities(text)
    assert (q.value, q.unit, q.kind) == (value, unit, "energy")


@pytest.mark.parametrize("caption, mult, unit", [
    ("表3　各园区年用电量（单位：亿千瓦时）", Decimal(10) ** 8, "kWh"),
    ("表3　各園區年用電量（單位：億千瓦時）", Decimal(10) ** 8, "kWh"),
    ("图表7：某省数据中心耗电（万kWh）", Decimal(10) ** 4, "kWh"),
    ("表2：算力园区用电量（GWh）", Decimal(10) ** 9, "watt_hours"),
    ("Table 4 Campus electricity use (TWh)", Decimal(10) ** 12, "watt_hours"),
    ("图5　数据中心用电（单位：MWh）", Decimal(10) ** 6, "watt_hours"),
])
def test_an_energy_caption_or_header_scales_its_cells(caption, mult, unit):
    # was: no label for 亿千瓦时 / 万kWh (no magnitude before an energy word), count for TWh
    (_, _, m, u), = find_unit_labels(caption)
    assert (m, u) == (mult, unit)


def test_an_energy_caption_beside_a_percent_column_keeps_both():
    got = [(m, u) for *_, m, u in find_unit_labels("图6 各地区用电（单位：亿千瓦时，%）")]
    assert got == [(Decimal(10) ** 8, "kWh"), (Decimal("0.01"), "ratio")]


@pytest.mark.parametrize("caption", ["（单位：亿元）", "單位：新台幣百萬元", "（单位：万片/月）", "(單位：萬張)"])
def test_money_and_count_captions_are_no_energy(caption):
    assert all(u not in ("kWh", "watt_hours") for *_, u in find_unit_labels(caption))


def test_prose_energy_facts_are_kwh_or_watt_hours():
    f = facts_of_text("据青岚统计局公报，2025年全省算力中心用电量约210亿千瓦时，同比增长18%。"
                      "某机构测算，2025年乙国数据中心用电约95TWh。\n", DAY)
    r = row_of(f, "约210亿千瓦时")
    assert (r["theme"], r["value"], r["unit"]) == ("compute", 2.1e10, "count")  # fixval35: a count of kWh
    r = row_of(f, "约95TWh")
    assert (r["theme"], r["value"], r["unit"]) == ("compute", 9.5e13, "count")  # of Wh


def test_a_table_captioned_in_yi_kwh_scales_its_cells():
    f = facts_of_text("表1：各枢纽数据中心年用电量（单位：亿千瓦时）\n枢纽　　　　2024　　　2025\n"
                      "甲枢纽　　　36.5　　　42.0\n乙枢纽　　　18.2　　　23.4\n资料来源：某机构\n", DAY)
    r = row_of(f, "42.0")
    assert (r["value"], r["unit"], r["period"]) == (4.2e9, "count", "2025")  # fixval35: a count of kWh
    assert row_of(f, "18.2")["unit"] == "count"


def test_energy_is_formatted_in_its_unit():
    assert format_value(1.83e14, "watt_hours") == "183TWh"
    assert format_value(1.65e11, "kWh") == "1650亿千瓦时"
    assert format_value(1.65e11, "kWh", "en") == "165bn kWh"


# ---- a caption bracket: the unit, then the day its figures run to ------------------------------
@pytest.mark.parametrize("caption, mult, unit", [
    ("表2　亚太半导体个股周涨跌（%，截至11月14日）", Decimal("0.01"), "ratio"),
    ("表5 云厂商市值（亿美元，数据截至2026年3月31日）", Decimal(10) ** 8, "USD"),
    ("表4　各公司在手订单（億元，截至9月底）", Decimal(10) ** 8, "CNY"),
    ("Table 3 Market value (US$ bn, as of Sep 30)", Decimal(10) ** 9, "USD"),
])
def test_a_unit_then_an_as_of_note_is_the_caption_unit(caption, mult, unit):
    # was: no label (a second item that is no unit made the bracket prose)
    (_, _, m, u), = find_unit_labels(caption)
    assert (m, u) == (mult, unit)


@pytest.mark.parametrize("text", ["（亿元，2025年）", "（万，截至去年底公司的付费用户数已经超过了预期很多）"])
def test_near_miss_a_year_or_a_long_clause_after_the_amount_stays_prose(text):
    assert find_unit_labels(text) == []


def test_a_percent_table_dated_in_its_caption_is_in_percent():
    # was: stock_count 2.4 (the cells counted, the caption's % not applied)
    f = facts_of_text("表1　亚太算力个股周涨跌（%，截至11月14日）\n公司　　　　周涨跌幅　　年初至今\n"
                      "青岚科技　　+2.4　　　　+36.5\n澄曜电子　　-3.1　　　　+12.0\n资料来源：某券商\n", DAY)
    r = row_of(f, "+2.4")
    assert (r["value"], r["unit"]) == (0.024, "ratio")
    assert row_of(f, "+12.0")["value"] == 0.12
