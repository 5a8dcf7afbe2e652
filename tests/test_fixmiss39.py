"""Values the extractor never produced (round 39, invented texts; the places, firms and figures are
made up).

- Currencies of Chinese-language papers outside the mainland written after the number: the Macau
  pataca (澳门元), the Philippine peso named with its country (菲律宾比索) and the Indonesian
  rupiah as Indonesian Chinese papers write it, a bare 盾 (越南盾 stays the dong); a fen said
  in speech (分钱) is a hundredth of the yuan.
- A term written after its lead word (期限, 期间, 存续期) is the term of the loan, fund, trust or
  bond the sentence names before it (facts_words.csv led_term_noun), also where a word saying
  how alike the terms are stands between (期限均为, 期限普遍为); a time ago (两年前) is no term.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)


def _units(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {r.text: (r.value, r.unit) for r in f.itertuples()}


def test_pataca_amounts_are_mop():
    r = _units("澳门六家博企今年前三季度在人工智能及数据中心方面投入约48亿澳门元，同比增长两成。\n")
    assert r.get("约48亿澳门元") == (4.8e9, "MOP"), r


def test_peso_named_with_its_country_is_php():
    r = _units("该公司今年第三季度在菲律宾的AI业务营收为312亿菲律宾比索，同比增长41%。\n")
    assert r.get("312亿菲律宾比索") == (3.12e10, "PHP"), r


def test_bare_dun_is_rupiah_and_dong_stays_dong():
    r = _units("某云服务商宣布未来三年在印尼投资约18.4万亿盾建设人工智能数据中心。\n")
    assert r.get("约18.4万亿盾") == (1.84e13, "IDR"), r
    r = _units("该平台今年在越南的AI数据中心投资约5.2万亿越南盾。\n")
    assert r.get("约5.2万亿越南盾") == (5.2e12, "VND"), r


def test_fen_in_speech_is_a_hundredth_of_the_yuan():
    r = _units("该大模型单次问答的推理成本不足3分钱。\n")
    assert r.get("不足3分钱") == (0.03, "CNY"), r


def _terms(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples() if r.unit in ("years", "months")}


def test_loan_term_after_a_gap_word_is_capex():
    r = _terms("某股份制银行对智算中心项目的授信额度最高达20亿元，贷款期限普遍为7-9年。\n")
    assert r.get("7-9年", (None,))[:3] == ("capex", "loan_term", 7.0), r


def test_loan_term_written_with_qijian():
    r = _terms("該銀行為AI資料中心籌組聯貸案，額度新台幣150億元，貸款期間6年。\n")
    assert r.get("6年") == ("capex", "loan_term", 6.0, "years"), r


def test_fund_life_is_valuation_and_two_digit_years_stay_years():
    r = _terms("设立人工智能产业引导基金，带动社会资本约3000亿元，存续期12年。\n")
    assert r.get("12年") == ("valuation", "fund_term", 12.0, "years"), r
    r = _terms("该人工智能产业投资基金于2026年注册成立，经营期限11年，股东共9家。\n")
    assert r.get("11年") == ("valuation", "fund_term", 11.0, "years"), r


def test_trust_and_convertible_bond_terms():
    r = _terms("该AI算力信托计划规模3亿元，信托期限30个月。\n")
    assert r.get("30个月") == ("valuation", "trust_term", 30.0, "months"), r
    r = _terms("本周两只AI算力转债期限均为6年。\n")
    assert r.get("6年") == ("valuation", "bond_term", 6.0, "years"), r


def test_a_time_ago_is_no_term():
    r = _terms("头部机构对数据中心相关贷款的加权平均期限5.5年，平均利差较三年前收窄约80bp。\n")
    assert r.get("5.5年", (None,))[:2] == ("capex", "loan_term"), r
    assert "三年" not in r, r
