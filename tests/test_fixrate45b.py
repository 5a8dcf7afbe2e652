"""Outcome rates of an AI service (fixrate45b): 转接率 (the share of an AI agent's sessions handed
to a human) and 误判率 (误报率 in other words) are facts about the service in use: adoption, as
the process-outcome rates of fixrate41, and as triage gold files 转接率 in three genres. 识别率
is left out: as a keyword it would claim the change of the next clause's own measure (缺陷识别率提高…，单批检测周期下降六成, test_fixchg44).

Every example is invented: the institutions and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of

DAY = dt.date(2026, 3, 2)


def _by_value(text: str) -> dict:
    f = facts_of(text, DAY, "Test Institute")
    return {round(v, 4): (t, m, u) for v, t, m, u in zip(f["value"], f["theme"], f["metric"], f["unit"])}


@pytest.mark.parametrize("text, value, metric", [
    # was nothing: the human hand-off rate of an AI customer service
    ("星河银行三季度智能客服服务1,200万人次，人工转接率由去年同期的12%降至5.5%。", 0.055, "human_transfer_rate"),
    ("星河银行三季度智能客服服务1,200万人次，人工转接率由去年同期的12%降至5.5%。", 0.12, "human_transfer_rate"),
    # was nothing: a false-alarm rate, in traditional characters too
    ("澄湖證券的反洗錢模型誤判率降至0.6%。", 0.006, "false_positive_rate"),
    ("澄湖证券的反洗钱模型误判率降至0.6%。", 0.006, "false_positive_rate"),
])
def test_service_outcome_rate_is_adoption(text, value, metric):
    assert _by_value(text).get(value) == ("adoption", metric, "ratio")


def test_other_rates_keep_their_reading():
    # near miss: a margin keeps its theme beside the new word
    got = _by_value("澄湖科技毛利率为41.5%，人工转接率为6%。")
    assert got.get(0.415) == ("earnings", "gross_margin", "ratio")
    assert got.get(0.06) == ("adoption", "human_transfer_rate", "ratio")
