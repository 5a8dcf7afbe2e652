"""Themed views (aigc_analysis.tables.views): rows kept, unit-bearing columns, purity."""
import datetime as dt

import numpy as np
import pandas as pd
import pytest

from aigc_analysis.tables import views
from aigc_analysis.paths import FACT_COLUMNS, THEMES
from aigc_analysis.tables.schema import validate_view, view_columns
from helpers_facts import gold_facts

LEXICON = pd.DataFrame({
    "entity": ["Orca-9", "Vela"], "type": ["model", "model"],
    "aliases": ["orca9|ORCA 9", ""], "org": ["Oceanic Labs", "Sky Corp"],
    "tickers": ["", ""], "country": ["US", "CN"],
})
KW = {"parameters": {"entities": LEXICON}, "pricing": {"entities": LEXICON}}


def fact(**kw):
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(doc_id="r1.txt", entity="Acme", period="2024Q1", text="x1", start=0, end=2,
               publisher="某证券", published=dt.date(2024, 5, 1), is_estimate=False,
               value_high=np.nan)
    row.update(kw)
    return row


def frame(rows):
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))


MIXED = frame([
    fact(theme="capex", metric="capex", value=5e10, unit="USD"),
    fact(theme="capex", metric="capex", value=1.6e11, unit="CNY", entity="Telcos", period="2022H1"),
    fact(theme="capex", metric="capex_growth", value=0.35, unit="ratio"),
    fact(theme="capex", metric="capex_growth_change", value=0.26, unit="pp"),
    fact(theme="capex", metric="capex_payback", value=3, unit="years"),  # unknown to the view
    fact(theme="parameters", metric="parameters", value=7e10, unit="count", entity="ORCA 9", period=""),
    fact(theme="parameters", metric="parameters", value=1e9, unit="count", entity="Nobody-1", period=""),
    fact(theme="pricing", metric="price_change", value=-1.0, unit="ratio", entity="Vela"),
    fact(theme="pricing", metric="price_change", value=-0.5, unit="ratio", entity="Orca-9"),
    fact(theme="pricing", metric="input_price_per_1k_tokens", value=0.0008, unit="CNY", entity="Vela"),
    fact(theme="pricing", metric="output_price_per_1m_tokens", value=15, unit="USD", entity="Orca-9"),
    fact(theme="pricing", metric="price", value=2, unit="CNY", entity="Vela", per="千tokens"),
    fact(theme="pricing", metric="subscription_price", value=20, unit="USD", entity="Vela"),
    fact(theme="valuation", metric="index_return", value=0.67, unit="ratio", entity="Index A"),
    fact(theme="valuation", metric="max_drawdown", value=-0.2, unit="ratio", entity="Index A"),
    fact(theme="valuation", metric="pe_ratio", value=35, unit="multiple"),
    fact(theme="valuation", metric="stake", value=0.49, unit="ratio"),
    fact(theme="valuation", metric="investment_amount", value=1e10, unit="USD"),
    fact(theme="earnings", metric="net_profit", value=2.86e8, value_high=3.82e8, unit="CNY"),
    fact(theme="earnings", metric="net_profit_growth_qoq", value=-0.22, value_high=-0.64, unit="ratio"),
    fact(theme="earnings", metric="revenue_growth", value=0.1, unit="ratio"),
    fact(theme="adoption", metric="paid_users", value=1.8e6, unit="count"),
    fact(theme="adoption", metric="usage_growth", value=10, unit="multiple"),
    fact(theme="adoption", metric="traffic_growth_mom", value=-0.097, unit="ratio"),
    fact(theme="adoption", metric="time_to_100m_mau", value=2.5, unit="years"),
    fact(theme="market", metric="market_size", value=1e12, unit="CNY", period="2030"),
    fact(theme="market", metric="market_share", value=0.3, unit="ratio"),
    fact(theme="market", metric="technology_gap", value=6, unit="months"),
    fact(theme="compute", metric="gpu_demand", value=2e4, unit="count"),
    fact(theme="compute", metric="training_data_size", value=4.5e13, unit="bytes"),
    fact(theme="compute", metric="chip_doubling_time", value=1.5, unit="years"),
    fact(theme="compute", metric="compute_growth", value=10, unit="multiple"),
    fact(theme="compute", metric="chip_spend", value=1e9, unit="HKD"),  # unknown currency here
])


def run(name, facts):
    return views.VIEWS[name](facts, **KW.get(name, {}))


@pytest.mark.parametrize("name", THEMES)
def test_every_fact_of_the_theme_is_kept(name):
    out = run(name, MIXED)
    assert len(out) == (MIXED["theme"] == name).sum()
    assert sorted(out["text"] + out["metric"]) == sorted(
        MIXED.loc[MIXED["theme"] == name, "text"] + MIXED.loc[MIXED["theme"] == name, "metric"])
    assert tuple(out.columns[: len(view_columns(name))]) == view_columns(name)
    validate_view(name, out)


@pytest.mark.parametrize("name", THEMES)
def test_views_do_not_mutate_input(name):
    facts = MIXED.copy(deep=True)
    run(name, facts)
    pd.testing.assert_frame_equal(facts, MIXED)


@pytest.mark.parametrize("name", THEMES)
def test_missing_columns_fail_loudly(name):
    with pytest.raises(ValueError, match=r"missing columns \['unit'\]"):
        run(name, MIXED.drop(columns=["unit"]))


def test_not_a_frame_fails():
    with pytest.raises(TypeError, match="DataFrame"):
        views.capex([1, 2])


def test_empty_theme_gives_empty_view_with_columns():
    out = views.capex(MIXED.loc[MIXED["theme"] == "market"])
    assert out.empty and tuple(out.columns[: len(view_columns("capex"))]) == view_columns("capex")


def by_metric(out, metric, entity=None):
    sel = out["metric"] == metric
    if entity is not None:
        sel &= out["entity"] == entity
    rows = out.loc[sel]
    assert len(rows) == 1, (metric, entity, len(rows))
    return rows.iloc[0]


def test_capex_columns():
    out = views.capex(MIXED)
    assert by_metric(out, "capex", "Acme")["capex_usd"] == 5e10
    assert np.isnan(by_metric(out, "capex", "Acme")["capex_cny"])
    assert by_metric(out, "capex", "Telcos")["capex_cny"] == 1.6e11
    assert by_metric(out, "capex_growth")["capex_growth_ratio"] == 0.35
    assert by_metric(out, "capex_growth_change")["capex_growth_change_pp"] == 0.26
    unknown = by_metric(out, "capex_payback")
    assert unknown["measure"] == "value" and unknown["value"] == 3 and unknown["unit"] == "years"
    assert by_metric(out, "capex", "Acme")["year"] == 2024
    for col in ("doc_id", "publisher", "published", "text", "start", "end"):
        assert col in out.columns


def test_parameters_organisation_from_lexicon_with_alias_and_unknown():
    out = views.parameters(MIXED, entities=LEXICON)
    orca = out.loc[out["model"] == "ORCA 9"].iloc[0]
    assert orca["organisation"] == "Oceanic Labs" and orca["parameters_count"] == 7e10
    assert pd.isna(out.loc[out["model"] == "Nobody-1", "organisation"].iloc[0])
    assert out["year"].isna().all()


def test_parameters_lexicon_without_org_column_fails():
    with pytest.raises(ValueError, match="missing column 'org'"):
        views.parameters(MIXED, entities=LEXICON.drop(columns=["org"]))


def test_pricing_normalises_to_per_million_tokens():
    out = views.pricing(MIXED, entities=LEXICON)
    per_1k = by_metric(out, "input_price_per_1k_tokens")
    assert per_1k["price_cny_per_mtok"] == pytest.approx(0.8)
    assert per_1k["price_side"] == "input" and per_1k["vendor"] == "Sky Corp"
    assert by_metric(out, "output_price_per_1m_tokens")["price_usd_per_mtok"] == 15
    assert by_metric(out, "price")["price_cny_per_mtok"] == pytest.approx(2000)  # per 千tokens
    sub = by_metric(out, "subscription_price")  # no token volume: stays generic
    assert sub["measure"] == "value" and np.isnan(sub["price_usd_per_mtok"])
    assert by_metric(out, "price_change", "Vela")["price_direction"] == "free"
    assert by_metric(out, "price_change", "Orca-9")["price_direction"] == "cut"
    assert pd.isna(by_metric(out, "output_price_per_1m_tokens")["price_direction"])


def test_valuation_columns():
    out = views.valuation(MIXED)
    assert by_metric(out, "index_return")["return_ratio"] == 0.67
    assert by_metric(out, "max_drawdown")["drawdown_ratio"] == -0.2
    assert by_metric(out, "pe_ratio")["multiple"] == 35
    assert by_metric(out, "stake")["stake_ratio"] == 0.49
    assert by_metric(out, "investment_amount")["amount_usd"] == 1e10


def test_earnings_ranges_and_growth_basis():
    out = views.earnings(MIXED)
    profit = by_metric(out, "net_profit")
    assert (profit["amount_cny"], profit["amount_cny_high"]) == (2.86e8, 3.82e8)
    qoq = by_metric(out, "net_profit_growth_qoq")
    assert (qoq["growth_ratio"], qoq["growth_ratio_high"]) == (-0.22, -0.64)
    assert (qoq["base_metric"], qoq["growth_basis"]) == ("net_profit", "qoq")
    assert by_metric(out, "revenue_growth")["growth_basis"] == "yoy"
    assert pd.isna(profit["growth_basis"])


def test_adoption_market_compute_units():
    ad = views.adoption(MIXED)
    assert by_metric(ad, "paid_users")["users_count"] == 1.8e6
    assert by_metric(ad, "usage_growth")["growth_multiple"] == 10
    assert by_metric(ad, "traffic_growth_mom")["growth_basis"] == "mom"
    assert by_metric(ad, "time_to_100m_mau")["duration_months"] == 30
    mk = views.market(MIXED)
    assert by_metric(mk, "market_size")["market_size_cny"] == 1e12
    assert by_metric(mk, "market_share")["share_ratio"] == 0.3
    assert by_metric(mk, "technology_gap")["duration_years"] == 0.5
    assert by_metric(mk, "market_size")["market"] == "Acme"
    co = views.compute(MIXED)
    assert by_metric(co, "gpu_demand")["count"] == 2e4
    assert by_metric(co, "training_data_size")["data_bytes"] == 4.5e13
    assert by_metric(co, "chip_doubling_time")["duration_months"] == 18
    assert by_metric(co, "chip_spend")["measure"] == "value"


def test_extra_columns_pass_through():
    facts = MIXED.assign(plausibility="ok")
    out = views.parameters(facts, entities=LEXICON)
    assert out.columns[-1] == "plausibility" and (out["plausibility"] == "ok").all()


def test_deterministic_order():
    a = views.capex(MIXED)
    b = views.capex(MIXED.iloc[::-1])
    pd.testing.assert_frame_equal(a, b)


def test_view_dispatch():
    pd.testing.assert_frame_equal(views.view("capex", MIXED), views.capex(MIXED))
    with pytest.raises(KeyError, match="unknown view"):
        views.view("weather", MIXED)


# --- on the gold-derived facts -------------------------------------------------------------

GOLD = gold_facts()


@pytest.mark.parametrize("name", THEMES)
def test_gold_views_keep_every_row(name):
    out = run(name, GOLD)
    assert len(out) == (GOLD["theme"] == name).sum() > 0
    validate_view(name, out)


def test_gold_capex_values():
    out = views.capex(GOLD)
    big4 = out.loc[(out["entity"] == "Big-4 US cloud providers") & (out["period"] == "2024Q1")]
    assert big4["capex_usd"].dropna().tolist() == [44350000000.0]
    assert big4["capex_growth_change_pp"].dropna().tolist() == [0.26]


def test_gold_parameters_log_range():
    out = views.parameters(GOLD, entities=LEXICON)
    assert out["parameters_count"].min() == 6.4e8 and out["parameters_count"].max() == 5.4e11
    assert (out["measure"] == "parameters_count").all()
