"""Table cells under a header no keyword names (invented text).

A cell that writes its own unit (``约480亿美元``, ``3年``) in a column whose header names no
measure takes the measure of the keyword column left of it in the same row: the row is a parallel
list, as a sentence listing two amounts after one keyword is. A bare number under such a header
stays unread (only the header's unit would give its class, and that column may count cards, units
or anything else); so does a cell whose row states no amount of its class before it.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2026, 3, 2)

_TABLE = (
    "表3：两家云厂商对比\n"
    "| 公司 | 资本开支（亿美元） | 增速 | 口径说明 |\n"
    "|---|---|---|---|\n"
    "| 北辰云 | 312 | +40% | 约480亿美元 |\n"
    "| 南岭云 | 205 | +35% | 260-280亿美元 |\n"
)


def _texts(df):
    return set(df["text"])


def test_own_unit_cell_takes_the_row_measure():
    df = facts_of_text(_TABLE, PUB)
    cells = df[df["text"].isin(["约480亿美元", "260-280亿美元"])]
    assert len(cells) == 2, df[["entity", "metric", "value", "unit", "text"]].to_string()
    assert set(cells["theme"]) == {"capex"}
    assert set(cells["unit"]) == {"USD"}
    assert sorted(cells["value"]) == [2.6e10, 4.8e10]


def test_bare_number_under_no_keyword_stays_unread():
    table = (
        "表4：两家云厂商对比\n"
        "| 公司 | 资本开支（亿美元） | 口径说明 |\n"
        "|---|---|---|\n"
        "| 北辰云 | 312 | 4096 |\n"
        "| 南岭云 | 205 | 2048 |\n"
    )
    df = facts_of_text(table, PUB)
    assert not {"4096", "2048"} & _texts(df), df[["metric", "value", "unit", "text"]].to_string()


def test_own_unit_cell_with_no_measure_left_stays_unread():
    table = (
        "表5：两家云厂商一览\n"
        "| 公司 | 口径说明 | 成立 |\n"
        "|---|---|---|\n"
        "| 北辰云 | 约480亿美元 | 2015 |\n"
        "| 南岭云 | 260-280亿美元 | 2017 |\n"
    )
    df = facts_of_text(table, PUB)
    assert "capex" not in set(df["theme"]), df[["theme", "metric", "value", "text"]].to_string()
