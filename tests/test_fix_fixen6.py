"""English deal newsletters (invented texts): deal, stake, funding and share-move wording, an
English caption's unit with a note, and place adjectives before a firm's name."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.names import find_unknown_names
from aigc_analysis.extract.quantities import find_unit_labels

PUB = dt.date(2025, 12, 28)
HEAD = "AI Deals Weekly | Issue No. 19\nDec. 28, 2025\n\n"


# ---- deal, stake and funding verbs ------------------------------------------------------------

def test_english_deal_verbs_give_valuation_facts():
    df = facts_of_text(HEAD + "Cisco agreed to buy Acme Robotics for $7.2bn in cash. "
                       "Orbit Systems paid $1.5bn for 40% of Nimbus Labs. "
                       "Helix closed its $6.5bn purchase of Quanta Data.", PUB)
    for text, value, unit in (("$7.2bn", 7.2e9, "USD"), ("$1.5bn", 1.5e9, "USD"), ("40%", 0.4, "ratio"),
                              ("$6.5bn", 6.5e9, "USD")):
        r = row_of(df, text)
        assert (r.theme, r.unit) == ("valuation", unit) and abs(r.value - value) < 1e-6 * value
    assert row_of(df, "40%").metric == "stake"


def test_english_stake_funding_and_listing():
    df = facts_of_text(HEAD + "Amazon invested $2bn in Anthropic, taking a stake of about 15%. "
                       "Kite Labs raised HK$4.35bn in its Hong Kong listing. "
                       "There were 214 AI-related transactions in November.", PUB)
    assert (row_of(df, "about 15%").theme, row_of(df, "about 15%").metric) == ("valuation", "stake")
    r = row_of(df, "HK$4.35bn")
    assert (r.theme, r.unit, r.value) == ("valuation", "HKD", 4.35e9)
    r = row_of(df, "214")
    assert (r.theme, r.unit, r.metric) == ("valuation", "count", "deal_count")


def test_english_share_moves_and_monthly_prices():
    df = facts_of_text(HEAD + "Helix shares jumped 22.8% on the news. Seats cost $30 a month.", PUB)
    r = row_of(df, "22.8%")
    assert (r.theme, r.metric, r.value) == ("valuation", "return", 0.228)
    r = row_of(df, "$30")
    assert (r.theme, r.metric, r.unit) == ("pricing", "price_per_user_per_month", "USD")


def test_english_deal_near_misses():
    # an issue number, a word count and a ranking are no facts; buyback is no buy
    df = facts_of_text(HEAD + "The newsletter runs to 2,418 words. Top 10 deals below.\n"
                       "Vega announced a $5bn buyback.", PUB)
    assert not df["text"].isin(["19", "2,418", "10"]).any()
    assert row_of(df, "$5bn").metric == "share_buyback_amount"


# ---- English caption with a note after its unit --------------------------------------------------

def test_caption_unit_with_unless_stated_note():
    assert [(u, m) for *_, m, u in find_unit_labels("TABLE 1 | Largest deals (US$ bn unless stated)")] \
        == [("USD", Decimal("1000000000"))]
    assert find_unit_labels("(RMB mn, unless otherwise noted)")[0][2:] == (Decimal("1000000"), "CNY")
    assert find_unit_labels("(unless stated)") == []  # a note alone is no unit
    assert find_unit_labels("(see note, unless stated)") == []


def test_table_under_english_caption_scales_its_cells():
    df = facts_of_text(HEAD + "TABLE 1 | Largest deals (US$ bn unless stated)\n"
                       "| Rank | Acquirer | Target | Date | Value |\n|---|---|---|---|---|\n"
                       "| 1 | Oracle | Pico AI | 2025-04-02 | 12.5 |\n", PUB)
    r = row_of(df, "12.5")
    assert (r.theme, r.unit, r.value, r.period) == ("valuation", "USD", 1.25e10, "2025-04-02")


# ---- place adjectives ------------------------------------------------------------------------------

def test_place_adjective_is_no_part_of_the_name():
    t = "Singapore-based Kite Labs raised $40mn. SoftBank-backed Orbit AI rose."
    assert [n.name for n in find_unknown_names(t)] == ["Kite Labs", "Orbit AI"]
    df = facts_of_text(HEAD + "Singapore-based Kite Labs raised $40mn in a Series A.", PUB)
    assert row_of(df, "$40mn").entity == "Kite Labs"


def test_place_adjective_near_misses():
    # no capitalised name after it: nothing; a hyphenated model name stays whole
    assert find_unknown_names("Singapore-based firms raised more. London-based The end.") == []
    assert [n.name for n in find_unknown_names("Zeta-9 Pro launched")] == ["Zeta-9 Pro"]


# ---- English month names written alone -------------------------------------------------------

def test_english_month_alone_after_a_lead_word():
    from aigc_analysis.extract.periods import find_periods
    pub = dt.date(2025, 12, 28)
    assert [p.value for p in find_periods("Vega sold Lumen to Arcadia for $3bn in April.", pub)] == ["2025-04"]
    assert [p.value for p in find_periods("Zeta AI raised $6.6bn in its September round.", pub)] == ["2025-09"]
    assert [p.value for p in find_periods("In October, Acme raised $400mn.", pub)] == ["2025-10"]
    # a month after the publication month is last year's, as for 11月
    assert [p.value for p in find_periods("Acme raised $2bn in November.", dt.date(2026, 1, 10))] == ["2025-11"]
    df = facts_of_text(HEAD + "Helix closed its $6.5bn purchase of Quanta Data on Dec. 24. "
                       "In October, Acme Labs raised $400mn.", PUB)
    assert row_of(df, "$400mn").period == "2025-10"  # not the day of the sentence before


def test_english_month_alone_near_misses():
    from aigc_analysis.extract.periods import find_periods
    pub = dt.date(2025, 12, 28)
    # the modal may, a firm named April, a month with its own day or year: no bare month
    assert find_periods("Analysts may raise targets.", pub) == []
    assert find_periods("April Capital rose 5%.", pub) == []
    assert [p.value for p in find_periods("in May 2024", pub)] == ["2024-05"]
    assert [p.value for p in find_periods("closed on March 3", pub)] == ["2025-03-03"]


# ---- English multiples of a valuation ----------------------------------------------------------

def test_english_multiples_of_a_valuation():
    df = facts_of_text(HEAD + "Zeta AI is now valued at $310bn, up 2.4x from $130bn. "
                       "That is roughly 2.9x the $6.9bn valuation of its rival.", PUB)
    for text, value in (("2.4x", 2.4), ("2.9x", 2.9)):
        r = row_of(df, text)
        assert (r.theme, r.unit, r.value, r.metric) == ("valuation", "multiple", value, "valuation_multiple")


def test_buy_rating_is_no_deal():
    # Buy alone is a broker's rating: the target price after it stays a target price
    df = facts_of_text(HEAD + "Rating: Buy, TP $50. Acme agreed to buy Orbit Labs for $1.2bn.", PUB)
    assert row_of(df, "$1.2bn").metric == "acquisition_amount"
    assert not (df["metric"] == "acquisition_amount").sum() > 1
