"""Talent and salary reports, medical AI adoption and fund-holdings tables (invented text)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text, row_of

NOV = dt.date(2025, 11, 20)


@pytest.mark.parametrize("sentence, entity", [
    ("我们估计2025年中国AI医学影像市场规模约58亿元。", "China AI medical imaging market"),
    ("我们保守估算2027年中国AI医学影像市场规模约64亿元。", "China AI medical imaging market"),
    ("据测算，中国AI医学影像市场规模约63亿元。", "China AI medical imaging market"),
])
def test_market_name_drops_the_verb_and_year_before_it(sentence, entity):
    df = facts_of_text(sentence, NOV)
    assert entity_of(df, df.iloc[0]["text"]) == entity


def test_untranslated_market_keeps_its_words_but_not_the_verb():
    # 车载激光雷达 has market words since fixregion (China in-vehicle lidar market); a word no
    # data row translates still keeps the market's words as written, without the verb
    df = facts_of_text("我们保守估算2027年中国车载激光雷达市场规模约65亿元。", NOV)
    assert entity_of(df, "约65亿元") == "China in-vehicle lidar market"
    df = facts_of_text("我们保守估算2027年中国存储控制芯片市场规模约65亿元。", NOV)
    assert entity_of(df, "约65亿元") == "中国存储控制芯片市场"


def test_market_name_without_a_verb_is_unchanged():
    df = facts_of_text("预计2026年全球AI客服市场规模约62亿元。", NOV)
    assert entity_of(df, "约62亿元") == "Global AI customer service market"


TALENT = """2025年AI人才发展报告

2025年AI工程师平均月薪为28,600元/月，同比增长5.8%。分岗位看：
- 大模型算法工程师：46,200元/月
- 数据标注员：7,900元/月
AI产品经理岗位数量同比增长1.5倍，大模型相关岗位招聘需求同比增长约48%。
我们测算国内AI人才缺口约52万人，AI工程师供需比为0.38。
城市排名：第1名 北京，第2名 上海。本报告共48页。
"""


def test_salary_and_its_growth_are_the_job_market():
    df = facts_of_text(TALENT, dt.date(2025, 12, 10))
    pay = row_of(df, "28,600元/月")
    assert (pay.theme, pay.entity, pay.metric, pay.value) == ("market", "AI engineers", "average_monthly_salary", 28600)
    assert row_of(df, "5.8%").metric == "salary_growth"


@pytest.mark.parametrize("text, entity, value", [
    ("46,200元/月", "LLM algorithm engineers", 46200),
    ("7,900元/月", "Data annotators", 7900),
])
def test_bullet_items_take_the_lead_lines_measure(text, entity, value):
    row = row_of(facts_of_text(TALENT, dt.date(2025, 12, 10)), text)
    assert (row.theme, row.entity, row.metric, row.value) == ("market", entity, "average_monthly_salary", value)


def test_postings_gap_and_supply_demand_ratio():
    df = facts_of_text(TALENT, dt.date(2025, 12, 10))
    assert (row_of(df, "1.5倍").metric, row_of(df, "1.5倍").entity) == ("job_postings_growth", "AI product managers")
    assert row_of(df, "约48%").metric == "job_postings_growth"
    gap = row_of(df, "约52万")
    assert (gap.metric, gap.unit, gap.value) == ("talent_gap", "count", 520000)
    ratio = row_of(df, "0.38")
    assert (ratio.metric, ratio.unit) == ("supply_demand_ratio", "ratio")


def test_rankings_and_page_counts_are_no_facts():
    df = facts_of_text(TALENT, dt.date(2025, 12, 10))
    assert not set(df["text"]) & {"1", "2", "48", "48页"}


def test_bullet_item_under_a_lead_without_a_measure_is_left_alone():
    df = facts_of_text("订阅方案如下：\n- 基础版：20美元/月\n", NOV)
    assert row_of(df, "20美元/月").theme == "pricing"


def test_bullet_item_that_names_its_own_measure_keeps_it():
    text = "2025年AI工程师平均月薪为28,600元/月。其中：\n- 大模型API价格：12元/百万tokens\n"
    assert row_of(facts_of_text(text, NOV), "12元/百万tokens").theme == "pricing"


MED = """AI医学影像行业深度报告

截至2025年9月底，国内共有108张AI医疗器械三类证。
三级医院AI影像部署率达72.6%，二级医院为26%。
部署AI影像产品的医院约4,100家。
AI辅助诊断收费每次不超过20元。
"""


def test_medical_ai_counts_rates_and_fees():
    df = facts_of_text(MED, NOV)
    certs = row_of(df, "108")
    assert (certs.theme, certs.unit, certs.metric) == ("market", "count", "class_iii_certificates")
    assert (row_of(df, "72.6%").theme, entity_of(df, "72.6%")) == ("adoption", "China tertiary hospitals")
    assert entity_of(df, "26%") == "China secondary hospitals"
    assert (row_of(df, "约4,100").theme, row_of(df, "约4,100").unit) == ("adoption", "count")
    fee = row_of(df, "不超过20元")
    assert (fee.theme, fee.metric, fee.value) == ("pricing", "fee", 20)


FUNDS = """四季度末，主动偏股型基金对电子行业的配置比例为21.3%，环比提升1.4个百分点；通信行业超配幅度达到5.6个百分点。

表1：四季度末主动权益基金前五大重仓股
排名　股票　持股市值（亿元）　持有基金数（只）　占流通市值比例
1　新易盛　512.6　980　12.4%
2　寒武纪　301.2　640　9.8%
"""


def test_fund_allocation_and_holdings_table_are_valuation():
    df = facts_of_text(FUNDS, dt.date(2026, 1, 25))
    assert (row_of(df, "21.3%").theme, row_of(df, "21.3%").metric) == ("valuation", "sector_allocation")
    assert row_of(df, "1.4个百分点").metric == "sector_allocation_change"
    assert row_of(df, "5.6个百分点").metric == "overweight"
    held = row_of(df, "512.6")
    assert (held.metric, held.value) == ("holdings_market_value", 5.126e10)
    assert (row_of(df, "980").metric, row_of(df, "980").unit) == ("funds_holding", "count")
    assert row_of(df, "12.4%").metric == "share_of_free_float"
    assert "1" not in set(df["text"])
