"""A section heading that closes with a period (``二、主要指标（2024年）``, a changelog's
``## [v2.1.0] - 2025-10-16``) dates the figures under it that state no time of their own, down
to the next heading; a table's caption, a source line, the masthead and a heading whose period
stands inside its own words date nothing below them.

Every example is invented (青禾保险, 远川云 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 7, 15)

REPORT = ("保险科技周刊｜深度\n"
          "青禾保险的理赔自动化\n"
          "2025年7月15日　记者 王一\n\n"
          "一、行业概况\n"
          "理赔人力成本仍是保险公司最大的运营开支之一，从车险定损到健康险核保，各家公司都在试用大模型，"
          "但多数仍停留在试点阶段，行业整体仍在观望。\n\n"
          "二、青禾保险AI应用指标（2024年）\n\n"
          "青禾保险称其智能理赔自动化率达到87%，理赔人力减少约四成。\n\n"
          "三、下一步\n"
          "青禾保险称其智能核保覆盖率为65%。\n")


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of(text, day)
    return dict(zip(f["text"], f["period"]))


def test_a_heading_closing_with_a_year_dates_the_figures_of_its_section():
    p = _periods(REPORT)
    assert p["87%"] == "2024"


def test_the_next_heading_ends_the_section():
    p = _periods(REPORT)
    assert p["65%"] == ""


def test_a_period_inside_the_heading_words_dates_nothing_below():
    p = _periods(REPORT.replace("二、青禾保险AI应用指标（2024年）", "二、2024年青禾保险AI应用指标"))
    assert p["87%"] == ""


def test_a_source_line_between_figure_and_heading_stops_the_reading():
    text = REPORT.replace("\n\n青禾保险称其智能理赔", "\n资料来源：公司年报\n\n青禾保险称其智能理赔")
    assert _periods(text)["87%"] == ""


CHANGELOG = ("# 远川云 模型平台 计费变更日志\n\n"
             "> 最后更新：2025-11-28\n\n"
             "本文件按时间倒序记录平台计费规则的每一次变更，所有价格均为含税人民币价格，"
             "变更自所在版本发布之日起生效，历史版本的价格不再适用。\n\n"
             "---\n\n"
             "## [v3.2.0] - 2025-10-16\n\n"
             "### Changed\n"
             "- 批量接口统一打五折，长文本场景综合成本下降约三成。\n\n"
             "---\n\n"
             "## [v3.1.0]\n\n"
             "### Changed\n"
             "- 长文本场景综合成本下降约两成。\n")


def test_a_release_heading_dates_the_changes_under_its_subheadings():
    p = _periods(CHANGELOG, dt.date(2025, 11, 28))
    assert p["下降约三成"] == "2025-10-16"


def test_a_release_heading_without_a_date_borrows_none_from_the_one_before():
    p = _periods(CHANGELOG, dt.date(2025, 11, 28))
    assert p["下降约两成"] == ""
