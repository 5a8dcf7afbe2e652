"""Values the extractor never wrote at all: number forms read as the wrong thing, and metric
keywords it did not know. Every example is invented (no report holds these numbers).
"""
from __future__ import annotations

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


def test_change_then_level_with_units_on_both_ends_is_two_amounts():
    # a change word before two amounts that each carry 亿 and a currency: by X, to Y
    assert _texts("订单储备环比增加320亿美元至980亿美元") == ["320亿美元", "980亿美元"]
    assert _texts("将三年投资计划上调150亿元至900亿元") == ["三年", "150亿元", "900亿元"]
    f = facts_of("星河云公司积压订单环比增加320亿美元至980亿美元。")
    assert sorted(f["value"]) == [3.2e10, 9.8e10]
    assert f["value_high"].isna().all()


def test_ranges_stay_ranges():
    # the unit written once, a percentage, or no change word: still one range
    assert _texts("预计增加2至3亿美元") == ["2至3亿美元"]
    assert _texts("营收增长20%至30%") == ["20%至30%"]
    assert _texts("单家补贴从100万元到2000万元不等") == ["100万元到2000万元"]


def test_registered_capital_is_a_valuation_amount():
    f = facts_of("星河集成电路基金三期注册资本1250亿元，超过一期（486.5亿元）。")
    got = f[f["unit"] == "CNY"]
    assert sorted(got["value"]) == [4.865e10, 1.25e11]
    assert set(got["theme"]) == {"valuation"}



def test_money_after_a_count_of_funding_rounds_is_the_amount_raised():
    f = facts_of("本月机器人领域共披露融资事件42起，披露金额合计约56亿元。")
    got = f[f["unit"] == "CNY"]
    assert list(got["value"]) == [5.6e9]
    assert list(got["theme"]) == ["valuation"]

