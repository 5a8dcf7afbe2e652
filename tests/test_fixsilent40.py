"""Figures a subsidy word silenced (round 40, invented texts; the places, bodies and figures are
made up).

- A sum a programme has granted, named by its own keyword (资助金额, 资助总额), is a claim
  (capex ``grant``), not a policy's offer; so is money a government allots (拨出) or a budget sets
  aside (预算中预留).
- Outside a place's own plan, a subsidy's cap or its amount per recipient (每家最高, 每人, 上限,
  不超过) is a price term the programme pays (pricing ``subsidy_cap`` / ``subsidy``); a pool of
  support money (补助资金) keeps its capex reading. A cap stated with the base it is a share of
  (按研发投入的15%给予最高…), a cap per project (filed both ways by the gold) and a subsidy
  figure with no term of its own stay no fact, as before.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


def test_granted_total_is_capex_grant():
    r = _rows("青禾科技基金今年上半年共批出人工智能资助项目38个，资助金额合共约0.96亿元。\n")
    assert r.get("约0.96亿元") == ("capex", "grant", 9.6e7, "CNY"), r


def test_granted_total_in_traditional_script():
    r = _rows("人才局表示，本年度涉及資助總額約1.85億港元，用於支持人工智能企業聘用研發人員。\n")
    assert r.get("約1.85億港元") == ("capex", "grant", 1.85e8, "HKD"), r


def test_budget_set_aside_is_government_funding():
    r = _rows("局长宣布，政府已在本年度财政预算中预留4亿元，用于人工智能算力平台建设。\n")
    assert r.get("4亿元") == ("capex", "government_funding", 4e8, "CNY"), r


def test_cap_per_firm_beside_subsidy_is_pricing():
    r = _rows("为推动中小企业导入人工智能，主管部门将提供每家最高300万元的补贴。\n")
    assert r.get("300万元") == ("pricing", "subsidy_cap", 3e6, "CNY"), r


def test_amount_per_person_beside_subsidy_is_pricing():
    r = _rows("对新招聘算法工程师的企业，按每人5000元给予一次性补贴。\n")
    assert r.get("5000元") == ("pricing", "subsidy", 5000.0, "CNY"), r


def test_support_pool_stays_capex():
    r = _rows("今年市级财政安排人工智能补助资金2.5亿元。\n")
    assert r.get("2.5亿元") == ("capex", "government_funding", 2.5e8, "CNY"), r


def test_support_formula_with_base_stays_out():
    r = _rows("对通过备案的大模型，按研发投入的15%给予最高800万元补助。\n")
    assert "最高800万元" not in r and "800万元" not in r, r
    assert "15%" not in r, r


def test_bare_subsidy_share_stays_out():
    r = _rows("人工智能企业可获补贴，补贴力度加大至30%。\n")
    assert "30%" not in r, r


def test_cap_per_firm_wins_over_an_earlier_pool_keyword():
    r = _rows("相关经费编列12.8亿元。另为鼓励中小企业导入人工智能，主管部门将提供每家最高200万元的补贴。\n")
    assert r.get("200万元") == ("pricing", "subsidy_cap", 2e6, "CNY"), r


def test_cap_per_project_stays_out():
    # the gold files a per-project cap as pricing in one set and capex in another: no reading
    r = _rows("人工智能资助计划：单一项目资助上限为2,500万港元。\n")
    assert not any("2,500万港元" in t for t in r), r


def test_granted_total_keyword_of_an_earlier_clause_names_no_cap():
    r = _rows("科技基金今年共批出人工智能资助项目46个，资助金额合共约1.1亿元，单一项目资助上限为500万元。\n")
    assert r.get("约1.1亿元") == ("capex", "grant", 1.1e8, "CNY"), r
    assert "500万元" not in r, r
