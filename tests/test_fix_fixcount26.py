"""Counts no keyword named: jobs counted after 岗位, funds counted by 只 in a sentence naming a fund.

Every example is invented (星桥招聘, 青禾基金 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_jobs_counted_after_the_job_word_are_the_job_market():
    r = _rows("8月，星桥招聘平台上AI相关岗位新增约42.7万个，同比增长31%。")
    assert r["约42.7万"] == ("market", "job_postings", 427000, "count")
    assert r["31%"][:2] == ("market", "job_postings_growth")
    r = _rows("某电商公司称今年AI岗位招聘规模约3,600人。")
    assert r["约3,600"][:2] == ("market", "job_postings")
    # a bare ratio below one in a job clause is no count of jobs
    r = _rows("9月AI岗位求职供需比为0.64。")
    assert r.get("0.64", ("", "", 0, ""))[3] != "count"


def test_funds_counted_by_their_counter_are_valuation():
    r = _rows("截至3月7日，机器人主题ETF（共58只）总规模1,420亿元。上周新发行4只机器人主题ETF。")
    assert r["58"][:2] == ("valuation", "fund_count")
    assert r["4"][:2] == ("valuation", "fund_count")
    # the fund word earlier in the sentence, the count in a later clause
    r = _rows("青禾基金统计的前三十只主动权益基金中，有21只重仓算力标的。")
    assert r["21"][:2] == ("valuation", "fund_count")
    r = _rows("待发行的可转债共23只，其中AI相关9只。")
    assert r["23"][:2] == ("valuation", "fund_count") and r["9"][:2] == ("valuation", "fund_count")


def test_stocks_modules_and_the_adverb_are_no_funds():
    r = _rows("基金重仓股中，共有2800只个股上涨。")
    assert r.get("2800", ("", ""))[1] != "fund_count"
    r = _rows("预计明年800G光模块需求约3500万只。")
    assert r.get("约3500万", ("", ""))[1] != "fund_count"
    assert not any(v[1] == "fund_count" for v in _rows("该基金今年3只有小幅回撤。").values())
