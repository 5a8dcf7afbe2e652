"""Wrong subjects, two general classes (invented texts): a data source or research firm named as
where a figure comes from is never its subject, and a fund report's own figures are the fund's,
not a group carried from an earlier sentence or section."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 6, 3)


# ---- sources are never subjects ------------------------------------------------------------------

def test_tracker_with_quoted_title_is_no_subject():
    df = facts_of_text("一、人才流向\nZentrovia“全球机器人人才追踪”显示，顶尖研究人员中本科毕业于德国的比例为37%。", PUB)
    assert entity_of(df, "37%") != "Zentrovia"


def test_source_after_ju_with_tongji_is_no_subject():
    df = facts_of_text("一、人才流向\n据Quorvex统计，顶尖研究人员在美国工作的比例为41%。", PUB)
    assert entity_of(df, "41%") != "Quorvex"


def test_report_title_in_book_brackets_is_no_subject():
    df = facts_of_text("斯坦福大学《2024年人工智能指数报告》显示，2022年全球AI专利授权量同比增长52.7%。", PUB)
    assert "Index" not in str(entity_of(df, "52.7%"))


def test_source_not_carried_as_document_subject():
    df = facts_of_text("Zentrovia数据显示，岗位数量同比增长约21%。Zentrovia统计，年薪普遍在80万-150万元之间。", PUB)
    assert entity_of(df, "80万-150万元") != "Zentrovia"


def test_firm_results_still_the_firms():
    # near-miss: a company's own results (财报显示) keep the company as subject
    df = facts_of_text("Veltrix财报显示，公司一季度营收约12亿元，同比增长35%。", PUB)
    assert entity_of(df, "约12亿元") == "Veltrix"


# ---- a fund report's figures are the fund's ---------------------------------------------------------

_FUND_NOTE = (
    "青岑智能制造主题混合型证券投资基金\n2025年第3季度报告\n\n"
    "4.4 报告期内基金的投资策略和运作分析\n"
    "本基金维持对PCB的超配。期内北美四大云厂商二季度资本开支合计约800亿美元，同比增长约54%。"
    "本报告期股票换手率约165%，较上季度的110%明显提升。\n"
    "截至报告期末，前十大重仓股合计占基金资产净值比例为58.02%。\n"
    "4.5 报告期内基金的业绩表现\n"
    "截至本报告期末，A类份额净值增长率为41.32%，C类份额净值增长率为41.10%。\n"
)


def _fund_facts():
    # the loader takes a report's first line as its title
    doc = {"doc_id": "t.txt", "text": _FUND_NOTE, "text_simplified": to_simplified(_FUND_NOTE),
           "published": PUB, "publisher": "Test Broker", "boilerplate": [],
           "title": _FUND_NOTE.splitlines()[0]}
    return facts_frame(extract_document(doc))


def test_fund_turnover_is_the_title_funds_not_a_carried_group():
    df = _fund_facts()
    assert entity_of(df, "约165%") == "Qingcen AI Manufacturing Theme Mixed Fund"
    assert entity_of(df, "58.02%") == "Qingcen AI Manufacturing Theme Mixed Fund"


def test_fund_return_takes_the_share_class_named():
    df = _fund_facts()
    assert entity_of(df, "41.10%") == "Qingcen AI Manufacturing Theme Mixed Fund C"


def test_group_named_in_its_own_sentence_keeps_its_capex():
    # near-miss: the cloud providers' capex is named with them, not the fund's
    df = _fund_facts()
    assert entity_of(df, "约800亿美元") == "Big-4 US cloud providers"


# ---- a name that drives a change is its cause, not its subject ------------------------------------

def test_model_driving_demand_is_no_subject_of_the_rent_change():
    df = facts_of_text("8卡Zeta-9服务器月租金约4.5万元/台，自2月Veyra-2带动推理需求以来上涨约12%。", PUB)
    assert entity_of(df, "约12%") != "Veyra-2"


def test_model_own_figure_still_its_own():
    # near-miss: the model's own parameter count is still the model's
    df = facts_of_text("Veyra-2的参数量约为700亿，带动推理需求上升。", PUB)
    assert entity_of(df, "700亿") == "Veyra-2"


# ---- a place before a share word owns the share (the subject a source left) ------------------------

def test_place_before_share_word_owns_the_share():
    df = facts_of_text("一、人才流向\nZentrovia“全球人才追踪”显示，顶尖研究人员中本科毕业于德国的比例为37%，"
                       "毕业于法国的为16%；按工作地点计，在法国工作的比例为41%。", PUB)
    assert entity_of(df, "37%") == "Germany"
    assert entity_of(df, "16%") == "France"
    assert entity_of(df, "41%") == "France"


def test_named_firm_keeps_its_share_over_a_place():
    # near-miss: a firm named in the clause owns its share, the place is where it sells
    df = facts_of_text("Veltrix在德国市场的份额为23%。", PUB)
    assert entity_of(df, "23%") != "Germany"


# ---- no subject carried across a numbered section heading ---------------------------------------

def test_subject_of_earlier_section_not_carried_past_heading():
    text = ("1. 投资加码。Veltrix 2025年固定资产投资安排1750亿元。\n"
            "一、海外：电价与容量价格双双抬升\n"
            "电价方面，2025年6月商业用电平均价格为13.4美分/千瓦时，同比上涨约5%。\n"
            "二、公司\n青岑科技2025年营收12亿元。青岑科技毛利率31%。\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "1750亿元") == "Veltrix"
    assert entity_of(df, "约5%") != "Veltrix"


def test_subject_still_carried_within_its_section():
    # near-miss: with no heading between, the earlier sentence's firm is still carried
    text = "一、公司经营\nVeltrix 2025年固定资产投资安排1750亿元。\n公司毛利率为31.5%。\n"
    df = facts_of_text(text, PUB)
    assert entity_of(df, "31.5%") == "Veltrix"


# ---- a fund report's table rows naming no one are the fund's ----------------------------------------

_FUND_TABLES = (
    "青岑智能制造主题混合型证券投资基金\n2025年第3季度报告\n\n"
    "3.2 基金净值表现\n"
    "青岑智能制造主题混合A净值增长率与同期业绩比较基准收益率的比较\n"
    "阶段          净值增长率①    业绩比较基准收益率③    ①-③\n"
    "过去三个月    41.32%          13.86%                  27.46%\n"
    "过去一年      71.05%          31.41%                  39.64%\n\n"
    "5.1 报告期末基金资产组合情况\n"
    "项目          金额（元）            占基金总资产的比例(%)\n"
    "权益投资      3,137,105,220.40      88.12\n"
    "银行存款和结算备付金  298,712,554.09   11.13\n"
)


def _table_facts():
    doc = {"doc_id": "t.txt", "text": _FUND_TABLES, "text_simplified": to_simplified(_FUND_TABLES),
           "published": PUB, "publisher": "Test Broker", "boilerplate": [],
           "title": _FUND_TABLES.splitlines()[0]}
    return facts_frame(extract_document(doc))


def test_fund_period_row_is_the_captioned_share_class():
    df = _table_facts()
    assert entity_of(df, "71.05%") == "Qingcen AI Manufacturing Theme Mixed Fund A"


def test_fund_asset_row_is_the_fund():
    df = _table_facts()
    assert entity_of(df, "88.12") == "Qingcen AI Manufacturing Theme Mixed Fund"
    assert entity_of(df, "11.13") == "Qingcen AI Manufacturing Theme Mixed Fund"


def test_section_heading_place_owns_its_unnamed_figures():
    text = ("1. 投资加码。Veltrix 2025年固定资产投资安排1750亿元。\n"
            "一、欧洲：电价与容量价格双双抬升\n"
            "电价方面，2025年6月商业用电平均价格为13.4美分/千瓦时，同比上涨约5%。\n"
            "二、公司\n青岑科技2025年营收12亿元。青岑科技毛利率31%。\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "约5%") == "Europe"


def test_place_right_before_wei_owns_the_share():
    df = facts_of_text("从授权口径看，《2024年某指数报告》显示，2022年德国在全球AI专利授权中的占比达41.1%，"
                       "法国为10.9%；而2010年法国的占比为44.1%。", PUB)
    assert entity_of(df, "10.9%") == "France"
    assert entity_of(df, "44.1%") == "France"
