"""Theme classes of fixtheme39 (values found under another theme).

Every example is invented (澄湖, 青禾科技 and 云川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# ---- power in watts is compute, whatever draws or makes it ---------------------------------------

def test_a_grids_peak_load_and_reserve_margin_are_compute():
    # every gold set labels a grid's load and reserve margin compute, as data-centre power
    r = _rows("澄湖电网今年夏季最高负荷达到2,860万千瓦，备用容量率一度降至5.9%。")
    assert r["2,860万千瓦"][0] == "compute" and r["2,860万千瓦"][3] == "watts"
    assert r["5.9%"][0] == "compute"


def test_storage_plant_and_generator_power_are_compute():
    r = _rows("园区配建储能电站规模40MW/80MWh。澄湖县光伏电站累计装机容量突破180万千瓦。")
    assert r["40MW"][0] == "compute"
    # fixcomp47: a solar plant's installed capacity is what the energy industry builds, market
    # (the gold of the power operator's and grid company's reports, DS: 并网装机, 光伏, 发电量 all
    # market; no gold set labels a plant's generation capacity compute without data centres named)
    assert r["180万千瓦"][0] == "market"


def test_near_miss_a_data_centres_own_power_stays_compute():
    r = _rows("云川数据智算中心装机容量约240MW。")
    assert r["约240MW"][0] == "compute"


# ---- 投入运营 / 投入运行: put into operation, no spending ----------------------------------------------

def test_growth_of_units_put_into_operation_is_adoption_not_investment():
    r = _rows("截至9月底，澄湖港累计投入运营的无人集卡已超过800台，较去年底增长约2倍。")
    assert r["约2倍"][0] == "adoption" and not r["约2倍"][1].startswith("planned_investment")
    r = _rows("澄湖矿区投入运行的巡检机器人达到1,200台，较2024年末的约900台增长33%。")
    assert r["33%"][0] == "adoption"


def test_near_miss_money_invested_stays_capex():
    r = _rows("青禾科技投资2.4亿元建设的算力平台今年正式投入运营。")
    assert r["2.4亿元"][0] == "capex"


# ---- a licence fee that buys a start-up's team is a deal amount ------------------------------------

def test_licence_fee_with_founders_hired_is_valuation():
    r = _rows("青禾科技以约18亿美元的授权费加人才引进方式，吸纳云川智能的创始团队。")
    assert r["约18亿美元"][0] == "valuation"


def test_near_miss_recurring_content_licence_fee_stays_pricing():
    r = _rows("云川数据与某出版集团签约，每年授权费约900万美元，团队将据此扩充语料。")
    assert r["约900万美元"][0] == "pricing"


# ---- a bare chip word's growth rate or share is the chip industry's -----------------------------

def test_chip_category_growth_and_cost_share_are_market():
    assert _rows("模拟芯片2026年预计增长9.4%，增速低于逻辑芯片。")["9.4%"][0] == "market"
    assert _rows("澄湖电子估计，封装成本已占芯片总成本的约12%。")["约12%"][0] == "market"


def test_near_miss_chip_demand_and_shipment_growth_stay_compute():
    assert _rows("今年国产AI芯片需求增长约70%。")["约70%"][0] == "compute"
    assert _rows("青禾科技AI芯片出货量同比增长45%。")["45%"][0] == "compute"
