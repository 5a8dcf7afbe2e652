"""fixper20b: periods of invented notes (invented firms and figures).

- A forecast heading a later comma clause (``，预计2031年分派率4.6%``, ``，CEO称2032年算力将翻番``)
  dates that forecast only: not the figure stated before it, whatever its measure, nor the
  figures of the next ；-segment or sentence.
- A level stated as reached now (``已超过``) dates the levels listed after it in its sentence
  (``累计生成视频超过1.6亿个、图片超过2.1亿张``) as of the publication month too.
- ``2031年首三季`` (Hong Kong and Taiwan filings) is the first three quarters, as ``前三季度``.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2031, 11, 20)


# --- a later clause's forecast dates the forecast only ---------------------------------------
def test_a_forecast_in_a_later_clause_does_not_date_the_amount_before_it():
    f = facts_of("青禾算力REIT发行规模18.6亿元，预计2031年现金分派率4.6%；"
                 "岚峰数据REIT发行规模27.2亿元，2031年预计分派率5.1%。", published=DAY)
    assert period_of(f, "18.6亿元") == ""
    assert period_of(f, "27.2亿元") == ""


def test_a_forecast_said_after_a_level_does_not_date_the_level():
    f = facts_of("海外方面，云栈智能训练集群约有5.3万张GPU，CEO称2032年训练算力将再翻两番。", published=DAY)
    assert period_of(f, "5.3万") == ""
    assert period_of(f, "翻两番") == "2032"


def test_a_later_clause_stating_a_past_year_still_dates_the_number():
    # near-miss: no forecast word in the later clause: the year goes on dating the number before
    f = facts_of("云栈智能营收12亿元，2031年上半年同比增长40%。", published=DAY)
    assert period_of(f, "12亿元") == "2031H1"


# --- a level reached now dates the levels listed after it ------------------------------------
def test_levels_listed_after_a_level_reached_now_are_of_the_publication_month():
    f = facts_of("青岚视频官方披露，全球用户已超过3100万，累计生成视频超过1.6亿个、图片超过2.1亿张。",
                 published=DAY)
    assert period_of(f, "3100万") == "2031-11"
    assert period_of(f, "1.6亿") == "2031-11"
    assert period_of(f, "2.1亿") == "2031-11"


def test_a_level_after_a_future_word_is_not_of_now():
    # near-miss: 将 between the level reached and the later figure: no status of now
    f = facts_of("青岚视频全球用户已超过3100万，明年将超过5000万。", published=DAY)
    assert period_of(f, "5000万") != "2031-11"


# --- 首三季 ------------------------------------------------------------------------------------
def test_first_three_quarters_written_the_hong_kong_way():
    assert period_values("2031年首三季收入按年增长55.2%", DAY) == ["2031Q1/2031Q3"]
    assert period_values("2031年前三季度收入增长", DAY) == ["2031Q1/2031Q3"]


def test_first_quarter_word_alone_is_no_window():
    # near-miss: 首季 (one quarter) and 上市首三季 without a year are not read as first-n windows
    assert period_values("上市首三季收入", DAY) == []
