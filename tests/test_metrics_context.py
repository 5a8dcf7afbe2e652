"""Metric, theme and not-a-fact rules of the facts extractor, each on an invented example."""
from __future__ import annotations

import datetime as dt
import math

from aigc_analysis.extract.facts import UNSPECIFIED, _dedup, extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def _doc(text: str, published=dt.date(2025, 9, 20)) -> dict:
    return {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
            "published": published, "publisher": "Test Broker", "boilerplate": []}


def _facts(text: str, **kw):
    return facts_frame(extract_document(_doc(text, **kw)))


def _row(entity, metric, value, period="", org="", theme="valuation", unit="USD"):
    return {"theme": theme, "unit": unit, "value": value, "value_high": math.nan, "entity": entity,
            "metric": metric, "period": period, "_entity_org": org, "text": "", "_entity_type": ""}


# ---- one row per claim ------------------------------------------------------------------
def test_a_summary_year_and_a_body_day_are_one_claim():
    rows = _dedup([_row("Acme", "funding_amount", 7e9, "2025-04-03"), _row("Acme", "funding_amount", 7e9, "2025")])
    assert [(r["entity"], r["period"]) for r in rows] == [("Acme", "2025-04-03")]


def test_a_year_and_the_year_after_are_two_claims():
    rows = _dedup([_row("Acme", "funding_amount", 7e9, "2025"), _row("Acme", "funding_amount", 7e9, "2026")])
    assert len(rows) == 2
    # 2025 does not hold 20250 nor a span starting in 2025
    rows = _dedup([_row("Acme", "funding_amount", 7e9, "2025"), _row("Acme", "funding_amount", 7e9, "2025/2027")])
    assert len(rows) == 2


def test_a_qualified_metric_name_repeats_the_plain_one():
    rows = _dedup([_row("Acme", "valuation", 9e10), _row("Acme", "post_money_valuation", 9e10, "2025-03-01")])
    assert [(r["metric"], r["period"]) for r in rows] == [("valuation", "2025-03-01")]
    rows = _dedup([_row("Acme", "profit_growth", -0.02, theme="earnings", unit="ratio"),
                   _row("Acme", "net_profit_growth", -0.02, theme="earnings", unit="ratio")])
    assert len(rows) == 1


def test_different_measures_of_one_value_stay_apart():
    rows = _dedup([_row("Acme", "revenue", 5e9, theme="earnings"), _row("Acme", "net_profit", 5e9, theme="earnings")])
    assert len(rows) == 2
    rows = _dedup([_row("M-1", "input_price", 4.0, theme="pricing", unit="CNY"),
                   _row("M-1", "output_price", 4.0, theme="pricing", unit="CNY")])
    assert len(rows) == 2


def test_a_family_and_its_member_are_one_subject_two_members_are_not():
    rows = _dedup([_row("Orca 3 Lite", "active_parameters", 2e10, theme="parameters", unit="count"),
                   _row("Orca 3 Max", "active_parameters", 2e10, theme="parameters", unit="count"),
                   _row("Orca 3", "active_parameters", 2e10, theme="parameters", unit="count")])
    assert [r["entity"] for r in rows] == ["Orca 3 Lite", "Orca 3 Max"]
    # a hyphenated variant is another model, not a member of a family
    rows = _dedup([_row("Orca-4", "training_tokens", 1e13, theme="compute", unit="count"),
                   _row("Orca-4-Air", "training_tokens", 1e13, theme="compute", unit="count")])
    assert len(rows) == 2


def test_a_maker_repeating_its_model_takes_the_model_name():
    rows = _dedup([_row("Orcalab", "training_data_size", 3e13, theme="compute", unit="count"),
                   _row("Orca 3 Lite", "training_tokens", 3e13, org="Orcalab", theme="compute", unit="count")])
    assert [r["entity"] for r in rows] == ["Orca 3 Lite"]
    rows = _dedup([_row("Orca 3 Lite", "training_tokens", 3e13, org="Orcalab", theme="compute", unit="count"),
                   _row("Orcalab", "training_data_size", 3e13, theme="compute", unit="count")])
    assert [r["entity"] for r in rows] == ["Orca 3 Lite"]


def test_unnamed_rows_with_different_metrics_stay_apart():
    rows = _dedup([_row(UNSPECIFIED, "valuation", 9e10), _row("Acme", "post_money_valuation", 9e10)])
    assert len(rows) == 2


# ---- not a fact -------------------------------------------------------------------------
def test_a_context_window_length_is_no_fact():
    df = _facts("Orca-9总参数3000亿，支持128万token的上下文，日活用户达到500万。")
    assert 1.28e6 not in set(df["value"])
    assert {3e11, 5e6} <= set(df["value"])
    df = _facts("Orca-9的上下文窗口为64万tokens。")
    assert df.empty


def test_a_free_allowance_is_no_price_cut_but_its_size_is_a_fact():
    df = _facts("新用户注册即送200万免费tokens，另外Orca-Lite的API调用已改为免费。")
    assert list(df[df["metric"] == "price_change"]["value"]) == [-1.0]
    row = df[df["metric"] == "free_quota_tokens"].iloc[0]
    assert (row.value, row.unit, row.theme) == (2e6, "count", "pricing")
    assert _facts("免费额度只适合验证，生产环境请签约。").empty


# ---- metric and theme -------------------------------------------------------------------
def _metric_of(df, value):
    sel = df[(df["value"] - value).abs() < 1e-9]
    assert len(sel) == 1, df.to_string()
    return sel.iloc[0]


def test_the_part_before_zhan_names_the_share_not_the_whole():
    df = _facts("上周半导体板块成交额占全市场比重为12.5%。")
    row = _metric_of(df, 0.125)
    assert (row.theme, row.metric) == ("valuation", "turnover_share")
    # a part whose ratio column is a growth rate: its share, in its own theme
    df = _facts("Acme去年资本开支占收入比重达到18%。")
    row = _metric_of(df, 0.18)
    assert (row.theme, row.metric) == ("capex", "capex_share")


def test_a_share_word_after_the_number_names_it():
    df = _facts("Acme的加速芯片占约35%的市场份额。")
    row = _metric_of(df, 0.35)
    assert (row.theme, row.metric) == ("market", "market_share")


def test_a_topic_clause_names_the_metric_of_the_clauses_after_it():
    df = _facts("行业报告预计，云计算市场规模方面，2027年将达到2024年的2.4倍。")
    row = _metric_of(df, 2.4)
    assert row.theme == "market" and row.metric.startswith("market_size")


def test_a_category_before_zhan_is_no_measure():
    df = _facts("预计明年边缘服务器占整体服务器出货的比重将升至9%。")
    row = _metric_of(df, 0.09)
    assert row.theme == "market"


def test_a_share_of_revenue_spent_on_a_use():
    df = _facts("调研显示，多数软件企业计划将约15%的年营收用于推理服务。")
    row = _metric_of(df, 0.15)
    assert (row.theme, row.metric) == ("compute", "inference_spend_share_of_revenue")
    # a use that names no metric: the share of the amount itself
    df = _facts("Acme计划将30%的资本开支投向海外园区。")
    row = _metric_of(df, 0.3)
    assert (row.theme, row.metric) == ("capex", "capex_share")


def test_a_share_of_the_amount_stated_before():
    df = _facts("Acme本季度资本开支为80亿美元。其中约三分之一投向网络设备，其余用于土地。")
    row = _metric_of(df, 0.3333)  # SCHEMA writes 1/3 as 0.3333
    assert (row.theme, row.metric) == ("capex", "capex_share")
    # no amount before: no claim is made up
    assert _facts("其中约三分之一投向网络设备。").empty


def test_a_share_then_a_clause_break_is_no_allocation():
    df = _facts("Acme营收增长12%，的确用于扩产。")
    assert _metric_of(df, 0.12).metric == "revenue_growth"


def test_a_cash_flow_written_with_fu_is_negative():
    df = _facts("Acme预计本财年资本开支约90亿美元，而当季自由现金流已为负2.5亿美元。")
    row = _metric_of(df, -2.5e8)
    assert (row.theme, row.metric, row.text) == ("earnings", "free_cash_flow", "2.5亿美元")
    assert _metric_of(df, 9e9).metric == "capex"


def test_an_investment_in_sites_is_capex_an_equity_investment_is_not():
    df = _facts("Acme宣布在两地自建数据中心，投资120亿美元。")
    row = _metric_of(df, 1.2e10)
    assert (row.theme, row.metric) == ("capex", "planned_investment")
    df = _facts("Acme为建设数据中心融资，Bcorp领投并投资20亿美元。")
    assert _metric_of(df, 2e9).theme == "valuation"


def test_what_the_whole_industry_puts_in_is_a_market_forecast():
    df = _facts("机构预计到2030年全球每年的AI基础设施投入将达到2万亿美元。")
    row = _metric_of(df, 2e12)
    assert (row.theme, row.metric) == ("market", "spending")
    df = _facts("Acme预计明年AI基础设施投入将达到500亿美元。")
    assert _metric_of(df, 5e10).theme == "capex"


def test_values_after_fenbie_take_the_enumerated_metrics_in_order():
    df = _facts("Acme二季度收入与利润同比双双回落，降幅分别为3.2%和5.4%。")
    assert _metric_of(df, -0.032).metric == "revenue_growth"
    assert _metric_of(df, -0.054).metric == "profit_growth"
    # entities, not metrics, enumerated: each value keeps the one metric
    df = _facts("Acme和Bcorp二季度收入分别为12亿元和8亿元。")
    assert set(df["metric"]) == {"revenue"}


def test_a_rise_word_after_an_amount_is_its_growth_not_a_share_price_return():
    df = _facts("腾讯云业务收入大涨45%。")
    assert (_metric_of(df, 0.45).theme, _metric_of(df, 0.45).metric) == ("earnings", "revenue_growth")
    df = _facts("腾讯今年以来股价大涨45%。")
    assert (_metric_of(df, 0.45).theme, _metric_of(df, 0.45).metric) == ("valuation", "return")


def test_a_companys_bare_spending_is_capex_an_industrys_is_market():
    df = _facts("腾讯本季度支出120亿美元用于建设数据中心。")
    assert (_metric_of(df, 1.2e10).theme, _metric_of(df, 1.2e10).metric) == ("capex", "capex")
    df = _facts("IDC预计明年全球AI支出将达到6000亿美元。")
    assert _metric_of(df, 6e11).theme == "market"


def test_bare_return_and_per_share_words():
    df = _facts("该组合今年以来绝对收益为25%，超额收益为12%。")
    assert _metric_of(df, 0.25).metric == "absolute_return"
    assert _metric_of(df, 0.12).metric == "excess_return"
    df = _facts("腾讯2025年每股收益为3.2元。")
    assert (_metric_of(df, 3.2).theme, _metric_of(df, 3.2).metric) == ("earnings", "eps")


def test_traditional_forms_take_the_same_metrics():
    df = _facts("騰訊最新一季開支達到80億美元，同比增長50%；在手訂單達到300億元。")
    assert _metric_of(df, 8e9).metric == "capex"
    assert _metric_of(df, 0.5).metric == "capex_growth"
    assert _metric_of(df, 3e10).metric == "backlog"


def test_a_multiple_of_the_level_stated_before():
    df = _facts("Orca-7在基座上继续训练了900亿tokens，其中长文本阶段增至300亿tokens，是原来的6倍。")
    row = _metric_of(df, 6.0)
    assert (row.theme, row.metric) == ("compute", "training_tokens_multiple")
    # a multiple with no level before it in the sentence is not made up
    assert _facts("是原来的6倍。").empty


def test_the_compute_cost_of_a_run():
    df = _facts("强化学习阶段在256块GPU上完成，按租用价计算成本约31.5万美元。")
    row = _metric_of(df, 3.15e5)
    assert (row.theme, row.metric) == ("compute", "compute_cost")


def test_a_part_contributing_a_share_of_a_whole():
    df = _facts("机构预计，明年液冷服务器将贡献全年市场规模的约三成。")
    row = _metric_of(df, 0.3)
    assert (row.theme, row.metric) == ("market", "share_of_market_size")


def test_growth_of_the_amount_just_stated_takes_its_metric():
    df = _facts("去年全球交换机市场规模约400亿美元。今年机构将预测上调至460亿美元，同比增长15%。")
    row = _metric_of(df, 0.15)
    assert (row.theme, row.metric) == ("market", "market_size_growth")


def test_token_volumes_and_compute_commitments():
    df = _facts("截至9月，谷歌各产品每月处理的tokens已超过900万亿。")
    assert (_metric_of(df, 9e14).theme, _metric_of(df, 9e14).metric) == ("adoption", "tokens_processed")
    df = _facts("Acme与云厂商签署五年期算力合作协议，金额为120亿美元。")
    assert (_metric_of(df, 1.2e10).theme, _metric_of(df, 1.2e10).metric) == ("capex", "compute_commitment")


# ---- rules once written for one seed sentence, now general ------------------------------
def test_a_share_of_companies_is_not_a_share_of_the_metric():
    df = _facts("今年一季度，A股软件板块有近半数公司归母净利润同比下降。")
    row = _metric_of(df, 0.5)
    assert (row.theme, row.metric) == ("earnings", "share_of_companies_with_net_profit_growth")
    df = _facts("今年一季度，有30%的企业净利润同比下降。")
    assert _metric_of(df, 0.3).metric.startswith("share_of_companies_with_")
    df = _facts("今年一季度，腾讯净利润同比下降30%。")
    assert _metric_of(df, -0.3).metric == "net_profit_growth"


def test_a_doubling_after_a_duration_is_the_doubling_time_not_a_multiple():
    df = _facts("据测算，大模型训练算力需求每3.4个月翻一番。")
    assert list(df["unit"]) == ["months"] and list(df["value"]) == [3.4]
    df = _facts("腾讯云今年收入翻一番。")
    assert _metric_of(df, 2.0).unit == "multiple"


def test_a_cell_of_names_pairs_with_a_cell_of_values_in_order():
    df = _facts("厂商\t模型\t参数量\n国内厂商\tGLM-4.5 DeepSeek-V3\t3550亿 6710亿\n")
    assert dict(zip(df["entity"], df["value"])) == {"GLM-4.5": 3.55e11, "DeepSeek-V3": 6.71e11}


def test_a_price_per_token_volume_written_before_it():
    df = _facts("Orca-Lite输入价格为每百万tokens 0.8元。")
    assert _metric_of(df, 0.8).metric.endswith("_per_1m_tokens")
    df = _facts("Orca-Lite输入价格为每千tokens 0.002元。")
    assert _metric_of(df, 0.002).metric.endswith("_per_1k_tokens")


# ---- word groups in data ----------------------------------------------------------------
def test_word_groups_load_from_data_and_fail_loudly_on_an_unknown_group():
    import pytest

    from aigc_analysis.extract.keywords import word_alternation, word_group

    assert word_group("scale")["万亿"] == "1e12"
    assert word_alternation("currency_word").split("|")[-1] == "元"  # longest first
    with pytest.raises(ValueError, match="no words in group"):
        word_group("no_such_group")


def test_views_read_a_token_volume_word_from_data():
    from aigc_analysis.tables.views import _token_volume

    assert _token_volume("price", "百万tokens") == 1e6
    assert _token_volume("price", "10万 tokens") == 1e5


def test_an_age_bracket_is_no_count_but_the_share_of_users_is_a_fact():
    df = _facts("腾讯月活用户中，35岁以上用户占20%。")
    assert 35.0 not in set(df["value"])
    row = _metric_of(df, 0.2)
    assert (row.theme, row.metric) == ("adoption", "users_share")
    assert 18.0 not in set(_facts("18-24岁用户占比达到35%。")["value"])


def test_a_speed_up_of_a_model_is_no_fact():
    assert _facts("该模型推理速度提升3倍。").empty
    assert _facts("该模型推理提速3倍。").empty
    # a rise of users is a fact
    assert _metric_of(_facts("腾讯混元用户数提升3倍。"), 3.0).theme == "adoption"


def test_conversions_and_tolerance_bands_in_traditional_and_english():
    df = _facts("騰訊資本開支為100億美元（約合人民幣720億元）。")
    assert list(df["value"]) == [1e10, 7.2e10]  # fixrt12: a conversion is a row in its own currency
    df = _facts("英伟达指引第四财季收入650亿美元，上下浮動2%。")
    assert list(df["value"]) == [6.5e10]


def test_a_precise_amount_repeated_under_two_periods_is_one_claim():
    from aigc_analysis.extract.facts import _significant_digits

    assert [_significant_digits(t) for t in ("4550亿美元", "1.25", "$500B", "约2.3%", "0.0473")] == [3, 3, 1, 2, 3]
    a = dict(_row("Acme", "capex", 3.49e10, "FY2026Q1", theme="capex"), text="349亿美元")
    b = dict(_row("Acme", "capex", 3.49e10, "2025Q4", theme="capex"), text="349亿美元")
    assert [r["period"] for r in _dedup([a, b])] == ["FY2026Q1"]
    # a round amount under two periods may be two claims
    a = dict(_row("Acme", "capex", 3e10, "2024", theme="capex"), text="300亿美元")
    b = dict(_row("Acme", "capex", 3e10, "2025", theme="capex"), text="300亿美元")
    assert len(_dedup([a, b])) == 2


def test_a_concept_repeat_of_a_named_claim_takes_the_name_and_period():
    a = dict(_row("data centres", "revenue", 5.12e10, "FY2026", theme="earnings"), text="512亿美元",
             _entity_type="concept")
    b = dict(_row("Acme", "revenue", 5.12e10, "FY2026Q3", theme="earnings"), text="512", _entity_type="company")
    assert [(r["entity"], r["period"]) for r in _dedup([a, b])] == [("Acme", "FY2026Q3")]


def test_rival_prices_that_match_stay_apart():
    a = dict(_row("M-1", "input_price_per_1m_tokens", 1.25, theme="pricing"), text="1.25")
    b = dict(_row("M-2", "input_price_per_1m_tokens", 1.25, theme="pricing"), text="1.25")
    assert len(_dedup([a, b])) == 2


def test_an_investee_named_after_the_verb_keeps_an_equity_investment():
    df = _facts("软银在数据中心业务上投资OpenAI 400亿美元。")
    assert _metric_of(df, 4e10).theme == "valuation"


def test_english_forms_of_bare_metric_words():
    assert _metric_of(_facts("Acme's run-rate revenue hit US$5bn."), 5e9).metric == "run_rate_revenue"
    assert _metric_of(_facts("The fund's excess return was 12%."), 0.12).metric == "excess_return"
    row = _metric_of(_facts("AI spending will reach US$632bn in 2028."), 6.32e11)
    assert (row.theme, row.metric) == ("market", "spending")
    df = _facts("Microsoft's capital spending rose 74% to US$34.9bn.")
    assert (_metric_of(df, 3.49e10).metric, _metric_of(df, 0.74).metric) == ("capex", "capex_growth")
    assert _metric_of(_facts("Acme的年化经常性收入(ARR)达10亿美元。"), 1e9).metric == "annualized_revenue"


def test_a_conversion_is_one_of_an_amount_in_another_currency_beside_it():
    df = _facts("腾讯资本开支为100亿美元（约合人民币720亿元）。")
    assert list(df["value"]) == [1e10, 7.2e10]  # fixrt12: a conversion is a row in its own currency
    # 折合 turning GPU hours into a cost states a new amount
    df = _facts("Orca-5预训练用了120万GPU小时，按官方口径折合训练成本约250万美元。")
    row = _metric_of(df, 2.5e6)
    assert (row.theme, row.metric) == ("compute", "training_cost")


def test_policy_subsidies_caps_and_eligibility_thresholds_are_no_facts():
    # round 40: a policy's caps are its pricing terms (test_fixsilent40.py); a bare share is none
    caps = _facts("对企业算力采购给予最高30%的补贴，单个企业补贴不超过1000万元。")
    assert set(caps["theme"]) == {"pricing"} and len(caps) == 2
    assert _facts("对企业算力采购给予补贴，补贴力度加大至30%。").empty
    assert _facts("对年营收超过10亿元的企业给予奖励。").empty
    # an amount with no qualifier before 的项目 is the project's size, a fact
    assert not _facts("腾讯投资100亿元的数据中心项目。").empty


def test_a_figure_inside_brackets_takes_the_metric_of_its_bracket_not_of_the_words_after():
    f = _facts("2025年三季度，京东（研发投入同比+25%）受存储涨价影响，利润有所回落。")
    row = f[f["text"] == "+25%"].iloc[0]
    assert (row["metric"], row["theme"]) == ("rd_expense_growth", "earnings"), f[["text", "metric", "theme"]]


def test_a_share_word_after_the_whole_it_is_taken_in_is_that_whole_s_share():
    f = _facts("2025年上半年，乙存储的企业级SSD在其营收中占比提升至35%；全国新增算力中，"
               "智能算力在总算力中的占比约为58%。")
    ssd, smart = f[f["text"].str.contains("35%")].iloc[0], f[f["text"].str.contains("58%")].iloc[0]
    assert (ssd["metric"], ssd["theme"]) == ("revenue_share", "earnings")
    assert (smart["metric"], smart["theme"]) == ("capacity_share", "compute")


def test_a_share_word_not_after_a_whole_keeps_its_own_metric():
    f = _facts("2025年，丙云在国内公有云市场的占比为18%。")
    assert f[f["text"].str.contains("18%")].iloc[0]["theme"] == "market"


def test_a_respectively_list_of_shares_takes_the_ratio_named_in_the_clause_before():
    f = _facts("2025年二季度，从研发费用占收入的比例看，京东、美团、拼多多分别为2.1%、8.4%和6.2%。"
               "从毛利率看，京东、美团分别为30%和25%。")
    rows = f.set_index("text")
    assert list(rows.loc[["2.1%", "8.4%", "6.2%"], "metric"]) == ["rd_expense_to_revenue"] * 3
    assert list(rows.loc[["2.1%", "8.4%", "6.2%"], "entity"]) == ["JD.com", "Meituan", "PDD Holdings (Pinduoduo)"]
    assert rows.loc["30%", "metric"] == "gross_margin" and rows.loc["25%", "entity"] == "Meituan"


def test_a_doubling_written_with_the_particle_le_is_the_growth_of_the_amount_before():
    f = _facts("9月乙模型日均调用量达48万亿，较年初的22万亿翻了一番有余。")
    row = f[f["text"].str.startswith("翻")].iloc[0]
    assert (row["value"], row["unit"], row["theme"]) == (2.0, "multiple", "adoption")


def test_an_output_speed_in_tokens_per_second_is_a_compute_figure():
    f = _facts("- 星河X3发布：配套的X3 Turbo输出速度提升至180 tokens/s。")
    row = f[f["text"] == "180"].iloc[0]
    assert (row["metric"], row["theme"], row["value"]) == ("output_tokens_per_second", "compute", 180.0)
