"""fixper16: period classes seen on several triage reports of different genres. Invented text only
(invented firms, numbers and dates)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


_TRACKER = ("【储能芯片月报】2031年4月：出货回暖\n星垣研究院 · 月度数据报告\n发布日期：{pub}\n\n"
            "一、芯片出货\n"
            "• 岚峰微：4月储能主控芯片上车约3.7万片，环比增长8.5%。\n"
            "• 澄湖芯：主控芯片上车约2.1万颗，环比下降3.2%。\n"
            "• 自研：溪云能源主控芯片约0.8万片。\n")


def test_tracker_of_an_ended_month_dates_its_undated_flows():
    # a monthly tracker out after the month its header names: its figures are that month's data
    df = facts_of_text(_TRACKER.format(pub="2031年5月16日"), dt.date(2031, 5, 16))
    for text in ("约3.7万", "约2.1万", "下降3.2%", "约0.8万"):
        assert _period(df, text) == "2031-04", text


def test_issue_month_newsletter_leaves_undated_figures_undated():
    # named by its issue month (out in that month): a list of deals and plans of any time
    df = facts_of_text(_TRACKER.format(pub="2031年4月28日"), dt.date(2031, 4, 28))
    assert _period(df, "约3.7万") == "2031-04"  # its own 4月
    assert _period(df, "约2.1万") == ""


_INTERIM = ("云帆证券有限公司 {pub}\n研究部　公司研究　中期业绩点评\n\n"
            "星海智能（300999.SZ）：收入按年增三成；维持买入\n\n【业绩摘要】\n"
            "星海智能公布中期业绩。期内收入达12.34亿元人民币，按年增长31.5%。研发开支3.21亿元人民币。\n")


def test_interim_results_header_dates_undated_results():
    # 中期业绩 in the header, no year: the latest first half ended by the publication date
    df = facts_of_text(_INTERIM.format(pub="2031年8月27日"), dt.date(2031, 8, 27))
    for text in ("12.34亿元人民币", "31.5%", "3.21亿元人民币"):
        assert _period(df, text) == "2031H1", text
    # with a year written before the word, that year's half, whenever the note comes out
    df = facts_of_text(_INTERIM.format(pub="2032年3月5日").replace("中期业绩点评", "2031年中期业绩点评"),
                       dt.date(2032, 3, 5))
    assert _period(df, "12.34亿元人民币") == "2031H1"


def test_interim_header_dates_same_period_last_year_in_traditional_script():
    # 中期業績點評 on a header line (no year), traditional script: 去年同期 is the first half a year back
    text = ("云帆證券有限公司 2031年8月27日\n研究部　公司研究　中期業績點評\n\n"
            "星海智能（300999.SZ）：收入按年增三成；維持買入\n\n【業績摘要】\n"
            "期內收入達12.34億元人民幣，按年增長31.5%。\n標杆用戶數目由去年同期的81家增至102家。\n")
    df = facts_of_text(text, dt.date(2031, 8, 27))
    assert _period(df, "12.34億元人民幣") == "2031H1"
    assert _period(df, "81") == "2030H1"
    assert _period(df, "102") == "2031H1"


def test_level_reached_in_a_results_note_is_of_the_reported_period():
    # 提升至 in a note on a quarter's results: of the quarter, not the publication month
    text = ("北辰国际证券 研究部 | 季度复盘\n2031年11月3日\n\n澄湖科技 3Q31复盘：云业务提速\n\n"
            "澄湖科技云业务收入41.2亿元，同比增长27%，占总收入比重提升至38.5%。\n")
    df = facts_of_text(text, dt.date(2031, 11, 3))
    assert _period(df, "38.5%") == "2031Q3"
    assert _period(df, "41.2亿元") == "2031Q3"
