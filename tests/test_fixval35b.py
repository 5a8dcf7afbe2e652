"""Falls joined to their number by a word that names the comparison itself (fixer fixval35b).

``折价`` (at a discount to) and ``便宜`` (cheaper by) before a share say the direction with no
comparison word in the clause: ``平均折价12%`` is a discount of -0.12, ``其价格至少便宜40%`` a
price lower by 0.40. A discount is a valuation figure like its rate form ``折价率`` and
``折让``.

Every example is invented: the sentences and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.quantities import find_quantities

DAY = dt.date(2025, 9, 15)


def test_discount_before_a_share_is_negative_and_valuation():
    text = "据某二级市场平台统计，二季度AI公司老股成交价平均较上一轮融资价折价14%。\n"
    row = row_of(facts_of_text(text, DAY), "14%")
    assert row["value"] == -0.14
    assert row["theme"] == "valuation"


def test_discount_with_an_approximation_word():
    text = "今年以来科创板AI公司披露定增预案6起，拟募资合计5.2亿元，平均发行折价约13%。\n"
    row = row_of(facts_of_text(text, DAY), "约13%")
    assert row["value"] == -0.13


def test_discount_rate_keeps_its_own_sign_once():
    # 折价率 was negative before: the new 折价 word must not flip it back
    text = "截至周五，某AI主题ETF的折价率为2.6%。\n"
    facts = facts_of_text(text, DAY)
    assert list(facts.loc[facts["text"] == "2.6%", "value"]) == [-0.026]


def test_cheaper_by_with_no_comparison_word_is_a_fall():
    q = [x for x in find_quantities("在同档位的模型里，它的调用价格至少便宜40%。") if x.unit == "ratio"]
    assert [x.value for x in q] == [-0.4]


def test_cheaper_by_after_a_comparison_word_stays_a_fall():
    q = [x for x in find_quantities("它的调用价格比同档位模型便宜40%。") if x.unit == "ratio"]
    assert [x.value for x in q] == [-0.4]


def test_low_alone_is_still_no_fall():
    # 低 can be a level (低5%的门槛): only 便宜 reads as a fall on its own
    q = [x for x in find_quantities("该方案的毛利率低5%左右的项目已被剔除。") if x.unit == "ratio"]
    assert all(x.value > 0 for x in q)


def test_cheap_then_a_new_clause_is_no_fall():
    q = [x for x in find_quantities("这款模型价格便宜，35%的开发者选择了它。") if x.unit == "ratio"]
    assert [x.value for x in q] == [0.35]
