"""Changes that no metric keyword names: the measure's head word, or the share stated before.

An operating report writes what AI changed as a fall or rise of a measure no keyword lists
(设备非计划停机时间减少45%, 单班下井人数平均下降23%, 提锂收率提升4个百分点): the head word of the
measure (facts_words.csv change_head: 时间, 周期, 人数, 收率) names it. Points right after a clause
that ends on a share (占全部工单的72%，较上年提升19个百分点) are that share's change. Every
example is invented (澄川港, 鹭石矿业 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_a_fall_of_a_time_named_by_its_head_word_is_its_change():
    r = _rows("澄川港引入AI调度系统后，集卡平均等待时间减少37%，岸桥作业周期缩短约两成。")
    assert r["减少37%"][:2] == ("adoption", "time_change") and r["减少37%"][2:] == (-0.37, "ratio")
    assert r["缩短约两成"][0] == "adoption" and r["缩短约两成"][2:] == (-0.2, "ratio")


def test_a_head_count_and_a_rate_of_an_operation_change():
    r = _rows("鹭石矿业智能化改造完成后，单班井下作业人数平均下降18%，选矿回收率提升3个百分点。")
    assert r["下降18%"][:2] == ("adoption", "people_change") and r["下降18%"][2] == -0.18
    assert r["3个百分点"][0] == "adoption" and r["3个百分点"][1].endswith("rate_change")
    assert r["3个百分点"][2:] == (0.03, "pp")


def test_a_rise_word_before_the_number_makes_it_a_change():
    r = _rows("试点产线启用视觉质检后，缺陷识别率提高4.5个百分点，单批检测周期下降六成。")
    assert r["4.5个百分点"][0] == "adoption" and r["4.5个百分点"][2:] == (0.045, "pp")
    assert r["下降六成"][:2] == ("adoption", "cycle_time_change") and r["下降六成"][2] == -0.6


def test_a_level_reached_or_a_growth_rate_is_no_change_of_a_head_word():
    r = _rows("澄川港集卡平均等待时间降至12%，集装箱吞吐量增长率提升至8%。")
    assert "12%" not in r or not r["12%"][1].endswith("_change")
    assert all(not m.endswith("time_change") for _, m, _, _ in r.values())


def test_a_head_word_parted_from_the_change_by_a_figure_is_not_read():
    # 由38.6天缩短至31.2天，缩短19.2%: the clause of the change names no head word of its own
    r = _rows("鹭石矿业平均掘进周期38.6天，较去年的45天缩短14.2%。")
    assert "缩短14.2%" not in r or r["缩短14.2%"][1] != "cycle_time_change"


def test_points_after_a_share_are_its_change():
    r = _rows("全年智能客服处理工单41.6万张，占全部工单的72%，较2024年提升19个百分点。")
    assert r["19个百分点"][0] == "adoption" and r["19个百分点"][1].endswith("_change")
    assert r["19个百分点"][2:] == (0.19, "pp")
    r = _rows("骑手平均配送时长28.4分钟；超时率降至2.6%，下降0.9个百分点。")
    assert r["下降0.9个百分点"][2:] == (-0.009, "pp") and r["下降0.9个百分点"][1].endswith("_change")


def test_points_after_a_share_and_another_figure_are_not_its_change():
    # 较行业平均的35%高出2个百分点: a gap to another share, which names its base
    r = _rows("骑手超时率降至2.6%，比行业平均的3.5%低0.9个百分点。")
    assert "0.9个百分点" not in r or r["0.9个百分点"][1] != "share_change"
