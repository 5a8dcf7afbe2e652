"""Theme boundaries SCHEMA.md decides: money a firm or a state puts into facilities is capex,
money put into a firm stays valuation; chips installed or shipped are compute; a government's AI
budget is capex; a funding round's size is valuation.

Every example is invented (青禾科技, 688000.SH, exists in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 2, 10)


def _theme(text: str, number: str) -> str:
    return row_of(facts_of_text(text, DAY), number)["theme"]


def test_investing_to_expand_capacity_abroad_is_capex():
    assert _theme("青禾科技（688000.SH）公告拟投资不超过15亿元在越南扩建封测产能。", "不超过15亿元") == "capex"


def test_a_plants_investment_raised_is_capex():
    text = "青禾科技则将得州晶圆厂的投资额由30亿美元上调至45亿美元。"
    assert _theme(text, "30亿美元") == _theme(text, "45亿美元") == "capex"


def test_a_pledge_to_invest_in_a_country_is_capex():
    assert _theme("青禾科技承诺2026-2029年在德投资80亿美元，用于云服务。", "80亿美元") == "capex"


def test_a_pledge_whose_later_clause_builds_a_campus_is_capex():
    assert _theme("卡塔尔还承诺出资200亿欧元，在意大利建设一座AI园区。", "200亿欧元") == "capex"


def test_money_put_into_a_firm_stays_valuation():
    assert _theme("青禾科技向某AI初创公司投资8亿美元，用于建设新的训练集群。", "8亿美元") == "valuation"
    assert _theme("青禾科技在美投资者持股约5%，投资12亿美元。", "12亿美元") == "valuation"


def test_a_part_of_a_facility_investment_is_capex():
    text = "青禾科技预计今年设施投资总额为300亿元，其中芯片部门占220亿元。"
    assert _theme(text, "220亿元") == "capex"


def test_chips_installed_in_a_table_are_compute():
    text = ("表2  2025年1-6月国内车载智驾芯片装机量（单位：万颗）\n"
            "芯片/方案          装机量      份额\n"
            "青禾A系列          88.8      40.1%\n"
            "合计              221.4      100%\n")
    f = facts_of_text(text, DAY)
    assert set(f.loc[f["text"].isin(["88.8", "221.4"]), "theme"]) == {"compute"}


def test_chip_shipments_written_with_the_taiwan_word_are_compute():
    assert _theme("青禾科技新一代晶片今年以来累计出货已突破120萬套。", "120萬") == "compute"


def test_a_governments_ai_budget_is_capex():
    text = "明年政府AI预算为5万亿日元，较今年增长约2倍。"
    assert _theme(text, "5万亿日元") == "capex"


def test_a_funding_rounds_size_is_valuation():
    text = "据报道，青禾科技正以约300亿美元估值进行新一轮融资，规模约25亿美元。"
    assert _theme(text, "约25亿美元") == "valuation"
