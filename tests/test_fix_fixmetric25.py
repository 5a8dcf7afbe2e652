"""A number found but filed under the wrong theme — invented reports of invented firms and markets.

- A penetration of device models fitted with a feature (支持降噪的机型渗透率), of a power-supply
  technology (HVDC) or a bare one after the market its sentence sizes (X市场规模…，渗透率由…提升至…)
  is a share of hardware sold: market, not adoption; so is a bare one the analyst forecasts in a
  later clause (我们预计明年渗透率有望提升至六成) after a hardware penetration. A share of users stays
  adoption.
- A part's share of a unit's bill of materials (约占BOM成本的40%, 在BOM中的占比) is an industry
  figure (market), not a firm's cost share (earnings); a cost item's share of a firm's operating
  costs stays earnings.
- An industry's revenue written 产业实现营业收入 / 产业营业收入 is a market size, not a firm's earnings.
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of

PUB = dt.date(2026, 3, 20)


def _theme(text: str, number: str) -> str:
    frame = facts_of(text, PUB)
    rows = frame[frame["text"].str.contains(number, regex=False)]
    assert len(rows) >= 1, frame[["text", "theme", "entity", "metric"]].to_string()
    return rows.iloc[0]["theme"]


@pytest.mark.parametrize("text, number", [
    ("# 可穿戴周报\n\n智能手表方面，支持血压监测的机型渗透率已升至23%，较去年同期提升明显。\n", "23%"),
    ("# 电源行业点评\n\n我们预计国内数据中心HVDC市场规模将从2025年的约40亿元增长至2027年的110亿元，"
     "渗透率由14%提升至2027年的38%。\n", "14%"),
    ("# 储能跟踪\n\n我们预计全球工商业储能柜市场规模将从2025年的52亿元增至2027年的130亿元，"
     "渗透率由9%提升至2027年的21%。\n", "9%"),
    ("# 终端晨报\n\n2025年国内AI平板出货量约2,100万台，在整体平板中的渗透率达到28%；"
     "我们预计2026年渗透率有望提升至六成。\n", "六成"),
])
def test_a_penetration_of_hardware_sold_is_market(text, number):
    assert _theme(text, number) == "market"


def test_a_penetration_among_users_stays_adoption():
    text = "# 应用周报\n\n澄川助手月活用户约3,000万，付费用户渗透率约4%。\n"
    assert _theme(text, "4%") == "adoption"


@pytest.mark.parametrize("text, number", [
    ("# 机器人拆解\n\n我们拆分了协作机器人整机的成本结构：伺服电机约占BOM成本的40%，控制器约占15%。\n", "40%"),
    ("# 服务器电源\n\n通用服务器中，风扇约占整机成本的2%；在AI服务器中，散热模组在BOM中的占比已升至约9%。\n", "约9%"),
])
def test_a_parts_share_of_a_bill_of_materials_is_market(text, number):
    assert _theme(text, number) == "market"


def test_a_cost_items_share_of_a_firms_costs_stays_earnings():
    text = "# 公司点评\n\n澄川科技2025年人工成本占营业成本的比例约为22%。\n"
    assert _theme(text, "22%") == "earnings"


@pytest.mark.parametrize("text, number", [
    ("# 产业统计\n\n• 上半年，某市人工智能核心产业实现营业收入2,150亿元，同比增长18.2%。\n", "18.2%"),
    ("# 产业统计\n\n• 上半年，某市人工智能核心产业实现营业收入2,150亿元，同比增长18.2%。\n", "2,150亿元"),
    ("# 政策汇编\n\n某省提出到2028年全省人工智能核心产业营业收入突破5,000亿元。\n", "5,000亿元"),
])
def test_an_industrys_revenue_is_market(text, number):
    assert _theme(text, number) == "market"
