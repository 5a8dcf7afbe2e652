"""A numbered sub-heading that is a place's name alone (``1. 南京市``) is the subject of the
bullets under it that name no one, until the next sub-heading; a sub-heading that is no place
(``3. 利润``) sets none, and a bullet naming its own firm keeps it.

Every example is invented (青禾科技 and the figures exist in no report).
"""
from __future__ import annotations

from tests.text_facts import facts_of

TEXT = ("各地数据券政策梳理\n\n"
        "二、重点城市\n\n"
        "1. 南京市\n"
        "· 数据券年度总额3亿元，单家企业上限200万元。\n"
        "· 今年上半年已兑付数据券0.9亿元，覆盖企业75家。\n\n"
        "2. 武汉市\n"
        "· 数据券每年发放总额2亿元，单家企业每年最高400万元。\n"
        "· 其中科大讯飞去年营收12亿元。\n")


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text)
    return dict(zip(f["text"], f["entity"]))


def test_a_place_sub_heading_is_the_subject_of_its_bullets():
    e = _entities(TEXT)
    assert e["3亿元"] == e["200万元"] == e["0.9亿元"] == "Nanjing"
    assert e["2亿元"] == e["400万元"] == "Wuhan"


def test_a_bullet_naming_its_own_firm_keeps_it():
    assert _entities(TEXT)["12亿元"] != "Wuhan"


def test_a_sub_heading_that_is_no_place_sets_no_subject():
    e = _entities(TEXT.replace("1. 南京市", "1. 总额").replace("2. 武汉市", "2. 进度"))
    assert "Nanjing" not in e.values() and "Wuhan" not in e.values()
