"""fixper21b: wrong non-empty periods of results notes on a fiscal quarter (invented text only:
invented figures and dates)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.periods import heading_lines


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'entity', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


# --- a segment's fiscal quarter goes on to its firm's results in the paragraph --------------

def test_segment_quarter_carries_to_the_parent_firm_in_its_paragraph():
    text = ("中国云厂商2031年三季度业绩汇总\n\n云帆证券　2031年11月28日\n\n一、阿里云\n"
            "阿里云智能集团FY32Q2收入512.34亿元，同比增长27%。经调整EBITA为47.21亿元，利润率9.2%。\n\n"
            "二、腾讯\n腾讯本季资本开支210亿元。\n")
    df = facts_of_text(text, dt.date(2031, 11, 28))
    assert _period(df, "512.34亿元") == "FY2032Q2"
    assert _period(df, "47.21亿元") == "FY2032Q2"  # was the header's calendar quarter 2031Q3
    assert _period(df, "210亿元") == "2031Q3"  # another firm keeps the header's quarter


# --- a list item is no heading ------------------------------------------------------------

def test_a_bulleted_key_figure_is_no_heading_line():
    # read from another item of the list, the items above are passed over to the list's heading
    t = "速览\n· 第四财季营收指引700亿美元，上下浮动2%\n· 毛利率73%"
    lines = [t[s:e] for s, e in heading_lines(t, t.rindex("\n"), 0)]
    assert lines == ["速览"]


def test_a_list_ends_the_reach_of_its_heading():
    # read from a line after the list, the list ends the reading: neither an item nor the list's
    # heading is a heading of that line (test_unseen_context2: a heading stops at a line that is
    # no bullet)
    t = "速览\n· 第四财季营收指引700亿美元，上下浮动2%\n\n正文"
    assert list(heading_lines(t, t.index("\n\n"), 0)) == []


# --- 三季报 of a firm with its own fiscal year is that fiscal quarter -----------------------

def test_quarter_report_in_the_title_is_the_fiscal_quarter_the_header_states():
    text = ("【直播】英伟达三季报之夜：营收超预期\n\n某某财经 直播间 | 2031年11月20日\n\n"
            "▍核心数据速览\n· 英伟达2032财年第三财季营收612.3亿美元，同比增长41%\n"
            "· 第四财季营收指引700亿美元，上下浮动2%\n\n"
            "06:52\n今晚的直播就到这里，感谢各位的陪伴，明晚美股开盘以后我们还会继续跟进英伟达以及整个算力链个股的表现。\n\n"
            "05:48\n英伟达中国区：本季对华销售额约3100万美元。\n\n"
            "05:41\n英伟达分业务：游戏营收47亿美元，同比增长23%。\n")
    df = facts_of_text(text, dt.date(2031, 11, 20))
    assert _period(df, "612.3亿美元") == "FY2032Q3"
    # was FY2031Q4: the guided quarter's bullet read as a heading, its fiscal year unresolved
    assert _period(df, "约3100万美元") == "FY2032Q3"
    assert _period(df, "47亿美元") == "FY2032Q3"
    assert _period(df, "700亿美元") == "FY2032Q4"


def test_quarter_report_without_a_fiscal_quarter_stays_calendar():
    # near-miss: a calendar results note keeps the calendar quarter its title names
    text = ("澄湖科技三季报点评\n\n某某证券　2031年10月30日\n\n"
            "公司营收18.2亿元，同比增长12%。\n")
    df = facts_of_text(text, dt.date(2031, 10, 30))
    assert _period(df, "18.2亿元") == "2031Q3"
