"""Table cells no keyword names (fixcell44).

A table whose row labels carry their counter in brackets (``受理来电（万次）``, ``应急演练（场次）``)
over period columns states counts the way a column header ``巡检机器人（台）`` does: the label
names what is counted and the counter says it is a count. Such a row's cells were lost, as only
the column header was read for a counter; the row label is read too now. People (人), times
(次), sessions (场次) and incidents (起) are counters of their own; people in a column of a
firm's cuts or staff (``裁员（人）``: staff_counter_word) are no people a service counts; jobs
created (``预计就业（人）``) stay people.

A price compound no lexicon row holds (``众筹价``, ``预留价``, ``订阅价``) was a price keyword only
right before an amount (``早鸟价 299元``); a table cell holding one alone (its unit bracketed at
most: ``| 众筹价(元) |``) heads the prices of its column, so it is a price keyword there too.
Words built on 价 that are no price of a good (``股价``, ``总价``: not_price_compound) stay out.

Every example is invented (澄湾, 岚芯 and 青禾 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.keywords import find_price_compounds
from tests.text_facts import facts_of


def _facts(text: str):
    return facts_of(text, dt.date(2025, 9, 30), "Test Publisher")


def _rows(df, value):
    return df[(df["value"] - value).abs() <= 1e-6 * abs(value)]


_COUNTED_ROWS = """澄湾市政务服务运行情况

表1 澄湾政务热线治理数据

指标                  2025Q1      2025Q2
受理来电(万次)        18.6        28.7
应急演练(场次)        186         214
"""


def test_row_label_counter_names_its_cells():
    df = _facts(_COUNTED_ROWS)
    calls = _rows(df, 287000.0)
    assert len(calls) == 1
    assert calls.iloc[0]["theme"] == "adoption" and calls.iloc[0]["unit"] == "count"
    assert calls.iloc[0]["period"] == "2025Q2"
    drills = _rows(df, 214.0)
    assert len(drills) == 1 and drills.iloc[0]["theme"] == "adoption"


def test_row_label_without_counter_stays_unnamed():
    # near miss: a label with no bracketed counter and no keyword names nothing
    df = _facts(_COUNTED_ROWS.replace("应急演练(场次)", "应急演练      "))
    assert _rows(df, 214.0).empty


def test_rate_bracket_is_no_counter():
    # near miss: 次/月 is a rate's unit, not a counter alone
    df = _facts(_COUNTED_ROWS.replace("应急演练(场次)", "巡查频率(次/月)"))
    assert _rows(df, 214.0).empty


def test_staff_column_is_no_people_count():
    text = ("青禾科技裁员情况\n\n| 公司 | 日期 | 已支持(人) | 裁员(人) |\n|---|---|---|---|\n"
            "| 青禾科技 | 2025-05 | 1,300 | 180 |\n| 澄湾智能 | 2025-06 | 2,700 | 260 |\n")
    df = _facts(text)
    assert len(_rows(df, 2700.0)) == 1 and _rows(df, 2700.0).iloc[0]["theme"] == "adoption"
    assert _rows(df, 260.0).empty or (_rows(df, 260.0)["theme"] != "adoption").all()
    # near miss: jobs a project creates are people counted, not a firm's staff
    df = _facts(text.replace("裁员(人)", "预计就业(人)"))
    assert len(_rows(df, 260.0)) == 1 and _rows(df, 260.0).iloc[0]["theme"] == "adoption"


_PRICE_HEADER = """岚芯科技众筹回报

| 档位 | 众筹价(元) | 已支持(人) |
|---|---|---|
| 早鸟 | 1,299 | 5,316 |
| 标准档 | 1,499 | 2,210 |
"""


def test_price_compound_header_names_its_column():
    df = _facts(_PRICE_HEADER)
    price = _rows(df, 1499.0)
    assert len(price) == 1
    assert price.iloc[0]["theme"] == "pricing" and price.iloc[0]["unit"] == "CNY"
    backers = _rows(df, 2210.0)
    assert len(backers) == 1 and backers.iloc[0]["theme"] == "adoption"


def test_price_compound_cell_is_a_hit():
    text = "| 档位 | 众筹价(元) |\n| 早鸟 | 1,299 |\n"
    assert [h.word for h in find_price_compounds(text, [])] == ["众筹价"]
    # a compound inside prose with no cell edge after it is no header
    assert find_price_compounds("青禾的众筹价格外受关注", []) == []


def test_barred_compound_cell_is_no_hit():
    # near miss: 股价 heads a share price column, no price of a good
    assert find_price_compounds("| 公司 | 股价(元) |\n| 青禾 | 12.5 |\n", []) == []
