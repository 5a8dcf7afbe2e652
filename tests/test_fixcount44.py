"""Counts no keyword, verb or counter row claims, with a counter of adoption after them.

A count written with a counter (人, 人次, 次, 场, 项, 篇, 所, 起, 首, 口, 家) that every other
finder passes by is a count of adoption (facts_words.csv counter_default): people trained or
taking part, visits, events held, sites and firms reached. Read counters, a meeting's attendance,
a sample's size and a retry count are no claims (counter_default_not). Every example is invented
(松岚市, 青梧学院 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_events_and_visits_counted_by_their_counter_are_adoption():
    r = _rows("今年以来，松岚市人工智能产业促进会已举办路演46场，累计接待企业参观约3,200人次。")
    assert r["46"][:2] == ("adoption", "events") and r["46"][2:] == (46, "count")
    assert r["约3,200"][0] == "adoption" and r["约3,200"][2] == 3200


def test_firms_and_people_counted_by_their_counter_are_adoption():
    r = _rows("截至6月底，松岚市AI书法教室已达312家，全市认证的AI讲师达1,350人。")
    assert r["312"][:2] == ("adoption", "organisations")
    assert r["1,350"][:2] == ("adoption", "people")


def test_read_counters_attendance_and_samples_stay_no_facts():
    r = _rows("青梧学院AI周报 | 本期阅读 8,412 次")
    assert "8,412" not in r
    r = _rows("应出席股东17家，实际出席股东17家。")
    assert "17" not in r
    r = _rows("本次调研样本覆盖1,280家中小企业。")
    assert "1,280" not in r


def test_an_ordinal_or_a_longer_word_is_no_count():
    r = _rows("青梧学院第3场AI公开课将于下周举行。")
    assert "3" not in r
    r = _rows("该项目预计3个月内完成验收。")
    assert r.get("3", ("", ""))[0] != "adoption"


def test_firms_of_an_industry_are_market_and_listed_companies_valuation():
    r = _rows("截至6月末，松岚市规模以上企业436家。")
    assert r["436"][:2] == ("market", "companies")
    r = _rows("截至9月5日，松岚交易所上市公司共270家。")
    assert r["270"][0] == "valuation"


def test_benchmarks_counted_are_no_claims():
    r = _rows("在青梧实验室选取的12项基准上，该模型均有提升。")
    assert "12" not in r
