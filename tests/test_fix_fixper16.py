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


def test_undated_funding_round_is_news_of_the_publication_month():
    text = ("青岚资本研究部　2031年3月20日\n具身智能投融资周报\n\n【重点融资事件】\n"
            "一、澄湖机器人：B轮融资\n澄湖机器人于2031年3月2日宣布完成5亿元B轮融资，由溪云资本领投。\n"
            "二、岚峰智造：新一轮融资\n岚峰智造宣布完成近3亿元新一轮融资。\n")
    df = facts_of_text(text, dt.date(2031, 3, 20))
    assert _period(df, "5亿元") == "2031-03-02"  # its own day
    assert _period(df, "近3亿元") == "2031-03"
