"""Theme boundaries (fixtheme23): power equipment's lead times are market. A power grid's and a
power sector's figures were market here too; fixtheme39 made them compute, as every gold set
labels power in watts, a grid's load and its reserve margin (SCHEMA: data-centre power → compute).

Every example is invented (青禾科技 and 云川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


def test_grid_peak_load_reserve_margin_and_generating_units_are_compute():
    r = _rows("今年夏季某省尖峰负荷创下5,230万千瓦新高，备用容量率一度降至7.4%，低于12%的规划目标。"
              "省电力公司规划新增燃气机组约860万千瓦。")
    assert r["5,230万千瓦"][0] == "compute" and r["5,230万千瓦"][3] == "watts"
    assert r["7.4%"][0] == "compute" and r["低于12%"][0] == "compute"
    assert r["约860万千瓦"][0] == "compute"


def test_national_electricity_demand_growth_is_compute_as_ai_power_use():
    r = _rows("预计AI算力相关用电将由2024年的30万千瓦增至2028年的260万千瓦；"
              "全国用电年均增速约3.1%。")
    assert r["约3.1%"][0] == "compute"
    assert r["260万千瓦"][0] == "compute"  # AI computing's own power stays compute


def test_power_equipment_lead_time_is_market():
    r = _rows("大型电力变压器交付周期已由10-12个月拉长至36-40个月。")
    assert r["36-40个月"][0] == "market"


def test_near_miss_data_centre_power_figures_stay_compute():
    r = _rows("云川数据智算中心装机容量约300MW。青禾科技签署800MW核电购电协议（PPA）。"
              "万卡集群从签约到交付周期约7个月。")
    assert r["约300MW"][0] == "compute"
    assert r["800MW"][0] == "compute"
    assert r["约7个月"][0] == "compute"
