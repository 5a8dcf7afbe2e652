"""Voucher figures in a policy digest (no plan of its own): a sentence naming a 算力券 or 模型券
makes its pool, subsidy ratio and per-firm cap price terms (SCHEMA files compute vouchers under
pricing); a subsidy with no voucher in its sentence stays no fact.

Every example is invented (青州市 and 白沙市 are in no report).
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _rows(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of(text)
    return {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}


def test_compute_voucher_pool_ratio_and_cap_are_pricing():
    r = _rows("青州市算力券年度总额3亿元，补贴比例最高60%，单家企业上限800万元。")
    assert r["3亿元"][0] == r["60%"][0] == r["800万元"][0] == "pricing"
    assert r["60%"][1] == "subsidy_rate"
    assert r["800万元"][1] == "subsidy_cap_per_firm"


def test_model_voucher_claims_the_ratio_after_it():
    r = _rows("白沙市“模型券”总额2亿元，对中小企业调用大模型的费用给予最高40%补贴，单家上限150万元。")
    assert r["2亿元"][0] == r["40%"][0] == r["150万元"][0] == "pricing"
    assert r["40%"][1] == "subsidy_rate"


def test_a_subsidy_without_a_voucher_states_only_its_caps():
    # round 40: a cap on a policy's support is a pricing term (test_fixsilent40.py), no voucher
    f = facts_of("对企业给予最高30%的补贴，单个企业补贴不超过1000万元。")
    assert sorted(f["metric"]) == ["subsidy_cap", "subsidy_rate"]
    assert set(f["theme"]) == {"pricing"}


def test_a_price_change_the_voucher_brings_stays_a_price_change():
    f = facts_of("算力券按青州市50%的补贴比例计算，企业实际负担的算力单价可降低一半。")
    row = f[f["text"] == "降低一半"]
    assert list(row["metric"]) == ["price_change"]
