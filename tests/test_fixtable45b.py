"""Tables whose header runs over several lines (fixtable45b).

SCHEMA "Tables": a bare cell under a header that gives its label and unit is a fact. A pipe
table drawn with ``+----+`` borders, or a box-drawn table, whose header cells continue on the
lines below (``输入价`` over ``(元/百万`` over ``tokens)``) was not read: the ``+---+`` line
was no separator, and the header row right above the values held only the last part of each
label. Every table is invented: the names and figures are in no report.
"""
from __future__ import annotations

from aigc_analysis.extract.segment import join_stacked_headers, stacked_header_edits
from tests.text_facts import facts_of

_ASCII = ("二、总榜\n\n"
          "+----+-------------+------------+\n"
          "|排名| 模型        |  输入价    |\n"
          "|    |             | (元/百万   |\n"
          "|    |             |  tokens)   |\n"
          "+----+-------------+------------+\n"
          "| 1  | 星河Pro     |   35.50    |\n"
          "| 2  | 云梯-2      |    8.88    |\n"
          "| 3  | 青鸾Max     |   14.20    |\n"
          "+----+-------------+------------+\n")

_BOX = ("┌────┬─────────────┬────────────┬───────────┐\n"
        "│排名│ 模型        │  输入价    │ 研发投入  │\n"
        "│    │             │ (元/百万   │  (亿元)   │\n"
        "│    │             │  tokens)   │           │\n"
        "├────┼─────────────┼────────────┼───────────┤\n"
        "│ 1  │ 星河Pro     │   35.50    │  12.5     │\n"
        "│ 2  │ 云梯-2      │    8.88    │   4.3     │\n"
        "└────┴─────────────┴────────────┴───────────┘\n")


def test_stacked_header_is_joined_same_length():
    out = join_stacked_headers(_ASCII)
    assert len(out) == len(_ASCII)
    assert "|排名|模型|输入价(元/百万tokens)|" in out
    assert "|----|-------------|------------|" in out  # the +---+ border reads as a separator


def test_ascii_drawn_table_with_stacked_header_gives_its_cells():
    rows = facts_of(_ASCII)
    hit = rows[(rows["unit"] == "CNY") & (rows["metric"] == "input_price_per_1m_tokens")]
    assert sorted(hit["value"].round(2)) == [8.88, 14.2, 35.5]


def test_box_drawn_table_with_stacked_header_gives_its_cells_and_names():
    rows = facts_of(_BOX)
    hit = rows[rows["metric"] == "input_price_per_1m_tokens"]
    assert sorted(hit["value"].round(2)) == [8.88, 35.5]
    assert not rows["entity"].str.contains("│").any()


def test_one_line_header_is_left_alone():
    t = "|公司|营收（亿元）|\n|---|---|\n|甲|1.5|\n|乙|2.5|\n"
    assert stacked_header_edits(t) == []


def test_header_lines_not_over_values_are_left_alone():
    # two lines of labels with a separator but only one valued row below: no table to join
    t = "|公司|营收|\n|  |（亿元）|\n|---|---|\n|甲|1.5|\n\n正文。\n"
    assert stacked_header_edits(t) == []


def test_plus_line_in_prose_is_no_border():
    t = "公式：a+--+b\n|甲|1.5|\n"
    assert join_stacked_headers(t) == t
