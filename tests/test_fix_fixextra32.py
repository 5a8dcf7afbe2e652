"""Extra rows the SCHEMA excludes: bounds that define a class of firms or products, no claim."""
from __future__ import annotations

from tests.text_facts import facts_of


def _values(text: str) -> set[float]:
    return set(facts_of(text)["value"].round(6))


def test_revenue_bound_defining_a_size_class_is_no_fact():
    # a statistics note's definition: the bound (及以上 left outside the number) names the firms
    text = "注：规模以上工业企业指年主营业务收入3000万元及以上的工业法人单位。"
    assert 3.0e7 not in _values(text)


def test_revenue_bound_before_a_noun_of_firms_is_no_fact():
    text = "规模以上企业：指年营业收入1500万元及以上的软件和信息技术服务企业。"
    assert 1.5e7 not in _values(text)


def test_revenue_claims_stay():
    assert 1.2e10 in _values("公司2024年营业收入120亿元，同比增长15%。")
    assert 1.0e9 in _values("预计公司全年收入10亿元以上。")


def test_counter_in_brackets_is_no_fact():
    text = "本文仅代表作者观点。\n\n点赞 (1,873)　　收藏 (204)　　转发 (3.6万)\n"
    assert 3.6e4 not in _values(text)


def test_item_label_number_is_no_count():
    # the author's name after the post label holds a metric word (光模块): the post number is no count
    got = facts_of("🔥 热帖3｜@光模块研究员阿May（阅读 18.9万 · 赞 2,907）\n"
                   "我们判断明年800G光模块出货量同比增长80%。")
    assert 3.0 not in set(got["value"].round(6))
    assert 0.8 in set(got["value"].round(6))
    # an inquiry letter's reply numbers its questions
    got = facts_of("问题4　关于产能\n公司2024年产能利用率为85%。")
    assert 4.0 not in set(got["value"].round(6))
    assert 0.85 in set(got["value"].round(6))
