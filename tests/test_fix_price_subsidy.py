"""A subsidy on the price a buyer pays (a trade-in subsidy: 按售价15%补贴, 每件最高补贴500元) is a
pricing fact; so, since round 40, is a policy's cap on its support to firms (给予最高30%的补贴)."""
from __future__ import annotations

import pytest

from tests.text_facts import facts_of


def _row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["text", "theme", "metric"]].to_string()
    return rows.iloc[0]


def test_subsidy_as_a_share_of_the_price_and_per_unit_cap():
    f = facts_of("多地将扫地机器人纳入以旧换新补贴，补贴标准为售价的20%，每台最高补贴800元。")
    rate, cap = _row(f, "20%"), _row(f, "800元")
    assert (rate["theme"], rate["metric"], rate["value"]) == ("pricing", "subsidy_rate", pytest.approx(0.2))
    assert (cap["theme"], cap["metric"], cap["value"]) == ("pricing", "max_subsidy_per_unit", 800)


def test_subsidy_rate_after_the_price_word():
    f = facts_of("单价5000元以下的平板按零售价20%补贴。")
    assert _row(f, "20%")[["theme", "metric"]].tolist() == ["pricing", "subsidy_rate"]


def test_support_caps_to_firms_are_pricing_terms():
    # round 40: a policy's cap (最高30%, a cap per firm) is a term of what the programme pays, as
    # the gold files it in every triage set that states one (test_fixsilent40.py); a share of no
    # stated cap stays out
    f = facts_of("对企业算力采购给予最高30%的补贴，单个企业补贴不超过1000万元。")
    assert _row(f, "30%")[["theme", "metric"]].tolist() == ["pricing", "subsidy_rate"]
    assert _row(f, "不超过1000万元")[["theme", "metric"]].tolist() == ["pricing", "subsidy_cap"]
    assert facts_of("对企业算力采购给予补贴，补贴力度加大至30%。").empty


def test_a_later_share_is_no_subsidy_rate():
    # the subsidy's own term is no measure a parallel list in a later clause goes on with
    f = facts_of("多地将扫地机器人纳入以旧换新补贴，补贴标准为售价的20%，我们估算国补带动了约三成增量。")
    assert not ((f["metric"] == "subsidy_rate") & (f["text"] == "约三成")).any()
