"""Wrong subjects, two general classes (invented texts): a data source or research firm named as
where a figure comes from is never its subject, and a fund report's own figures are the fund's,
not a group carried from an earlier sentence or section."""
from __future__ import annotations

import datetime as dt

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
