"""Units a note writes after a number: currency words and signs of other countries, English
magnitudes after a blank, the Korean magnitudes, wafers per month (kwpm), and compound rates
(美元/颗, 元/卡/小时, 美元/用户/月, $/hr).

Every example is invented (青禾智能, 云帆数据, 北辰半导体 exist in no report; numbers made up).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, rows_by_text

DAY = dt.date(2025, 6, 3)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_currency_words_after_the_number_name_their_currency():
    # 澳元 and 加元 hold 元: without their rows the amount was read as yuan
    assert _rows("云帆数据计划投资20亿澳元建设数据中心。")["20亿澳元"][2:] == (2e9, "AUD")
    assert _rows("云帆数据计划投入24亿加元建设数据中心。")["24亿加元"][2:] == (2.4e9, "CAD")
    assert _rows("云帆数据计划投资10亿新加坡元建设数据中心。")["10亿新加坡元"][2:] == (1e9, "SGD")
    assert _rows("云帆数据计划投资3000亿卢比建设数据中心。")["3000亿卢比"][2:] == (3e11, "INR")
    assert _rows("云帆数据宣布投资80亿迪拉姆建设AI园区。")["80亿迪拉姆"][2:] == (8e9, "AED")
    assert _rows("云帆数据计划投资60亿令吉建设数据中心。")["60亿令吉"][2:] == (6e9, "MYR")
    assert _rows("青禾智能2025年资本开支预计为2.7万亿韩圆。")["2.7万亿韩圆"][2:] == (2.7e12, "KRW")
    assert _rows("青禾智能收入达30亿瑞士法郎。")["30亿瑞士法郎"][2:] == (3e9, "CHF")


def test_currency_signs_and_codes_before_the_number():
    assert _rows("Qinghe Telecom capex S$1.3bn.")["S$1.3bn"][2:] == (1.3e9, "SGD")
    assert _rows("青禾智能AI投资为AUD 1.5bn。")["AUD 1.5bn"][2:] == (1.5e9, "AUD")
    assert _rows("北辰半导体营收达NTD 1.1 trillion。")["NTD 1.1 trillion"][2:] == (1.1e12, "TWD")
    r = _rows("青禾智能资本开支₩2.7조。")
    assert r["₩2.7조"][2:] == (2.7e12, "KRW")


def test_english_magnitudes_after_a_blank():
    r = _rows("Qinghe capex reached US$ 37 bn in FY25.")
    assert r["US$ 37 bn"][1:] == ("capex", 3.7e10, "USD")
    r = _rows("The company expects revenue of $4.3 mn.")
    assert r["$4.3 mn"][2:] == (4.3e6, "USD")


def test_thousands_of_wafers_a_month():
    r = _rows("北辰半导体CoWoS产能将达45kwpm。")
    assert r["45k"][2:] == (45000, "count")


def test_compound_rates():
    r = _rows("青禾智能AI推理芯片单价约为1.3万美元/颗。")
    assert r["1.3万美元/颗"][1:] == ("price", 13000, "USD")
    r = _rows("云帆数据算力租赁价格为7元/卡/小时。")
    assert r["7元/卡/小时"][:2] == ("pricing", "price_per_gpu_hour")
    r = _rows("青禾智能的AI助手定价为27美元/用户/月。")
    assert r["27美元/用户/月"][:2] == ("pricing", "price_per_user_per_month")
    r = _rows("GPU rental price at Qinghe fell to $1.7/hr.")
    assert r["$1.7/hr"][:2] == ("pricing", "price_per_hour")
    # a rate written before a price per piece still names what it is per
    r = _rows("云帆数据8卡整机月租约5.2万元/台。")
    assert r["约5.2万元/台"][1] == "price_per_month"


def test_near_misses():
    # 新币 (a new crypto token) and CAD (design software) are no currencies here
    assert not any(u in ("SGD", "CAD") for *_, u in _rows("该平台上线新币3个，中望CAD 2025发布。").values())
    # 5万片/月 stays a count of wafers
    assert _rows("北辰半导体晶圆产能达5万片/月。")["5万"][3] == "count"


def test_a_caption_in_another_currency_scales_its_cells():
    text = ("表1：澳洲数据中心投资（单位：亿澳元）\n公司\t2024\t2025E\n云帆数据\t12.5\t18.3\n")
    r = _rows(text)
    assert r["12.5"][2:] == (1.25e9, "AUD") and r["18.3"][2:] == (1.83e9, "AUD")


def test_a_rent_per_machine_and_month_and_people_served_by_visits():
    r = _rows("云帆数据8卡整机租金约6.3万元/台/月。")
    assert r["约6.3万元/台/月"][1:3] == ("price_per_month", 63000)
    r = _rows("青禾智能的AI问诊平台累计服务患者超过270万人次。")
    assert r["超过270万"][:3] == ("adoption", "served", 2_700_000)


def test_english_currency_words_after_the_number():
    assert _rows("Qinghe capex was 3.4 billion yuan.")["3.4 billion yuan"][2:] == (3.4e9, "CNY")
    assert _rows("Qinghe capex was 1.3 trillion yen.")["1.3 trillion yen"][2:] == (1.3e12, "JPY")
    assert _rows("Qinghe capex was 6 billion euros.")["6 billion euros"][2:] == (6e9, "EUR")
    assert _rows("Qinghe capex was 70 billion US dollars.")["70 billion US dollars"][2:] == (7e10, "USD")
    assert _rows("Qinghe revenue reached Rs 4,300 crore.")["Rs 4,300 crore"][2:] == (4.3e10, "INR")


def test_a_bandwidth_and_an_efficiency_are_no_amounts():
    # a memory bandwidth is no capacity in bytes, TOPS per watt no count
    f = facts_of_text("北辰半导体新一代芯片HBM带宽达7.6TB/s，显存带宽达3.35 TB/s，能效比达到6 TOPS/W，显存容量为144GB。", DAY)
    assert set(f["text"]) == {"144GB"}
