"""Publication-date classes seen on unseen reports (fixmeta6). Every text is invented.

1. a date in Chinese numerals whose zero is a look-alike of 〇: Big5 has no 〇, so papers set in
   it write ○ (U+25CB) or a full-width Ｏ (``二○二五年十一月三日``);
2. a post dated only by its own stamp line below the text: a Q&A answer's ``编辑于 2025-12-02 ·
   IP 属地北京``, a forum post's ``发布于``/``发表于``; never a comment line or a linked article;
3. a header giving a recording and a release day (``录制：…｜上线：…``) is published on the release
   day;
4. page furniture and rule thresholds read as facts: a podcast page's counters (``本期播放 4.6万
   评论 312``), a dragon-tiger list's reason (``上榜原因：日涨幅偏离值达7%``), further-reading links
   (``延伸閱讀：→ …``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.corpus import read_document
from aigc_analysis.load.metadata import find_published

BODY = "\n".join(
    f"第{i}段：作者认为这类工具的收入、估值和用户规模都在变化，后续还需要结合更多样本继续观察。"
    for i in range(1, 15))


def _day(text: str) -> dt.date | None:
    return find_published(text).date


# --- 1. ○ / Ｏ as the zero of a Chinese-numeral year --------------------------------------------
@pytest.mark.parametrize("header,expected", [
    ("經濟日報　二○二五年十一月三日　星期一", dt.date(2025, 11, 3)),
    ("科技日報　二Ｏ二六年三月五日", dt.date(2026, 3, 5)),
    ("某某週刊　二○二四年十月", dt.date(2024, 10, 1)),
    ("某某日報　二○二○年一月二十日", dt.date(2020, 1, 20)),
    ("某某日報　二〇二六年二月三日", dt.date(2026, 2, 3)),  # the usual 〇 still reads
])
def test_a_chinese_numeral_date_with_a_circle_zero_is_the_header_date(header, expected):
    assert _day(header + "\n" + BODY) == expected


@pytest.mark.parametrize("text", [
    "某某日報　二○二五號稿\n" + BODY,  # no 年/月: not a date
    "某某日報　○○二五年\n" + BODY,  # no 19/20 century digits
])
def test_circles_that_are_no_date_give_none(text):
    assert _day(text) is None


def test_a_big5_paper_resolves_yesterday_against_its_circle_date(tmp_path: Path):
    path = tmp_path / "hk.txt"
    path.write_bytes(("經濟日報　二○二五年十一月三日　星期一\n"
                      "港股昨日個別發展，藍籌股表現分化。騰訊昨日升2.1%，收報512元。\n").encode("big5"))
    doc, _ = read_document(path)
    assert doc["published"] == dt.date(2025, 11, 3)
    frame = facts_frame(extract_document(doc))
    rows = frame[frame["text"].str.contains("2.1%", regex=False)]
    assert list(rows["period"]) == ["2025-11-02"], frame.to_string()


# --- 2. a post's own stamp line below the text -----------------------------------------------------
@pytest.mark.parametrize("tail,expected", [
    ("编辑于 2025-12-02 · IP 属地北京\n52 条评论\n2025-12-30 回复：同意楼上", dt.date(2025, 12, 2)),
    ("发布于 2025-10-18 21:40", dt.date(2025, 10, 18)),
    ("發表於 2025/09/07 08:12 來自 iPhone", dt.date(2025, 9, 7)),
    ("编辑于：2025年12月2日", dt.date(2025, 12, 2)),
])
def test_a_post_stamp_below_the_text_dates_an_undated_post(tail, expected):
    assert _day("问题：AI编程工具哪家强？\n" + BODY + "\n" + tail + "\n") == expected


@pytest.mark.parametrize("tail", [
    "2025-12-30 回复：同意楼上\n相关阅读：某某工具发布新版 2025-11-02",  # no stamp label
    "编辑于 昨天 18:02 · IP 属地上海",  # a relative day: no year, no day
    "发布于2025年3月的报告显示，这类工具的渗透率已经明显提高，后续仍会继续上升并带来更多收入。",  # a sentence
    "据某某称 编辑于 2025-12-02",  # the label does not open the line
])
def test_no_stamp_no_date(tail):
    assert _day("问题：AI编程工具哪家强？\n" + BODY + "\n" + tail + "\n") is None


def test_a_header_date_wins_over_a_footer_stamp():
    text = "某某研究 2025年11月3日\n" + BODY + "\n编辑于 2025-12-02 · IP 属地北京\n"
    assert _day(text) == dt.date(2025, 11, 3)


def test_a_footer_stamp_resolves_the_answers_relative_months():
    text = ("AI编程工具现在谁的收入最高？\n" + BODY
            + "\nBolt今年4月的ARR约4000万美元，而去年同期还不到500万美元。\n"
            + "编辑于 2025-12-02 · IP 属地北京\n52 条评论\n")
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": text,
           "published": find_published(text).date, "publisher": "Test", "boilerplate": []}
    frame = facts_frame(extract_document(doc))
    rows = frame[frame["text"].str.contains("4000万美元", regex=False)]
    assert list(rows["period"]) == ["2025-04"], frame.to_string()


# --- 3. recording day and release day in one header ----------------------------------------------
@pytest.mark.parametrize("header,expected", [
    ("某某播客 第42期\n录制：2026年1月25日｜上线：2026年1月27日", dt.date(2026, 1, 27)),
    ("访谈节目\n采访：2025年3月2日｜发布：2025年3月6日", dt.date(2025, 3, 6)),
    ("访谈节目\n上线：2025年3月6日 | 录制时间：2025年3月2日", dt.date(2025, 3, 6)),
    ("某某研究\n撰写日期：2025-03-02 发布日期：2025-03-06", dt.date(2025, 3, 6)),
])
def test_the_release_day_beats_the_recording_day(header, expected):
    assert _day(header + "\n" + BODY) == expected


@pytest.mark.parametrize("header,expected", [
    ("访谈节目\n2026/01/24（六）", dt.date(2026, 1, 24)),  # one date: unchanged
    ("某某播客 第42期\n录制：2026年1月25日", dt.date(2026, 1, 25)),  # only a recording day: it is the date
])
def test_a_header_with_one_date_keeps_it(header, expected):
    assert _day(header + "\n" + BODY) == expected


# --- 4. page furniture and rule thresholds that are no facts (a12, b12) --------------------------
def _facts(text: str, published: dt.date = dt.date(2026, 1, 27)):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": text,
           "published": published, "publisher": "Test", "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_a_podcast_pages_counters_are_no_facts():
    frame = _facts("某某播客 第88期\n嘉宾：这家公司今年收入大概增长了40%。\n"
                   "收听平台：小宇宙 / Apple Podcasts\n本期播放 4.6万　评论 312　订阅 12.8万\n")
    assert sorted(frame["text"]) == ["40%"], frame.to_string()


def test_subscriptions_and_plays_written_in_prose_stay_facts():
    frame = _facts("该应用付费订阅1200万，累计播放1.2亿次。")
    assert {"1200万", "1.2亿"} <= set(frame["text"]), frame.to_string()


@pytest.mark.parametrize("text,kept", [
    ("上榜原因：日跌幅偏离值达7%，换手率达25%。\n某某科技今日跌停，成交额12.3亿元。", ["12.3亿元"]),
    ("注：上榜原因为日涨幅偏离值达7%；某某股份今日换手率达到18%。", ["18%"]),
])
def test_a_dragon_tiger_listing_reason_is_no_move(text, kept):
    assert sorted(_facts(text)["text"]) == kept


def test_a_move_without_a_listing_reason_stays():
    frame = _facts("某某科技今日涨幅达7%，换手率达25%。")
    assert {"7%", "25%"} <= set(frame["text"]), frame.to_string()


def _read(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    doc, _ = read_document(path)
    return facts_frame(extract_document(doc))


@pytest.mark.parametrize("tail", [
    "延伸閱讀：\n→ 台積電法說會：今年資本支出520億至560億美元\n",
    "延伸閱讀：→ 台積電法說會：今年資本支出520億至560億美元\n",
    "扩展阅读\n→ 某某云：今年资本开支520亿至560亿元\n",
])
def test_further_reading_links_are_navigation(tmp_path, tail):
    frame = _read(tmp_path, "科技島週報　2026年1月24日\n鴻海董事長表示，集團營收年增約12%。\n" + tail)
    assert list(frame["text"]) == ["約12%"], frame.to_string()


def test_the_words_inside_a_sentence_are_no_heading(tmp_path):
    frame = _read(tmp_path, "某某日报 2026年1月24日\n某某云宣布今年资本开支增长30%，"
                            "延伸阅读了很多材料的分析师认为其营收将增长15%。\n")
    assert {"30%", "15%"} <= set(frame["text"]), frame.to_string()


@pytest.mark.parametrize("text,kept", [
    ("促销期间，售价5000元以上的AI折叠屏手机销量同比增长63%。", ["63%"]),
    ("单价在199元至499元之间的AI耳机最畅销，销量占比达到五成。", ["五成"]),
    ("NPU算力50 TOPS以上机型的销量占比提升至28%。", ["28%"]),
    # the bound is no fact; the firms it picks out, counted, are (counter_default, fixcount44)
    ("市值500亿元以上的公司共有9家。", ["9"]),
])
def test_a_bound_that_names_a_segment_of_products_is_no_fact(text, kept):
    frame = _facts(text)
    assert sorted(frame["text"]) == kept, frame.to_string()


@pytest.mark.parametrize("text,value", [
    ("该机型售价下调至3,499元。", "3,499元"),  # a price level
    ("公司2025年营收达到120亿元以上。", "120亿元以上"),  # a bound after a verb, nothing after
    ("该款耳机售价4000元以上，", "4000元以上"),  # the clause ends at the bound
])
def test_a_price_or_a_bound_claim_stays(text, value):
    assert value in set(_facts(text)["text"])


def test_the_bracket_that_defines_a_quoted_term_is_no_fact():
    frame = _facts("本周“高弹性”（价格低于130元且溢价率低于15%）转债平均上涨1.6%。")
    assert sorted(frame["text"]) == ["1.6%"], frame.to_string()


def test_a_bracket_after_a_name_keeps_its_number():
    frame = _facts("某某科技（市占率约12%）本周上涨1.6%。")
    assert {"约12%", "1.6%"} <= set(frame["text"]), frame.to_string()


@pytest.mark.parametrize("text,kept", [
    ("嘉宾：它上市第一天涨了百分之一百二十，就是翻了一倍还多。", ["百分之一百二十"]),
    ("收入增长了百分之二百，也就是三倍。", ["百分之二百"]),
    ("公司市值较年初增长接近三倍（约287%）。", ["约287%"]),
    ("营收同比翻倍（+104%），净利润增长30%。", ["+104%", "30%"]),
])
def test_a_number_said_again_in_other_words_is_one_claim(text, kept):
    assert sorted(_facts(text)["text"]) == sorted(kept)


@pytest.mark.parametrize("text,kept", [
    ("营收增长30%，净利润增长就是50%。", ["30%", "50%"]),  # 就是 inside a clause: no restatement
    ("收入增长了30%，其中海外收入就是12亿元。", ["30%", "12亿元"]),
    ("营收增长两倍（2024年），利润率20%。", ["两倍", "20%"]),  # the bracket holds a year
])
def test_second_claims_stay(text, kept):
    assert sorted(_facts(text)["text"]) == sorted(kept)
