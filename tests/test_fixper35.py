"""An undated figure takes the period of the dated figure before it in the same sentence.

A sentence about one trading day, one deal or one market states its date once, at its first
figure; the figures after it (a list of rates, the upside after a target price) share it. Only
the themes of ``period_carry_themes.csv`` carry, and only within one sentence of one line:
a sentence end, a line break or a table-cell gap parts two figures.

Every example is invented (青禾科技, 星河半导体 and 蓝川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract import keywords as kw

DAY = dt.date(2026, 3, 20)


def _rows(text: str) -> list[tuple[str, str, str]]:
    f = facts_of_text(text, DAY)
    return list(zip(f["theme"], f["text"], f["period"]))


def _periods(text: str) -> dict[str, str]:
    return {t: p for _, t, p in _rows(text)}


def test_the_rest_of_a_list_of_rates_takes_the_first_rates_window():
    p = _periods("在增速上，德国2015-2024年生成式AI专利族年均复合增长率达48%，为主要国家中最快；"
                 "法国、英国的年均增速分别为约21%、约19%。")
    assert p["48%"] == "2015/2024"
    assert p["约21%"] == p["约19%"] == "2015/2024"


def test_an_upside_takes_the_date_of_the_target_price_before_it():
    p = _periods("某券商给予星河半导体目标价245美元，隐含上行空间36%；给予蓝川数据目标价70美元，隐含下行空间约18%。")
    assert p["245美元"] == p["70美元"] == "2026-03"
    assert p["36%"] == p["约18%"] == "2026-03"


def test_the_next_sentence_is_not_dated_by_the_one_before():
    p = _periods("蓝川资本以8亿元认购青禾科技定增股份，交易于2025年9月完成。"
                 "认购价较基准日收盘价折让约12%，占发行后总股本的约6.2%。")
    assert p["8亿元"] == "2025-09"
    assert p["约12%"] == p["约6.2%"] == ""


def test_a_figure_before_the_dated_one_is_not_dated_by_it():
    p = _periods("一、3月12日龙虎榜\n\n青禾科技（300999）收涨20.00%，换手率14.25%，龙虎榜净买入1.2亿元。")
    assert p["1.2亿元"] == "2026-03"
    assert p["20.00%"] == p["14.25%"] == ""


def test_the_carrying_themes_are_read_from_the_data_file():
    themes = kw.period_carry_themes()
    assert {"valuation", "market"} <= themes
    # a chip's spec or a model's size after a dated price is no claim about that day
    assert not themes & {"parameters", "compute", "pricing"}


def test_a_window_ahead_is_not_the_period_of_the_figure_before_it():
    p = _periods("2025年国内AI眼镜市场规模约85亿元，预计未来每年增长约40%。")
    assert p["约85亿元"] == "2025"
    assert p["约40%"] == ""


def test_a_comparisons_base_is_not_dated_by_the_move_before_it():
    p = _periods("截至2026年3月13日，星河指数年内累计涨幅达35%，较上一轮高点80%的涨幅仍有差距。")
    assert p["35%"] == "2026-03-13"
    assert p.get("80%", "") == ""
