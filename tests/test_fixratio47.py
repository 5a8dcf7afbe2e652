"""A percent right after a rate word no keyword names (``兑货率约72%``) is that rate's level.

Every example is invented (澄溪县, 岚桥物业, 星潮银行 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _rows(text: str) -> list[tuple]:
    f = facts_of_text(text, DAY)
    return list(zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"]))


def _by_value(text: str) -> dict[float, tuple]:
    return {round(v, 6): (t, th, m) for t, th, m, v, u in _rows(text) if u == "ratio"}


def test_an_unnamed_rate_after_its_word_is_a_level_of_adoption():
    r = _by_value("澄溪县政务热线今年9月工单回访率约83%，群众满意率为96.1%。")
    assert r[0.83][1:] == ("adoption", "rate")
    assert r[0.961][1:] == ("adoption", "rate")


def test_a_rate_moving_from_one_level_to_another_gives_both_levels():
    r = _by_value("AI质检上线后，澄溪县物流仓的错拣率由2023年的4.2%降至2024年的1.6%。")
    assert r[0.042][1] == r[0.016][1] == "adoption"


def test_a_lenders_gearing_and_capital_ratios_are_earnings():
    r = _by_value("截至2025年6月30日，星潮银行總資本比率為28.4%，資產負債比率為41.7%。")
    assert r[0.284][1:] == ("earnings", "capital_ratio")
    assert r[0.417][1:] == ("earnings", "gearing_ratio")


def test_interest_tax_and_growth_rates_read_no_level():
    r = _by_value("星潮银行本季度贷款利率为3.65%，个人所得税税率20%，营收年均复合增长率17%。")
    assert 0.0365 not in r or r[0.0365][2] != "rate"
    assert 0.2 not in r or r[0.2][2] != "rate"
    assert 0.17 not in r or r[0.17][2] != "rate"


def test_a_survey_response_rate_and_a_bound_of_those_below_it_are_no_level():
    r = _by_value("本次问卷共回收812份，回应率约64%。岚桥物业仍有开机率低于35%的门岗需整改。")
    assert 0.64 not in r
    assert 0.35 not in r


def test_a_change_of_a_rate_is_no_level_and_the_level_starts_no_parallel_list():
    rows = _rows("岚桥物业服务费收缴率88.4%，单位面积能耗下降12.5%。")
    by = {round(v, 6): (th, m) for t, th, m, v, u in rows if u == "ratio"}
    assert by[0.884] == ("earnings", "collection_rate")
    assert by.get(-0.125, ("", ""))[1] != "collection_rate"


def test_a_questionnaire_return_rate_and_a_discount_rate_are_no_level():
    r = _by_value("澄溪县调查问卷回收率71.6%，企业HR回复率86%；岚桥物业估值采用折现率8.5%，票据贴现率4.4%。")
    for v in (0.716, 0.86, 0.085, 0.044):
        assert v not in r or r[v][2] != "rate", v
