"""Row labels that are times (``2025年2月峰值``, ``2024年末``, ``近一年高点``) are periods, not
entities: the row is the caption's subject's; a share a caption states with 占 (``成交额占全A比重``)
is the share of the part named before 占, not a market share."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 12, 5)


@pytest.mark.parametrize("sep", ["\t", "\u3000"])
@pytest.mark.parametrize("label, cell, period", [
    ("2025年2月峰值", "14.8", "2025-02"),
    ("2025年11月均值", "9.6", "2025-11"),
    ("2024年末", "12.1", "2024-12"),
    ("近一年高点", "18.2", ""),
])
def test_a_time_row_label_is_the_period_of_the_captions_subject(sep, label, cell, period):
    rows = ["2025年2月峰值", "14.8"], ["2025年11月均值", "9.6"], ["2024年末", "12.1"], ["近一年高点", "18.2"]
    text = "图表5：AI板块成交额占全A比重（%）\n" + "".join(f"{a}{sep}{b}\n" for a, b in rows) + "资料来源：Wind。\n"
    row = row_of(facts_of_text(text, PUB), cell)
    assert row["entity"] == "A-share AI sector" and row["entity"] != label
    assert (row["theme"], row["metric"], row["unit"]) == ("valuation", "turnover_share", "ratio")
    assert row["value"] == pytest.approx(float(cell) / 100) and row["period"] == period


def test_an_unknown_sector_in_the_caption_is_the_subject_too():
    text = "寒武纪营收大增。\n图表5：具身智能板块成交额占全A比重（%）\n2025年2月峰值\t14.8\n2025年11月均值\t9.6\n"
    df = facts_of_text(text, PUB)
    assert set(df.loc[df["text"].isin(["14.8", "9.6"]), "entity"]) == {"Embodied AI sector"}  # not Cambricon


def test_a_share_caption_with_occupy_names_the_part_for_named_rows():
    df = facts_of_text("图表5：云厂商资本开支占收入比重（%）\n微软\t30.1\n谷歌\t25.2\n", PUB)
    row = row_of(df, "30.1")
    assert (row["entity"], row["theme"], row["metric"]) == ("Microsoft", "capex", "capex_share")


def test_near_misses_keep_their_row_entities_and_market_shares():
    # company rows under a market-share caption: each company's market share
    df = facts_of_text("图表5：各公司市场份额（%）\n寒武纪\t14.8\n海光信息\t9.6\n", PUB)
    row = row_of(df, "14.8")
    assert (row["entity"], row["metric"]) == ("Cambricon", "market_share")
    # a label with a date and a name is the name's row
    df = facts_of_text("表2：季度营收（亿元）\n寒武纪2025Q1\t11.1\n", PUB)
    assert row_of(df, "11.1")["entity"] == "Cambricon"
