"""A battery of invented English sentences and clauses inside Chinese reports (bilingual
newsletters, quoted press releases, earnings-call quotes, wire headlines), each with the value,
unit, theme, period and entity the SCHEMA gives it for one publication day.

The forms fixed here: a funding round named by the English noun alone (a €2bn round), the plural
capital expenditures, English prices and price cuts, and an English cut verb whose size follows
a later ``by`` (cut API prices by 50%, slashed ... by up to 80%) or a fall word with ``by`` before
its size (fell by 12%). Forms left out of scope are xfail(strict) with the reason."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import assert_battery_row, facts_of

PUBLISHED = dt.date(2025, 11, 20)
HEAD = "2025年11月20日 某证券研究所 AI行业周报（中英双语）\n"


def _out(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, theme, entity, value, unit, period)
BATTERY = [
    # funding rounds named by the noun alone
    ('据路透社报道："Mistral AI completed a €2bn round in 3Q25."', "valuation", "Mistral", 2e9, "EUR", "2025Q3"),
    ("Cohere closed a $500 million round in August 2025.", "valuation", "Cohere", 5e8, "USD", "2025-08"),
    ("路透：Moonshot AI is in talks over a new round of $600 million.", "valuation", "Moonshot", 6e8, "USD", "2025-11"),
    ("SSI completed a $2bn funding round in 1Q25.", "valuation", "Safe Superintelligence", 2e9, "USD", "2025Q1"),
    ("Anthropic raised $2 billion at a $20 billion valuation in October 2025.", "valuation", "Anthropic", 2e10, "USD", "2025-10"),
    pytest.param("Anthropic raised $2 billion at a $20 billion valuation in October 2025.", "valuation", "Anthropic",
                 2e9, "USD", "2025-10", marks=_out("the month after the second amount is not carried back to the first")),
    ("xAI is raising $15 billion at a $230 billion valuation.", "valuation", "xAI", 2.3e11, "USD", "2025-11"),
    ("Perplexity raised $200 million at a $20 billion valuation in September.", "valuation", "Perplexity", 2e10, "USD", "2025-09"),
    # capex, singular and plural
    ('微软CFO表示："We expect capex of $80bn in FY2025."', "capex", "Microsoft", 8e10, "USD", "FY2025"),
    ("Meta expects 2026 capital expenditures of $70 billion.", "capex", "Meta", 7e10, "USD", "2026"),
    ("Meta expects 2026 capital expenditures of $70-72 billion.", "capex", "Meta", 7e10, "USD", "2026"),
    ("Amazon's capital expenditures rose 61% YoY in 3Q25.", "capex", "Amazon", 0.61, "ratio", "2025Q3"),
    ("Alphabet raised its 2025 capex guidance to $91-93 billion.", "capex", "Alphabet", 9.1e10, "USD", "2025"),
    # prices and price cuts
    ("OpenAI cut API prices by 50% in June 2025.", "pricing", "OpenAI", -0.5, "ratio", "2025-06"),
    ("DeepSeek cut its API prices by up to 75% during off-peak hours.", "pricing", "DeepSeek", -0.75, "ratio", ""),
    ("Google slashed Gemini API prices by 80% in 2025.", "pricing", "Gemini", -0.8, "ratio", "2025"),
    ("据外媒报道，Anthropic reduced prices for Claude by 60% in May 2025.", "pricing", "Claude", -0.6, "ratio", "2025-05"),
    ("Google announced a 50% price cut for Gemini 1.5 Flash.", "pricing", "Gemini 1.5 Flash", -0.5, "ratio", ""),
    ("OpenAI raised prices by 10% in 2025.", "pricing", "OpenAI", 0.1, "ratio", "2025"),
    ("GPT-4o mini costs $0.15 per million input tokens.", "pricing", "GPT-4o mini", 0.15, "USD", ""),
    # falls and rises written with by
    ("Global AI server shipments fell by 12% in 2025.", "market", None, -0.12, "ratio", "2025"),
    ("Intel's revenue was down by 6% YoY in 3Q25.", "earnings", "Intel", -0.06, "ratio", "2025Q3"),
    ("Nvidia's revenue rose by 62% YoY in 3Q25.", "earnings", "Nvidia", 0.62, "ratio", "2025Q3"),
    # earnings
    ("英伟达财报摘要：Revenue rose 35% YoY to $12.5bn in 3Q25.", "earnings", "Nvidia", 0.35, "ratio", "2025Q3"),
    ("英伟达财报摘要：Revenue rose 35% YoY to $12.5bn in 3Q25.", "earnings", "Nvidia", 1.25e10, "USD", "2025Q3"),
    ("Amazon's AWS revenue reached $33.0 billion in Q3 2025, up 20% year over year.", "earnings", "AWS", 3.3e10, "USD", "2025Q3"),
    ("Amazon's AWS revenue reached $33.0 billion in Q3 2025, up 20% year over year.", "earnings", "AWS", 0.2, "ratio", "2025Q3"),
    ("TSMC's revenue in October 2025 was NT$367.47 billion, up 16.9% year-on-year.", "earnings", "TSMC", 3.6747e11, "TWD", "2025-10"),
    ("TSMC's revenue in October 2025 was NT$367.47 billion, up 16.9% year-on-year.", "earnings", "TSMC", 0.169, "ratio", "2025-10"),
    ("OpenAI's annualized revenue hit $13 billion in August 2025.", "earnings", "OpenAI", 1.3e10, "USD", "2025-08"),
    ("SK Hynix posted operating profit of KRW 11.4 trillion in Q3 2025.", "earnings", "SK Hynix", 1.14e13, "KRW", "2025Q3"),
    ("Baidu's AI Cloud revenue rose 21% YoY to RMB 6.2 billion in Q3.", "earnings", "Baidu", 6.2e9, "CNY", "2025Q3"),
    pytest.param("Nvidia reported net income of $31.9 billion for the third quarter of fiscal 2026.", "earnings", "Nvidia",
                 3.19e10, "USD", "FY2026Q3", marks=_out("'the third quarter of fiscal 2026' is no period form yet")),
    pytest.param("Microsoft's Azure revenue grew 40% year-over-year in the September quarter.", "earnings", "Azure",
                 0.4, "ratio", "2025Q3", marks=_out("'the September quarter' is no period form yet")),
    pytest.param("Gross margin was 73.6%, down 1.4 percentage points from a year ago.", "earnings", None,
                 -0.014, "pp", "", marks=_out("English 'percentage points' is not read as pp")),
    pytest.param("「Our data center revenue was $51.2 billion, up 66% year-over-year,」黄仁勋在电话会上表示。", "earnings",
                 "Nvidia", 5.12e10, "USD", "", marks=_out("the speaker's firm after a quote is not its subject")),
    # adoption
    ("OpenAI CEO：ChatGPT now has 800 million weekly active users.", "adoption", "ChatGPT", 8e8, "count", "2025-11"),
    ("Google said Gemini has more than 650 million monthly active users.", "adoption", "Gemini", 6.5e8, "count", ""),
    ("Microsoft Copilot now has over 100 million monthly active users.", "adoption", "Copilot", 1e8, "count", "2025-11"),
    pytest.param("Claude usage grew 10x in 2025.", "adoption", "Claude", 10.0, "multiple", "2025",
                 marks=_out("bare English 'usage' has no metric row")),
    # parameters, compute, power
    ("The model has 405 billion parameters.", "parameters", None, 4.05e11, "count", ""),
    ("Llama 3.1 has 405 billion parameters, Meta said.", "parameters", "Llama 3.1", 4.05e11, "count", ""),
    ("Meta plans to build a 1GW data centre in Ohio by 2026.", "compute", "Meta", 1e9, "watts", "2026"),
    ("Nvidia shipped 1 million H20 chips to China in 2024.", "compute", "Nvidia", 1e6, "count", "2024"),
    pytest.param("Qwen3 was trained on 36 trillion tokens.", "compute", "Qwen3", 3.6e13, "count", "",
                 marks=_out("'trained on N tokens' has no training-data row")),
    pytest.param("Stargate will deliver 10 gigawatts of capacity by 2029.", "compute", "Stargate", 1e10, "watts",
                 "2029", marks=_out("spelt-out 'gigawatts' is not read as watts")),
    # valuation and investment
    ("CoreWeave shares fell 8.5% in 2025.", "valuation", "CoreWeave", -0.085, "ratio", "2025"),
    pytest.param("Nvidia's market cap topped $5 trillion on October 29, 2025.", "valuation", "Nvidia", 5e12, "USD",
                 "2025-10-29", marks=_out("a market cap's as-of date after the amount loses to the trading-day default")),
    pytest.param("SoftBank will invest $40 billion in OpenAI.", "valuation", "OpenAI", 4e10, "USD", "",
                 marks=_out("the English verb invest has no row (investor and investee sides need a rule)")),
    pytest.param("Microsoft will invest $80 billion in AI data centers in fiscal 2025.", "capex", "Microsoft", 8e10,
                 "USD", "FY2025", marks=_out("invest has no row and 'fiscal 2025' is read as a count of data centres")),
    # market
    ("The global AI chip market will reach $400 billion by 2027.", "market", None, 4e11, "USD", "2027"),
    pytest.param("The global AI chip market will reach $400 billion by 2027.", "market", "AI chip market", 4e11,
                 "USD", "2027", marks=_out("an English market phrase after 'The global' names no entity yet")),
    pytest.param("Global AI server shipments are expected to grow 24% in 2026, according to TrendForce.", "market",
                 "AI server", 0.24, "ratio", "2026", marks=_out("the English subject phrase names no entity yet")),
]


@pytest.mark.parametrize("text, theme, entity, value, unit, period", BATTERY)
def test_battery(text, theme, entity, value, unit, period):
    assert_battery_row(HEAD + text + "\n", PUBLISHED, theme, entity, value, unit, period)


@pytest.mark.parametrize("text, value", [
    ("After the price cuts, revenue grew by 30% in 2025.", 0.3),   # a cut word only in another clause
    ("Revenue rose by 15% in 2025 while prices were cut.", 0.15),  # a cut word after the size
    ("Intel cut its capex by 40% in 2025.", -0.4),
])
def test_by_is_a_fall_only_after_a_cut_verb(text, value):
    rows = facts_of(HEAD + text + "\n", PUBLISHED)
    ratios = rows[rows["unit"] == "ratio"]["value"].round(6).tolist()
    assert round(value, 6) in ratios and round(-value, 6) not in ratios, ratios


def test_round_is_no_word_inside_around():
    rows = facts_of(HEAD + "The company has around 3,000 employees.\n", PUBLISHED)
    assert not (rows["metric"] == "funding_amount").any()
