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
