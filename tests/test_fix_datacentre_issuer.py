"""A data-centre issuer's own projects and fleet (invented texts, made-up firms), Simplified
and Traditional: racks planned and in operation, computing capacity written PFlops, rack
occupancy and the debt-to-asset ratio; near-misses stay as they were."""
import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 28)
ISSUER = "Yuechuan"
TITLE = "岳川数据科技股份有限公司2025年年度报告摘要\n\n"
BODY = {
    "simplified": "公司规划机柜3,000架、算力4,000PFlops。\n截至2025年末公司在运营机柜2.1万架，上架率78.5%。报告期末公司资产负债率58.3%。\n",
    "traditional": "公司規劃機櫃3,000架、算力4,000PFlops。\n截至2025年末公司在運營機櫃2.1萬架，上架率78.5%。報告期末公司資產負債率58.3%。\n",
}


@pytest.mark.parametrize("script", list(BODY))
def test_issuer_racks_compute_occupancy_and_leverage(script):
    df = facts_of_text(TITLE + BODY[script], PUB)
    want = {"3,000": ("compute", "planned_racks", 3000, "count"),
            "4,000PFlops": ("compute", "computing_capacity", 4e18, "flops"),
            "78.5%": ("compute", "rack_occupancy_rate", 0.785, "ratio"),
            "58.3%": ("earnings", "debt_to_asset_ratio", 0.583, "ratio")}
    want["2.1万" if script == "simplified" else "2.1萬"] = ("compute", "racks_in_operation", 21000, "count")
    for text, (theme, metric, value, unit) in want.items():
        r = row_of(df, text)
        assert (r["entity"], r["theme"], r["metric"], r["unit"]) == (ISSUER, theme, metric, unit), text
        assert r["value"] == pytest.approx(value), text
    assert row_of(df, "58.3%")["period"] == "2025"


@pytest.mark.parametrize("text,value", [("4,000PFlops", 4e18), ("2.5EFlops", 2.5e18), ("300 PFlops", 3e17),
                                        ("4000PFLOPS", 4e18), ("10 Pflops", 1e16)])
def test_flops_in_any_case(text, value):
    qs = find_quantities("算力" + text)
    assert [(q.text, q.unit) for q in qs] == [(text, "flops")] and qs[0].value == pytest.approx(value)


def test_near_misses():
    # a word going on after the letters is no unit; racks without a keyword are no rack count
    assert [q.unit for q in find_quantities("算力4000PFlopsX")] != ["flops"]
    df = facts_of_text(TITLE + "第三节 经营情况讨论与分析\n□适用 √不适用\n公司共有员工1,234人。\n", PUB)
    assert not df["metric"].isin(["planned_racks", "racks_in_operation", "debt_to_asset_ratio"]).any()
