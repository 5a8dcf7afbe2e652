"""Counts read by their counter alone (facts_words.csv counter_default): whose population they
count, and what they must not spill onto.

A count no keyword claims, with a counter after it, is adoption's unless a word right before it
names whose population it is (counter_default_theme): tourists, recalls, jobs created and funds
of an industry are a market's, planned placements valuation's. A later count of the same counter
in the sentence with no word of its own (its change, its part) counts the same population. Such
counts cast no vote on a document's principal subject or period, which their nearest names and
their own dates would dilute. Every example is invented (青榕市, 澄州, 松岚 and the figures exist
in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.facts import _principal_period_fill, _principal_subject

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {r.text: (r.theme, r.metric, r.value, r.period) for r in f.itertuples()}


def test_tourists_counted_are_the_market_and_so_is_their_growth():
    r = _rows("国庆假期，澄州全市共接待游客1,234.5万人次，同比增长6.1%；入境游客12.3万人次。")
    assert r["1,234.5万"][0] == "market" and r["1,234.5万"][2] == 12345000
    assert r["6.1%"][0] == "market"
    assert r["12.3万"][0] == "market"


def test_recalls_and_jobs_created_are_the_market():
    r = _rows("今年1-8月，全国共实施汽车召回88次。")
    assert r["88"][0] == "market"
    r = _rows("澄州智算产业园全部达产后，预计新增就业0.9万人。")
    assert r["0.9万"][0] == "market"


def test_funds_of_an_industry_their_change_and_part_are_the_market():
    r = _rows("截至6月末，青榕市百亿级私募共有38家，较去年末增加5家；其中量化私募17家，占比接近一半。")
    assert r["38"][0] == "market" and r["17"][0] == "market"
    assert r["5"][0] == "market"  # no word of its own: the change of the 38 before it
    assert r["接近一半"][0] == "market"  # the share of a market count stays the market's


def test_a_part_of_listed_companies_is_valuation_and_so_are_planned_placements():
    r = _rows("截至8月末，松岚板挂牌公司3,210家，其中创新层1,050家。")
    assert r["3,210"][0] == "valuation" and r["1,050"][0] == "valuation"
    r = _rows("今年以来，松岚板AI相关公司披露定增预案6起。")
    assert r["6"][0] == "valuation"


def test_another_counter_keeps_its_own_reading():
    # 人 after 家: people are no firms, the population of the firms before is not theirs
    r = _rows("截至6月末，青榕市规模以上企业436家，认证AI讲师1,350人。")
    assert r["436"][0] == "market"
    assert r["1,350"][0] == "adoption"


def test_a_count_with_no_default_before_it_stays_adoption():
    r = _rows("截至8月底，松岚市AI书法教室已达312家，较年初增加40家。")
    assert r["312"][0] == "adoption" and r["40"][0] == "adoption"


def test_references_and_notes_are_no_claims():
    assert "87" not in _rows("原文附录未翻译，参考文献共87篇，见原文第14-19页。")
    assert "42" not in _rows("如财务报表附注五、42所述，澄州信息营业收入增长较快。")


def _row(period, entity="Qingrong Soft", default=False, theme="adoption"):
    r = {"doc_id": "t.txt", "theme": theme, "entity": entity, "metric": "users", "period": period,
         "published": "2025-09-15"}
    if default:
        r["_default_count"] = True
    return r


def test_default_counts_cast_no_vote_on_the_principal_period():
    rows = [_row("2025H1") for _ in range(3)] + [_row("") for _ in range(4)] \
        + [_row("", default=True) for _ in range(6)]
    _principal_period_fill(rows)
    # 3 of the 7 voting rows are 2025H1 (at least adoption's quarter); 3 of 13 would not be
    assert all(r["period"] == "2025H1" for r in rows)


def test_default_counts_cast_no_vote_on_the_principal_subject():
    rows = [_row("2025H1") for _ in range(3)] + [_row("", entity="Songlan Fund", default=True) for _ in range(4)]
    assert _principal_subject(rows) == "Qingrong Soft"
    assert _principal_subject([_row("2025H1") for _ in range(3)]
                              + [_row("", entity="Songlan Fund") for _ in range(4)]) == "Songlan Fund"
