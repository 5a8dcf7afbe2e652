"""A multiple or fraction after a ratio verb and ``…的`` (or the pronoun 其) in a sentence that
stated one kind of amount before it is how many times (or what part of) another's that amount is,
in the amount's theme (``单台价值量约为普通交换机的6倍``, ``约为其30倍``), even with the
measure's keyword in the multiple's clause.
A doubling (翻倍) stays a growth, and a multiple with no amount stated before stays unread."""
from __future__ import annotations

from tests.text_facts import facts_of


def _rows(text):
    f = facts_of(text)
    return [(r.theme, r.value, r.unit) for r in f.itertuples()]


def test_multiple_with_keyword_in_clause():
    rows = _rows("普通交换机单台价值量约2千美元，AI集群交换机单台价值量约为普通交换机的6倍。")
    assert ("market", 6.0, "multiple") in rows


def test_multiple_after_pronoun_qi():
    rows = _rows("普通交换机单台价值量约2千美元，AI集群交换机单台价值量约为其6倍。")
    assert any(u == "multiple" and v == 6.0 for _, v, u in rows)


def test_fraction_after_pronoun_qi():
    rows = _rows("某应用月下载量达820万次，仅为其约四分之一。")
    assert any(u == "ratio" and abs(v - 0.25) < 1e-3 for _, v, u in rows)


def test_doubling_stays_growth():
    f = facts_of("甲公司营收约50亿元，较去年翻倍。")
    assert list(f.loc[f.unit == "multiple", "metric"]) == ["revenue_growth"]



def test_multiple_of_a_price_left_unread():
    f = facts_of("光伏PPA价格为57.04美元/MWh，核电长协价格约为光伏的两倍。")
    assert f.loc[f.unit == "multiple"].empty
