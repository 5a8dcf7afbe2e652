"""Recall of prose figures with no metric word known before: a data-centre market's vacancy and a
landlord's occupancy (market), cap rates and their moves in bp (valuation; 下行 is a fall), and
the weighted average lease expiry (WALE).

Every example is invented (星桥数据, Northgate DC Trust exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _rows(text: str, day: dt.date = DAY) -> dict[str, tuple]:
    f = facts_of_text(text, day)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


def test_vacancy_and_occupancy_are_market():
    r = _rows("Northgate DC Trust: portfolio occupancy 92.4% at end-3Q25. Secondary-market vacancy fell to 3.2% in 1H25.")
    assert r["92.4%"][:2] == ("market", "portfolio_occupancy") and r["92.4%"][2] == 0.924
    assert r["3.2%"][:2] == ("market", "vacancy_rate")
    r = _rows("星桥数据称，华东批发型数据中心空置率约为7.5%。")
    assert r["7.5%"][:2] == ("market", "vacancy_rate")


def test_cap_rates_and_their_fall_in_bp_are_valuation():
    r = _rows("Core data-centre cap rates now sit at 5.5-6.0%. 星桥数据估计园区资本化率较去年下行约40-60bp。")
    assert r["5.5-6.0%"][:2] == ("valuation", "cap_rate") and r["5.5-6.0%"][2] == 0.055
    move = next(v for t, v in r.items() if t.endswith("bp"))
    assert move[:2] == ("valuation", "cap_rate_change") and move[2] == -0.004 and move[3] == "pp"


def test_a_survey_share_of_the_firms_that_do_something():
    text = ("本次问卷调查共收回有效样本860份。\n"
            "· 已在核心业务中部署大模型的企业占26.5%，上年仅为11.2%，提高15.3个百分点。\n"
            "· 仍在观望的企业占40.1%。")
    r = _rows(text)
    assert r["26.5%"][:3] == ("adoption", "ai_adoption_share", 0.265)
    assert r["11.2%"][0] == "adoption"
    assert r["15.3个百分点"][:2] == ("adoption", "ai_adoption_share_change") and r["15.3个百分点"][3] == "pp"
    assert r["40.1%"][0] == "adoption"


def test_no_survey_no_respondent_share():
    # the same words in a report that states no survey are not read as respondents' shares
    r = _rows("仍在观望的企业占40.1%。")
    assert "40.1%" not in r or r["40.1%"][1] != "respondent_share"


def test_ipo_tranche_shares_over_allotment_and_cornerstone_share():
    text = ("星河智能（6999.HK）招股资料\n"
            "全球发售股数：　6,200万股H股（香港公开发售10%，国际配售90%，可予重新分配）\n"
            "超额配股权：　　最多15%\n"
            "公司已引入三名基石投资者，合共认购约1.6亿美元的发售股份，约占发售股份的37.5%。")
    r = _rows(text, dt.date(2025, 12, 1))
    assert r["90%"][:3] == ("valuation", "international_placing_share", 0.9)
    assert r["10%"][0] == "valuation"
    assert r["15%"][:2] == ("valuation", "over_allotment_share")
    assert r["37.5%"][0] == "valuation"


def test_use_of_proceeds_shares_are_valuation_within_their_section():
    text = ("星河智能（6999.HK）招股资料\n"
            "三、募资用途\n"
            "约50%用于模型研发；约30%用于算力基础设施；约20%用作营运资金。\n"
            "四、业务\n"
            "公司算力规模同比增长30%，其中60%用于训练。")
    r = _rows(text, dt.date(2025, 12, 1))
    assert r["约50%"][:2] == ("valuation", "proceeds_use_share")
    assert r["约30%"][:2] == ("valuation", "proceeds_use_share")
    assert r["约20%"][:2] == ("valuation", "proceeds_use_share")
    assert "60%" not in r or r["60%"][1] != "proceeds_use_share"


def test_a_surveys_sample_is_no_fact_and_an_agents_resolution_rate_is_adoption():
    # the sample size is how the survey was run, no claim (fixprec20: the labels of the survey reports of the 2026-12 round count no sample; SCHEMA is silent and an earlier round labelled it)
    r = _rows("本次调研于今年6月开展，共回收有效问卷2,340份。受访银行的AI客服独立解决率平均为63%。")
    assert "2,340" not in r
    assert r["63%"][:2] == ("adoption", "ai_resolution_rate")


def test_english_durations_are_durations():
    from aigc_analysis import find_quantities
    q = {x.text: (x.value, x.unit) for x in find_quantities("a WALE of 6.8 years; a lock-up of 6 months")}
    assert q["6.8 years"] == (6.8, "years") and q["6 months"] == (6, "months")
    assert not any(x.unit == "years" for x in find_quantities("two years ago, and 3 years later"))
    r = _rows("Northgate DC Trust: portfolio occupancy 95.1% as at 30 Sep 2025 with a WALE of 6.8 years; "
              "distribution per unit (DPU) +8.2% YoY for 9M25.")
    assert r["6.8 years"][1:] == ("wale", 6.8, "years")
    assert r["+8.2%"][:2] == ("earnings", "distribution_per_unit_growth")


def test_a_reits_ffo_per_share_written_with_a_slash():
    r = _rows("Northgate DC Trust (NDCT): 3Q25 core FFO of US$1.42/share, +9% YoY; signed US$88mn of annualised rent.")
    assert r["US$1.42/share"] == ("earnings", "core_ffo_per_share", 1.42, "USD")
    assert r["US$88mn"][:2] == ("earnings", "annualised_rent")
    assert r["+9%"][:2] == ("earnings", "core_ffo_growth")
