"""fixgrowth48: a growth right after a level takes the level's theme.

``企业达6.38万户，同比增长11.2%；申报金额…`` or ``订单82.3亿单，同比增长14%；单日订单峰值…``: the
growth names no measure of its own, so a keyword after the number (or one before the level)
read it in another theme. A level and its growth are one measure and one theme (SCHEMA; every
level-growth pair of the triage gold agrees), so when only a comma and a growth word stand
between them and the keyword that read the growth is not named in between, the level's keyword
reads it (``_DocExtractor._level_growth_over_keyword``). A clause naming its own measure
(``净利润同比增长``) keeps it. Every example is invented (澄岚, 禾川, 沐星 and the figures
exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, rows_by_text

DAY = dt.date(2031, 6, 20)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_growth_after_a_count_of_firms_is_not_the_next_clauses_measure():
    r = _rows("2030年沐星市享受研发费用加计扣除政策的企业达4.27万户，同比增长9.6%；申报扣除金额2.18万亿元，同比增长7.3%。")
    assert r["4.27万"][0] == "market"
    assert r["9.6%"][0] == r["4.27万"][0]


def test_growth_after_orders_stays_in_the_orders_theme():
    r = _rows("2030年，禾川外卖平台全年完成即时配送订单61.4亿单，同比增长17%；单日订单峰值达3,200万单。")
    level = r["61.4亿"]
    assert r["17%"][0] == level[0]
    assert r["17%"][1].endswith("_growth")


def test_own_measure_named_before_the_growth_is_kept():
    r = _rows("澄岚科技2030年实现营收48.6亿元，同比增长22%；净利润5.1亿元，净利润同比增长31%。")
    assert r["22%"][:2] == ("earnings", "revenue_growth")
    assert r["31%"][:2] == ("earnings", "net_profit_growth")


def test_count_inside_the_growths_subject_is_no_level():
    # no comma between: 其余…家公司 is who grew, not a level the growth is the change of
    r = _rows("三季度沐星集团等大型科技公司每股收益同比增长18.4%，其余312家公司仅增长6.5%。")
    assert r["6.5%"][0] == r["18.4%"][0] == "earnings"


def test_growth_after_a_level_only_its_unit_read_keeps_its_keyword():
    # 2,410亿GB is read by its unit alone (no keyword named it), so 流量 before it still reads the growth
    text = "1-10月份，沐星移动互联网累计流量达2,410亿GB，同比增长15.2%。"
    f = facts_of_text(text, DAY)
    growth = [r for r in f.itertuples() if r.text == "15.2%"]
    assert len(growth) == 1 and growth[0].theme == "adoption"
