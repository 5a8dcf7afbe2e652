"""A caption above a table of results that names both when figures came out (a month) and the
quarter or half they cover dates the results cells by that stretch; other columns keep the month.

Every example is invented (青禾科技, 远川半导体 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 12)

TABLE = ("国产芯片公司数据速记\n\n"
         "说明：10月初青禾科技、远川半导体先后更新招股书，把两家公司上半年数据列成一张表。\n\n"
         "公司\t营业收入（亿元）\t归母净利润（亿元）\n"
         "青禾科技\t31.27\t6.18\n"
         "远川半导体\t12.46\t-1.35\n")


def _periods(text: str) -> dict[str, str]:
    f = facts_of(text, DAY)
    return dict(zip(f["text"], f["period"]))


def test_results_cells_take_the_half_the_caption_covers_not_its_month():
    p = _periods(TABLE)
    assert p["31.27"] == p["6.18"] == p["12.46"] == "2025H1"


def test_a_caption_of_one_month_only_still_dates_by_the_month():
    p = _periods(TABLE.replace("把两家公司上半年数据", "把两家公司数据"))
    assert p["31.27"] == "2025-10"
