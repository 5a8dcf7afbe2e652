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


def test_a_round_capacity_in_pflops_is_no_year():
    # 2000 and 1950 look like years; the FLOPS unit written Flops after them makes them capacities
    assert _read("二期建设规模2000 PFlops") == [("2000 PFlops", 2e18, "flops")]
    assert _read("总算力达1950 PFlops") == [("1950 PFlops", 1.95e18, "flops")]


def test_a_caption_line_without_brackets_scopes_a_unit_to_its_column():
    from aigc_analysis.extract.quantities import scoped_unit_labels
    got = scoped_unit_labels("单位：美元/卡时（按需价）；周变动单位：%")
    assert [(q, u) for q, _, _, _, u in got] == [("周变动", "ratio")]
    # inside a bracket it is read once, as before
    got = scoped_unit_labels("表3 示例报价（单位：美元/卡时；周变动单位：%）")
    assert [(q, u) for q, _, _, _, u in got] == [("周变动", "ratio")]


_TRACKER = (
    "示例算力（688000.SH）GPU租价周报\n"
    "单位：美元/GPU小时（按需价）；周变动单位：%\n"
    # the header and the first row padded by display width, the last row by characters
    "GPU       供应商              本周      上周     周变动\n"
    "H100      示例云              2.39      2.69     -11.2\n"
    "A100 80GB 示例云（中位数）             0.78     0.85     -8.2\n"
    "资料来源：示例整理\n"
)


def test_a_tracker_column_in_percent_is_no_price():
    f = facts_of_text(_TRACKER, DAY)
    prices = f[f["unit"] == "USD"]
    assert not (prices["value"] < 0).any(), prices[["text", "value"]]


def test_a_row_padded_by_characters_keeps_its_figures_under_their_columns():
    # the label's full-width characters were padded as one column each: 0.85 is last week's
    f = facts_of_text(_TRACKER, DAY)
    period = dict(zip(f["text"], f["period"]))
    assert period.get("0.85") == period["2.69"] and period.get("0.78") == period["2.39"], \
        f[["text", "unit", "period"]]


def test_flat_to_a_rise_joined_by_a_tilde_is_a_range_from_zero():
    # ～ joins the band here; it is no "about" before the per cent
    assert [(q.text, q.value, q.value_high, q.qualifier) for q in aa.find_quantities("示例存储合约价环比持平～+5%")] \
        == [("持平～+5%", 0.0, 0.05, None)]
    assert [(q.text, q.qualifier) for q in aa.find_quantities("价格约～5%")] == [("～5%", "approx")]


def test_tenths_after_an_increase_word_are_the_growth_of_the_measure_before():
    # 增加 before a ratio is growth, as 增长 is; the base count between does not hide it
    f = facts_of_text("示例软件（688000.SH）2024年付费客户数为1,208家，较上一年度的705家增加约七成。", DAY)
    rows = f[f["text"] == "约七成"]
    assert list(zip(rows["metric"], rows["value"], rows["unit"])) == [("paid_users_growth", 0.7, "ratio")]
