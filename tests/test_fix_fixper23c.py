"""Valuation levels as of the day a report's data end (fixper23c). Every text is invented.

A multiple or a valuation percentile nothing in its text dates (``PE-TTM为88.5倍，处于近五年76%的
分位``, ``动态PE约27.5倍``) is a level as of the day the report says its data end: a header's
``数据截至：2031-11-28``, a caption's ``数据截至2031年2月6日`` or a market close, as an undated
market cap already was (SCHEMA: a cumulative move carries its as-of date; a level does too).
A look-back window stated with a percentile (``近五年``, a ``PE近五年分位数(%)`` column) is the history
the level is ranked in, not its period.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

HEADER = ("青禾基金研究｜半导体指数月报\n主题指数 · 2031年11月\n发布时间：2031-12-02　　作者：林溪　　数据截至：2031-11-28\n\n"
          "一句话总结：11月芯片链回调，但资金越跌越买。\n\n一、指数表现：月度回调\n"
          "青禾半导体指数11月下跌6.1%，澜桥算力指数下跌5.2%。\n"
          "估值上，青禾半导体指数PE-TTM为88.5倍，处于近五年76%的分位；澜桥算力指数PE-TTM为52.4倍。\n")


def test_an_undated_multiple_is_as_of_the_header_cutoff_day():
    frame = facts_of(HEADER, dt.date(2031, 12, 2))
    assert period_of(frame, "88.5倍") == "2031-11-28"
    assert period_of(frame, "52.4倍") == "2031-11-28"


def test_an_undated_percentile_is_as_of_the_header_cutoff_day():
    assert period_of(facts_of(HEADER, dt.date(2031, 12, 2)), "76%") == "2031-11-28"


CAPTION = ("岚桥证券 2031年2月9日\n中外科技巨头估值比较\n\n"
           "表1　科技巨头估值比较（PE单位：倍；数据截至2031年2月6日）\n"
           "公司            PE(2031E)      PE近五年分位数(%)\n青禾科技        26.8           57\n澜锋电子        18.6           83\n"
           "资料来源：一致预期\n\n指数层面，澜桥科技指数动态PE约27.5倍，估值不贵。\n"
           "以2031年一致预期计，中资科技股折价约三成，折价幅度处于近五年的31%分位数。\n")


def test_an_undated_multiple_is_as_of_a_caption_cutoff_day():
    assert period_of(facts_of(CAPTION, dt.date(2031, 2, 9)), "约27.5倍") == "2031-02-06"


def test_a_multiple_of_a_stated_year_keeps_its_year():
    assert period_of(facts_of(CAPTION, dt.date(2031, 2, 9)), "26.8") == "2031"


def test_without_a_cutoff_day_an_undated_multiple_stays_undated():
    text = "岚桥证券 2031年2月9日\n科技巨头估值\n\n指数层面，澜桥科技指数动态PE约27.5倍，估值不贵。\n"
    assert period_of(facts_of(text, dt.date(2031, 2, 9)), "约27.5倍") == ""


def test_a_percentile_column_over_a_window_is_as_of_the_caption_cutoff_day():
    frame = facts_of(CAPTION, dt.date(2031, 2, 9))
    assert period_of(frame, "57") == "2031-02-06"
    assert period_of(frame, "83") == "2031-02-06"


def test_a_percentile_over_a_window_in_prose_is_as_of_the_cutoff_day():
    assert period_of(facts_of(CAPTION, dt.date(2031, 2, 9)), "31%") == "2031-02-06"


def test_a_percentile_over_a_window_without_a_cutoff_day_is_of_the_publication_day():
    # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    text = "岚桥证券 2031年2月11日\n科技股估值\n\n青禾科技指数PE为35倍，处于近五年的64%分位。\n"
    assert period_of(facts_of(text, dt.date(2031, 2, 11)), "64%") == "2031-02-11"
