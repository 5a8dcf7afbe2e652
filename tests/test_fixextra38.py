"""Numbers that are no claims (fixer fixextra38): a rule's bar, and numerals that are characters
of a name.

A list's entry bar, a legal standard, a rule's threshold, the size bound of a bucket whose share
is the claim and the majority a resolution needs are thresholds (SCHEMA: no facts). A numeral
inside a name the lexicon knows (a firm whose name holds 一 or 万, a chip grade glued to the
chip's Chinese name) and a bare number in a work's title (《…》) are parts of those names.

Every example is invented: the sentences and figures exist in no report (the names the lexicon
knows are used only as names).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2025, 11, 20)


def _texts(text: str) -> set[str]:
    return set(facts_of(text, published=DAY)["text"])


def test_a_lists_entry_bar_before_its_number_is_no_claim():
    texts = _texts("【榜单说明】本榜单的入榜门槛为估值20亿元，今年共有88家企业入选。\n")
    assert not any("20亿元" in t for t in texts)


def test_a_lists_entry_bar_after_its_number_is_no_claim_but_the_fall_before_it_stays():
    texts = _texts("青禾科技创始人财富缩水约12%至36亿元，低于40亿元的上榜门槛。\n")
    assert not any("40亿元" in t for t in texts)
    assert any("36亿元" in t for t in texts)


def test_a_legal_standard_is_no_claim_but_the_ratio_it_is_compared_with_stays():
    texts = _texts("压力测试假设科技股下跌25%，本公司资本适足率将由298%降至约270%，仍高于法定标准150%。\n")
    assert "150%" not in texts
    assert "约270%" in texts


def test_a_bound_in_brackets_named_a_rule_threshold_is_no_claim():
    texts = _texts("青禾电子最近三个会计年度归母净利润累计不低于9亿元（规则门槛），满足分拆条件。\n")
    assert not any("9亿元" in t for t in texts)


def test_the_bound_of_a_bucket_is_no_amount_but_the_buckets_share_stays():
    texts = _texts("今年上半年，AI领域单笔5亿元以上的融资事件占融资总额约52%。\n")
    assert not any("5亿元" in t for t in texts)
    assert any("52%" in t for t in texts)


def test_the_majority_a_resolution_needs_is_no_vote_result():
    texts = _texts("议案二为特别决议议案，已获出席本次股东大会的股东所持有效表决权股份总数的2/3以上通过。\n")
    assert "2/3" not in texts


def test_a_numeral_inside_a_firms_name_is_no_number():
    texts = _texts("据报道，零一万物近期将部分预训练团队并入合作方，涉及员工约40人。\n")
    assert not any("万" in t and "40" not in t for t in texts)


def test_a_chip_grade_glued_after_a_longer_known_name_is_no_amount():
    texts = _texts("- 青禾代工：据媒体报道，因其代工芯片经第三方流入华为昇腾910B，可能面临5亿美元以上的罚款。\n")
    assert "910B" not in texts
    assert "5亿美元以上" in texts


def test_a_bare_number_inside_a_works_title_is_no_count():
    texts = _texts("新游方面，《星河十六夜》11月全球玩家突破2000万。\n")
    assert "十六" not in texts
    assert "2000万" in texts
