"""fixent26: a listed firm written by its trade name with another descriptor (朗新集团 for the
lexicon's 朗新科技) or less 电子 (創意 for 創意電子) is the lexicon's firm, never its pinyin; a
quarter opening a results sentence (第三季度集团总收入) is no firm name; distributors the lexicon
did not hold are named in English."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from aigc_analysis.extract.lexicon import EntityMatcher
from text_facts import facts_of

DAY = dt.date(2026, 11, 20)


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text, DAY, publisher="Test Broker")
    return dict(zip(f["text"], f["entity"]))


def _matcher() -> EntityMatcher:
    rows = [("Lanfeng Semiconductor", "company", "岚峰科技"), ("Xingqiao Power", "company", "星桥控股"),
            ("Pingchuan Bank", "company", "平川控股"), ("Pingchuan Motors", "company", "平川科技")]
    return EntityMatcher(pd.DataFrame([{"entity": e, "type": t, "aliases": a, "org": "", "tickers": "",
                                        "country": "CN"} for e, t, a in rows]))


def test_a_stem_with_another_descriptor_is_the_firm_of_that_stem():
    m = _matcher()
    suffixes = ("科技", "控股", "集团")
    assert m.short_form("岚峰集团", suffixes) == "Lanfeng Semiconductor"   # was None: pinyin Lanfeng
    assert m.short_form("星桥科技", suffixes) == "Xingqiao Power"
    assert m.short_form("岚峰", suffixes) == "Lanfeng Semiconductor"      # the bare stem, as before
    # two firms share the stem 平川: neither is meant
    assert m.short_form("平川集团", suffixes) is None


def test_a_renamed_listed_firm_in_prose_is_the_lexicon_firm():
    # the lexicon's 朗新科技 (Longshine Technology), written with 集团 as after a renaming
    got = _entities("能源IT周报\n\n朗新集团前三季度营收同比增长17.5%，毛利率提升2.1个百分点。\n")
    assert got["17.5%"] == "Longshine Technology", got


def test_a_taiwanese_firm_less_its_electronics_descriptor_in_a_table():
    # 欣興 is an alias already; 京元 is 京元電子 (King Yuan Electronics) less 電子
    got = _entities("封測月報\n\n表1：封測廠11月營收（單位：新台幣百萬元）\n公司　　　代碼　　11月營收　　月增率\n"
                    "京元　　　2449　　4,215　　　6.3\n欣興　　　3037　　9,870　　　-2.4\n")
    assert got["4,215"] == "King Yuan Electronics (KYEC)", got


def test_a_quarter_opening_the_sentence_is_no_firm():
    got = _entities("业绩会纪要\n\n操作员：岚川科技2026年第三季度业绩电话会议现在开始。\n"
                    "首席财务官：第三季度集团总收入达到86.4亿元，同比增长9.2%。\n")
    assert got["86.4亿元"] == "Lanchuan", got


def test_distributors_are_named_in_english():
    got = _entities("分销周报\n\n大联大第三季度营收新台币2,310亿元，同比增长14%；文晔第三季度营收新台币2,650亿元。"
                    "艾睿电子第三季度营收71.5亿美元，安富利营收55.3亿美元。\n")
    assert got["新台币2,310亿元"] == "WPG Holdings", got
    assert got["新台币2,650亿元"] == "WT Microelectronics", got
    assert got["71.5亿美元"] == "Arrow Electronics", got
    assert got["55.3亿美元"] == "Avnet", got
