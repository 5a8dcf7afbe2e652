"""Tonnes and a currency glued before 元 (fixunit33).

A mass in tonnes after a number (``万吨``, ``吨标准煤``, ``万吨CO2e``) is a count of tonnes, as the
gold counts it (the schema has no mass unit), its metric named by the word of its clause that says
what is weighed (``facts_words.csv`` ``weight_metric``) or ``mass_tonnes`` (``unit_metrics.csv``);
``百吨级`` (a class) and ``20万吨/年`` (a rate) are no mass. ``美金220,000,000元``: a currency glued
to the digits rules over their bare 元 (``currency_words.csv`` ``prefix_yuan``), while ``2万美元一片``
keeps reading 美元 as the unit of the number before it.

Every example is invented: the firms, places and figures are in no report.
"""
from __future__ import annotations

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def _row(text: str, carried: str):
    f = facts_of(text)
    hit = f[f["text"].str.contains(carried, regex=False)]
    assert len(hit) == 1, f[["theme", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_tonnes_after_a_number_are_a_count_of_tonnes():
    q, = find_quantities("约3.6万吨")
    assert (q.value, q.unit, q.kind) == (36000.0, "count", "weight")


def test_a_tonne_class_or_rate_is_no_mass():
    assert all(q.kind != "weight" for q in find_quantities("百吨级货运无人机，年产20万吨/年"))


def test_carbon_emissions_in_tonnes_are_a_compute_count():
    row = _row("青禾云2025年度报告显示，其数据中心全年排放约3.7万吨CO2e。", "3.7万吨")
    assert (row["theme"], row["unit"], row["value"]) == ("compute", "count", 37000.0)
    assert row["metric"] == "ghg_emissions_tonnes"


def test_the_weighed_word_may_follow_the_mass():
    row = _row("白石模型的训练共产生约860吨CO2e排放。", "860吨")
    assert (row["theme"], row["metric"], row["value"]) == ("compute", "ghg_emissions_tonnes", 860.0)


def test_energy_in_tonnes_of_coal_and_water_saved():
    row = _row("某园区新建智算中心年综合能耗约为3.1万吨标准煤。", "3.1万吨")
    assert (row["theme"], row["metric"], row["unit"]) == ("compute", "energy_consumption_tce", "count")
    row = _row("与人工作业相比，智能灌溉系统累计节约用水约1.3亿吨。", "1.3亿吨")
    assert (row["theme"], row["metric"], row["value"]) == ("adoption", "savings_tonnes", 1.3e8)


def test_a_metal_tonnage_is_market():
    row = _row("按测算，每座大型智算中心约需铜1.1万—1.4万吨。", "1.1万")
    assert (row["theme"], row["unit"], row["value"], row["value_high"]) == ("market", "count", 11000.0, 14000.0)


def test_a_dollar_word_glued_before_digits_and_yuan_is_usd():
    row = _row("董事会通过扩产案，投资金额以不超过美金15,000,000元为上限。", "15,000,000")
    assert (row["unit"], row["value"]) == ("USD", 15e6)


def test_a_dollar_word_after_an_amount_stays_its_unit():
    f = facts_of("该芯片售价为3万美元一片。")
    assert list(f["unit"]) == ["USD"] and list(f["value"]) == [30000.0]
