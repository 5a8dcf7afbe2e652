"""Numbers that are no claims: a day written M/D read as a fraction, and the size of the
report's own sample.

Every example is invented (青禾科技, 云栈智能 ... exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2025, 12, 1)


def test_a_timeline_line_opened_by_a_day_is_no_fraction():
    f = facts_of("青禾科技大事记\n3/12\u3000青禾科技发布新一代芯片，收入增长25%。\n"
                 "11/5\u3000云栈智能完成融资10亿元。\n", published=DAY)
    assert set(f.loc[f["unit"] == "ratio", "text"]) == {"25%"}
    assert "3/12" not in set(f["text"]) and "11/5" not in set(f["text"])
    assert "10亿元" in set(f["text"])


def test_a_day_after_an_as_of_word_is_no_fraction():
    f = facts_of("青禾科技股价年初至今上涨38%（截至11/28）。", published=DAY)
    assert "11/28" not in set(f["text"])
    assert "38%" in set(f["text"])


def test_a_fraction_in_a_sentence_stays():
    f = facts_of("青禾科技的训练成本约为同行的1/12。", published=DAY)
    assert "1/12" in set(f["text"])


def test_the_reports_own_sample_is_no_count():
    f = facts_of("本周市场回暖。我们跟踪的9只人工智能ETF本周全部上涨，其中青禾人工智能ETF上涨5.2%。"
                 "本报梳理了六家云厂商的年报，发现其AI收入合计增长40%。", published=DAY)
    texts = set(f["text"])
    assert "9" not in texts and "六" not in texts
    assert "5.2%" in texts or "上涨5.2%" in texts


def test_a_count_covered_outside_the_reports_sample_stays():
    f = facts_of("截至10月底，青禾科技的AI平台累计服务企业客户3,200家。", published=DAY)
    assert "3,200" in set(f["text"])


def test_a_distance_between_places_is_no_count():
    f = facts_of("青禾智算园区距杭州市区约80公里，一期已部署GPU 2万张。", published=DAY)
    texts = set(f["text"])
    assert "约80" not in texts and "80" not in texts
    assert any("2万" in t for t in texts)


def test_a_fleets_mileage_stays():
    f = facts_of("截至10月底，青禾智驾车队累计行驶里程突破5亿公里。", published=DAY)
    assert any("5亿" in t for t in f["text"])
