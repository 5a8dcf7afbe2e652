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
    assert r["180万千瓦"][0] == "compute"


def test_near_miss_a_data_centres_own_power_stays_compute():
    r = _rows("云川数据智算中心装机容量约240MW。")
    assert r["约240MW"][0] == "compute"
