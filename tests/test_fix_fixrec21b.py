"""Survey shares whose verb the respondent reader missed (invented text).

A survey's share right before what its respondents do is theirs (adoption): how often they do it
may stand between (``每周至少使用``, facts_words.csv ``respondent_adverb``), and so may the
population word after 的 (``约58%的医院选择``, ``survey_population``); choosing, paying and being
willing are adoption verbs, and a share that only says something (``表示``, ``respondent_say``) is
the plain ``respondent_share``. Without a survey stated before, a share that only says something stays unread.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 2)
HEAD = "青岚研究｜调研简报\n2026年3月2日\n\n"

SURVEY = HEAD + (
    "本次问卷调研覆盖240家二级以上医院和1,800名用户。\n"
    "用户端，约37%每周至少使用一次智能导诊，但仅约9%愿意为此额外付费。\n"
    "部署方式上，约44%的医院选择私有化方案。\n"
    "已上线的医院中，约四分之三的医院表示候诊时间明显缩短。\n"
)


def test_survey_shares_before_their_verb():
    df = facts_of_text(SURVEY, PUB)
    for text, entity in (("约37%", "Surveyed users"), ("约44%", "Surveyed hospitals"),
                         ("约四分之三", "Surveyed hospitals")):
        row = row_of(df, text)
        assert (row["theme"], row["unit"]) == ("adoption", "ratio"), text
    assert row_of(df, "约44%")["entity"] == "Surveyed hospitals"
    assert row_of(df, "约44%")["metric"] == "ai_adoption_share"
    assert row_of(df, "约四分之三")["metric"] == "respondent_share"
    assert row_of(df, "约9%")["theme"] == "adoption"


def test_no_survey_no_respondent_share():
    df = facts_of_text("青岚研究｜行业周报\n2026年3月2日\n\n" + "约四分之三的医院表示候诊时间缩短。\n", PUB)
    assert df.empty or "约四分之三" not in set(df["text"])
