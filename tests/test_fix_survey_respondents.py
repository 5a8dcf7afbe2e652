"""A survey's shares of its respondents (kinds of respondent listed with their shares, the whole
after them, a share a verb follows at once, concerns, average counts) and the operating and
product figures notes give beside them, all on invented reports of invented firms."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 15)
SURVEY = "# 2025年保险业大模型应用问卷报告\n\n本次问卷样本共188家保险机构。\n"
BANKS = "# 2025年银行业大模型应用调研报告\n\n本次调研样本共326家银行机构。\n"


def _facts(body: str, head: str = SURVEY):
    return facts_of_text(head + body + "\n", PUB)


def _fields(row, *names):
    return tuple(row[n] for n in names)


# --- class 1: survey shares by respondent type -------------------------------------------------
@pytest.mark.parametrize("body, text, entity, metric", [
    ("调研显示，国有大行96%、股份行81%、城商行37%、农商行12%已将大模型投入生产，整体比例55%，比上年提升17个百分点。",
     "96%", "Large state-owned banks", "ai_adoption_share"),
    ("调研显示，国有大行96%、股份行81%、城商行37%、农商行12%已将大模型投入生产，整体比例55%，比上年提升17个百分点。",
     "37%", "City commercial banks", "ai_adoption_share"),
    ("调研显示，国有大行96%、股份行81%、城商行37%、农商行12%已将大模型投入生产，整体比例55%，比上年提升17个百分点。",
     "12%", "Rural commercial banks", "ai_adoption_share"),
    ("调研显示，国有大行96%、股份行81%、城商行37%、农商行12%已将大模型投入生产，整体比例55%，比上年提升17个百分点。",
     "55%", "Surveyed banks", "ai_adoption_share"),
    ("调研显示，国有大行96%、股份行81%、城商行37%、农商行12%已将大模型投入生产，整体比例55%，比上年提升17个百分点。",
     "17个百分点", "Surveyed banks", "ai_adoption_share_change"),
    ("大型企业72%、中小企业29%已部署智能客服。", "29%", "SMEs", "ai_adoption_share"),
])
def test_listed_kinds_of_respondent_take_their_shares(body, text, entity, metric):
    row = row_of(_facts(body, BANKS), text)
    assert _fields(row, "entity", "theme", "metric") == (entity, "adoption", metric)


@pytest.mark.parametrize("body, text, entity, metric", [
    ("调研显示，已将大模型投入生产的比例中，国有大行为97%，股份行为83%，城商行为39%。", "83%", "Joint-stock banks",
     "ai_adoption_share"),
    ("国有大行、股份行、城商行的部署比例分别为97%、83%、39%。", "97%", "Large state-owned banks", "adoption_rate"),
    ("国有大行、股份行、城商行的部署比例分别为97%、83%、39%。", "39%", "City commercial banks", "adoption_rate"),
    ("城商行的大模型部署率为39%，农商行为14%。", "39%", "City commercial banks", "adoption_rate"),
    ("城商行的大模型部署率为39%，农商行为14%。", "14%", "Rural commercial banks", "adoption_rate"),
])
def test_kinds_of_respondent_in_other_list_forms(body, text, entity, metric):
    row = row_of(_facts(body, BANKS), text)
    assert _fields(row, "entity", "theme", "metric") == (entity, "adoption", metric)


def test_a_list_of_kinds_with_no_adoption_measure_is_no_survey_share():
    """国有大行、股份行的净息差分别为1.5%、1.6%: the list pairs its shares, but they are no adoption."""
    df = _facts("国有大行、股份行的净息差分别为1.5%、1.6%。", BANKS)
    assert not (df["theme"] == "adoption").any()


@pytest.mark.parametrize("body, text, entity, metric", [
    ("在风险方面，73%担心幻觉问题，58%担心数据安全。", "73%", "Surveyed institutions", "ai_concern_share"),
    ("在风险方面，73%担心幻觉问题，58%担心数据安全。", "58%", "Surveyed institutions", "ai_concern_share"),
    ("另有66%表示担忧合规风险。", "66%", "Surveyed institutions", "ai_concern_share"),
    ("38%的受访机构称已实现可量化降本。", "38%", "Surveyed institutions", "ai_cost_reduction_share"),
    ("27%的受访机构已将大模型投入生产。", "27%", "Surveyed institutions", "ai_adoption_share"),
])
def test_a_share_of_respondents_is_of_the_surveyed_population(body, text, entity, metric):
    row = row_of(_facts(body), text)
    assert _fields(row, "entity", "theme", "metric", "unit") == (entity, "adoption", metric, "ratio")


def test_average_scenarios_of_respondents_are_counted():
    row = row_of(_facts("受访机构平均落地29个场景。"), "29")
    assert _fields(row, "entity", "metric", "value", "unit") == \
        ("Surveyed institutions", "application_scenarios", 29.0, "count")


def test_the_sample_size_is_no_fact():
    df = _facts("调研显示，国有大行96%已将大模型投入生产。", BANKS)
    assert not (df["text"] == "326").any()


def test_no_respondent_share_without_a_survey():
    df = facts_of_text("# 银行业大模型应用报告\n\n在风险方面，73%担心幻觉问题。\n", PUB)
    assert not ((df["text"] == "73%") & (df["theme"] == "adoption")).any()


def test_listed_kinds_without_a_verb_keep_their_reading():
    """零售45%、金融30% with no adoption verb after them: not a survey's list of adopters."""
    df = facts_of_text("# 行业报告\n\nAI服务器需求中，金融45%、零售30%，合计75%。\n", PUB)
    assert not (df["metric"].str.startswith("ai_")).any()


# --- class 2: operating effects of AI at a named firm ------------------------------------------
NOTE = "# 金融科技行业深度报告\n\n"


@pytest.mark.parametrize("body, text, entity, theme, metric, value, unit", [
    ("岚峰科技信贷审查人工耗时下降约48%，全年节省运营成本约3.4亿元，相当于释放约720名全职人力。",
     "下降约48%", "Lanfeng", "adoption", "processing_time_change", -0.48, "ratio"),
    ("岚峰科技信贷审查人工耗时下降约48%，全年节省运营成本约3.4亿元，相当于释放约720名全职人力。",
     "约3.4亿元", "Lanfeng", "earnings", "cost_savings", 3.4e8, "CNY"),
    ("岚峰科技信贷审查人工耗时下降约48%，全年节省运营成本约3.4亿元，相当于释放约720名全职人力。",
     "约720", "Lanfeng", "adoption", "fte_equivalent", 720.0, "count"),
    ("招商银行理赔自动化率达66%，同比提升9个百分点。", "66%", "China Merchants Bank (CMB)", "adoption", "automation_rate", 0.66, "ratio"),
    ("招商银行理赔自动化率达66%，同比提升9个百分点。", "9个百分点", "China Merchants Bank (CMB)",
     "adoption", "automation_rate_change", 0.09, "pp"),
    ("中国平安AI客服全年服务约13亿次，占客服总量约81%。", "约13亿", "Ping An Insurance",
     "adoption", "ai_customer_service_sessions", 1.3e9, "count"),
    ("中国平安AI客服全年服务约13亿次，占客服总量约81%。", "约81%", "Ping An Insurance",
     "adoption", "ai_customer_service_share", 0.81, "ratio"),
    ("工商银行智能客服处理时长缩短约35%。", "缩短约35%", "ICBC", "adoption", "processing_time_change", -0.35, "ratio"),
])
def test_operating_effects_of_ai_at_a_firm(body, text, entity, theme, metric, value, unit):
    # money a firm saves is its earnings (theme_boundaries.csv); the effects it measures in
    # time, rates and people are adoption
    row = row_of(facts_of_text(NOTE + body + "\n", PUB), text)
    assert _fields(row, "entity", "theme", "metric", "unit") == (entity, theme, metric, unit)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("body, text, metric, value, unit", [
    ("招商银行AI客服替代人工比例约82%。", "约82%", "ai_labor_substitution_rate", 0.82, "ratio"),
    ("招商银行智能审批上线后人均产能提升1.8倍。", "1.8倍", "productivity_per_employee_multiple", 1.8, "multiple"),
    ("招商银行引入大模型后人效提升35%。", "35%", "productivity_per_employee_growth", 0.35, "ratio"),
])
def test_work_done_by_ai_and_productivity_are_adoption(body, text, metric, value, unit):
    row = row_of(facts_of_text(NOTE + body + "\n", PUB), text)
    assert _fields(row, "entity", "theme", "metric", "unit") == ("China Merchants Bank (CMB)", "adoption", metric, unit)
    assert row["value"] == pytest.approx(value)


def test_personal_efficiency_is_no_productivity_per_employee():
    df = facts_of_text(NOTE + "该方案可以提高个人效率20%。\n", PUB)
    assert not (df["metric"] == "productivity_per_employee_growth").any()


def test_a_cost_line_of_the_accounts_stays_earnings():
    """营业成本 is the income statement's, not a saving of AI."""
    row = row_of(facts_of_text(NOTE + "岚峰科技2025年营业成本12.5亿元，同比增长8%。\n", PUB), "12.5亿元")
    assert _fields(row, "theme", "metric") == ("earnings", "cost_of_revenue")


# --- class 3: game metrics ---------------------------------------------------------------------
GAMES = ("# 网易深度报告\n\n表1：主要产品运营数据\n"
         "产品　DAU（万）　付费率　月ARPPU（元）　2025年流水（亿元）\n"
         "NetEase Alpha　630　7.4%　280　35.6\n"
         "NetEase Beta　210　9.1%　190　12.2\n\n")


@pytest.mark.parametrize("text, metric, value, unit, period", [
    ("630", "daily_active_users", 6.3e6, "count", ""),
    ("7.4%", "paying_rate", 0.074, "ratio", ""),
    ("280", "arppu", 280.0, "CNY", ""),
    ("35.6", "gross_billings", 3.56e9, "CNY", "2025"),
    ("9.1%", "paying_rate", 0.091, "ratio", ""),
])
def test_a_game_table_gives_each_title_its_metrics(text, metric, value, unit, period):
    row = row_of(facts_of_text(GAMES, PUB), text)
    assert _fields(row, "metric", "unit", "period") == (metric, unit, period)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("body, text, metric, value, theme", [
    ("网易新游次月留存约41%，高于同类产品约6个百分点。", "约41%", "next_month_retention", 0.41, "adoption"),
    ("网易新游次月留存约41%，高于同类产品约6个百分点。", "约6个百分点", "next_month_retention_gap", 0.06, "adoption"),
    ("网易新游次月留存约41%，比同类产品高约6个百分点。", "约6个百分点", "next_month_retention_gap", 0.06, "adoption"),
    ("网易新游七日留存约28%，低于行业均值约3个百分点。", "约3个百分点", "seven_day_retention_gap", -0.03, "adoption"),
    ("网易研发人员1,460人，其中AI团队210人。", "210", "ai_team_headcount", 210.0, "earnings"),
    ("网易引入AIGC后美术外包成本下降约26%。", "下降约26%", "outsourcing_cost_change", -0.26, "adoption"),
    ("网易储备4款新游。", "4", "games_in_pipeline", 4.0, "earnings"),
    ("网易新作首月流水超12亿元。", "超12亿元", "gross_billings", 1.2e9, "earnings"),
])
def test_game_metrics_in_prose(body, text, metric, value, theme):
    row = row_of(facts_of_text("# 网易深度报告\n\n" + body + "\n", PUB), text)
    assert _fields(row, "entity", "metric", "theme") == ("NetEase", metric, theme)
    assert row["value"] == pytest.approx(value)


def test_next_day_retention_names_no_day():
    row = row_of(facts_of_text("# 网易深度报告\n\n网易新游次日留存约52%。\n", PUB), "约52%")
    assert _fields(row, "metric", "period") == ("next_day_retention", "")


def test_a_game_market_sales_is_its_size():
    df = facts_of_text("# 游戏行业报告\n\n2025年中国游戏市场实际销售收入3,120亿元，同比增长6%，用户规模6.5亿。\n", PUB)
    assert _fields(row_of(df, "3,120亿元"), "theme", "metric", "period") == ("market", "market_size", "2025")
    assert _fields(row_of(df, "6%"), "theme", "metric") == ("market", "market_size_growth")


def test_an_assembly_line_is_no_billings():
    df = facts_of_text("# 制造业报告\n\n岚峰科技流水线良率达95%，新建3条流水线。\n", PUB)
    assert not (df["metric"] == "gross_billings").any()


def test_a_gap_needs_a_share_before_it():
    """高于 opening a clause with no share before it in the sentence: no gap."""
    df = facts_of_text("# 网易深度报告\n\n网易毛利率高于同业约4个百分点。\n", PUB)
    assert not df["metric"].str.endswith("_gap").any()


# --- class 4: ad metrics -----------------------------------------------------------------------
ADS = ("# Meta跟踪报告\n\n表3：Meta广告量价拆分\n季度　广告展示量同比(%)　单广告均价同比(%)\n"
       "2Q25　11　9\n3Q25　8　12\n\n")


@pytest.mark.parametrize("text, period, theme, metric, value", [
    ("11", "2025Q2", "adoption", "ad_impressions_growth", 0.11),
    ("9", "2025Q2", "pricing", "price_per_ad_change", 0.09),
    ("8", "2025Q3", "adoption", "ad_impressions_growth", 0.08),
    ("12", "2025Q3", "pricing", "price_per_ad_change", 0.12),
])
def test_an_ad_volume_price_table_splits_growth_by_its_columns(text, period, theme, metric, value):
    row = row_of(facts_of_text(ADS, PUB), text)
    assert _fields(row, "entity", "period", "theme", "metric") == ("Meta", period, theme, metric)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("body, text, entity, theme, metric, value", [
    ("新模型带来Instagram广告转化率提升4%。", "4%", "Instagram", "adoption", "conversion_rate_change", 0.04),
    ("Advantage+ 的ROAS提升19%。", "19%", "Meta Advantage+", "adoption", "roas_change", 0.19),
    ("Meta的eCPM同比提升约6%。", "约6%", "Meta", "pricing", "ecpm_change", 0.06),
    ("Meta广告展示量同比增长7%。", "7%", "Meta", "adoption", "ad_impressions_growth", 0.07),
])
def test_ad_metrics_in_prose(body, text, entity, theme, metric, value):
    row = row_of(facts_of_text("# Meta跟踪报告\n\n" + body + "\n", PUB), text)
    assert _fields(row, "entity", "theme", "metric") == (entity, theme, metric)
    assert row["value"] == pytest.approx(value)


def test_a_bare_growth_column_stays_the_growth_of_the_column_left():
    """营业收入（亿元） | 同比(%): the header names no measure of its own."""
    text = "# Meta跟踪报告\n\n表4：Meta收入\n季度\t营业收入（亿美元）\t同比(%)\n2Q25\t475\t22\n3Q25\t511\t26\n"
    row = row_of(facts_of_text(text, PUB), "22")
    assert _fields(row, "metric", "entity") == ("revenue_growth", "Meta")


def test_major_game_titles_and_their_makers_by_english_name():
    text = ("# 游戏行业报告\n\n表2：重点产品数据\n产品　DAU（万）　付费率\n蛋仔派对　760　5.9%\n原神　380　7.7%\n\n"
            "米哈游研发人员约5000人。\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "760")["entity"] == "Eggy Party"
    assert row_of(df, "7.7%")["entity"] == "Genshin Impact"
    assert row_of(df, "约5000")["entity"] == "miHoYo"
