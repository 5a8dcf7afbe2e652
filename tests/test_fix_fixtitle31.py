"""A title naming a report on a quarter or a half dates the report's undated figures."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of, period_of


def _period_of(text: str, published: dt.date, shown: str) -> str:
    return period_of(facts_of(text, published), shown)


def test_half_report_title_dates_undated_figures():
    text = ("2025上半年智能音箱市场报告：出货回暖\n"
            "某某研究（fictional）｜发布：2025年8月12日\n\n"
            "【摘要】\n基于渠道监测数据，我们观察到智能音箱需求回暖，高端机型占比提升。\n\n"
            "一、出货：量价齐升\n"
            "智能音箱出货量为320万台，同比增长12%。\n")
    assert _period_of(text, dt.date(2025, 8, 12), "320万") == "2025H1"


def test_quarter_report_title_dates_undated_figures():
    text = ("云游戏季报｜2025年第二季度\n"
            "某某研究（fictional）　2025-07-20\n\n"
            "【核心观点】\n云游戏用户规模继续扩大，付费意愿提升。\n\n"
            "一、用户规模\n"
            "云游戏平台月活跃用户达到4100万，同比增长18%。\n")
    assert _period_of(text, dt.date(2025, 7, 20), "4100万") == "2025Q2"


def test_year_report_title_dates_nothing():
    # a year's white paper lists figures of many years: its year dates none of them
    text = ("2024年度智能音箱白皮书\n"
            "某某研究（fictional）｜发布：2025年3月2日\n\n"
            "智能音箱出货量为320万台，同比增长12%。\n")
    assert _period_of(text, dt.date(2025, 3, 2), "320万") != "2024"


def test_quarter_still_running_dates_nothing():
    text = ("云游戏季报｜2025年第三季度\n"
            "某某研究（fictional）　2025-08-20\n\n"
            "云游戏平台月活跃用户达到4100万，同比增长18%。\n")
    assert _period_of(text, dt.date(2025, 8, 20), "4100万") == ""


def test_half_report_title_dates_undated_table_rows():
    text = ("AI写作应用上半年收入榜：头部集中\n"
            "某某研究（fictional）｜2025年8月20日\n\n"
            "【导语】\n写作类应用付费意愿提升，头部产品留存更稳。\n\n"
            "二、留存\n"
            "应用 | 次日留存(%) | 30日留存(%)\n"
            "---|---|---\n"
            "笔灵 | 47 | 16\n"
            "文思 | 41 | 13\n")
    assert _period_of(text, dt.date(2025, 8, 20), "47") == "2025H1"
