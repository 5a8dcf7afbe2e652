"""Bare table cells read in the wrong unit (fixunit44).

A header cell that is a per cent sign, alone or closing a short word (``营业收入 | % | 分部利润 | %``,
``同比%``), is its column's unit: the cells under it are per cents, not the money the caption
gives the amount columns beside them (``（单位：百万日元）``). A header cell holding a digit
(``前10%``) is no unit label.

A price label may repeat its slash with 每 before the good as before a token volume:
``（美元/每GPU小时）`` is dollars per GPU hour, as ``（美元/GPU小时）`` is.

Every example is invented (晨岚, 澄湾 and 青禾 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_unit_labels
from tests.text_facts import facts_of


def _facts(text: str):
    return facts_of(text, dt.date(2025, 11, 10), "Test Publisher")


def _rows(df, text):
    return df[df["text"] == text]


_PERCENT_COLUMNS = """晨岚电子2026财年中期业绩摘要

分部信息（单位：百万日元）
分部　　　　　　　　营业收入　　　　%　　　　　分部利润　　　　%
测试设备事业　　　　318,420　　　　46.3　　　　120,560　　　　88.7
材料事业　　　　　　27,150　　　　　12.9　　　　5,340　　　　　△4.1
"""


def test_percent_header_cells_are_ratios_under_a_money_caption():
    df = _facts(_PERCENT_COLUMNS)
    amount = _rows(df, "318,420")
    assert set(amount["unit"]) == {"JPY"} and abs(amount["value"].iloc[0] - 3.1842e11) < 1
    for text, value in (("46.3", 0.463), ("88.7", 0.887), ("12.9", 0.129)):
        cell = _rows(df, text)
        assert not cell.empty, text
        assert set(cell["unit"]) == {"ratio"}, (text, cell[["unit", "value"]])
        assert abs(cell["value"].iloc[0] - value) < 1e-9


def test_a_word_then_a_per_cent_sign_heads_a_ratio_column():
    text = ("澄湾云2025年经营数据\n\n主要业务收入（单位：亿元）\n业务　　　　营业收入　　　同比%\n"
            "公有云　　　　86.4　　　　　31.5\n智算服务　　　42.7　　　　　58.2\n")
    df = _facts(text)
    assert set(_rows(df, "86.4")["unit"]) == {"CNY"}
    growth = _rows(df, "31.5")
    assert not growth.empty and set(growth["unit"]) == {"ratio"}
    assert abs(growth["value"].iloc[0] - 0.315) < 1e-9


def test_near_miss_amount_columns_keep_the_caption_money():
    # no per cent header: both columns are the caption's money
    text = ("澄湾云2025年经营数据\n\n主要业务收入（单位：亿元）\n业务　　　　营业收入　　　净利润\n"
            "公有云　　　　86.4　　　　　31.5\n智算服务　　　42.7　　　　　18.2\n")
    df = _facts(text)
    assert set(_rows(df, "31.5")["unit"]) == {"CNY"}
    assert abs(_rows(df, "31.5")["value"].iloc[0] - 3.15e9) < 1


def test_every_before_the_good_of_a_price_label():
    assert [u for *_, u in find_unit_labels("青禾云公开价目（美元/每GPU小时）")] == ["USD"]
    assert [u for *_, u in find_unit_labels("青禾云公开价目（美元/GPU小时）")] == ["USD"]
    assert find_unit_labels("青禾云（每GPU小时）") == []  # no currency: no price label


_ELIDED_SCOPES = """青禾视觉行业点评

表2：重点公司盈利预测与估值（EPS单位：元；PE单位：倍）
公司　　　　EPS 2025E　2026E　2027E　　PE 2025E　2026E　2027E
澄湾光电　　1.92　　　 2.45　 3.06　　 58　　　 45　　　36
"""


def test_a_period_only_header_takes_the_scoped_unit_of_the_metric_left_of_it():
    df = _facts(_ELIDED_SCOPES)
    for text in ("58", "45", "36"):
        cell = _rows(df, text)
        assert not cell.empty and set(cell["unit"]) == {"multiple"}, (text, cell[["unit", "metric"]])
    for text in ("1.92", "2.45", "3.06"):  # the EPS columns keep the yuan
        assert set(_rows(df, text)["unit"]) == {"CNY"}, text
