"""Numbers that were never extracted: compound amounts split in two, and a currency of an
amount cut off before the join (fixnum19).

Every example is invented (示例半导体 and 688000.SH exist in no report).
"""
from __future__ import annotations

import datetime as dt

import aigc_analysis as aa
from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in aa.find_quantities(text)]


def test_a_compound_amount_in_won_is_one_amount():
    # 韩圜 is the Hong Kong spelling of the won: the join must see the 亿 before it
    assert _read("示例半导体本季营业利润7兆2,150亿韩圜。") == [("7兆2,150亿韩圜", 7.215e12, "KRW")]


def test_a_compound_amount_in_traditional_script_is_one_revenue():
    f = facts_of_text("示例半導體（688000.SH）2025年第三季營收3兆1,020億韓圜，按年增長20%。", DAY)
    rows = f[f["text"] == "3兆1,020億韓圜"]
    assert list(zip(rows["metric"], rows["value"], rows["unit"])) == [("revenue", 3.102e12, "KRW")]


def test_ten_thousands_written_before_a_plain_number_make_one_price():
    assert _read("我们将示例电子目标价上调至3萬6,500日圓。") == [("3萬6,500日圓", 36500.0, "JPY")]
    assert _read("示例电子新机售价1万2999元") == [("1万2999元", 12999.0, "CNY")]


def test_a_hundred_million_before_a_plain_number_stays_two_numbers():
    # 3亿5000 is spoken 3.5亿: only 万 joins a plain number after it
    assert [q[0] for q in _read("营收3亿5000元")] == ["3亿", "5000元"]


def test_a_list_of_two_amounts_is_not_joined():
    assert [q[0] for q in _read("分别为2万、4000元")] == ["2万", "4000元"]


def test_a_spread_over_a_benchmark_is_read_in_basis_points():
    # the letter of the benchmark does not make the number part of a name (as H100 is)
    assert _read("利差为T+105bp") == [("+105bp", 0.0105, "pp")]
    assert _read("贷款利率为SOFR+150bp") == [("+150bp", 0.015, "pp")]
    assert _read("H100与GPT-4") == []


def test_a_bare_spread_and_a_cds_in_basis_points_are_valuation_facts():
    f = facts_of_text("示例云（688000.SH）本月发行的10年期债券利差为T+105bp，较其去年发行的同期限债券走阔约20bp。"
                      "示例云5年期CDS从约50bp升至约95bp。AA级发行人10年期利差仅约55-65bp。", DAY)
    got = {t: (th, u) for t, th, u in zip(f["text"], f["theme"], f["unit"])}
    for text in ("+105bp", "约20bp", "约50bp", "约95bp", "约55-65bp"):
        assert got.get(text) == ("valuation", "pp"), (text, got)
