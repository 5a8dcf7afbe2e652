"""A claim stated twice (a summary bullet dated only by the title, and the body's sentence
dated by its own fiscal quarter) is one row with the body's stated period.

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 28)

TEXT = (
    "某证券研究所｜行业研究\n"
    "中国云厂商三季报综述：AI收入延续高增长\n"
    "发布日期：2025年11月28日\n\n"
    "【核心观点】\n"
    "1. 阿里云收入加速：云智能集团单季收入412.37亿元，同比增长31%。\n\n"
    "一、阿里巴巴：云加速\n\n"
    "2026财年第二季度（截至2025年9月30日），阿里巴巴集团收入2533.61亿元，同比增长6%。\n"
    "云智能集团收入412.37亿元，同比增长31%，较上一季度进一步提速。\n"
)


def test_the_body_stated_fiscal_quarter_wins_over_the_summary_title_quarter():
    f = facts_of(TEXT, DAY)
    rev = f[(f["value"] - 41237000000.0).abs() < 1]
    assert list(rev["period"]) == ["FY2026Q2"], f[["entity", "metric", "value", "period", "text"]].to_string()
    growth = f[(f["value"] - 0.31).abs() < 1e-9]
    assert list(growth["period"]) == ["FY2026Q2"], f[["entity", "metric", "value", "period", "text"]].to_string()


def test_a_stated_first_mention_keeps_its_period():
    # the body's sentence first, the bullet after: the first span's stated time stays
    text = (
        "2026财年第二季度（截至2025年9月30日），云智能集团收入412.37亿元。\n\n"
        "【核心观点】\n"
        "1. 阿里云收入加速：云智能集团单季收入412.37亿元。\n"
    )
    f = facts_of("中国云厂商三季报综述\n" + text, DAY)
    rev = f[(f["value"] - 41237000000.0).abs() < 1]
    assert list(rev["period"]) == ["FY2026Q2"], f[["entity", "metric", "value", "period", "text"]].to_string()


def test_an_undated_prose_amount_and_its_dated_table_cell_are_one_row():
    # the table names the measure 发行规模, the bullet 发行: one issue of one firm, dated by the cell
    text = (
        "某证券 | 信用周评\n报告日期：2025-11-20\n\n"
        "核心观点\n"
        "• 订单依旧火爆：青禾科技230亿美元发行录得约900亿美元认购。\n\n"
        "一、发行一览\n\n"
        "表1：科技公司近期美元债发行（金额：亿美元；票息：%）\n"
        "发行人　　　定价日　　　　发行规模　　最长期票息\n"
        "青禾科技　　2025-10-21　　230　　　　　　5.85\n"
        "蓝岸云　　　2025-11-04　　120　　　　　　5.60\n"
        "资料来源：公司公告\n"
    )
    f = facts_of(text, dt.date(2025, 11, 20))
    rows = f[(f["value"] - 23000000000.0).abs() < 1]
    assert list(rows["period"]) == ["2025-10-21"], f[["entity", "metric", "value", "period", "text"]].to_string()
