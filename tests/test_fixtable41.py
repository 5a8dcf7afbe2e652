"""Bare markdown table cells whose unit only a header or caption gives (fixtable41).

SCHEMA "Tables": a bare cell under a header or caption that gives the unit is a fact. A figure
ending in ``.0`` alone in a markdown cell (``| 38.0 |`` under ``报价（万元/套）``) was dropped as
a version number before any table rule saw it: the walk up to the header row giving the unit
stepped over tab and blank-aligned rows only, and stopped at the first pipe row.

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

from aigc_analysis.extract.quantities import find_quantities


def test_point_zero_cell_under_a_markdown_unit_header_is_a_value():
    text = ("| 序号 | 产品 | 报价（万元/套） |\n|---|---|---|\n"
            "| 1 | 甲软件 | 27.0 |\n| 2 | 乙软件 | 31.5 |\n")
    assert "27.0" in [q.text for q in find_quantities(text)]


def test_point_zero_in_prose_stays_a_version():
    assert "2.0" not in [q.text for q in find_quantities("甲模型2.0发布，乙公司同步上线")]
