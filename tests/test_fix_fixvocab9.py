"""Metric vocabulary and units (wave 5, fixvocab9): water volumes and WUE, satellites counted in
颗, grid power versus data-centre power, and energy in 千瓦时.

Every example is invented (青禾科技 and 云川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# ---- water volumes and WUE ---------------------------------------------------------------
def test_water_in_litres_is_a_compute_count_and_its_growth_follows():
    r = _rows("青禾科技2024年数据中心耗水量约88亿升，同比增长约14%。")
    assert r["约88亿"][:2] == ("compute", "water_consumption_litres")
    assert r["约88亿"][2] == 8.8e9 and r["约88亿"][3] == "count"
    assert r["约14%"][:2] == ("compute", "water_consumption_growth")


def test_cubic_metres_and_millilitres_name_the_unit():
    r = _rows("云川数据园区年取水量约32万立方米。每生成一段视频约耗水300毫升。")
    assert r["约32万"][1] == "water_withdrawal_cubic_metres" and r["约32万"][2] == 3.2e5
    assert r["300"][1] == "water_consumption_litres" and abs(r["300"][2] - 0.3) < 1e-9


def test_wue_is_a_ratio_as_written_not_a_volume():
    r = _rows("云川数据园区改用间接蒸发冷却后WUE由1.4降至0.3升/千瓦时。")
    assert r["0.3"][:2] == ("compute", "wue") and r["0.3"][3] == "ratio"


def test_near_miss_pue_and_a_water_bill_keep_their_readings():
    r = _rows("云川数据园区PUE降至1.22。")
    assert r["1.22"][1] == "pue"
    r = _rows("青禾科技年水费约700万元。微软的用户数增长至3亿，同比上升5%。")
    assert "water" not in "".join(v[1] for v in r.values())
    assert r["3亿"][1] == "users"


# ---- satellites counted in 颗 --------------------------------------------------------------
def test_satellites_counted_in_ke_are_market_not_chips():
    r = _rows("截至2025年5月底，我国在轨导航卫星已超过150颗，较2022年底增加约40颗。今年以来共发射遥感卫星约37颗，同比增长约两成。")
    assert r["超过150"][:2] == ("market", "satellites_in_orbit")
    assert r["约40"][1] == "satellites_in_orbit_change"
    assert r["约37"][1] == "satellites_launched"
    assert r["约两成"][1] == "satellites_launched_growth"


def test_near_miss_chips_counted_in_ke_stay_compute():
    r = _rows("每座机房约容纳8万颗先进AI芯片。青禾科技采购GPU 3万颗。")
    assert r["8万"][0] == "compute" and "satellite" not in r["8万"][1]
    assert r["3万"][0] == "compute"


# ---- grid power versus data-centre power; energy in 千瓦时 --------------------------------------
def test_grid_and_storage_capacity_is_power_in_watts():
    # fixtheme39: the gold sets label storage, plant and grid power compute, as all power in watts
    r = _rows("到2028年全省新型储能电站调节能力达到650万千瓦以上。某市虚拟电厂单日最大削峰约0.9GW。")
    assert r["650万千瓦以上"][0] == "compute" and r["650万千瓦以上"][3] == "watts"
    assert r["约0.9GW"][0] == "compute"


def test_energy_in_kwh_is_no_power_and_no_yuan():
    r = _rows("云川数据数据中心年耗电约4亿千瓦时。")
    assert not any(u in ("watts", "CNY") for *_, u in r.values())


def test_near_miss_data_centre_power_stays_compute():
    r = _rows("一座装机6万千瓦的智算中心投产。云川数据数据中心总装机2GW。")
    assert r["6万千瓦"][0] == "compute" and r["2GW"][0] == "compute"


# ---- membership and annual fees; 调涨 ----------------------------------------------------------
def test_membership_annual_and_monthly_subscription_fees_are_prices():
    r = _rows("Strava訂閱每月8.99美元。青禾科技年費69.99美元，較去年調漲約12%。云川数据會員費每月4.99美元。")
    assert r["8.99美元"][:2] == ("pricing", "price_per_user_per_month")
    assert r["69.99美元"][:2] == ("pricing", "annual_price")
    assert r["約12%"][:2] == ("pricing", "price_change") and r["約12%"][2] == 0.12
    assert r["4.99美元"][0] == "pricing"


def test_near_miss_monthly_active_users_is_no_price():
    r = _rows("青禾科技每月活跃用户600万。")
    assert r["600万"][0] == "adoption"


# ---- a price as a fraction of another price -------------------------------------------------
def test_a_fraction_after_a_price_is_a_price_ratio():
    r = _rows("AI客服的单次会话成本约0.3元，仅为人工的1/20。")
    assert r["1/20"][:2] == ("pricing", "price_ratio") and r["1/20"][2] == 0.05


def test_near_miss_a_share_and_a_halved_price_keep_their_readings():
    r = _rows("青禾科技市场份额约为龙头的三分之一。")
    assert r["三分之一"][1] != "price_ratio"
    r = _rows("云川数据API降价一半。")
    assert r["降价一半"][1] == "price_change" and r["降价一半"][2] == -0.5
