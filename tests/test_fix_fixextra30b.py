"""Numbers the SCHEMA says are no facts that the extractor wrote as rows (invented texts; 云岫资本,
星衡科技 and the figures are made up).

- A count right after a top-N 前 (``前10笔交易``, ``被引量前100的论文``) is the size of the group
  a share or total is taken over, a label, not a count of anything; words that end in 前
  (``目前``, ``三年前``) are no such 前.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)


def _texts(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


def test_a_top_n_group_size_is_no_count():
    r = _texts("云岫资本统计，三季度全球AI融资额达到640亿美元，前12笔交易贡献了其中约55%。")
    assert "12" not in r, r
    assert any(v[2] == 64e9 for v in r.values()), r
    r = _texts("在被引量前200的高影响力论文中，星衡科技贡献了41篇。")
    assert "200" not in r, r


def test_a_count_after_a_word_ending_in_qian_stays():
    r = _texts("星衡科技付费客户由三年前120家增至目前350家。")
    assert r["120"][2:] == (120.0, "count"), r
    assert r["350"][2:] == (350.0, "count"), r


def test_a_star_count_column_is_no_fact():
    text = ("### 下载量榜单（近30天，单位：万次）\n"
            "| 模型家族 | 机构 | 下载量 | GitHub Stars |\n"
            "|---|---|---|---|\n"
            "| 星衡-LM | 星衡科技 | 4,120 | 12.8k |\n"
            "| 云岫-Chat | 云岫智能 | 1,760 | 5.4k |\n")
    r = _texts(text)
    assert r["4,120"][2:] == (41_200_000.0, "count"), r
    assert "12.8k" not in r and "5.4k" not in r, r
