"""Theme boundaries around compute (fixcomp47): a constellation's satellites are compute, a
country's or the world's satellite totals market.

Every example is invented (澜星星座, 青岚航天 and 云川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# ---- satellites: one constellation's or operator's build-out versus a country's totals -------
def test_a_constellations_satellites_are_compute():
    r = _rows("澜星星座第五批组网卫星发射成功，在轨卫星达96颗。")
    assert r["96"][:2] == ("compute", "satellites_in_orbit")


def test_an_operators_launched_satellites_are_compute():
    r = _rows("今年以来青岚航天共完成3次发射任务，入轨卫星54颗。")
    assert r["54"][:2] == ("compute", "satellites_launched")


def test_near_miss_a_countrys_satellite_totals_stay_market():
    r = _rows("今年上半年我国入轨卫星约140颗。截至6月底，全球在轨活跃卫星超过9,800颗。")
    assert r["约140"][:2] == ("market", "satellites_launched")
    assert r["超过9,800"][:2] == ("market", "satellites_in_orbit")


def test_near_miss_chips_counted_in_ke_on_a_satellite_stay_chips():
    r = _rows("澜星星座每颗卫星搭载AI芯片2颗，合计部署芯片约200颗。")
    assert r["约200"][0] == "compute" and "satellite" not in r["约200"][1]
