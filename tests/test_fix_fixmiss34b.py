"""Values the extractor found no row for at all (fixmiss34b): the move an option market prices in
around results, written as a symmetric band after a move word (期权隐含波动±6.9%), and the move a stock actually made
after past results beside it. A ± after a move word (pattern_words band_lead) states the band,
whose half-width is the claim; a ±
right after a figure (540亿美元±2%) or after any other word (误差±3%) stays a tolerance, no row. Invented
sentences."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2026, 2, 10)


def _values(text: str, unit: str = "ratio") -> list[float]:
    rows = facts_of(text, DAY)
    return sorted(round(v, 6) for v in rows.loc[rows["unit"] == unit, "value"])


def test_option_implied_move_after_a_word_is_a_row():
    rows = facts_of("期权市场隐含甲半导体财报后单日波动约±8.5%，高于过去8个季度财报后平均实际波动5.4%。", DAY)
    got = {(r.theme, round(r.value, 6)) for r in rows.itertuples() if r.unit == "ratio"}
    assert ("valuation", 0.085) in got
    assert ("valuation", 0.054) in got


def test_bare_band_after_the_keyword():
    assert _values("乙科技期权隐含波动±11.2%。") == [0.112]
    assert _values("市场担心其份额下降，丙科技期权隐含波动高达±9.3%。") == [0.093]


def test_tolerance_after_a_figure_stays_no_row():
    assert _values("丁公司指引下季度收入31.5亿美元±3%，一致预期31.8亿美元。") == []
    assert _values("戊公司给出全年资本开支指引 **420亿美元**（±3%），高于此前预期。") == []


def test_tolerance_after_another_word_stays_no_row():
    assert _values("本次调查的置信水平为95%，总体比例的抽样误差约为±2.8%。") == []
