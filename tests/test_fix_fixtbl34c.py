"""A row label naming a concept and a metric of its own (``AI手机ASP(美元)``) under a caption whose
keyword measures something else (出货) keeps its own metric: the label is not a bare segment of
the caption's measure, so its cells are not dropped.

Every example is invented (the products and figures are made up).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)

PHONE_TABLE = """二、手机市场预测
表4：全球手机出货预测
                   2024A     2025E     2026E     2027E
全球手机出货(百万台) 1,210.5   1,236.2   1,250.8   1,262.4
AI手机ASP(美元)    1,120     1,050     990       960
资料来源：测试
"""


def test_a_concept_label_with_its_own_price_word_keeps_its_cells():
    rows = facts_of(PHONE_TABLE, DAY)
    asp = rows[rows["unit"] == "USD"]
    assert sorted(asp["value"]) == [960.0, 990.0, 1050.0, 1120.0]
    assert set(asp["metric"]) == {"average_price"}


def test_the_caption_measure_still_reads_its_own_row():
    rows = facts_of(PHONE_TABLE, DAY)
    assert set(rows.loc[rows["unit"] == "count", "metric"]) == {"shipments"}


SHARE_TABLE = """三、产业链国产化
表5：国产化率测算（%），关注增长
                          2023A    2024A    2025E
AI芯片（国内市场国产占比）    21       33       45
"""


def test_a_metric_word_inside_the_labels_bracket_does_not_override_the_caption():
    rows = facts_of(SHARE_TABLE, DAY)
    without = facts_of(SHARE_TABLE.replace("（国内市场国产占比）", ""), DAY)
    assert sorted(rows["value"]) == sorted(without["value"])
    assert list(rows.sort_values("value")["metric"]) == list(without.sort_values("value")["metric"])


def test_a_keyword_before_the_concept_qualifies_it():
    # the head of a Chinese noun phrase comes last: 服务器DDR5 is server DRAM, a segment of the
    # caption's price change, not a server measure
    text = ("图表2：内存合约价涨幅预测\n产品\t2Q25\t3Q25F\n"
            "服务器DDR5\t+6~9%\t+10~14%\n移动DRAM\t持平\t+2~5%\n")
    rows = facts_of(text, DAY)
    r = rows[rows["text"] == "+10~14%"].iloc[0]
    assert (r["metric"], r["period"]) == ("contract_price_change", "2025Q3")
