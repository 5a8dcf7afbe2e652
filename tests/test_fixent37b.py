"""A chip counted is not who holds the count.

``CoreWeave在得州新园区首期部署约2.4万颗GB300``: the chip's name written right beside a count in
颗/张/块 is what is counted; the firm, cloud or place named before it in the sentence (not the
chip's maker, nor a partner) holds the chips. With no such name the chip keeps its own count.

Every example is invented (the sites, dates and figures are in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 10, 31)


def test_chip_before_the_count_yields_to_the_firm_that_uses_it():
    text = "谷歌表示，明年CoreWeave可调用的Blackwell将增至约8万颗；园区全部建成后功率约1GW。"
    row = battery_hit(text, DAY, 80000, "count")
    assert row["entity"] == "CoreWeave"


def test_the_next_figure_of_the_sentence_follows_the_holder():
    text = "谷歌表示，明年CoreWeave可调用的Blackwell将增至约8万颗；园区全部建成后功率约1GW。"
    row = battery_hit(text, DAY, 1e9, "watts")
    assert row["entity"] == "CoreWeave"


def test_a_chip_with_only_its_maker_named_keeps_its_own_count():
    # 英伟达 makes the chips counted: it holds none of them, and the chip's shipments stay its own
    text = "英伟达表示，B200今年已交付约4.5万颗。"
    row = battery_hit(text, DAY, 45000, "count")
    assert row["entity"] == "B200"
