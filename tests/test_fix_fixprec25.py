"""Distractor battery: a summary table restating the prose above it under another reading —
invented reports of invented firms.

A table dating its columns by the calendar quarter (``2025年10-12月``) that the prose gives as a
fiscal one (``FY26Q3``), or naming its measure by a column header the prose words otherwise, gave
each precise figure twice: the prose's row and the cell's, the two readings disagreeing on the
period or theme, which the merge of repeats asks to agree. The cell restates the prose (the same
figure to three or more digits, for one subject) and so do its row-mates equal to that sentence's
other figures; the prose row stays. Cells no prose states, and equal figures of two subjects,
stay rows."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2026, 4, 10)

FISCAL = """# 云厂商季度跟踪（2026年4月）

岚峰集团财年截至每年3月31日，下文岚峰数据均按其财年表述。
岚峰云FY26Q3收入512.37亿元，同比增长31%；集团本季资本开支286亿元。

表1：云厂商2025年10-12月业绩一览（单位：亿元人民币）
公司            云收入     同比(%)    资本开支
岚峰云           512.37     31         286
青禾云           64.5       18         41
"""


def _texts(doc: str) -> list[str]:
    df = facts_of_text(doc, PUB)
    return [str(t).strip() for t in df["text"]]


def test_a_table_restating_fiscal_prose_gives_each_figure_once():
    texts = _texts(FISCAL)
    for prose in ("512.37亿元", "31%", "286亿元"):
        assert prose in texts, texts
    # the row restating the prose sentence: no second row of its revenue, growth or capex
    for cell in ("512.37", "31", "286"):
        assert cell not in texts, texts
    # the other firm's row is stated only by the table
    for cell in ("64.5", "18", "41"):
        assert cell in texts, texts


TWO_FUNDS = """# ETF周报（2026年4月）

上周新成立的澄川AI ETF首募份额15.2亿份。

表2：主要主题ETF份额变动（单位：亿份）
| 基金 | 期末份额 | 周变动 |
| 青禾机器人ETF | 203.1 | +15.2 |
"""


def test_an_equal_figure_of_another_subject_stays():
    texts = _texts(TWO_FUNDS)
    assert "15.2亿" in texts or "15.2亿份" in texts, texts
    assert "+15.2" in texts, texts
