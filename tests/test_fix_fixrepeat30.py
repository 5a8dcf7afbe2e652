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
