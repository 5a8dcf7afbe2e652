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


# ---- counts after a model's parameters: its training data, and activations -------------------
def test_samples_a_model_is_trained_on_are_training_data_not_parameters():
    r = _rows("青岚医疗自建之影像模型參數量約60億，以1,800萬張去識別化影像訓練。")
    assert r["約60億"][0] == "parameters"
    assert r["1,800萬"][:2] == ("compute", "training_data_size")
    r = _rows("云川政务大模型参数规模为520亿，使用政策问答语料2.4亿条进行微调。")
    assert r["2.4亿"][:2] == ("compute", "training_data_size")


def test_near_miss_parameters_in_a_training_clause_stay_parameters():
    r = _rows("训练一个300亿参数的云川模型需要约6000亿tokens。云川模型总参数5200亿，激活参数260亿。")
    assert r["300亿"][0] == "parameters"
    assert r["260亿"][0] == "parameters"


def test_devices_activated_are_adoption_not_active_parameters():
    r = _rows("截至三季度末青岚学习机累计激活设备超过260万台。")
    assert r["超过260万"][:2] == ("adoption", "activations")


# ---- what a power company generates or sells is the energy market, not data-centre power ----
def test_a_power_operators_grid_capacity_and_generation_are_market():
    r = _rows("截至6月30日，青岚新能源控股并网装机容量1,860万千瓦，较上年末增长8.1%，其中风电1,020万千瓦。"
              "上半年完成发电量198.2亿千瓦时，同比增长9.5%。目前配套储能装机65万千瓦/130万千瓦时。")
    for t in ("1,860万千瓦", "8.1%", "1,020万千瓦", "198.2亿千瓦时", "9.5%", "65万千瓦"):
        assert r[t][0] == "market", t


def test_a_generation_table_and_its_mix_are_market():
    r = _rows("表一　10月各類發電量（單位：億度）\n類別　　　　　發電量　　年增率(%)　　占比(%)\n"
              "燃氣　　　　　88.6　　　5.2　　　　　41.1\n風力　　　　　15.2　　　18.0　　　　 7.1\n")
    assert r["88.6"][0] == "market" and r["41.1"][0] == "market" and r["18.0"][0] == "market"


def test_near_miss_electricity_use_and_data_centre_power_stay_compute():
    r = _rows("1—10月，全社会用电量累计81200亿千瓦时，同比增长5.0%，其中规模以上工业发电量为76500亿千瓦时。"
              "云川数据与青岚新能源签署光伏PPA，为其数据中心供电300MW。云川数据数据中心耗电占比约3.5%。")
    assert r["81200亿千瓦时"][0] == "compute" and r["76500亿千瓦时"][0] == "compute"
    assert r["300MW"][0] == "compute" and r["约3.5%"][0] == "compute"


def test_near_miss_a_model_name_after_active_parameters_is_no_classifier():
    r = _rows("云川发布的CX-300B-A30B总参数3000亿、激活300亿——名字本身就写着这两个数。")
    assert r["300亿"][0] == "parameters"
