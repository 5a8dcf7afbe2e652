"""A target due by a year's end: ``到2031年底，全省智能算力规模达到20 EFLOPS`` is of the year
(``2031``), with or without a requirement word before 到 (要求到…, 力争到…); a forecast's level
reached then (``到2031年底将达到``) and an as-of (``截至2031年底``) stay the year's December.
Counted over the 58 triage sets: gold dates a figure after 到YYYY年底 to the year 23 times, to
the December 8 times and to the last day 3 times.

Every example is invented (澄川省, 云栈科技, 星澜科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2031, 6, 10)


def test_a_target_due_by_a_year_end_is_of_the_year():
    f = facts_of("到2031年底，澄川省智能算力规模达到20 EFLOPS，人工智能核心产业规模突破1500亿元。",
                 published=DAY)
    assert period_of(f, "20 EFLOPS") == "2031"
    assert period_of(f, "1500亿") == "2031"


def test_a_plan_to_raise_capacity_by_a_year_end_is_of_the_year():
    f = facts_of("云栈科技计划到2032年底将年产能提升至800万副。", published=DAY)
    assert period_of(f, "800万") == "2032"


def test_a_requirement_word_still_makes_the_year():
    assert period_values("方案要求：到2031年底", DAY) == ["2031"]


def test_near_misses_keep_the_december():
    assert period_values("到2031年底将达到", DAY) == ["2031-12"]  # a forecast's level
    assert period_values("截至2030年底", DAY) == ["2030-12"]  # an as-of level
    assert period_values("截止到2030年末", DAY) == ["2030-12"]
    assert period_values("月产能提升至2032年底的", DAY) == ["2032-12"]  # 至, not 到
    f = facts_of("星澜科技月产能到2031年底将达到约7.5万片。", published=DAY)
    assert period_of(f, "7.5万") == "2031-12"


def test_a_stretch_to_a_year_end_stays_a_stretch():
    assert period_values("从今年年初到2032年底", DAY) == ["2031/2032"]


# A fiscal year spelt in Chinese numerals, as Hong Kong filings write it (二零二五財年,
# 二零二五財政年度上半年): the label stays fiscal, as 2025财年 already is (SCHEMA: fiscal where
# the text writes fiscal). Counted over the 58 sets: gold gives such documents' rows FY labels.

HK_DAY = dt.date(2031, 2, 26)


def test_a_spelt_fiscal_year_is_fiscal():
    assert period_values("二零三一財年", HK_DAY) == ["FY2031"]
    assert period_values("二零三一财政年度", HK_DAY) == ["FY2031"]
    assert period_values("即二零三一財政年度上半年", HK_DAY) == ["FY2031H1"]


def test_a_spelt_calendar_year_stays_calendar():
    assert period_values("二零三一年", HK_DAY) == ["2031"]
    assert period_values("二零三零至三一財政年度", HK_DAY) == ["FY2031"]
    assert period_values("截至二零三零年十二月三十一日止六個月", HK_DAY) == ["2030-07/2030-12"]
    assert period_values("二零三一", HK_DAY) == []  # four spelt digits with no mark: no year


# A calendar stretch the document glosses with a fiscal label (截至…止六個月（「本期間」，即
# 二零二五財政年度上半年）) dates its rows with the label wherever they stand.

_INTERIM = ("瀚川通訊控股有限公司\n截至二零三零年十二月三十一日止六個月之中期業績公告\n\n"
            "本公司董事會宣佈本集團截至二零三零年十二月三十一日止六個月（「本期間」，即二零三一財政年度上半年）"
            "之未經審核綜合業績。\n\n本期間資本開支為港幣5.12億元，佔服務收入14.0%。\n")


def test_a_glossed_interim_reports_its_fiscal_half():
    f = facts_of(_INTERIM, published=HK_DAY)
    assert period_of(f, "5.12億") == "FY2031H1"


def test_no_gloss_keeps_the_calendar_stretch():
    text = _INTERIM.replace("，即二零三一財政年度上半年", "")
    f = facts_of(text, published=HK_DAY)
    assert period_of(f, "5.12億") == "2030-07/2030-12"


def test_a_day_glossed_with_its_fiscal_year_is_no_gloss():
    text = ("瀚川大學 研究中心年報\n報告期：截至2030年12月31日止財政年度（2030/31年度）\n\n"
            "截至2030年12月31日，中心共有研究人員620人。\n")
    f = facts_of(text, published=HK_DAY)
    assert period_of(f, "620") != "FY2031"
