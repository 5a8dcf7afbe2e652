"""Counts of things an institution handles, named by the verb before the measure word.

An office's filings (件), a journal's or conference's manuscripts (篇), schools (所), titles (种) and
cases (起) counted under a verb of handling (受理, 驳回, 投稿, 录用, 撤稿, 评测, 筛查, 通报, 已售) are
adoption counts (facts_words.csv unit_counter, unit_counter_verb); a bare measure-word count with no
such verb stays no fact. Every example is invented (青石知识产权局, 远川会议 and the figures exist in
no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_filings_an_office_handles_are_adoption_counts():
    r = _rows("今年上半年，青石知识产权局共受理人工智能相关商标申请3.7万件。")
    assert r["3.7万"][0] == "adoption" and r["3.7万"][2:] == (37000, "count")
    r = _rows("经审查，青石知识产权局以恶意抢注为由驳回的共1,845件。")
    assert r["1,845"][:2] == ("adoption", "rejections")
    r = _rows("青石知识产权局对此前注册的人工智能热词商标依职权启动程序，已宣告无效39件。")
    assert r["39"][:2] == ("adoption", "invalidations")


def test_manuscripts_a_conference_or_journal_handles_are_adoption_counts():
    r = _rows("远川会议2025年有效投稿8,640篇。")
    assert r["8,640"][:2] == ("adoption", "submissions")
    r = _rows("远川会议2025年录用2,115篇。")
    assert r["2,115"][:2] == ("adoption", "accepted_papers")
    r = _rows("远川学报2024年经编辑部复核后撤稿63篇。")
    assert r["63"][:2] == ("adoption", "retractions")


def test_evaluations_screenings_and_cases_reported_are_adoption_counts():
    r = _rows("2024年，青石评测中心共完成各类评测348项。")
    assert r["348"][:2] == ("adoption", "evaluations")
    r = _rows("研究期间青石项目组共完成AI筛查9,372人次。")
    assert r["9,372"][:2] == ("adoption", "screenings")
    r = _rows("青石监督司2024年共通报科研失信案件约86起。")
    assert r["约86"][:2] == ("adoption", "cases_reported")
    r = _rows("青石省首批人工智能教育试点学校共170所。")
    assert r["170"][:2] == ("adoption", "adopters")


def test_units_sold_are_adoption_not_a_trade_named_after_them():
    r = _rows("【后台】3号链接 已售 7,431 件　成交额 218万元")
    assert r["7,431"][:2] == ("adoption", "units_sold")


def test_a_commit_of_code_is_no_submission():
    r = _rows("青石开源社区累计贡献者（有至少1个合并提交）突破900人。")
    assert r.get("至少1", ("", ""))[1] != "submissions"


def test_a_bare_measure_word_count_with_no_verb_is_no_fact():
    # since fixcount44 a counter of facts_words.csv counter_default (篇, 所) names an adoption
    # count of its own (the labelled sets count such figures); a counter outside it (种) does not,
    # nor does the default reach a later count of the sentence
    r = _rows("青石学报本期共刊载文章12篇，涉及3种研究方法。")
    assert r["12"][:2] == ("adoption", "papers") and "3" not in r
    r = _rows("青石市共有中学41所。")
    assert r["41"][:2] == ("adoption", "institutions")


def test_papers_a_conference_handles_are_adoption_papers_a_lab_writes_are_market():
    r = _rows("远川会议今年共录用论文412篇。")
    assert r["412"][:2] == ("adoption", "accepted_papers")
    r = _rows("远川学报全年出版论文158篇。")
    assert r["158"][:2] == ("adoption", "papers_published")
    r = _rows("青石实验室年内发表论文233篇。")
    assert r["233"][:2] == ("market", "papers_published")
    # 生成式 names a kind of AI, no act of generating
    r = _rows("同期全球生成式AI科学论文超过4.2万篇。")
    assert r["超过4.2万"][:2] == ("market", "papers_published")
