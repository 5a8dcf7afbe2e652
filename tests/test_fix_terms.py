"""IPO terms, software contract-value metrics and English broker prose (invented texts)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.segment import split_sentences
from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2025, 11, 20)



def _periods(text):
    return [(p.text, p.value) for p in find_periods(text, PUB)]


# ---- 1. IPO terms ----------------------------------------------------------------------------

def test_ipo_terms_simplified():
    df = facts_of_text("松涛智能港股IPO点评\n松涛智能本次发行价为每股38港元，全球发售4,200万股。"
                       "公开发售部分超额认购650倍。公司上市首日收涨18.4%。基石投资者禁售期6个月。", PUB)
    assert _row(df, "38港元")[["theme", "metric", "unit"]].tolist() == ["valuation", "ipo_price", "HKD"]
    r = _row(df, "4,200万")
    assert (r.theme, r.metric, r.value) == ("valuation", "shares_offered", 4.2e7)
    r = _row(df, "650倍")
    assert (r.theme, r.metric, r.unit, r.value) == ("valuation", "oversubscription", "multiple", 650)
    r = _row(df, "18.4%")
    assert (r.theme, r.metric) == ("valuation", "first_day_return")
    r = _row(df, "6个月")
    assert (r.theme, r.metric, r.unit, r.value) == ("valuation", "lockup_period", "months", 6)


def test_ipo_terms_traditional():
    df = facts_of_text("松濤智能發售2,500萬股，公開發售超額認購約410倍，上市首日收跌7.5%。", PUB)
    assert _row(df, "2,500萬").metric == "shares_offered"
    assert _row(df, "約410倍").metric == "oversubscription"
    r = _row(df, "跌7.5%")
    assert (r.metric, r.value) == ("first_day_return", -0.075)


def test_ipo_near_misses():
    # a cornerstone subscription in money stays the cornerstone investment; a launch-day download
    # count is no IPO term; a small count after 发售 is no share count
    df = facts_of_text("松涛智能基石投资者认购约1.2亿港元。某应用上线首日下载量突破100万次。", PUB)
    assert _row(df, "约1.2亿港元").metric == "cornerstone_investment"
    assert _row(df, "100万").theme == "adoption"
    df = facts_of_text("松涛智能发售3款新品。", PUB)
    assert not (df["metric"] == "shares_offered").any()


# ---- 2. contract value of software companies -------------------------------------------------

def test_annual_contract_value_is_earnings():
    df = facts_of_text("星瀚软件三季度业绩点评\n星瀚软件旗下Copilot Pro年化合同价值（ACV）突破3亿美元。"
                       "剩余履约义务（RPO）为410亿美元。", PUB)
    r = _row(df, "3亿美元")
    assert (r.theme, r.metric) == ("earnings", "annual_contract_value")
    assert _row(df, "410亿美元").metric == "remaining_performance_obligations"
    df = facts_of_text("Starhan Software: ACV reached US$300m, cRPO of US$9.5bn.", PUB)
    assert _row(df, "US$300m").metric == "annual_contract_value"
    assert _row(df, "US$9.5bn").metric == "current_remaining_performance_obligations"


def test_compute_contract_near_miss():
    # a purchase of compute stays a capex commitment
    df = facts_of_text("星瀚软件与某云厂商签订300亿美元算力合同。", PUB)
    assert _row(df, "300亿美元").theme == "capex"


# ---- 3. English prose of broker notes ---------------------------------------------------------

def test_english_full_stop_ends_a_sentence():
    t = "Capex was RMB9.0bn in 2Q25. We expect c. 50% growth vs. 2024 in the U.S. Market."
    got = [t[s.start:s.end].strip() for s in split_sentences(t)]
    assert got == ["Capex was RMB9.0bn in 2Q25", "We expect c. 50% growth vs. 2024 in the U.S. Market."]
    # a decimal point, and a Chinese sentence after a Latin name, do not end a sentence
    t = "收入13.5亿元，GPT-4. 此外增长5%"
    assert len(split_sentences(t)) == 1


def test_english_periods():
    assert _periods("usage hit 12tn in Mar-2025, from Sep-24 and Jun'25") == [
        ("Mar-2025", "2025-03"), ("Sep-24", "2024-09"), ("Jun'25", "2025-06")]
    assert _periods("to reach RMB50bn by 2027, from RMB9bn in 2024.") == [("2027", "2027"), ("2024", "2024")]
    assert _periods("capex of RMB200bn over FY26-28") == [("FY26-28", "FY2026/FY2028")]
    # near misses: a decimal and a thousands group are numbers, a bare year before a comma
    # with no English word before it is not read
    assert _periods("价格2025.5元，共2,025台") == []
    assert _periods("models 2048, 4096") == []


def test_english_metrics_and_periods_after_the_number():
    df = facts_of_text(
        "China AI weekly\nChina's daily token consumption reached 18tn in Sep-2025, up from c.60bn in Feb-2024. "
        "We forecast the AIDC market to reach RMB80.0bn by 2029 from RMB21.5bn in 2025. "
        "Baidu's capex was RMB5.2bn in 3Q25. We expect inference to account for c.55% of compute demand by 2027. "
        "Tencent committed RMB150bn of capex over FY26-28.", PUB)
    r = _row(df, "18tn")
    assert (r.theme, r.metric, r.period) == ("adoption", "daily_tokens", "2025-09")
    assert _row(df, "c.60bn").period == "2024-02"
    r = _row(df, "RMB80.0bn")
    assert (r.theme, r.metric, r.period) == ("market", "market_size", "2029")
    assert _row(df, "RMB21.5bn").period == "2025"
    r = _row(df, "RMB5.2bn")
    assert (r.theme, r.period) == ("capex", "2025Q3")
    r = _row(df, "c.55%")
    assert (r.theme, r.metric, r.period) == ("compute", "inference_share", "2027")
    assert _row(df, "RMB150bn").period == "FY2026/FY2028"


def test_period_before_the_number_near_miss():
    # Chinese order (the period first) is unchanged; so is an English period not joined to
    # the number by a preposition
    df = facts_of_text("2025年三季度公司营收120亿元，2024年同期为100亿元。", PUB)
    assert _row(df, "120亿元").period == "2025Q3"
    df = facts_of_text("In 3Q25 revenue was RMB12.0bn, versus 2024.", PUB)
    assert _row(df, "RMB12.0bn").period == "2025Q3"


def test_target_year_dates_the_target_only():
    # 目标2026年 looks ahead: it dates the target, not the figure reported in the clause before
    df = facts_of_text("星瀚软件2025年三季度业绩点评\n星瀚软件Copilot Pro年化合同价值突破3亿美元，公司目标2026年达到8亿美元。", PUB)
    assert _row(df, "3亿美元").period == "2025Q3"
    assert _row(df, "8亿美元").period == "2026"
    # near miss: a year stated before the number is still its own
    df = facts_of_text("星瀚软件2025年三季度业绩点评\n星瀚软件目标2026年收入达到20亿美元。", PUB)
    assert _row(df, "20亿美元").period == "2026"
