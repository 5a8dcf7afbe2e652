"""Latin American currencies named after the number (雷亚尔, 墨西哥比索) take their ISO code
(SCHEMA: other currencies by ISO code), not a bare count or yuan.

Every example is invented (青禾云 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.tables.schema import validate_facts
from text_facts import facts_of

DAY = dt.date(2025, 11, 1)


def _units(text: str) -> dict[str, tuple[str, float]]:
    f = facts_of(text, DAY)
    return {t: (u, v) for t, u, v in zip(f["text"], f["unit"], f["value"])}


def test_the_brazilian_real_after_the_number_is_brl():
    u = _units("青禾云2025年3月宣布未来三年在巴西投资86亿雷亚尔，用于扩建数据中心。")
    assert u["86亿雷亚尔"] == ("BRL", 8.6e9)


def test_the_real_with_its_country_is_brl_too():
    u = _units("据报道该园区总投资约320亿巴西雷亚尔，一期功率200MW。")
    assert u["约320亿巴西雷亚尔"] == ("BRL", 3.2e10)


def test_a_peso_named_with_its_country_is_that_countrys_code():
    u = _units("青禾云计划在墨西哥投资45亿墨西哥比索建设数据中心。")
    assert u["45亿墨西哥比索"] == ("MXN", 4.5e9)


def test_the_facts_of_these_currencies_pass_the_facts_schema():
    f = facts_of("微软宣布未来三年在巴西投资86亿雷亚尔，在墨西哥投资45亿墨西哥比索，在智利投资3000亿智利比索。", DAY)
    assert {"BRL", "MXN", "CLP"} <= set(f["unit"])
    validate_facts(f)  # a unit outside paths.UNITS would drop the whole document
