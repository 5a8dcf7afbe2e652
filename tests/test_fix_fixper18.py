"""fixper18: period classes of the triage sets (invented text only: invented firms, codes,
numbers and dates)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.load.metadata import find_published


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


# --- a dated masthead line with the clock time the note went out at -----------------------

def test_day_with_weekday_and_a_labelled_release_time_is_the_publication_date():
    text = ("星港證券（虛構）　港股收市速評\n2031年3月6日（星期四）　　發出時間：16:30\n\n"
            "標題\n\n正文。")
    assert find_published(text).date == dt.date(2031, 3, 6)


def test_a_sentence_holding_a_time_is_no_masthead():
    # near-miss: a line with a clock time inside a sentence is prose, not a stamp
    text = "某某证券\n2031年3月6日，公司于15:30公告，将增持股份。\n\n正文。"
    assert find_published(text).date is None


# --- a closing report dates its session's figures --------------------------------------------

_CLOSE = ("星港證券（虛構）　港股收市速評\n2031年3月6日（星期四）\n\n"
          "【大市概況】\n恒生指數今日收市升0.52%。大市成交額1,876億港元。\n\n"
          "【個股收市表現】\n"
          "股份　　　　代號　　收市價(港元)　　變幅(%)　　市盈率(倍)\n"
          "雲帆科技　　9991　　45.20　　　　　+2.35　　　18.6\n"
          "星河網絡　　9992　　12.08　　　　　-1.10　　　22.4\n\n"
          "【明日關注】\n澄湖芯片明日於科創板掛牌，發行價每股66.60元人民幣。\n")


def test_closing_report_table_takes_the_session_day():
    df = facts_of_text(_CLOSE, dt.date(2031, 3, 6))
    for text in ("45.20", "+2.35", "18.6", "12.08"):
        assert _period(df, text) == "2031-03-06", text


def test_tomorrow_is_the_day_after_publication():
    df = facts_of_text(_CLOSE, dt.date(2031, 3, 6))
    assert _period(df, "66.60元人民幣") == "2031-03-07"


# --- a balance at the end (期末) of the period the context states ----------------------------

def test_period_end_balance_in_a_quarter_note_is_the_quarter_end_day():
    text = ("2031年三季报点评\n\n澄湖设备单三季度实现营收12.30亿元，同比增长20.5%。"
            "公司期末合同负债达8.40亿元，期末存货约15.2亿元。\n")
    df = facts_of_text(text, dt.date(2031, 10, 30))
    assert _period(df, "8.40亿元") == "2031-09-30"
    assert _period(df, "约15.2亿元") == "2031-09-30"
    assert _period(df, "12.30亿元") == "2031Q3"  # a flow keeps its quarter


def test_period_end_column_under_a_stretch_caption_is_its_last_day():
    text = ("表1：设备公司2031年前三季度业绩（单位：亿元）\n"
            "公司        营业收入    同比(%)     期末合同负债\n"
            "澄湖设备    45.10       20.10       6.30\n"
            "岚峰装备    30.20       12.40       4.80\n")
    df = facts_of_text(text, dt.date(2031, 11, 2))
    assert _period(df, "6.30") == "2031-09-30"
    assert _period(df, "45.10") == "2031Q1/2031Q3"


# --- a statement above a table is not its caption ----------------------------------------------

def test_a_statement_above_a_table_does_not_date_its_cells():
    text = ("云帆终端追踪｜2031年第二季度 手机出货追踪\n\n"
            "1. 机构预计2031年全年折叠屏手机出货约4200万部，同比增长18.0%。\n"
            "| 厂商 | 出货量（万部） | 份额 |\n|---|---|---|\n"
            "| 澄湖手机 | 3120 | 16.5% |\n| 岚峰手机 | 2480 | 13.1% |\n")
    df = facts_of_text(text, dt.date(2031, 7, 18))
    assert _period(df, "3120") == "2031Q2"
    assert _period(df, "16.5%") == "2031Q2"
    assert _period(df, "约4200万") == "2031"


# --- a labelled statistics window with clock times -------------------------------------------

def test_a_stretch_of_days_with_clock_times_is_one_span():
    from aigc_analysis.extract.periods import find_periods
    found = find_periods("统计周期：2031年5月20日20:00至6月18日23:59", dt.date(2031, 6, 20))
    assert [p.value for p in found] == ["2031-05-20/2031-06-18"]
    # near-miss: a day followed by an amount is no day with a clock time
    assert [p.value for p in find_periods("2031年5月20日公告", dt.date(2031, 6, 20))] == ["2031-05-20"]


def test_undated_figures_after_a_statistics_window_label_take_it():
    text = ("【消费观察】年中大促复盘\n\n星垣研究 | 2031年6月20日\n"
            "统计周期：2031年5月20日20:00至6月18日23:59\n\n"
            "一、智能手表\n1. 云帆手表京东、天猫合计销量约8万只，位居品类第一。\n")
    df = facts_of_text(text, dt.date(2031, 6, 20))
    assert _period(df, "约8万") == "2031-05-20/2031-06-18"


# --- a day cell with its weekday under a date column ----------------------------------------

def test_month_day_cells_with_a_weekday_date_their_rows():
    text = ("资金流向周报\n\n表1：北向资金逐日净买入（单位：亿元）\n"
            "日期        沪股通     深股通\n"
            "05-12（一）  11.20      6.40\n"
            "05-13（二）  -3.10      2.25\n")
    df = facts_of_text(text, dt.date(2031, 5, 18))
    assert _period(df, "11.20") == "2031-05-12"
    assert _period(df, "-3.10") == "2031-05-13"


# --- the month a forecast was made is no period of the forecast --------------------------------

def test_forecast_column_dated_by_when_it_was_made_takes_the_caption_period():
    text = ("四、下季度预测（2031年三季度，季度合约价涨幅）\n"
            "品类                  前次预测（4月）   本次预测（5月）\n"
            "通用闪存              +6%～+9%          +12%～+15%\n")
    df = facts_of_text(text, dt.date(2031, 6, 2))
    assert _period(df, "+6%～+9%") == "2031Q3"
    assert _period(df, "+12%～+15%") == "2031Q3"


def test_a_forecast_column_naming_its_year_keeps_it():
    # near-miss: a year in brackets after 预测 is the year forecast
    text = ("表2：盈利预测（单位：亿元）\n"
            "公司        营收预测（2032年）\n"
            "澄湖芯片    58.30\n")
    df = facts_of_text(text, dt.date(2031, 6, 2))
    assert _period(df, "58.30") == "2032"


# --- the window of a first or a best is no period -----------------------------------------------

def test_window_of_a_first_does_not_date_the_figures():
    text = ("【一、澄湖网络（688000.SH）：量价齐升】\n澄湖网络第二季营收88.2亿元，年增18%。拆解来看，广告展示量年增12%，"
            "单价年增11%，是近三年首次量价同时双位数增长。\n")
    df = facts_of_text(text, dt.date(2031, 8, 10))
    assert _period(df, "12%") == "2031Q2"


# --- a capacity written PFlops is no year ------------------------------------------------------

def test_a_capacity_in_pflops_is_no_year():
    from aigc_analysis.extract.periods import find_periods
    assert find_periods("算力规模：2000 PFlops\n服务期：36个月", dt.date(2031, 10, 9)) == []
    # near-miss: a year before another word stays a year
    assert [p.value for p in find_periods("2030 Flops论坛", dt.date(2031, 10, 9))] == ["2030"]


# --- the writer's own target price is its call of the publication day ---------------------------

def test_own_target_price_takes_the_publication_day_another_brokers_the_month():
    text = ("云帆投顾　产业研究处\n\n澄湖科技第三季营收年增18%。"
            "我们维持澄湖科技（688000.SH）「买进」评等，目标价326元。"
            "另外，某外资将岚峰电子（688001.SH）目标价上调至88元。\n")
    df = facts_of_text(text, dt.date(2031, 11, 14))
    assert _period(df, "326元") == "2031-11-14"
    assert _period(df, "88元") == "2031-11"


# --- the same period last year in a tracker of one quarter ---------------------------------------

def test_year_ago_same_period_in_a_quarter_tracker_is_that_quarter():
    text = ("云帆终端追踪｜2031年第二季度 平板出货追踪\n\n"
            "1. 澄湖平板出货量约820万台，占全部平板出货的27.5%，去年同期约为19%。\n")
    df = facts_of_text(text, dt.date(2031, 7, 18))
    assert _period(df, "19%") == "2030Q2"


# --- 单季 is the quarter the block stated ---------------------------------------------------------

def test_single_quarter_word_takes_the_quarter_stated_before():
    from aigc_analysis.extract.periods import find_periods
    found = find_periods("澄湖网络第二季营收88.2亿元。单季净利仅6.1亿元。", dt.date(2031, 8, 10))
    assert [p.value for p in found] == ["2031Q2", "2031Q2"]
    # near-miss: 单 before a numbered quarter is that quarter
    assert [p.value for p in find_periods("单三季度营收12.3亿元", dt.date(2031, 11, 2))] == ["2031Q3"]


def test_single_quarter_word_with_no_stated_quarter_names_none():
    # near-miss: with no quarter stated before, 单季 is not the publication date's quarter
    from aigc_analysis.extract.periods import find_periods
    assert find_periods("单季度营收创新高", dt.date(2031, 11, 2)) == []
