"""One row per claim where a table restates its prose under other labels, and a survey's sample
and method that are no claim (SCHEMA.md: "What is not a fact"; survey sample sizes).

Every example is invented (星桥教育研究院, 星海联盟, 甲国 and 乙国 exist in no report).
"""
from __future__ import annotations

import datetime as dt
import math

from helpers_text import facts_of_text

from aigc_analysis.extract.facts import _dedup, _table_repeat

DAY = dt.date(2025, 11, 12)

SCHOOLS = ("星桥教育研究院 2025年校园AI使用调查\n"
           "一、核心发现\n受访大学生中，使用过生成式AI工具的比例为83.7%，高中生为45%。\n"
           "表1：各学段生成式AI使用率（单位：%）\n"
           "学段      2025年\n"
           "大学      83.7\n"
           "高中      61.2\n"
           "初中      45\n")


def test_a_table_cell_restating_a_precise_prose_figure_is_one_row():
    f = facts_of_text(SCHOOLS, DAY)
    assert len(f[f["value"] == 0.837]) == 1  # 83.7% in the prose, 83.7 under the row 大学
    assert (f["text"] == "61.2").any()


def test_a_two_digit_cell_equal_to_another_subjects_prose_figure_stays():
    f = facts_of_text(SCHOOLS, DAY)
    assert len(f[f["value"] == 0.45]) == 2  # 高中生 45% and 初中 45: two claims that agree


def _row(text, value, entity, metric, start, in_table, period=""):
    return {"theme": "capex", "entity": entity, "metric": metric, "value": value,
            "value_high": math.nan, "unit": "EUR", "period": period, "text": text, "start": start,
            "quote": text, "_in_table": in_table, "_entity_org": entity, "_entity_type": "company"}


def test_an_amount_written_alike_in_a_cell_and_the_prose_is_one_claim():
    cell = _row("1500亿欧元", 1.5e11, "Jiaguo", "infrastructure_commitments", 100, True, "2025/2030")
    prose = _row("1500亿欧元", 1.5e11, "Xinghai Alliance", "planned_investment", 400, False)
    assert _table_repeat(cell, prose)
    assert [r["entity"] for r in _dedup([cell, prose])] == ["Jiaguo"]
    # the same amount written differently (1500亿 / 1,500亿欧元) is left to the labels
    other = _row("1,500亿欧元", 1.5e11, "Xinghai Alliance", "planned_investment", 400, False)
    assert not _table_repeat(cell, other)
    # a bare amount (no unit word) alike in both is too common to be a restatement
    assert not _table_repeat(_row("15", 1.5e11, "Jiaguo", "a", 100, True), _row("15", 1.5e11, "Yiguo", "b", 400, False))


SURVEY = ("星桥研究院 2025年企业AI应用调研\n"
          "本次调研于2025年6月至8月开展，覆盖28个省份，回收有效问卷企业卷5,230份、员工卷1,874份。"
          "以下比例均为加权结果，置信水平90%。\n"
          "据我们对635家企业的调研，已部署AI客服的企业占比为41.2%。调研显示，1,200家企业已完成部署。\n")


def test_a_surveys_sample_reach_and_confidence_are_no_facts():
    f = facts_of_text(SURVEY, DAY)
    for text in ("28", "5,230", "1,874", "90%", "635"):
        assert not (f["text"] == text).any(), text
    assert (f["text"] == "41.2%").any()  # what the survey found stays
    assert (f["text"] == "1,200").any()  # a count it found, not its sample


def test_coverage_outside_a_surveys_method_stays():
    f = facts_of_text("公司业务已覆盖31个省，客户数达1.2万家。", DAY)
    assert (f["text"] == "31").any()


RACKS = ("星桥证券 数据中心行业点评\n"
         "今年国内云厂商批发型IDC新签订单合计约1.6GW，其中单机柜功率25kW以上的智算订单占比超过四成。"
         "核心区域8kW机柜月租约为5200元。\n"
         "我们测算，一个80MW的智算园区全投资约需36亿元，投资回收期约9年。青岭云智算园区规划容量120MW。"
         "通用机柜功率约8kW，液冷机柜功率可达60kW以上。\n")


def test_a_rack_grade_a_power_bound_segment_and_an_estimates_example_are_no_capacity():
    f = facts_of_text(RACKS, DAY)
    texts = set(f["text"])
    assert "25kW以上" not in texts  # 功率25kW以上的智算订单: the segment of orders
    assert "8kW" not in texts  # 8kW机柜: the rack grade rents are quoted in
    assert "80MW" not in texts  # 一个80MW的智算园区 in an estimate: the example's size
    assert {"约1.6GW", "120MW", "约8kW", "60kW以上"} <= texts  # capacities measured stay
    assert "36亿元" in texts  # the estimate itself stays
