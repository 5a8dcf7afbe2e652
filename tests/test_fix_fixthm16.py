"""Theme boundaries of hardware prices and server growth (branch fixthm16).

SCHEMA's ``pricing`` is the price of AI models and services; a hardware market's average selling
price (ASP) and its change, a server's or a rack's price are industry facts (``market``), while
cloud-server, API and rental prices stay ``pricing``. Server shipments and values, and their
growth, are ``market`` (SCHEMA's theme boundaries), not compute.

Every example is invented (XR-100, 星辰模型 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 3)


def _rows(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return {t: th for t, th in zip(f["text"], f["theme"])}


def test_a_hardware_markets_asp_and_its_change_are_market():
    r = _rows("全球智能手表2025Q1出货1200万台，同比增长15%；全球ASP为268美元，同比下降7%。")
    assert r["268美元"] == "market"
    assert r["下降7%"] == "market"


def test_a_forecast_asp_is_market():
    r = _rows("我们预计2025年全年全球ASP约260美元，2026年回升至275美元。")
    assert r["约260美元"] == "market"


def test_a_rack_and_a_servers_price_are_market():
    r = _rows("专家表示，一个XR-100整柜给到客户的价格大约200万-240万美元。")
    assert r["大约200万-240万美元"] == "market"
    r = _rows("国产推理服务器整机价格目前在60万-80万元人民币。")
    assert r["60万-80万元人民币"] == "market"


def test_cloud_server_and_api_prices_stay_pricing():
    r = _rows("某云厂商云服务器价格下调20%。")
    assert r["下调20%"] == "pricing"
    r = _rows("星辰模型API价格下调50%。")
    assert r["下调50%"] == "pricing"


def test_server_shipment_and_export_growth_are_market():
    r = _rows("今年全球AI服务器按台数同比增长约31%，对欧洲出口服务器整机金额同比下降约27%。")
    assert r["约31%"] == "market"
    assert r["下降约27%"] == "market"


def test_an_accelerator_cards_unit_price_is_compute():
    r = _rows("专家表示，X9即使恢复供货，单卡价格大约在1.1万-1.2万美元。")
    assert r["1.1万-1.2万美元"] == "compute"


def test_a_chips_cost_in_a_system_and_its_change_are_compute():
    r = _rows("10-20万元车型城市NOA方案的芯片BOM已降至约600-700元，较2024年初下降约30%。")
    assert r["约600-700元"] == "compute"
    assert r["下降约30%"] == "compute"


def test_memory_prices_stay_market():
    r = _rows("DDR5现货价格约5美元，环比上涨12%。")
    assert r["约5美元"] == "market"
    assert r["12%"] == "market"


def test_a_gpu_hours_contract_price_and_a_racks_monthly_rent_are_pricing():
    r = _rows("海外：Z100按需租用价格约2.1美元/卡时；一年期以上合约价格约1.8美元/卡时。")
    assert r["约1.8美元/卡时"] == "pricing"
    r = _rows("租金企稳：一线城市零售机柜月租约4000-5200元/架，同比下降约6%。")
    assert r["约4000-5200元"] == "pricing"


def test_a_gpu_instances_price_cut_stays_pricing():
    r = _rows("核心观点：7月以来，某云下调GPU实例按需价格最高38%。")
    assert r["38%"] == "pricing"


def test_the_asp_of_a_later_year_in_a_later_clause_is_market():
    r = _rows("我们预计2025年全年全球ASP约260美元，2026年在新品带动下回升至285美元。")
    assert r["285美元"] == "market"


def test_a_products_share_of_shipments_is_market_not_revenue():
    r = _rows("答：第四季AI服务器营收将季增双位数，Z300将占第四季机柜出货的七成左右。")
    assert r["七成左右"] == "market"


def test_a_buyers_share_of_a_products_orders_is_market():
    r = _rows("客户结构上，某云是最大买家，占今年X9整柜订单的30%左右。")
    assert r["30%左右"] == "market"
    r = _rows("前五大客户占公司订单的60%。")
    assert r["60%"] != "market"
