"""A quick take's event line (``【事件】公司公布2026财年第四财季业绩``) dates its key points.

Every example is invented (青云科技, 岳川股份 exist in no report). The numbered points state no
period of their own: each takes the event's quarter, ``上一财季`` is the quarter before it and
``过去四个季度累计`` the four quarters ending with it; a sentence with its own period keeps it.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 5, 15)

EVENT = "【事件】公司5月14日盘后公布2026财年第四财季（截至2026年3月31日止三个月）业绩。\n"
POINTS = ("1）云业务收入301.2亿元，同比增长26%，增速较上一财季的22%继续抬升；2）单季资本开支280亿元，"
          "环比增长15%；过去四个季度累计资本开支超过900亿元。\n")


def _periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["period"]))


def test_points_right_under_the_event_take_its_quarter():
    p = _periods(EVENT + POINTS)
    assert p["301.2亿元"] == p["26%"] == p["280亿元"] == p["15%"] == "FY2026Q4"
    assert p["22%"] == "FY2026Q3"
    assert p["超过900亿元"] == "FY2026Q1/FY2026Q4"


def test_points_under_a_heading_after_the_event_take_its_quarter():
    text = "青云科技：云业务加速增长\n\n" + EVENT + "\n【点评】\n" + POINTS
    p = _periods(text)
    assert p["301.2亿元"] == p["280亿元"] == "FY2026Q4"
    assert p["22%"] == "FY2026Q3"
    assert p["超过900亿元"] == "FY2026Q1/FY2026Q4"


def test_event_written_with_a_colon_and_bullets():
    text = ("事件：岳川股份公布2026财年第二财季业绩。\n\n投资要点：\n- 营业收入45亿元，同比增长12%。\n"
            "- 本财季毛利率提升2个百分点；近4个季度累计收入超过170亿元。\n")
    p = _periods(text)
    assert p["45亿元"] == p["12%"] == "FY2026Q2"
    assert p["超过170亿元"] == "FY2025Q3/FY2026Q2"


def test_a_growth_rate_lifted_is_the_growth_not_a_share_move():
    row = row_of(facts_of_text(EVENT + POINTS, DAY), "22%")
    assert (row["theme"], row["metric"]) == ("earnings", "revenue_growth")


def test_a_sentence_with_its_own_period_keeps_it():
    text = EVENT + "\n【点评】\n" + POINTS + "3）公司预计2027财年资本开支将超过1200亿元。\n"
    assert _periods(text)["超过1200亿元"] == "FY2027"


def test_a_valuation_under_the_event_is_not_dated_by_it():
    text = EVENT + "\n" + POINTS + "\n维持买入评级，给予公司25倍PE。\n"
    assert _periods(text).get("25倍", "") == ""


def test_an_event_that_names_no_results_dates_nothing():
    text = "【事件】公司2026年第一季度发布新一代模型。\n\n1）云业务收入301.2亿元，同比增长26%。\n"
    assert _periods(text)["301.2亿元"] != "2026Q1"


def test_trailing_quarters_without_an_event_stay_as_they_were():
    text = "青云科技过去四个季度累计资本开支超过900亿元。\n"
    assert "/" not in _periods(text)["超过900亿元"]


def test_growth_over_a_base_of_the_quarter_before_is_the_event_quarters():
    p = _periods("【事件】公司公布FY2026Q2业绩。\n数据中心收入80亿美元，较上一财季的70亿美元增长14%。\n")
    assert p["80亿美元"] == p["14%"] == "FY2026Q2"
    assert p["70亿美元"] == "FY2026Q1"


def test_a_calendar_quarter_event_dates_its_points_too():
    text = ("【事件】岳川股份11月20日发布2025年第三季度业绩。\n\n"
            "1）营业收入45亿元，同比增长12%；2）付费用户数达到1200万；3）过去四个季度累计收入超过160亿元。\n")
    f = facts_of_text(text, dt.date(2025, 11, 21))
    p = dict(zip(f["text"], f["period"]))
    assert p["45亿元"] == p["12%"] == p["1200万"] == "2025Q3"
    assert p["超过160亿元"] == "2024Q4/2025Q3"
