"""A caption's per-group units (``营业收入、归母净利润单位：亿元；PE单位：倍``) reach columns whose
headers name the same measures in short forms and join them to a fiscal year (``营收2032E``,
``净利(2032E)``, ``PE2032E``): each column takes its own group's unit, where every column used
to come out a PE multiple (invented texts)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2031, 6, 15)

CAPTION = "表2：覆盖公司盈利预测（营业收入、归母净利润单位：亿元；PE单位：倍）\n"
ROW = "岳川科技      600999.SH     212.4       268.1       42.5        56.2        31.1      24.3\n"
SOURCE = "资料来源：公司公告，研究所预测\n"


def _cells(header):
    df = facts_of_text(CAPTION + header + ROW + SOURCE, PUB)
    return {r.text: (r.metric, r.unit, r.value, r.period) for r in df.itertuples()}


def test_short_metric_words_glued_to_years_take_their_groups_unit():
    cells = _cells("公司          代码          营收2032E   营收2033E   净利2032E   净利2033E   PE2032E   PE2033E\n")
    assert cells["212.4"][:3] == ("revenue", "CNY", 2.124e10)
    assert cells["268.1"][3] == "2033"
    assert cells["56.2"][:3] == ("net_profit", "CNY", 5.62e9)
    assert cells["31.1"][:3] == ("pe_ratio", "multiple", 31.1)


def test_year_in_brackets_after_a_short_metric_word():
    cells = _cells("公司          代码          营收(2032E)   营收(2033E)   净利(2032E)   净利(2033E)   PE(2032E)   PE(2033E)\n")
    assert cells["42.5"][:3] == ("net_profit", "CNY", 4.25e9)
    assert cells["24.3"][:2] == ("pe_ratio", "multiple")

