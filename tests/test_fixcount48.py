"""Counts of places, posts and agents a service runs or creates, claimed by the noun they count.

A count in 个, 张 or 件 claims nothing alone (facts_words.csv counter_noun_measure); it is read
only where a counted noun (counter_noun) stands right before the count or closes the compound
after its counter. The nouns added here (床位, 路口, 监测站, 微站, 智能体, 工位, 职位, 就业机会,
网格, 考场, 考点, 文书, 工单, 数据集) are read adoption in every labelled set that counts them.
Every example is invented (松岚市, 云杉智算 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_beds_and_intersections_before_the_count():
    r = _rows("截至6月底，松岚市养老服务床位达2.6万张。")
    assert r["2.6万"] == ("adoption", "beds", 26000, "count")
    r = _rows("截至6月底，松岚市AI信号控制路口达83个。")
    assert r["83"][:2] == ("adoption", "intersections")


def test_stations_and_grids_before_the_count():
    r = _rows("松岚市空气质量监测站共437个，全市共划分城乡网格2,914个。")
    assert r["437"][:2] == ("adoption", "stations")
    assert r["2,914"][:2] == ("adoption", "grids") and r["2,914"][2] == 2914


def test_agents_and_workstations_before_the_count():
    r = _rows("云杉智算平台本季度上线智能体56个，校内实训工位930个。")
    assert r["56"][:2] == ("adoption", "agents")
    assert r["930"][:2] == ("adoption", "workstations")


def test_jobs_and_positions_after_the_counter():
    r = _rows("该园区预计可创造约1,500个就业机会，同时减少约700个职位。")
    assert r["约1,500"][:2] == ("adoption", "jobs") and r["约1,500"][2] == 1500
    assert any(v[:2] == ("adoption", "positions") and abs(v[2]) == 700 for v in r.values())


def test_exam_rooms_and_documents():
    r = _rows("全省设考点212个、考场9,340个；法院电子送达文书86万份。")
    assert r["212"][:2] == ("adoption", "exam_sites")
    assert r["9,340"][:2] == ("adoption", "exam_rooms")
    assert r["86万"][:2] == ("adoption", "documents")


def test_a_measure_word_with_no_listed_noun_stays_no_fact():
    r = _rows("松岚市图书馆本年度整理档案87份，修缮书架14个。")
    assert "87" not in r and "14" not in r
