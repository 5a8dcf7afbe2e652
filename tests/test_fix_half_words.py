"""Half and fraction words as ratios: ``减半`` is a fall of one half, ``近半数企业`` a share.

Every example is invented (青禾科技, 澜锋智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 10)


def _row(text: str, number: str):
    return row_of(facts_of_text(text, DAY), number)


def test_halved_is_a_fall_of_one_half():
    q = find_quantities("输入价格减半。")
    assert [(x.text, x.value, x.unit) for x in q] == [("减半", -0.5, "ratio")]


def test_a_price_halved_is_a_price_cut():
    for text in ("青禾科技API调用价格直接减半。", "澜锋智能宣布，Lan-2模型API价格减半，输出价格降至每百万tokens 4元。"):
        row = _row(text, "减半")
        assert (row["theme"], row["value"]) == ("pricing", -0.5)
        assert row["metric"].endswith("price_change")


def test_a_price_halved_from_a_day_takes_that_day():
    row = _row("自3月2日起，青禾科技Zeta模型输出价格减半。", "减半")
    assert (row["metric"], row["value"], row["period"]) == ("output_price_change", -0.5, "2026-03-02")


def test_cut_by_half_words_stay_price_changes():
    for text, number in (("青禾科技Zeta模型价格较上一代下调一半。", "下调一半"), ("青禾科技新模型较上一代降价一半。", "降价一半")):
        row = _row(text, number)
        assert (row["metric"], row["value"]) == ("price_change", -0.5)


def test_a_relief_or_tax_halved_is_no_price_cut():
    assert find_quantities("明年购置税优惠减半") == []
    assert find_quantities("管理層預期明年購置稅優惠減半") == []
    assert facts_of_text("政府对小微企业所得税减半征收。", DAY).empty


def test_near_half_of_firms_is_an_adoption_share():
    for text, number in (("调查显示，近半数企业已部署大模型。", "近半数"), ("近半数开发者每天使用AI编程工具。", "近半数"),
                         ("调查显示，近一半企业已部署大模型。", "近一半")):
        row = _row(text, number)
        assert (row["theme"], row["metric"], row["value"]) == ("adoption", "ai_adoption_share", 0.5)


def test_a_third_of_firms_is_read_as_before():
    row = _row("超过三分之一的企业已部署AI智能体。", "超过三分之一")
    assert row["metric"] == "ai_adoption_share" and row["value"] == 0.3333  # SCHEMA writes 1/3 as 0.3333


def test_more_than_half_of_the_users_reads_as_its_digits_do():
    # 一半以上的用户: the fraction takes its 以上 (fixshare42), so the population after 的 is read as
    # after 50%以上的用户 and 三成以上的用户 (it was a users_growth before, no share at all)
    for text, number in (("一半以上的用户使用AI助手。", "一半以上"), ("50%以上的用户使用AI助手。", "50%以上")):
        row = _row(text, number)
        assert (row["theme"], row["metric"]) == ("adoption", "ai_adoption_share")
