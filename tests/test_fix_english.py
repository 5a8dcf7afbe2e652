"""English broker prose extracted from PDF (invented texts): subjects named in English,
forecast years with E, footnote marks and English figure tables."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text, row_of as _row

PUB = dt.date(2025, 11, 20)
HEAD = "Baidu (9888 HK): initiating coverage\n"



# ---- 1. subjects in English prose ------------------------------------------------------------

def test_place_noun_phrase_is_the_subject():
    df = facts_of_text(HEAD + "We size China's MaaS market at RMB15.2bn in 2025E. "
                       "We expect inference to account for c.55% of China AI compute demand in 2026E. "
                       "The average list price of China flagship LLM APIs fell c.80% in 2025. "
                       "Global AI server shipments should reach 2.4mn units in 2026.", PUB)
    assert entity_of(df, "RMB15.2bn") == "China MaaS market"
    assert entity_of(df, "c.55%") == "China AI compute demand"
    assert entity_of(df, "fell c.80%") == "China flagship LLM APIs"


def test_place_alone_is_the_subject_of_an_aggregate():
    df = facts_of_text(HEAD + "Daily token consumption in China surpassed 25tn in Mar-2025. "
                       "China's daily token usage hit 40tn by Jun-2025.", PUB)
    assert entity_of(df, "25tn") == "China"
    assert entity_of(df, "40tn") == "China"


def test_possessive_company_is_the_subject():
    df = facts_of_text(HEAD + "Tencent's 3Q25 capex was RMB12.1bn.", PUB)
    assert entity_of(df, "RMB12.1bn") == "Tencent"


def test_english_subject_near_misses():
    # a firm named in the clause keeps the figure; a company's own revenue in a place stays the
    # company's; a place with no head noun names no phrase
    df = facts_of_text(HEAD + "Tencent's daily token usage in China hit 9tn in Sep-2025.", PUB)
    assert entity_of(df, "9tn") == "Tencent"
    df = facts_of_text(HEAD + "Revenue in China rose 20% in 2025. Baidu's revenue was RMB30.0bn in 3Q25.", PUB)
    assert entity_of(df, "20%") == "Baidu"
    assert entity_of(df, "RMB30.0bn") == "Baidu"
    # Chinese notes unchanged
    df = facts_of_text("百度深度报告\n中国MaaS市场规模达到152亿元。", PUB)
    assert entity_of(df, "152亿元") == "China MaaS market"


# ---- 2. forecast years with E ------------------------------------------------------------------

def test_forecast_years_with_e_are_periods():
    df = facts_of_text(HEAD + "We size China's MaaS market at RMB15.2bn in 2025E. "
                       "By 2028E the MaaS market should reach RMB97.0bn. Users grew 35% in 2025.", PUB)
    assert _row(df, "RMB15.2bn").period == "2025"
    r = _row(df, "RMB97.0bn")
    assert (r.period, r.entity) == ("2028", "Baidu")  # By 2028E is no model name
    assert _row(df, "35%").period == "2025"
    assert not (df["text"] == "2025").any()  # a year closing the clause is no number


def test_forecast_year_near_misses():
    # a model with a version number stays a name; a year before a decimal is no period word
    from aigc_analysis.extract.names import find_unknown_names
    assert [n.name for n in find_unknown_names("Zeta-9 Pro 2026 launched")][:1] == ["Zeta-9 Pro"]
    assert [n.name for n in find_unknown_names("By 2028E the market")] == []
    df = facts_of_text(HEAD + "The fund holds 2025 GPUs.", PUB)
    assert "2025" not in set(df["period"])


# ---- 3. footnote marks of PDF text ------------------------------------------------------------

def test_footnote_marks_are_no_numbers():
    df = facts_of_text(HEAD + "Cloud revenue was down 24% yoy3, on GPU supply. Capex was at c.RMB160bn.4 "
                       "Paying users grew 35%5, driven by agents, which offset it.2 Users reached 12mn in 3Q25.", PUB)
    assert set(df["text"]) == {"down 24%", "c.RMB160bn", "35%", "12mn"}, df[["text", "metric"]].to_string()
    assert _row(df, "c.RMB160bn").value == 1.6e11
    assert _row(df, "12mn").period == "2025Q3"  # the sentence after a footnote mark is its own


def test_footnote_near_misses():
    # a version (3.5), a rank after an abbreviation (No.2) and Chinese text keep their numbers
    from aigc_analysis.extract.segment import split_sentences
    t = "版本3.5 Pro发布，收入增长5%"
    assert len(split_sentences(t)) == 1
    t = "See Fig.2 Revenue rose"
    assert len(split_sentences(t)) == 1
    df = facts_of_text(HEAD + "Revenue grew 35% in 2025 to RMB12.5bn. 公司收入增长12%。", PUB)
    assert {"35%", "RMB12.5bn", "12%"} <= set(df["text"])


# ---- 4. English figure tables ---------------------------------------------------------------

def _table(caption, header, values):
    return facts_of_text(HEAD + "We like the sector.\n" + caption + "\n" + header + "\n" + values + "\nSource: company data\n", PUB)


def test_english_figure_table_with_caption_unit():
    df = _table("Figure 7: China MaaS market size (RMB bn)", "2024      2025E      2026E      2028E",
                "7.1       18.6       37.5       97.0")
    got = df[["text", "entity", "metric", "value", "unit", "period"]].values.tolist()
    assert got == [["7.1", "China MaaS market", "market_size", 7.1e9, "CNY", "2024"],
                   ["18.6", "China MaaS market", "market_size", 1.86e10, "CNY", "2025"],
                   ["37.5", "China MaaS market", "market_size", 3.75e10, "CNY", "2026"],
                   ["97.0", "China MaaS market", "market_size", 9.7e10, "CNY", "2028"]]


def test_english_figure_table_other_units():
    df = _table("Figure 3: Global AI capex (US$ mn)", "2024      2025E", "120.5     180.0")
    assert _row(df, "120.5").value == 1.205e8 and _row(df, "120.5").unit == "USD"
    df = _table("Figure 9: China AI compute demand, inference share (%)", "2024      2025E      2026E", "35       45       55")
    r = _row(df, "35")
    assert (r.entity, r.metric, r.value, r.period) == ("China AI compute demand", "inference_share", 0.35, "2024")
    df = _table("Figure 8: Global AI server shipments (mn units)", "2024      2025E", "1.2       1.8")
    assert _row(df, "1.2").value == 1.2e6


def test_english_figure_table_near_misses():
    from aigc_analysis.extract.quantities import find_quantities, find_unit_labels
    # a numbered heading and a lone number opening a line are still no values
    assert find_quantities("x\n7.1 Market overview\n") == []
    assert find_quantities("x\n12\n") == []
    # a bracketed letter is a panel, not billions, unless 单位 says so
    assert find_unit_labels("Figure 2 (B)") == []
    # a labelled row keeps its own subject; Chinese tables read as before
    df = _table("Figure 7: China MaaS market size (RMB bn)", "          2024      2025E",
                "Tencent   7.1       18.6")
    assert entity_of(df, "7.1") == "Tencent"
    df = facts_of_text("开云科技深度报告\n图7：中国MaaS市场规模（亿元）\n2024      2025E\n71       186\n资料来源：公司\n", PUB)
    assert _row(df, "71").value == 7.1e9 and entity_of(df, "71") == "China MaaS market"
