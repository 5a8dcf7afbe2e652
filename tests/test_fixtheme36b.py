"""What a number measures decides between market, compute and pricing.

- A multiple read against a base (``是X的N倍``): a keyword in the base names what the number is
  compared with, not what it measures; the amount the sentence stated before it is multiplied.
- Chips and optical modules made or sold (a maker's 产销量 table) are shipments: compute.
- A tender's winning price per unit of compute time is a service price: pricing.
- A data centre's power bill (电费) is data-centre power: compute; power owed is no cost.
- The scale of data centres or computing capacity grown by a multiple is capacity: compute.

Every example is invented (青禾光电, 星河云, 云岭数据 and the cities named exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 10, 31)


# ---- a keyword in the base of a comparison --------------------------------------------------

def test_multiple_of_a_content_value_is_not_the_base_racks_growth():
    text = "据测算，单台液冷机柜的冷却系统价值量约6万美元，是同等功率风冷机柜的约3.5倍。"
    row = battery_hit(text, DAY, 3.5, "multiple")
    assert row["theme"] == "market"
    assert row["metric"] == "content_value_multiple"


def test_multiple_against_a_chip_base_takes_the_measure_before_it():
    text = "按拆解测算，星河云新款推理卡的存储价值量约1,900美元，是H200的约1.6倍。"
    row = battery_hit(text, DAY, 1.6, "multiple")
    assert (row["theme"], row["metric"]) == ("market", "content_value_multiple")


def test_bare_multiple_against_a_base_is_still_read():
    # nothing stated before the multiple: the base's keyword names it, and the number stays
    text = "新一代整机柜方案的推理吞吐是GB200 NVL72的2.5倍。"
    row = battery_hit(text, DAY, 2.5, "multiple")
    assert row["theme"] == "compute"


def test_measure_named_before_the_copula_keeps_its_theme():
    text = "青禾光电今年AI服务器出货量约4.2万台，是去年的3倍。"
    assert battery_hit(text, DAY, 3.0, "multiple")["theme"] == "market"
