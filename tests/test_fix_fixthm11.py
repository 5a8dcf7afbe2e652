"""Theme classes (fixthm11), on invented texts: a product's penetration rate is a market share,
also where the clause of the penetration word names no subject (出货量…，渗透率约32%). Driving
features among cars (城市NOA渗透率) were market here; fixtheme36a made them adoption, as four triage
genres label them."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 6, 3)


def _facts(text):
    return facts_of_text(text, PUB)


# ---- 1. penetration of hardware and driving features: market -----------------------------------

def test_bare_penetration_after_shipments_is_market():
    df = _facts("据测算，2025年全球AI平板出货量预计达到1.2亿台，同比增长约40%，渗透率约28%；"
                "2027年渗透率有望提升至45%。")
    assert row_of(df, "约28%")["theme"] == "market"
    assert (row_of(df, "45%")["theme"], row_of(df, "45%")["period"]) == ("market", "2027")


def test_penetration_after_a_forecast_of_units_is_market():
    df = _facts("我们预计2026年AI平板出货有望超过1.5亿台，渗透率有望超过40%。")
    assert row_of(df, "超过40%")["theme"] == "market"


def test_driving_feature_penetration_is_adoption():
    df = _facts("2025年1-5月国内乘用车L2级辅助驾驶渗透率达到58.1%；高速NOA渗透率约14%，城市NOA约7%。")
    assert {row_of(df, t)["theme"] for t in ("58.1%", "约14%", "约7%")} == {"adoption"}
    assert row_of(_facts("我们预计2026年国内城市NOA渗透率将达到16%。"), "16%")["theme"] == "adoption"


def test_penetration_of_users_after_hardware_stays_adoption():
    df = _facts("2025年星野眼镜出货量达到500万副，同比增长约60%，累计活跃用户超过300万人，渗透率约6%。")
    assert row_of(df, "约6%")["theme"] == "adoption"


def test_an_app_named_in_its_clause_is_not_the_hardware_before():
    df = _facts("2025年AI手机出货量增长50%，元宝渗透率约20%。")
    assert row_of(df, "约20%")["theme"] == "adoption"


# ---- 2. a contract with a customer is the seller's: earnings -----------------------------------

def test_contract_for_an_unnamed_customer_is_the_sellers():
    df = _facts("星野科技公告，其为国内某头部云厂商客户批量交付浸没式液冷解决方案，合同金额约2.6亿元。")
    r = row_of(df, "约2.6亿元")
    assert (r["theme"], r["metric"]) == ("earnings", "contract_value")


CONTRACTS = (
    "三、合同与订单\n"
    "表2：近期算力租赁合同（单位：亿元）\n"
    "公司         公告日期       客户类型          合同金额     期限\n"
    "青禾数据     2025-04-18     某互联网大厂      22.5         4年\n"
    "澜锋通信     2025-03-27     某头部AI公司      9.6          3年\n"
    "资料来源：公司公告\n"
)


def test_contract_table_with_a_customer_column_is_the_sellers():
    df = _facts(CONTRACTS)
    r = row_of(df, "9.6")
    assert (r["theme"], r["metric"], r["value"]) == ("earnings", "contract_value", pytest.approx(9.6e8))
    t = row_of(df, "3年")
    assert (t["theme"], t["metric"], t["value"], t["unit"]) == ("earnings", "contract_term", 3.0, "years")


def test_contract_table_without_a_customer_column_stays_the_buyers():
    df = _facts(CONTRACTS.replace("客户类型", "供应商类型"))
    assert row_of(df, "9.6")["theme"] == "capex"
    assert row_of(df, "3年")["metric"] == "contract_term"  # the term column names the deal's term


def test_purchase_from_an_unnamed_supplier_stays_capex():
    df = _facts("澜锋智能向某头部云厂商客户采购算力服务，合同金额约5.2亿元。")
    assert row_of(df, "约5.2亿元")["theme"] == "capex"


# ---- 3. output capacity of machines and vehicles: market ---------------------------------------

def test_capacity_of_robots_and_vehicles_is_market():
    r = row_of(_facts("星野机器人称其人形机器人长期年产能50万台。"), "50万")
    assert (r["theme"], r["metric"], r["value"]) == ("market", "capacity", 500000)
    r = row_of(_facts("澜锋出行与两家车企合作的三款车型合计规划产能约2万辆/年。"), "约2万")
    assert (r["theme"], r["value"]) == ("market", 20000)


def test_capacity_of_optical_modules_stays_compute():
    r = row_of(_facts("青禾光电800G光模块年产能达到300万只。"), "300万")
    assert r["theme"] == "compute"
