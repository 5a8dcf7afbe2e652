"""Names the document defines itself: a firm's legal name glossed in English gives that English
name to the short form the rest of the document uses, and so does an English name written in
or before the bracket that defines the short name (``以下简称``).

Every example is invented (the texts and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

from aigc_analysis.extract.names import descriptors_only

DAY = dt.date(2025, 11, 28)

IPO_NOTE = """新股速递
公司名称　　　　澜图智能科技股份有限公司（Lantern Intelligence）
上市日期　　　　2025年11月27日

澜图智能（2688.HK）首日收涨45%，市值约320亿港元。
"""

DEFINED_INLINE = """本次发行人为湖州溪岳机器人股份有限公司（Summitbrook Robotics，以下简称"溪岳"）。
2024年溪岳实现营业收入12.4亿元，同比增长33%。
"""

DEFINED_AFTER_GLOSS = """本次发行人为湖州溪岳机器人股份有限公司（Summitbrook Robotics）（以下简称"溪岳"）。
2024年溪岳实现营业收入12.4亿元，同比增长33%。
"""


def test_what_a_legal_name_adds_to_its_short_form_is_descriptors_only():
    assert descriptors_only("科技股份有限公司") and descriptors_only("集团有限公司")
    assert not descriptors_only("") and not descriptors_only("图智能科技")


def test_the_gloss_of_a_legal_name_names_its_short_form():
    f = facts_of_text(IPO_NOTE, DAY)
    assert entity_of(f, "45%") == "Lantern Intelligence"  # was Lantu AI (pinyin of 澜图智能)
    assert entity_of(f, "约320亿港元") == "Lantern Intelligence"


def test_an_english_name_in_the_definition_names_the_defined_short_name():
    for text in (DEFINED_INLINE, DEFINED_AFTER_GLOSS):
        f = facts_of_text(text, DAY)
        assert entity_of(f, "12.4亿元") == "Summitbrook Robotics"  # was unspecified / Xiyue Robotics
        assert entity_of(f, "33%") == "Summitbrook Robotics"


POWER = "台灣電力公司今年資本支出約2,500億元，年增約12%。重電族群中，中興電10月營收年增25%。\n"


def test_taipower_is_known_and_chung_hsin_is_not_zte():
    f = facts_of_text(POWER, DAY)
    assert entity_of(f, "約2,500億元") == "Taipower"  # was unspecified
    assert entity_of(f, "25%") == "Chung Hsin Electric"  # was ZTE (中興 inside 中興電)
