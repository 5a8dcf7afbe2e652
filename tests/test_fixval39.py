"""fixval39: numbers extracted with another value or unit than the contract's.

* Currencies of South-East Asia and Macau written as their Chinese names or signs: 澳门元 (MOP),
  bare 盾 (the rupiah, as the Indonesian Chinese press writes it), 仙 (the Malaysian sen, a
  hundredth of the ringgit) and the signs and codes RM, Rp, ₫, ฿, ₱, MOP. Without them the amount
  stayed a bare count, or the 元 inside 澳门元 read it as yuan.
* After a fall word, an approximation word followed by a copula (``约为``, ``大约在``) still
  joins the number, so the fall word still signs it (``降幅约为20%`` is -0.2), and adverbs of habit (通常, 一般)
  may stand between a fall word and its number.
* Two amounts each written in full and joined by 至/到, the currency named after the second end
  (``10亿元至12亿元人民币``), are one range.

Every example is invented: the places, firms and figures exist in no report.
"""
from __future__ import annotations

import pytest

from aigc_analysis.extract.quantities import find_quantities


def _one(text: str):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text, value, unit", [
    ("本年度博彩毛收入约为1,234.5亿澳门元", 123450000000.0, "MOP"),
    ("特区政府拨款12亿澳门币设立基金", 1200000000.0, "MOP"),
    ("该园区计划吸引投资约7.5万亿盾", 7500000000000.0, "IDR"),
    ("居民电价调整为每千瓦时52.3仙", 0.523, "MYR"),
    ("月薪RM4,200起", 4200.0, "MYR"),
    ("总投资RM 3.2 billion", 3200000000.0, "MYR"),
    ("融资额Rp 2.4 trillion", 2400000000000.0, "IDR"),
    ("单价35,000₫", 35000.0, "VND"),
    ("套餐价฿899", 899.0, "THB"),
    ("课程费用₱2,500", 2500.0, "PHP"),
    ("预算MOP 8亿", 800000000.0, "MOP"),
])
def test_south_east_asian_and_macau_currencies(text, value, unit):
    q = _one(text)
    assert q.unit == unit
    assert q.value == pytest.approx(value)
    assert q.kind == "money"


@pytest.mark.parametrize("text", ["故事讲到八仙过海", "七仙女的传说", "这并不矛盾"])
def test_single_character_currency_words_need_a_digit(text):
    assert not any(q.kind == "money" for q in find_quantities(text))


def test_longer_dong_and_rupiah_names_still_win():
    assert _one("贷款发放3.6万亿越南盾").unit == "VND"
    assert _one("电价1,280印尼盾").unit == "IDR"


@pytest.mark.parametrize("text, value, high", [
    ("今年净利润下滑幅度约为25%-40%", -0.25, -0.40),
    ("平均售价降幅约为18%", -0.18, None),
    ("单价的年降幅通常在12%-16%", -0.12, -0.16),
    ("出货量下降大约在7%", -0.07, None),
])
def test_fall_word_signs_across_approximation_and_copula(text, value, high):
    q = _one(text)
    assert q.value == pytest.approx(value)
    assert (q.value_high is None) if high is None else q.value_high == pytest.approx(high)


def test_copula_after_approximation_joins_only_after_a_fall_word():
    q = _one("毛利率降幅约为6%")
    assert (q.qualifier, q.text) == ("approx", "降幅约为6%")
    assert _one("营收约为37亿元").text == "37亿元"  # no fall word: the span stays the number's


@pytest.mark.parametrize("text, low, high, unit", [
    ("预计第三季度收入为6亿元至7.5亿元人民币", 6e8, 7.5e8, "CNY"),
    ("全年开支介乎3亿元到4亿元港币之间", 3e8, 4e8, "HKD"),
    ("每份报价8美元至11美元", 8.0, 11.0, "USD"),
])
def test_two_amounts_with_currency_after_the_second_end_are_one_range(text, low, high, unit):
    q = _one(text)
    assert (q.value, q.value_high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


def test_change_between_two_amounts_is_no_range():
    qs = find_quantities("营收从6亿元到7.5亿元人民币")
    assert [q.value_high for q in qs] == [None, None]


def test_change_word_before_two_amounts_is_no_range():
    """``上调X至Y``: the change and the level reached, not a range."""
    qs = find_quantities("董事会将预算上调8亿元至11亿元人民币")
    assert [(q.value, q.value_high) for q in qs] == [(8e8, None), (1.1e9, None)]
