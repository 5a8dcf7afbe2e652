"""fixops42: counts and sizes of a physical stock or network (fleets, vehicle parc, lines and their
length, stations, aircraft) themed adoption where gold of most sets says market.

An adoption count read by a stock keyword or counter verb (保有量, 车队, 运营, 建成, a bare 辆)
whose counter is one of a physical stock (辆, 架, 座, 条, 公里: ``stock_counter``) and whose
sentence (a cell: its row, caption and header) names no AI in use and no take-up of a product
is the size of a fleet, network or parc: market. A robotaxi fleet, driverless trucks or drones in
use, things deployed or insured, and deliveries stay as they were. A sentence a hard line wrap
cut (no stop before the break) is read whole.

Every example is invented: the cities, firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 11, 20)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Desk", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _theme_of(text: str, cell: str) -> str:
    f = _facts(text)
    rows = f[f["text"] == cell]
    assert len(rows) == 1, f[["theme", "metric", "text"]].to_string()
    return rows["theme"].iloc[0]


# -- a city's, a country's or an operator's conventional stock is market --------------------------

@pytest.mark.parametrize("text, cell", [
    ("据市交通局统计，截至2024年底全市出租车保有量达6.35万辆，较上年末略有下降。", "6.35万"),
    ("截至10月31日，本公司共运营客机412架，平均机龄8.7年。", "412"),
    ("南湖线一期线路全长27.3公里，全部为高架线，设车站19座。", "27.3"),
    ("南湖线一期线路全长27.3公里，全部为高架线，设车站19座。", "19"),
    ("新线开通后，本市有轨电车运营里程由41.5公里增至68.9公里，运营线路增至5条。", "68.9"),
    ("新线开通后，本市有轨电车运营里程由41.5公里增至68.9公里，运营线路增至5条。", "5"),
])
def test_conventional_stock_is_market(text, cell):
    assert _theme_of(text, cell) == "market"


def test_sentence_cut_by_a_hard_wrap_is_read_whole():
    # the AI word stands before the break, the count after it: the fleet stays adoption
    text = ("三、示范进展\n\n交通部门向某公交公司发出自动驾驶示范牌照，首批示范车辆为\n"
            "16辆，年内获批扩展至40辆。\n")
    assert _theme_of(text, "16") == "adoption"
    # with no AI word the same wrap still reads as one sentence, a stock: market
    plain = text.replace("自动驾驶示范", "定制客运")
    assert _theme_of(plain, "16") == "market"


# -- AI in use, take-up and sales keep their reading ---------------------------------------------

@pytest.mark.parametrize("text, cell", [
    ("截至9月底，某出行平台Robotaxi车队规模达1,320辆，覆盖6座城市。", "1,320"),
    ("截至6月底，国内露天矿山累计投入运营的无人驾驶矿卡已超过3,100辆。", "超过3,100"),
    ("截至2024年底，全国巡检无人机保有量约8.6万架，较上年增长约30%。", "约8.6万"),
    ("某保险公司计划本产品首年承保车辆6万至8万辆，对应保费收入约1800万元。", "6万至8万"),
    ("某出行平台披露，其车辆累计行驶里程已突破28亿公里。", "28亿"),
])
def test_ai_in_use_and_take_up_stay_adoption(text, cell):
    assert _theme_of(text, cell) == "adoption"


def test_visits_counted_with_a_stock_counter_are_no_stock():
    # 艘次: ship calls, a flow of use, not ships owned
    text = "本周靠港船舶使用岸电153艘次，同比增长12%。"
    f = _facts(text)
    assert not ((f["text"] == "153") & (f["theme"] == "market")).any()


def test_table_cell_under_a_stock_counter_column():
    text = ("表1　主要城市出租车保有量\n"
            "城市　　　　出租车（辆）　　数据截至\n"
            "东川市　　　18,420　　　　　2025-09\n"
            "西江市　　　9,815　　　　　 2025-09\n")
    f = _facts(text)
    cells = f[f["text"].isin(["18,420", "9,815"])]
    assert len(cells) and (cells["theme"] != "adoption").all(), f[["theme", "metric", "text"]].to_string()


def test_table_caption_naming_robotaxi_keeps_the_fleet_adoption():
    text = ("表2　主要Robotaxi运营商车队\n"
            "运营商　　　　车队规模（辆）　　数据截至\n"
            "某甲出行　　　1,240　　　　　　2025-09\n"
            "某乙智行　　　860　　　　　　　2025-10\n")
    f = _facts(text)
    cells = f[f["text"].isin(["1,240", "860"])]
    assert len(cells) and (cells["theme"] == "adoption").all(), f[["theme", "metric", "text"]].to_string()


def test_a_restated_ai_fleet_stays_adoption():
    # the same 8万辆 first stated as a driverless fleet, then restated with no AI word: one claim
    text = ("某出行平台计划到2028年建成约8万辆的L4级无人驾驶车队。\n\n"
            "六、小结\n\n行业真正的考验在于8万辆计划能否按期兑现。\n")
    f = _facts(text)
    rows = f[f["value"] == 80000.0]
    assert len(rows) and (rows["theme"] == "adoption").all(), f[["theme", "metric", "text"]].to_string()
