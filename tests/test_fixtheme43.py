"""Numbers whose value and unit were read but filed under another theme (fixtheme43). A rise or
fall written after a good's price or quote (硅片价格同比下跌, 报价约…/kg，同比上涨, 地价…涨幅) is
that price's change (market, as component and material prices), not a share move; after a
subscription's fee (年费…涨幅) it is an AI service's price change (pricing). A share price, an
index or a token price in the sentence keeps the older reading (theme_boundaries.csv).
Invented sentences."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 30)


def _row(text: str, value: float, unit: str):
    rows = facts_of(text, DAY)
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() < 1e-9 * max(1.0, abs(value)))]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_material_price_fall_is_market():
    row = _row("8英寸碳化硅衬底价格则同比下跌12.5%至约480美元/片。", -0.125, "ratio")
    assert row["theme"] == "market"
    assert row["metric"] == "price_change"


def test_quote_per_kg_rise_is_market():
    row = _row("10月高纯石英砂国内报价约3,200元/kg，较年初上涨12%；四氯化硅约46元/kg，同比上涨31%。", 0.31, "ratio")
    assert row["theme"] == "market"


def test_land_price_rise_is_market():
    row = _row("园区周边工业地价已由三年前每平方米约900元涨至目前约1,400元，涨幅约56%。", 0.56, "ratio")
    assert row["theme"] == "market"


def test_subscription_fee_rise_is_pricing():
    row = _row("自明年起，青岚智能助手专业版年费由199元调涨至299元，涨幅约50%。", 0.5, "ratio")
    assert row["theme"] == "pricing"
    assert row["metric"] == "price_change"


def test_share_price_rise_stays_valuation():
    # a price word beside a share price: the stock's move
    row = _row("受产品价格上调消息带动，青岚科技股价当日上涨8.6%。", 0.086, "ratio")
    assert row["theme"] == "valuation"


def test_index_move_after_price_word_stays_valuation():
    row = _row("存储价格回升预期升温，半导体指数本周上涨4.3%。", 0.043, "ratio")
    assert row["theme"] == "valuation"


# 较2023年的21%明显上升: the rate after 较…的 is the level a share rose from (adoption), not a
# share's return


def test_earlier_level_of_a_usage_share_is_adoption():
    row = _row("调查显示，本地中小企业中已使用AI写作工具的比例为41%，较2024年的23%明显上升。", 0.23, "ratio")
    assert row["theme"] == "adoption"


def test_earlier_level_in_traditional_script_is_adoption():
    row = _row("搭載自動泊車系統的車輛佔比達58%，較去年同月的36%上升22個百分點。", 0.36, "ratio")
    assert row["theme"] == "adoption"


def test_earlier_level_beside_a_share_price_stays_valuation():
    row = _row("青岚科技股价年初至今上涨64%，较去年同期的22%明显扩大。", 0.22, "ratio")
    assert row["theme"] == "valuation"


def test_emissions_change_is_compute():
    row = _row("青岚云2025年环境报告显示，其2024年总排放为86万吨CO2e，同比上升14%。", 0.14, "ratio")
    assert row["theme"] == "compute"


def test_carbon_price_rise_is_not_compute():
    row = _row("受排放配额收紧影响，欧盟碳价本月上涨9%，碳排放权板块随之走强。", 0.09, "ratio")
    assert row["theme"] != "compute"
