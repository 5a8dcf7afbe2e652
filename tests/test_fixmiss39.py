"""Values the extractor never produced (round 39, invented texts; the places, firms and figures are
made up).

- Currencies of Chinese-language papers outside the mainland written after the number: the Macau
  pataca (澳门元), the Philippine peso named with its country (菲律宾比索) and the Indonesian
  rupiah as Indonesian Chinese papers write it, a bare 盾 (越南盾 stays the dong).
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
