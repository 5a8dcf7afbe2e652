"""Value, unit and currency errors on invented sentences.

- ``涨跌`` (a move in either direction, without 幅) before a number is no fall word: the 跌 inside
  it made every unsigned or ↑ move negative (周涨跌 ↑3.4%).
- A Taiwanese government body (行政院, 立法院, 經濟部, 台電) opens the NT-dollar scope of a bare
  元 in a Traditional-script document, as 新台幣 or 台股 do: an official release or a Taipower
  note names no currency word of its own.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 11, 28)


def _rows(text):
    return facts_of(text, PUBLISHED)


def _value_of(rows, text):
    hit = rows[rows["text"] == text]
    assert len(hit) >= 1, rows[["entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_two_way_move_word_keeps_the_sign_of_its_number():
    rows = _rows("本周市场回顾\n· 纳斯达克指数　周涨跌 ↑2.7%　｜　11月 ↓1.5%\n"
                 "· 微软 MSFT　周涨跌 4.1%\n")
    assert _value_of(rows, "2.7%")["value"] == 0.027
    assert _value_of(rows, "4.1%")["value"] == 0.041
    # a fall still reads as one
    assert _value_of(rows, "↓1.5%")["value"] == -0.015


def test_taiwan_government_release_amounts_are_twd():
    rows = _rows("經濟部今日公布，製造業銷售額達1兆2,340億元，較上年同月增加7.5%。")
    row = _value_of(rows, "1兆2,340億元")
    assert (row["value"], row["unit"]) == (1.234e12, "TWD")


def test_executive_yuan_budget_is_twd():
    rows = _rows("行政院會通過總預算案，歲出規模2兆888億元，較上年度增加1,234億元。")
    assert set(rows.loc[rows["text"].isin(["2兆888億元", "1,234億元"]), "unit"]) == {"TWD"}


def test_taipower_prices_are_twd():
    rows = _rows("台電表示，自10月起平均電價維持每度3.2元，超大用電戶費率調升7%。")
    assert _value_of(rows, "3.2元")["unit"] == "TWD"


def test_simplified_mainland_yuan_stays_cny():
    # the Taiwan cues are read in Traditional-script documents only
    rows = _rows("国务院常务会议指出，今年中央预算内投资安排7000亿元。")
    assert set(rows.loc[rows["text"].str.contains("7000亿元"), "unit"]) == {"CNY"}


def test_labour_saved_is_a_positive_share():
    # 节省人力 / 节约人工: the share of work AI takes over, positive (not a fall of use)
    rows = _rows("某电商平台AIGC工具帮助商家生成文案约3亿条，平均节省设计人力六成。")
    row = _value_of(rows, "六成")
    assert (row["theme"], row["value"]) == ("adoption", 0.6)
    rows = _rows("调研的40家企业中，单场景平均节约人工仅15%。")
    assert _value_of(rows, "15%")["value"] == 0.15


def test_saved_energy_and_labour_cost_stay_falls():
    rows = _rows("AI质检系统节省电力12%，节省人工成本30%。")
    assert _value_of(rows, "12%")["value"] == -0.12
    assert _value_of(rows, "30%")["value"] == -0.30
