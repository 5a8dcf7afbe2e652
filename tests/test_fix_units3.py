"""Number and unit forms of unseen reports: yen and won spellings, 仟元, 成五, 倍半, 年半, 回吐."""
from __future__ import annotations

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


@pytest.mark.parametrize("text, value, unit", [
    ("淨利1,340億日圓", 1.34e11, "JPY"),        # Taiwan and Hong Kong spelling of the yen
    ("營業利益2,050億日圆", 2.05e11, "JPY"),
    ("营业利润11.4兆韩圜", 1.14e13, "KRW"),     # Taiwan spelling of the won (韓圜), simplified
    ("营业利润约12万亿韩币", 1.2e13, "KRW"),
    ("營收為新台幣1,068,452仟元", 1.068452e9, "TWD"),  # 仟, the formal 千 of filings
    ("净利润9,870千元", 9.87e6, "CNY"),
])
def test_currency_and_scale_words(text, value, unit):
    q = one(text)
    assert q.unit == unit and q.value == pytest.approx(value)


@pytest.mark.parametrize("text, value, unit", [
    ("渗透率突破兩成五", 0.25, "ratio"),
    ("约七成五的客户", 0.75, "ratio"),
    ("一成半", 0.15, "ratio"),                  # the form that already worked
    ("股价年内已上涨约一倍半", 1.5, "multiple"),
    ("库存仍可消化约一年半", 18, "months"),     # SCHEMA: 一年半 = 18 months
    ("交付周期约两年半", 30, "months"),
    ("两个半月", 2.5, "months"),
])
def test_halves_and_tenths(text, value, unit):
    q = one(text)
    assert q.unit == unit and q.value == pytest.approx(value)


def test_giving_back_a_gain_is_a_fall():
    assert one("三季报后回吐约三成涨幅").value == pytest.approx(-0.3)
    assert one("股价回升约3%").value == pytest.approx(0.03)  # near-miss: a rise stays positive


@pytest.mark.parametrize("text", ["达成五年协议", "成五", "仟禧科技", "三年"])
def test_near_misses_give_no_half_or_thousand(text):
    found = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert not any(u == "months" and v > 12 for _, v, u in found)
    assert not any(v == 1000 for _, v, _ in found), found


def test_a_yen_table_reads_its_cells_in_yen():
    rows = facts_of("2031年11月14日 某券商\n（單位：億日圓）\n公司　營收　年增率\n"
                    "甲電子　6,120　12.5%\n乙精密　3,310　-4.2%\n")
    money = rows[rows["unit"] == "JPY"]
    assert sorted(money["value"]) == pytest.approx([3.31e11, 6.12e11])


def test_a_thousand_yuan_caption_scales_its_cells():
    rows = facts_of("2031年11月14日 某券商\n（單位：新台幣仟元）\n公司　營收　年增率\n"
                    "甲公司　1,068,452　12.5%\n乙公司　998,100　-3.2%\n")
    assert sorted(rows.loc[rows["unit"] == "TWD", "value"]) == pytest.approx([9.981e8, 1.068452e9])


@pytest.mark.parametrize("text, years", [
    ("签署0.6GW的15年购电协议", 15), ("合约期15年", 15), ("租期20年", 20), ("一份18年长约", 18)])
def test_a_contract_term_in_years_is_a_duration(text, years):
    durations = [q for q in find_quantities(text) if q.unit == "years"]
    assert [q.value for q in durations] == [years]


@pytest.mark.parametrize("text", ["25年合同负债增加", "25年营收", "公司预计26年协议签约量翻倍"])
def test_a_two_digit_year_before_other_words_stays_a_year(text):
    assert not [q for q in find_quantities(text) if q.unit == "years" and q.value >= 25]


def test_a_contract_term_is_no_period():
    rows = facts_of("2031年11月14日 某券商\n岚峰云与某电力公司签署0.6GW的15年购电协议。\n")
    assert "2015" not in set(rows["period"].fillna(""))


@pytest.mark.parametrize("text", ["22/28奈米产能", "14/16纳米产线", "2/14（五）法说会", "1/23 (一)"])
def test_process_nodes_and_weekday_dates_are_no_fractions(text):
    assert [q for q in find_quantities(text) if q.kind == "fraction"] == []


def test_slash_fractions_still_read():
    assert one("占比1/3").value == pytest.approx(1 / 3)


def test_an_english_outflow_is_negative():
    assert one("a net outflow of US$1.2 billion").value == pytest.approx(-1.2e9)
    assert one("an inflow of US$2 billion").value == pytest.approx(2e9)
