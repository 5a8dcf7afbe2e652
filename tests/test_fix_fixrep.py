"""The report's own period (class P1) and wrapped bullet lines (class W), fixrep. Every text is invented.

P1. A document whose head fixes the period it reports on dates what it does not date itself by
    that period, not by its publication date:
    a. an issuer's periodic report behind an announcement masthead (证券代码：… 公告编号：…), an
       English name line or a title before the legal name is still the issuer's report: its
       quarter columns, 本年比上年增减 and undated figures are of the report's year, and a figure
       said as of 截至报告期末 is as of the report's last day;
    b. a survey (``2024…调研报告``) or a tracker (``2025年第二季度…追踪``) whose header names the
       period it reports on: what it states with no time of its own is of that period, and its
       本年/上年/年内 count from that period's year (上年 of a 2024 survey out in 2025 is 2023);
       今年/明年 and explicit dates keep their own, and a document naming no such period keeps
       the publication date; a market note (``2025年前三季度…市场``) fixes its period when that is part
       of a year over by the publication date (a whole year or a year ahead is an outlook);
    c. 年内 and a bare 上年 after a year the sentence states (``2024年收入…；年内亏损…，上年为亏损…``)
       are that year and the year before it; 去年 stays the year before the publication year.

W.  A bullet wrapped onto an indented line (``■ …占比由上季的33%`` ⏎ ``  回落至27%``, ``- 营业收入`` ⏎
    ``  **92.5亿元**，同比增长**12.1%**``) is one line: the value on the continuation is read.
    An indented sub-item, a note or a new bullet stays a line of its own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis import extract_facts
from aigc_analysis.extract.periods import filing_stretch
from aigc_analysis.load.corpus import load_corpus
from aigc_analysis.extract.segment import rejoin_wrapped_lines
from text_facts import facts_of, period_of


# --- P1a. an issuer's periodic report --------------------------------------------------------
MASTHEAD = ("证券代码：688321                   证券简称：岚舟智能                   公告编号：2026-018\n\n"
            "岚舟智能科技股份有限公司\n2025年年度报告摘要\n\n")
TABLES = ("单位：元\n"
          "                    2025年              2024年             本年比上年增减(%)\n"
          "营业收入            1,204,332,118.20    1,016,220,331.10   18.50\n\n"
          "单位：元\n"
          "                第一季度        第二季度        第三季度        第四季度\n"
          "营业收入        254,100,200.11  301,220,400.12  310,004,500.13  339,007,017.84\n\n"
          "截至报告期末，公司注册开发者超过300万。\n")


@pytest.mark.parametrize("head", [
    "证券代码：688321  证券简称：岚舟智能  公告编号：2026-018\n岚舟智能科技股份有限公司\n2025年年度报告摘要\n",
    "证券代码：688321\n证券简称：岚舟智能\n公告编号：2026-018\n\n岚舟智能科技股份有限公司\n2025年年度报告摘要\n",
    "岚舟智能科技股份有限公司\nLANZHOU INTELLIGENCE CO.,LTD.\n2025年年度报告摘要\n",
    "2025年年度报告摘要\n岚舟智能科技股份有限公司\n",
    "岚舟智能科技股份有限公司2025年年度报告摘要（更新后）\n",
])
def test_an_issuers_annual_report_is_found_behind_its_masthead(head):
    assert filing_stretch(head) == "2025"


@pytest.mark.parametrize("head", [
    "股票代码：688321\n岚舟智能2025年年报点评\n",  # a broker's note on the report
    "2025年年度报告摘要\n岳川证券研究所\n",  # no issuer named
    "岚舟智能：2025年年报营收增长18%\n",  # a news headline
])
def test_a_note_on_a_report_is_no_filing(head):
    assert filing_stretch(head) is None


def test_quarter_and_growth_columns_of_an_annual_report_are_of_its_year():
    frame = facts_of(MASTHEAD + TABLES, dt.date(2026, 4, 18))
    assert period_of(frame, "254,100,200.11") == "2025Q1"
    assert period_of(frame, "301,220,400.12") == "2025Q2"
    assert period_of(frame, "339,007,017.84") == "2025Q4"
    assert period_of(frame, "18.50") == "2025"


def test_a_figure_as_of_the_report_end_is_of_its_last_day():
    frame = facts_of(MASTHEAD + TABLES, dt.date(2026, 4, 18))
    assert period_of(frame, "300万") == "2025-12-31"


def test_a_head_count_as_of_the_report_end_is_of_its_last_day():
    frame = facts_of(MASTHEAD + "截至报告期末，公司研发人员数量1,086人。\n", dt.date(2026, 4, 18))
    assert period_of(frame, "1,086") == "2025-12-31"


def test_a_figure_of_the_report_stretch_keeps_the_stretch():
    frame = facts_of(MASTHEAD + "报告期内，公司研发投入约1.8亿元，同比增长22%；报告期末公司资产负债率41.2%。\n",
                     dt.date(2026, 4, 18))
    assert period_of(frame, "1.8亿元") == "2025"
    assert period_of(frame, "41.2%") == "2025"  # a bare 报告期末 (no 截至) keeps the stretch


# --- P1b. a survey's or a tracker's period ----------------------------------------------------
SURVEY = ("《2024中国期货公司大模型应用调研报告》\n\n2025年2月10日  来源：澄川金融观察\n\n"
          "调研于2024年8月至10月进行，共回收有效问卷86份。\n"
          "受访期货公司中已有55%上线大模型应用，较上年调研时的31%提升24个百分点。\n")


def test_an_undated_survey_figure_is_of_the_year_surveyed():
    frame = facts_of(SURVEY, dt.date(2025, 2, 10))
    assert period_of(frame, "55%") == "2024"
    assert period_of(frame, "24个百分点") == "2024"


def test_last_year_in_a_survey_is_the_year_before_the_year_surveyed():
    frame = facts_of(SURVEY, dt.date(2025, 2, 10))
    assert period_of(frame, "31%") == "2023"


TRACKER = ("2025年第二季度中国IDC市场追踪\n\n2025年9月3日  来源：澄川云观察\n\n"
           "核心发现：\n青岭云份额8%，较去年同期提升2个百分点。\n"
           "澄川云日均调用量已超过30万亿次。\n"
           "青岭云明年目标份额三成。\n"
           "截至2025年8月31日，青岭云客户数约1.2万家。\n")


def test_an_undated_share_in_a_quarterly_tracker_is_of_its_quarter():
    frame = facts_of(TRACKER, dt.date(2025, 9, 3))
    assert period_of(frame, "8%") == "2025Q2"
    assert period_of(frame, "2个百分点") == "2025Q2"
    assert period_of(frame, "30万亿") == "2025Q2"


def test_next_year_and_a_stated_day_in_a_tracker_keep_their_own():
    frame = facts_of(TRACKER, dt.date(2025, 9, 3))
    assert period_of(frame, "三成") == "2026"
    assert period_of(frame, "1.2万") == "2025-08-31"


def test_a_news_story_keeps_its_publication_date():
    text = TRACKER.replace("2025年第二季度中国IDC市场追踪", "青岭云发布新一代智算平台")
    frame = facts_of(text, dt.date(2025, 9, 3))
    assert period_of(frame, "30万亿") == "2025-09"


def test_an_outlook_on_a_year_to_come_fixes_no_period():
    text = SURVEY.replace("《2024中国期货公司大模型应用调研报告》", "《2026中国期货公司大模型应用调研展望》")
    frame = facts_of(text, dt.date(2025, 2, 10))
    assert period_of(frame, "55%") == ""


MARKET = ("# 2025年前三季度中国智能手表市场\n\n2025年11月5日  来源：澄川消费电子观察\n\n## 1. 大盘\n"
          "- 线上渠道占比57%，较去年同期下降约2个百分点\n- 明年市场规模有望增长10%\n")


def _corpus_facts(tmp_path, text: str):
    """The facts of ``text`` read as a file of a corpus (title, date line and boilerplate found)."""
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    return extract_facts(load_corpus(tmp_path))


def test_an_undated_share_in_a_note_on_part_of_a_year_is_of_that_part(tmp_path):
    frame = _corpus_facts(tmp_path, MARKET)
    assert period_of(frame, "57%") == "2025Q1/2025Q3"
    assert period_of(frame, "10%") == "2026"


@pytest.mark.parametrize("title", ["# 2026年中国智能手表市场展望", "# 2025年中国智能手表市场"])
def test_a_market_note_on_a_whole_year_or_one_ahead_fixes_no_period(tmp_path, title):
    frame = _corpus_facts(tmp_path, MARKET.replace("# 2025年前三季度中国智能手表市场", title))
    assert period_of(frame, "57%") != "2025Q1/2025Q3"


# --- P1c. 年内 / 上年 after a stated year -----------------------------------------------------
def test_within_the_year_and_last_year_follow_the_year_the_sentence_states():
    frame = facts_of("岚芯2024年收入约5.1亿元，同比增长35%；年内亏损约2.2亿元，上年为亏损2.9亿元。\n",
                     dt.date(2025, 3, 12))
    assert period_of(frame, "2.2亿元") == "2024"
    assert period_of(frame, "2.9亿元") == "2023"


def test_last_year_without_a_stated_year_and_qunian_count_from_publication():
    frame = facts_of("岚芯年内亏损约2.2亿元，上年为亏损2.9亿元。\n", dt.date(2025, 3, 12))
    assert period_of(frame, "2.9亿元") == "2024"
    frame = facts_of("岚芯2023年收入约3.1亿元，去年亏损约2.9亿元。\n", dt.date(2025, 3, 12))
    assert period_of(frame, "2.9亿元") == "2024"


# --- W. a wrapped bullet line --------------------------------------------------------------------
def test_the_value_on_a_bullets_continuation_line_is_read():
    text = ("澄川证券研究所\n\n■ 岚川设备第四季度中国区收入占比由上季的33%\n  回落至27%\n"
            "■ 岚川设备第四季度订单额约12亿美元\n")
    frame = facts_of(text, dt.date(2025, 12, 1))
    assert {"33%", "27%"} <= set(frame["text"])


def test_a_markdown_value_in_bold_under_its_label_is_read():
    text = "## 2. 岚川设备\n- 营业收入\n  **92.5亿元**，同比增长**12.1%**\n- 净利润14.2亿元\n"
    frame = facts_of(text, dt.date(2025, 12, 1))
    assert {"92.5亿元", "12.1%", "14.2亿元"} <= set(frame["text"])


@pytest.mark.parametrize("text", [
    "■ 岚川设备\n  1. 订单额约12亿美元\n",  # a numbered sub-item
    "■ 订单额约12亿美元\n  注：不含服务收入\n",  # a note under the bullet
    "■ 营业收入92亿元\n■ 净利润14亿元\n",  # the next bullet
    "■ 营业收入92亿元。\n  2025年净利润14亿元\n",  # the bullet's sentence is over
    "营业收入\n  92亿元\n",  # no bullet
])
def test_lines_that_do_not_continue_a_bullet_stay_apart(text):
    assert rejoin_wrapped_lines(text).count("\n") == text.count("\n")
