"""fixper27b: periods a report's frame or a fact's kind decides (invented firms and figures).

- A header line giving the day, then another labelled field (``2031年3月10日　统计区间：3月3日—3月9日``)
  is a dated masthead: its day is the publication date, so a weekly's figures take its week.
- A computing rate at the tera scale (``750 TOPS``, ``774 TFLOPS``) is one chip's peak, a spec
  with no period: the funding or release date on its table row does not date it.
"""
from __future__ import annotations

import datetime as dt

import aigc_analysis as aa
from aigc_analysis.load.metadata import find_published
from text_facts import facts_of, period_of

DAY = dt.date(2031, 3, 10)


# --- a masthead day before a data-window field -----------------------------------------------
def test_a_day_before_a_labelled_window_is_the_publication_date():
    head = "青禾资本周报 · 第12期\n2031年3月10日　统计区间：3月3日—3月9日\n编辑：张三\n\n"
    found = find_published(head + "本周速览\n▶ 本周共披露融资事件52起。\n")
    assert (found.date, found.source) == (dt.date(2031, 3, 10), "header")
    # near-miss: the window alone on the line is a range, never the publication date
    assert find_published("青禾资本周报\n统计区间：2031年3月3日—2031年3月9日\n\n正文。\n").date is None


def test_a_weekly_whose_date_sits_beside_its_window_dates_its_figures_by_the_week(tmp_path):
    text = ("青禾资本周报 · AI一级市场｜第12期\n2031年3月10日　统计区间：3月3日—3月9日\n编辑：张三\n\n"
            "本周速览\n▶ 全球AI领域本周共披露融资事件52起，披露金额合计约31亿美元。\n")
    (tmp_path / "w01_probe.txt").write_text(text, encoding="utf-8")
    f = aa.extract_facts(aa.load_corpus(tmp_path))
    assert period_of(f, "52") == "2031-03-03/2031-03-09"  # was empty: no publication date


# --- a chip's peak rate carries no period ------------------------------------------------------
TABLE = ("表1　推理芯片创业公司（融资额单位：亿美元）\n"
         "| 公司 | 最新一轮（时间） | 融资额 | 峰值算力 |\n|---|---|---|---|\n"
         "| 青芯科技 | C轮 2030-09 | 3.5 | 640 TOPS（INT8） |\n"
         "| 澜算智能 | B轮 2030-11 | 2.1 | 910 TFLOPS（FP8） |\n")


def test_a_chips_peak_rate_in_a_dated_row_carries_no_period():
    f = facts_of(TABLE, published=DAY)
    assert period_of(f, "640 TOPS") == ""
    assert period_of(f, "910 TFLOPS") == ""


def test_a_chips_peak_rate_after_its_launch_date_carries_no_period():
    f = facts_of("青芯科技新一代推理芯片将于2032年推出，INT8算力约1200 TOPS。", published=DAY)
    assert period_of(f, "1200 TOPS") == ""
    # near-miss: a time stated in the rate's own clause still dates it
    f = facts_of("某GPU在2030年的算力为1500 TFLOPS。", published=DAY)
    assert period_of(f, "1500 TFLOPS") == "2030"


def test_a_fleets_capacity_keeps_its_period():
    # near-miss: capacity in EFLOPS (a fleet's or a region's) stays dated
    f = facts_of("截至2030年底，青芯云智算规模达到12 EFLOPS。", published=DAY)
    assert period_of(f, "12 EFLOPS") == "2030-12"
