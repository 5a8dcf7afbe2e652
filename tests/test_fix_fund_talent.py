"""Fund allocation by group and sector, list items dated by their lead line, firms' hospital
coverage and the job market's hiring figures (invented text, with near-misses)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text, row_of

JAN = dt.date(2026, 1, 28)

FUNDS = """2025年四季度公募基金持仓分析

四季度末，主动权益基金对电子行业的配置比例为22.4%，环比提升1.3个百分点；通信行业配置比例9.1%，超配幅度达到5.7个百分点；计算机行业配置比例4.6%，环比下降0.5个百分点。
我们定义的“AI算力链”合计配置比例18.3%，较三季度末的15.1%继续提升，较2024年末则提升约7个百分点。
本期主动权益基金样本共计4,250只。
新易盛被持有基金数较三季度末增加260只。

表3：四季度末主动权益基金前五大重仓股
排名　股票　持股市值（亿元）　环比变动（亿元）　持有基金数（只）　占流通市值比例
1　新易盛　533.8　+141.6　1,020　12.7%
2　寒武纪　298.4　-18.7　655　9.3%
"""


@pytest.mark.parametrize("text, entity, metric", [
    ("22.4%", "Active equity funds electronics", "sector_allocation"),
    ("1.3个百分点", "Active equity funds electronics", "sector_allocation_change"),
    ("9.1%", "Active equity funds communications", "sector_allocation"),
    ("5.7个百分点", "Active equity funds communications", "overweight"),
    ("下降0.5个百分点", "Active equity funds computers", "sector_allocation_change"),
])
def test_sector_allocation_is_the_fund_groups_in_the_sector(text, entity, metric):
    row = row_of(facts_of_text(FUNDS, JAN), text)
    assert (row.theme, row.entity, row.metric, row.period) == ("valuation", entity, metric, "2025Q4")


def test_a_theme_allocation_takes_the_reports_quarter_and_its_base_keeps_its_own():
    df = facts_of_text(FUNDS, JAN)
    now, base, change = row_of(df, "18.3%"), row_of(df, "15.1%"), row_of(df, "约7个百分点")
    assert {now.entity, base.entity, change.entity} == {"Active equity funds AI compute chain"}
    assert (now.period, base.period, change.period) == ("2025Q4", "2025Q3", "2025Q4")
    assert (change.metric, change.unit) == ("sector_allocation_change", "pp")


def test_fund_count_and_a_stocks_holding_changes():
    df = facts_of_text(FUNDS, JAN)
    count = row_of(df, "4,250")
    assert (count.entity, count.metric, count.unit, count.period) == ("Active equity funds", "fund_count", "count", "2025Q4")
    more = row_of(df, "260")
    assert (more.entity, more.metric, more.value, more.period) == ("Eoptolink", "funds_holding_change", 260, "2025Q4")
    up, down = row_of(df, "+141.6"), row_of(df, "-18.7")
    assert (up.entity, up.metric, up.value, up.unit) == ("Eoptolink", "holdings_market_value_change", 1.416e10, "CNY")
    assert (down.entity, down.value) == ("Cambricon", -1.87e9)
    assert row_of(df, "533.8").metric == "holdings_market_value"


def test_a_sector_move_in_a_report_naming_no_fund_group_stays_the_index():
    df = facts_of_text("本周电子行业融资净买入55亿元。\n", dt.date(2025, 11, 21))
    assert entity_of(df, "55亿元") == "SW Electronics Index"


@pytest.mark.parametrize("text", ["本次调研样本共计1,200家企业。\n", "本次调研样本数量为1,200家企业。\n"])
def test_a_sample_without_a_fund_group_is_no_fact(text):
    df = facts_of_text(text, dt.date(2025, 11, 21))
    assert not {"fund_count", "sample_size"} & set(df["metric"])


TALENT = """2025年AI人才发展报告

一、AI就业市场
2025年AI工程师平均月薪为29,100元/月，同比增长6.4%。分岗位看：
- 大模型算法工程师：47,500元/月
- 数据标注员：8,300元/月
大模型相关岗位招聘需求同比增长约55%。
AI产品经理岗位数量同比增长1.4倍。
大模型方向应届博士年薪普遍在75万-130万元。
"""


@pytest.mark.parametrize("text, entity", [
    ("47,500元/月", "LLM algorithm engineers"),
    ("8,300元/月", "Data annotators"),
])
def test_list_items_take_the_lead_lines_year(text, entity):
    row = row_of(facts_of_text(TALENT, dt.date(2025, 12, 12)), text)
    assert (row.entity, row.metric, row.period) == (entity, "average_monthly_salary", "2025")


def test_a_list_item_keeps_its_own_year():
    text = "2025年AI工程师平均月薪为29,100元/月。分年份看：\n- 2024年：27,400元/月\n"
    assert row_of(facts_of_text(text, dt.date(2025, 12, 12)), "27,400元/月").period == "2024"


def test_a_lead_line_without_a_time_dates_no_item():
    text = "AI工程师平均月薪较高。分岗位看：\n- 大模型算法工程师：47,500元/月\n"
    assert row_of(facts_of_text(text, dt.date(2025, 12, 12)), "47,500元/月").period == ""


def test_postings_naming_no_job_are_the_job_markets():
    df = facts_of_text(TALENT, dt.date(2025, 12, 12))
    assert entity_of(df, "约55%") == "China AI job market"
    assert entity_of(df, "1.4倍") == "AI product managers"  # a job keeps its figure
    gap = facts_of_text("我们测算国内AI人才缺口约49万人。\n", dt.date(2025, 12, 12))
    assert entity_of(gap, "约49万") == "China AI job market"


def test_a_firms_postings_stay_the_firms():
    df = facts_of_text("字节跳动AI岗位招聘需求同比增长约80%。\n", dt.date(2025, 12, 12))
    assert entity_of(df, "约80%") == "ByteDance"


def test_graduates_by_degree_are_the_subject_of_their_pay():
    row = row_of(facts_of_text(TALENT, dt.date(2025, 12, 12)), "75万-130万元")
    assert (row.entity, row.metric, row.value, row.value_high) == ("LLM PhD graduates", "annual_salary", 750000, 1300000)


MED = "AI医学影像行业深度报告\n\n截至2025年9月底，三级医院AI影像部署率达74.8%，二级医院为27%。\n{line}\n"


@pytest.mark.parametrize("line, text, entity", [
    ("联影智能覆盖医院超过1,700家。", "超过1,700", "Lianying"),
    ("模型厂商中，联影智能覆盖医院超过1,700家。", "超过1,700", "Lianying"),
    ("推想医疗覆盖医院超过1,300家。", "超过1,300", "Infervision"),
])
def test_hospitals_covered_after_a_firms_name_are_the_firms(line, text, entity):
    row = row_of(facts_of_text(MED.format(line=line), dt.date(2025, 11, 20)), text)
    assert (row.theme, row.entity, row.metric) == ("adoption", entity, "hospitals_covered")


def test_tier_rates_are_both_dated_by_the_as_of_month():
    df = facts_of_text(MED.format(line=""), dt.date(2025, 11, 20))
    assert (row_of(df, "74.8%").period, row_of(df, "27%").period) == ("2025-09", "2025-09")


def test_coverage_words_without_a_firm_name_make_no_firm():
    df = facts_of_text(MED.format(line="人工智能覆盖医院超过1,700家。"), dt.date(2025, 11, 20))
    assert entity_of(df, "超过1,700") != "Rengong AI"
