"""Adoption figures of industry deep-dives: seats, deals, shares of a population, an example
company referred to by 其, cost reductions of adopters.

Every example is invented (青禾办公, 云栈科技, 澜海智能 ... exist in no report). Each class has a
positive test and a negative one.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2026, 11, 20)


def _row(f, text):
    rows = f[f["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, f[["text", "theme", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]


def test_paid_seats_their_base_and_penetration_of_the_base():
    f = facts_of("微软在FY27Q2业绩会上称，M365 Copilot付费席位已突破5,200万个。"
                 "以约4.8亿的Microsoft 365商业版付费席位计，渗透率约11%。", published=DAY)
    seats = _row(f, "5,200万")
    assert (seats["theme"], seats["entity"], seats["metric"], seats["value"]) == (
        "adoption", "Microsoft 365 Copilot", "paid_seats", 5.2e7)
    base = _row(f, "4.8亿")
    assert (base["theme"], base["entity"], base["metric"]) == ("adoption", "Microsoft 365 commercial", "paid_seats")
    rate = _row(f, "11%")
    assert (rate["theme"], rate["entity"], rate["metric"], rate["value"]) == (
        "adoption", "Microsoft 365 Copilot", "adoption_rate", 0.11)


def test_penetration_against_shipments_stays_a_market_share():
    f = facts_of("以出货量计，2026年AI PC渗透率约为35%。", published=DAY)
    assert _row(f, "35%")["theme"] == "market"


def test_paid_deals_in_strokes():
    row = _row(facts_of("Salesforce表示，Agentforce累计付费交易已超过4.2万笔。", published=DAY), "4.2万")
    assert (row["theme"], row["entity"], row["metric"], row["value"]) == ("adoption", "Agentforce", "paid_deals", 4.2e4)


def test_a_trade_amount_is_no_deal_count():
    f = facts_of("当日沪深两市成交额1.2万亿元。", published=DAY)
    assert "paid_deals" not in set(f["metric"])


def test_share_of_a_population_its_change_and_a_planned_share():
    f = facts_of("据一项调研，27%的受访企业已在生产环境中部署大模型，较上年提升6个百分点；约三成计划在明年内部署。",
                 published=DAY)
    for text, metric, value, unit in (("27%", "ai_adoption_share", 0.27, "ratio"),
                                      ("6个百分点", "ai_adoption_share_change", 0.06, "pp"),
                                      ("约三成", "ai_adoption_share", 0.3, "ratio")):
        row = _row(f, text)
        assert (row["theme"], row["entity"], row["metric"], row["unit"]) == (
            "adoption", "Surveyed companies", metric, unit)
        assert abs(row["value"] - value) < 1e-9


def test_a_points_change_after_a_share_of_an_amount_is_no_adoption_change():
    f = facts_of("公司将30%的收入用于研发，较上年提升2个百分点。", published=DAY)
    assert "ai_adoption_share_change" not in set(f["metric"])


def test_its_figures_are_the_example_companys_not_the_topic_nouns():
    f = facts_of("以大模型应用创业公司澜海智能为例，其企业智能体平台ARR约8000万元，付费客户约650家，"
                 "平均每家客户年付费约12万元。", published=DAY)
    assert set(f["entity"]) == {"Lanhai"}, f[["text", "entity"]].to_string()
    assert _row(f, "650")["theme"] == "adoption"
    assert (_row(f, "12万")["metric"], _row(f, "8000万")["metric"]) == ("revenue_per_customer", "annualized_revenue")


def test_other_words_of_qi_are_no_pronoun():
    # 其他 opens other firms, not a reference to the company named before
    f = facts_of("以创业公司澜海智能为例。AI智能体市场规模约200亿元，其他厂商收入约30亿元。", published=DAY)
    assert _row(f, "30亿")["entity"] != "澜海智能"


def test_cost_cut_reported_by_adopters_is_adoption():
    row = _row(facts_of("采用大模型的企业营销成本平均下降12%-20%。", published=DAY), "12%")
    assert (row["theme"], row["metric"], row["value"], row["value_high"]) == ("adoption", "cost_change", -0.12, -0.20)
    assert row["entity"].startswith("Adopters of ")


def test_cost_of_a_chip_using_a_foundry_is_no_adoption():
    f = facts_of("据测算，采用台积电3纳米工艺的芯片成本上升20%。", published=DAY)
    assert "adoption" not in set(f["theme"]), f[["text", "theme", "entity"]].to_string()


def test_a_two_word_latin_name_opening_the_clause_wins_over_the_carried_subject():
    f = facts_of("ServiceNow在智能体领域布局领先。Qolvo AI最新一轮融资4.2亿美元，估值达120亿美元。", published=DAY)
    for text, metric in (("4.2亿", "funding_amount"), ("120亿", "valuation")):
        row = _row(f, text)
        assert (row["theme"], row["entity"], row["metric"]) == ("valuation", "Qolvo AI", metric)


def test_ai_after_a_common_word_is_no_name():
    # a word of the trade (name_shapes.csv common_word) before AI opens no company name
    f = facts_of("ServiceNow在智能体领域布局领先。Cloud AI相关融资合计4.2亿美元。", published=DAY)
    assert "Cloud AI" not in set(f["entity"])


def test_qi_after_a_model_is_the_models_and_gongsi_only_a_companys():
    f = facts_of("Zorvia发布Zorvia-X2，其参数量达1.2万亿。", published=DAY)
    assert _row(f, "1.2万亿")["entity"] == "Zorvia-X2"
    g = facts_of("星澜科技发布Zorvia-X2。该公司营收约5亿元。", published=DAY)
    assert _row(g, "5亿")["entity"] == "Xinglan"


def test_traditional_forms_give_the_same_adoption_facts():
    f = facts_of("調研顯示，31%的A股上市公司已在業務中部署AI智能體，較去年提升9個百分點。", published=DAY)
    assert (_row(f, "31%")["entity"], _row(f, "9個百分點")["metric"]) == (
        "A-share listed companies", "ai_adoption_share_change")
    assert _row(facts_of("Agentforce累計付費交易超過3.1萬筆。", published=DAY), "3.1萬")["metric"] == "paid_deals"


def test_the_share_that_has_adopted_written_before_a_bare_share_word_is_adoption():
    import datetime as dt

    from aigc_analysis.extract.facts import extract_document, facts_frame
    from aigc_analysis.load.normalise import to_simplified

    text = "■ 企业渗透：我们调研的国内中小企业中，已在客服场景部署大模型的比例为38%。丙云在国内公有云市场的占比为18%。"
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 9, 1), "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc)).set_index("text")
    assert (f.loc["38%", "theme"], f.loc["38%", "metric"]) == ("adoption", "ai_adoption_share")
    assert f.loc["18%", "theme"] == "market"
