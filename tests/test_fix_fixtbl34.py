"""Tables whose header cells are machine field names (a CSV export pasted in a report, a terminal
table): the unit closes the field name after an underscore (``capex_usd_bn``, ``CAPEX_USDbn``,
``yoy_pct``, ``CAPEX_YOY_%``) where a report would bracket it (``资本开支（十亿美元）``).

Every example is invented (the firms and figures are made up).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import find_unit_labels

from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 5)


def test_field_name_units_are_read():
    assert [u[2:] for u in find_unit_labels("capex_usd_bn")] == [(Decimal(10) ** 9, "USD")]
    assert [u[2:] for u in find_unit_labels("CLOUD_REV_USDbn")] == [(Decimal(10) ** 9, "USD")]
    assert [u[2:] for u in find_unit_labels("yoy_pct")] == [(Decimal("0.01"), "ratio")]
    assert [u[2:] for u in find_unit_labels("CAPEX_YOY_%")] == [(Decimal("0.01"), "ratio")]


def test_field_names_without_a_unit_give_none():
    # a plain field, a period field, prose: no unit
    assert find_unit_labels("calendar_quarter") == []
    assert find_unit_labels("FISCAL_Q") == []
    assert find_unit_labels("capex usd bn") == []


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {t: (m, v, u) for t, m, v, u in zip(f["text"], f["metric"], f["value"], f["unit"])}


CSV_BLOCK = ("云厂商资本开支跟踪（虚构数据）\n\n```\n"
             "company,calendar_quarter,capex_usd_bn,yoy_pct\n"
             "Microsoft,2025Q2,12.6,33.1\n"
             "Alphabet,2025Q2,11.85,48.2\n"
             "Amazon,2025Q2,16.43,57.0\n```\n")
TERMINAL_TABLE = ("云厂商资本开支跟踪（虚构数据）\n\n"
                  "TICKER  CAL_Q    CAPEX_USDbn  CAPEX_YOY_%\n"
                  "MSFT    2025Q1          13.7         41.9\n"
                  "GOOGL   2025Q1          10.2         36.3\n"
                  "AMZN    2025Q1          15.8         52.4\n")


@pytest.mark.parametrize("text, capex, capex_usd, growth, growth_ratio", [
    (CSV_BLOCK, "12.6", 1.26e10, "48.2", 0.482),  # a CSV block, lower-case field names
    (TERMINAL_TABLE, "13.7", 1.37e10, "52.4", 0.524),  # a terminal table, upper case
])
def test_field_name_headers_give_their_columns_units(text, capex, capex_usd, growth, growth_ratio):
    r = _rows(text)
    assert r[capex][1:] == (capex_usd, "USD") and r[capex][0] == "capex"
    assert r[growth][1] == growth_ratio and r[growth][2] == "ratio"
