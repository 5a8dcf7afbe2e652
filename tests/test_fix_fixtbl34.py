"""Tables whose header cells are machine field names (a CSV export pasted in a report, a terminal
table): the unit closes the field name after an underscore (``capex_usd_bn``, ``CAPEX_USDbn``,
``yoy_pct``, ``CAPEX_YOY_%``) where a report would bracket it (``资本开支（十亿美元）``).

Every example is invented (the firms and figures are made up).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

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


def test_csv_block_with_field_name_headers():
    text = ("云厂商资本开支跟踪（虚构数据）\n\n```\n"
            "company,calendar_quarter,capex_usd_bn,yoy_pct\n"
            "Microsoft,2025Q2,12.6,33.1\n"
            "Alphabet,2025Q2,11.85,48.2\n"
            "Amazon,2025Q2,16.43,57.0\n```\n")
    r = _rows(text)
    assert r["12.6"][1:] == (1.26e10, "USD") and r["12.6"][0] == "capex"
    assert r["48.2"][1] == 0.482 and r["48.2"][2] == "ratio"


def test_terminal_table_with_upper_case_field_names():
    text = ("云厂商资本开支跟踪（虚构数据）\n\n"
            "TICKER  CAL_Q    CAPEX_USDbn  CAPEX_YOY_%\n"
            "MSFT    2025Q1          13.7         41.9\n"
            "GOOGL   2025Q1          10.2         36.3\n"
            "AMZN    2025Q1          15.8         52.4\n")
    r = _rows(text)
    assert r["13.7"][1:] == (1.37e10, "USD") and r["13.7"][0] == "capex"
    assert r["52.4"][1] == 0.524 and r["52.4"][2] == "ratio"
