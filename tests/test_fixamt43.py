"""Prose numbers never output: the change stated right after a level no keyword named.

A count read from the counter written after it (``进口芯片5492亿个``, ``交付了116,007台新车``) or a
count of people (``培训126万人次``) is a row, but its keyword is none a later growth word can take
as its base, so the ``同比增长14.6%`` right after it was dropped. The change of such a level in
the same or the next comma clause is that level's growth (``{metric}_growth``), in its theme.
Every example is invented (澄岚, 禾川, 沐星 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 6, 20)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_growth_after_a_counted_level_is_its_growth():
    r = _rows("澄岚汽车第二季度交付了42,318台新车，同比增长86%。")
    assert r["42,318"][:2] == ("market", "deliveries")
    assert r["86%"] == ("market", "deliveries_growth", 0.86, "ratio")


def test_fall_after_a_counted_level_is_its_signed_change():
    r = _rows("上半年禾川市共受理数据产品登记申请8,436件，同比下降6.2%。")
    k = next(t for t in r if "6.2%" in t)
    assert r[k][0] == r["8,436"][0] and r[k][1].endswith("_growth")
    assert r[k][2] == -0.062 and r[k][3] == "ratio"


def test_multiple_after_a_count_of_people_is_its_growth():
    r = _rows("截至6月末，沐星平台上的AI配音创作者合计约48万人，较去年末增长约1.3倍。")
    assert r["约48万"][:2] == ("adoption", "people")
    assert r["约1.3倍"][0] == "adoption" and r["约1.3倍"][2:] == (1.3, "multiple")


def test_share_after_a_counted_level_is_no_growth():
    # near miss: 占 parts the level from the per cent (a share of a whole, not a change)
    r = _rows("沐星公司员工约1,260人，占全行业的35%。")
    assert "35%" not in r or not r["35%"][1].endswith("_growth")


def test_change_far_from_the_level_or_across_a_semicolon_is_not_its_growth():
    # near miss: a ； ends the level's clause, the per cent after it is another claim's
    r = _rows("禾川市2024年交付无人配送车1,820台；同比增长22.5%的是另一项。")
    assert "22.5%" not in r or not r["22.5%"][1].startswith("deliveries")


def test_rise_word_of_a_level_after_a_comparison_period():
    # 放大 is read as a rise only right after a level; the 一周 between is no row
    r = _rows("沪深两市日均成交额1.96万亿元，较前一周放大7.3%。")
    assert r["7.3%"][0] == r["1.96万亿元"][0] and r["7.3%"][2:] == (0.073, "ratio")
    assert r["7.3%"][1].startswith(r["1.96万亿元"][1])


def test_growth_after_a_power_level_is_its_growth():
    r = _rows("禾川云上半年批发签约合计约0.8GW，同比增长64%。")
    assert r["约0.8GW"][0] == "compute"
    assert r["64%"][:2] == ("compute", r["约0.8GW"][1] + "_growth") and r["64%"][2] == 0.64


def test_widening_is_no_rise_word_of_a_level():
    # near miss: 扩大 after a loss widens the loss (net_loss_change), no growth of the profit
    r = _rows("2024年度禾川智能净亏损1.7亿元，较上年扩大约22%。")
    k = next((t for t in r if "22%" in t), None)
    assert k is None or not r[k][1].startswith("net_profit_growth")


def test_a_whole_clause_between_parts_the_level_from_the_change():
    # near miss: the change after a clause of its own is about another subject (the projects)
    r = _rows("今年首三季澄岚交易所集资额超过1,500亿港元，重回全球第一，沐星参与的项目比去年多了六成。")
    k = next((t for t in r if "六成" in t), None)
    assert k is None or not r[k][1].startswith(r["超过1,500亿港元"][1])
