"""A table column's header decides what its cells measure, whatever unit the caption gives:
PE columns under a caption in 亿元 are multiples, a 功耗（W） column is watts, a 单位净值 column
under a percent caption is no return, a fund-performance caption names the funds' returns,
won amounts are value cells, and 近1月 is a window, not January (invented examples)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.quantities import find_unit_labels
from aigc_analysis.extract.segment import is_value_cell
from tests.text_facts import facts_of

COMPS = """某某证券 行业周报 2025年11月17日

表1：软件公司估值对比（市值单位：亿元，收盘价日期：2025-11-14）
公司        代码          市值      PE 2025E    PE 2026E    收入增速2025E
金山办公    688111.SH     1480      82.5        68.3        14.8%
科大讯飞    002230.SZ     1260      176.2       98.4        18.5%
资料来源：Wind
"""


def row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["text", "entity", "metric", "value", "unit"]].to_string()
    return rows.iloc[0]


def test_pe_columns_under_a_money_caption_are_multiples():
    f = facts_of(COMPS, dt.date(2025, 11, 17))
    pe = row(f, "176.2")
    assert (pe["theme"], pe["metric"], pe["unit"], pe["value"]) == ("valuation", "pe_ratio", "multiple", 176.2)
    assert row(f, "68.3")["period"] == "2026"
    cap = row(f, "1480")  # the column the caption's unit is scoped to keeps it
    assert (cap["unit"], cap["value"]) == ("CNY", 1.48e11)


CHIPS = """某某研究｜芯片图谱
2025-11-20　作者：某某研究

表1　推理芯片公司（融资额单位：亿美元，注明者除外）
| 公司 | 最新一轮 | 融资额 | 代表芯片 | 功耗（W） |
|---|---|---|---|---|
| 甲芯科技 | 2025-09 | 7.5 | X1 | 约350 |
| Rebellions | 2025-07 | 1600亿韩元 | ATOM | 140 |
"""


def test_a_watt_header_beats_the_captions_money():
    f = facts_of(CHIPS, dt.date(2025, 11, 20))
    assert (row(f, "约350")["unit"], row(f, "约350")["value"]) == ("watts", 350)
    assert (row(f, "140")["unit"], row(f, "140")["theme"]) == ("watts", "compute")
    assert row(f, "7.5")["unit"] == "USD"


def test_a_won_amount_in_a_cell_is_read():
    assert is_value_cell("1600亿韩元") and is_value_cell("约1万亿韩元")
    f = facts_of(CHIPS, dt.date(2025, 11, 20))
    won = row(f, "1600亿韩元")
    assert (won["unit"], won["value"], won["theme"]) == ("KRW", 1.6e11, "valuation")


@pytest.mark.parametrize("label, mult", [("功耗（W）", 1), ("TDP(W)", 1), ("单卡功耗（瓦）", 1), ("功率(kW)", 1000)])
def test_watt_labels(label, mult):
    (_, _, m, unit), = find_unit_labels(label)
    assert (unit, m) == ("watts", mult)


FUNDS = """某某基金研究 | 主题基金周报
2025年11月30日　　数据截至：2025-11-28

表1：机器人主题ETF业绩表现（%）
基金简称            代码     单位净值  近1周   近1月    今年以来  最大回撤
机器人ETF           562500   0.912     3.08    -7.66    24.90     -16.05
工业母机ETF         159667   1.204     2.11    -5.32    18.40     -14.22
"""


def test_a_fund_performance_table_holds_returns_not_profits():
    f = facts_of(FUNDS, dt.date(2025, 11, 30))
    ret = row(f, "-7.66")
    assert (ret["theme"], ret["metric"], ret["unit"], ret["value"]) == ("valuation", "fund_return", "ratio", -0.0766)
    assert ret["period"] != "2025-01"  # 近1月 is the last month, not January
    assert row(f, "-16.05")["metric"] == "max_drawdown"
    assert not (f["theme"] == "earnings").any()
    assert not f["text"].isin(["0.912", "1.204"]).any()  # NAV per unit: no caption percent


def test_trailing_month_window_is_no_month():
    assert find_periods("近1月", dt.date(2025, 11, 30)) == []
    assert find_periods("近3月", dt.date(2025, 11, 30)) == []
    assert [p.value for p in find_periods("3月", dt.date(2025, 11, 30))] == ["2025-03"]
