"""Tables aligned with full-width blanks holding range cells, change columns written in words,
and bullet lists of index moves (invented texts)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.extract.segment import split_sentences
from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2026, 1, 12)



def _facts(df):
    return sorted((r.entity, r.metric, round(r.value, 6), None if r.value_high != r.value_high else round(r.value_high, 6))
                  for r in df.itertuples())


# ---- 1. forecast tables aligned with blanks, range cells ----------------------------------------

_FORECAST = (
    "表1：部分AI公司2025年业绩预告\n\n"
    "公司　　　　代码　　　　　类型　　　预告净利润（亿元）　　同比变动\n"
    "岳川科技　　300999.SZ　　预增　　　12.0{sep}15.0　　　　　　同比增长40%-75%\n"
    "星河软件　　688999.SH　　预亏　　　-3.1{sep}-2.2　　　　　　—\n"
    "澜锋智能　　002999.SZ　　预减　　　1.5{sep}2.0　　　　　　　同比下降30%-45%\n\n"
    "资料来源：公司公告\n"
)
_EXPECTED = [
    ("Lanfeng", "net_profit", 1.5e8, 2.0e8),
    ("Lanfeng", "net_profit_growth", -0.3, -0.45),
    ("Xinghe", "net_profit", -3.1e8, -2.2e8),
    ("Yuechuan", "net_profit", 1.2e9, 1.5e9),
    ("Yuechuan", "net_profit_growth", 0.4, 0.75),
]


def test_ideographic_rows_are_table_rows():
    text = _FORECAST.format(sep="～")
    rows = [s for s in split_sentences(text, text) if s.is_row]
    assert len(rows) == 4 and rows[0].is_header
    assert [text[c.start:c.end] for c in rows[1].clauses] == [
        "岳川科技", "300999.SZ", "预增", "12.0～15.0", "同比增长40%-75%"]


@pytest.mark.parametrize("sep", ["～", "~", "〜", "至"])
def test_range_cells_under_an_amount_header(sep):
    df = facts_of_text(_FORECAST.format(sep=sep), PUB)
    assert _facts(df) == sorted(_EXPECTED)
    assert set(df["period"]) == {"2025"}
    assert _row(df, f"12.0{sep}15.0").unit == "CNY"
    # the stock code and the type word are no facts, nor any number of the caption
    assert not df["text"].str.contains("300999|预增|预亏|预减").any()


def test_range_cells_half_width_blanks_and_dash():
    text = ("表2：AI应用公司2025年业绩预告\n\n"
            "公司名称    预告净利润（亿元）    同比变动\n"
            "岚峰科技    3.2-4.0    同比增长15%-35%\n"
            "青禾软件    -1.8--1.2    同比下降30%-45%\n")
    df = facts_of_text(text, PUB)
    assert _facts(df) == sorted([
        ("Lanfeng", "net_profit", 3.2e8, 4.0e8),
        ("Lanfeng", "net_profit_growth", 0.15, 0.35),
        ("Qinghe", "net_profit", -1.8e8, -1.2e8),
        ("Qinghe", "net_profit_growth", -0.3, -0.45),
    ])


def test_fall_word_in_another_cell_signs_nothing():
    # 预减 is the type column's word: the amount beside it stays positive
    assert [(q.text, q.value) for q in find_quantities("澜锋智能  预减   1.5~2.0  —")] == [("1.5~2.0", 1.5)]
    assert [(q.text, q.value) for q in find_quantities("澜锋智能\t预减\t1.5\t—")] == [("1.5", 1.5)]
    # near-miss: a fall word before its number in prose still signs it
    assert [(q.text, q.value) for q in find_quantities("净利润预计下降 1.5亿元")] == [("下降 1.5亿元", -1.5e8)]


def test_negative_range_after_a_dash():
    assert [(q.value, q.value_high) for q in find_quantities("净利润-1.8--1.2亿元")] == [(-1.8e8, -1.2e8)]
    # near-miss: a span of years is no range of values
    assert find_quantities("2024--2025") == []


def test_one_wide_gap_is_no_table():
    # near-miss: a byline with one wide gap is prose, its number no cell
    text = "岳川科技　　　　研究员：张三\n岳川科技2025年净利润12亿元。\n"
    assert not any(s.is_row for s in split_sentences(text, text))


# ---- 2. change columns written in words ---------------------------------------------------------

_PRICES = (
    "表3：国内主要大模型API调价情况\n\n"
    "| 模型 | 调价前输入价格（元/百万tokens） | 调价后输入价格（元/百万tokens） | 调价幅度 |\n"
    "| 岳川-Pro | 4.0 | 4.0 | 持平 |\n"
    "| 岳川-Lite | 2.0 | 1.0 | -50% |\n"
    "| 青柏-Max | 8.0 | 10.0 | +25% |\n"
    "| 青柏-Mini | 1.0 | 1.0 | — |\n"
    "| 青柏-Nano | 0.5 | 0.5 | / |\n"
)


def _changes(df):
    ch = df[df["metric"] == "price_change"]
    return sorted(zip(ch["text"], ch["value"]))


def test_change_column_words_pipe():
    df = facts_of_text(_PRICES, PUB)
    assert _changes(df) == [("+25%", 0.25), ("-50%", -0.5), ("持平", 0.0)]
    assert _row(df, "持平").unit == "ratio"


def test_change_column_words_tab_and_blanks():
    tab = "\n".join(line.strip("| ").replace(" | ", "\t") for line in _PRICES.split("\n"))
    assert _changes(facts_of_text(tab, PUB)) == [("+25%", 0.25), ("-50%", -0.5), ("持平", 0.0)]
    blanks = "\n".join(line.strip("| ").replace(" | ", "　　") for line in _PRICES.split("\n"))
    assert _changes(facts_of_text(blanks, PUB)) == [("+25%", 0.25), ("-50%", -0.5), ("持平", 0.0)]


def test_flat_growth_cell():
    text = ("表4：部分公司2025年预告净利润\n\n"
            "公司　　　　预告净利润（亿元）　　同比变动\n"
            "岳川科技　　12.0～15.0　　　　　　持平\n"
            "澜锋智能　　1.5～2.0　　　　　　　同比下降30%-45%\n")
    r = _row(facts_of_text(text, PUB), "持平")
    assert (r.entity, r.metric, r.value, r.unit) == ("Yuechuan", "net_profit_growth", 0.0, "ratio")


def test_flat_word_near_misses():
    # in prose, and under a header that names no change, 持平/不变 is no number
    text = ("岳川科技表示，岳川-Pro的输入价格与上月持平，输出价格不变。\n\n"
            "表5：模型状态\n"
            "模型　　　　状态\n"
            "岳川-Pro　　持平\n"
            "岳川-Lite　　不变\n")
    assert facts_of_text(text, PUB).empty


# ---- 3. bullet lists of index moves ---------------------------------------------------------------

def test_index_move_bullets():
    text = ("本周（1月5日-1月9日）主要指数表现\n\n"
            "- 中证人工智能主题指数：+5.21%\n"
            "- 创业板指：-0.84%\n"
            "• 恒生科技指数：-1.30%\n"
            "- 指数点位：3,512.6点\n")
    df = facts_of_text(text, PUB)
    assert sorted(zip(df["entity"], df["metric"], df["value"], df["period"])) == [
        ("CSI Artificial Intelligence Theme Index", "return", 0.0521, "2026-01-05/2026-01-09"),
        ("ChiNext Index", "return", -0.0084, "2026-01-05/2026-01-09"),
        ("Hang Seng Tech Index", "return", -0.013, "2026-01-05/2026-01-09"),
    ]
    assert (df["theme"] == "valuation").all()


def test_index_move_numbered_unsigned_under_move_heading():
    text = ("本周（1月5日-1月9日）A股主要指数涨跌幅\n\n"
            "1. 上证指数：1.12%\n"
            "2. 沪深300：0.85%\n"
            "3. 科创50：-2.10%\n")
    df = facts_of_text(text, PUB)
    assert sorted(zip(df["entity"], df["value"])) == [
        ("CSI 300", 0.0085), ("STAR 50", -0.021), ("Shanghai Composite", 0.0112)]
    assert set(df["metric"]) == {"return"}


def test_index_move_near_misses():
    text = ("市场情绪\n\n"
            "- 创业板指：2.5%\n"         # unsigned, and the heading names no move
            "- 岳川科技：+6.3%\n"        # no index
            "- 指数点位：3,512.6点\n")  # a level, no return
    assert facts_of_text(text, PUB).empty


def test_growth_cell_when_the_amount_cell_is_empty():
    # the 同比 column is the growth of the column left of it, even when that cell is —
    text = ("表6：部分公司2025年业绩预告\n"
            "公司　　　　预告净利润（亿元）　　同比变动\n"
            "岳川科技　　—　　　　　　　　　　同比下降30%-45%\n"
            "澜锋智能　　1.5～2.0　　　　　　　同比增长5%～20%\n")
    df = facts_of_text(text, PUB)
    assert _facts(df) == sorted([
        ("Yuechuan", "net_profit_growth", -0.3, -0.45),
        ("Lanfeng", "net_profit", 1.5e8, 2.0e8),
        ("Lanfeng", "net_profit_growth", 0.05, 0.2),
    ])
    # near-miss: left of a column that names no growth, a percent is no growth
    text = ("表7：部分公司情况\n"
            "公司　　　　预告净利润（亿元）　　备注\n"
            "岳川科技　　—　　　　　　　　　　占比30%\n"
            "澜锋智能　　1.5　　　　　　　　　—\n")
    assert "net_profit_growth" not in set(facts_of_text(text, PUB)["metric"])
