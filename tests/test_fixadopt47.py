"""Theme of jobs that AI takes over, cuts or creates (fixadopt47).

A count of jobs (``岗位``) that a sentence says AI replaces, cuts or creates measures how far AI
does the work: adoption (SCHEMA: share of work done by AI), not the job market a hiring platform's
postings measure (``theme_boundaries.csv``). Postings a platform counts stay market.

Every example is invented: the firms, places and figures are in no report.
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _row(text: str, carried: str):
    f = facts_of(text)
    hit = f[f["text"].str.contains(carried, regex=False)]
    assert len(hit) >= 1, f[["theme", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_jobs_ai_replaces_are_adoption():
    row = _row("澄川纺织的AI验布系统已覆盖9条产线，替代人工验布岗位47个。", "47")
    assert (row["theme"], row["unit"], row["value"]) == ("adoption", "count", 47.0)


def test_jobs_ai_creates_or_removes_are_adoption():
    text = "某研究机构估计，到2032年AI将在青屿省替代约120万个岗位，同时新创造约90万个岗位。"
    assert _row(text, "约120万")["theme"] == "adoption"
    assert _row(text, "约90万")["theme"] == "adoption"


def test_postings_of_a_hiring_platform_stay_market():
    # near miss: postings a platform counts are the job market, however they changed
    row = _row("今年前三季度，鹭程招聘平台AI相关新发岗位数约6.3万个，同比增长21%。", "约6.3万")
    assert row["theme"] == "market"


def test_a_share_of_requests_ai_settles_alone_is_adoption():
    row = _row("1至9月，岚川市政务热线夜间诉求中，AI独立办结占比达到47%。", "47%")
    assert (row["theme"], row["unit"]) == ("adoption", "ratio")


def test_a_share_of_entries_by_face_recognition_is_adoption():
    row = _row("开园首月，鹤溪乐园刷脸入园人次占比为58%。", "58%")
    assert (row["theme"], row["unit"]) == ("adoption", "ratio")


def test_a_market_share_beside_face_recognition_stays_market():
    # near miss: a vendor's share of a market stays market, whatever the product does
    row = _row("据测算，刷脸支付终端市场中，岚石科技份额约为23%。", "23%")
    assert row["theme"] == "market"
