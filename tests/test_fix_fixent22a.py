"""A table's fund column (fixent22a): a cell under a column headed as funds' names (``基金简称``,
``基金名称（代码）``) names its row's fund, in English word by word (the manager's brand spelt,
the theme words translated as an index's), never a concept the name holds (半导体) nor the fund
of the row above.

Every example is invented: the funds and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import fund_english
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_fund_names_are_written_word_by_word():
    assert fund_english("松涛半导体ETF") == "Songtao Semiconductor ETF"
    assert fund_english("青川通信设备ETF（515XX1）") == "Qingchuan Telecom Equipment ETF"
    assert fund_english("松涛科创芯片ETF") == "Songtao STAR Chip ETF"
    assert fund_english("芯片ETF") == "Chip ETF"  # no brand: an index's words alone
    assert fund_english("无锡市人工智能产业专项母基金") == "Wuxi AI Industry Fund of Funds"


_RANKED = ("表2　1月主题ETF表现\n"
           "排名   基金简称               代码      月涨跌幅(%)   月净流入(亿元)   规模(亿元)\n"
           "1     松涛半导体ETF           512XX3    3.15          12.50            300.2\n"
           "2     青川芯片ETF             159XX7    1.33          5.06             178.9\n"
           "3     白鹭机器人ETF           562XX9    -3.12         -4.51            61.4\n")


def test_ranked_rows_name_the_fund_in_the_fund_column():
    # was: semiconductors for the first row, the row above's fund or nothing for the others
    f = _facts(_RANKED)
    by_value = dict(zip(f["value"].round(4), f["entity"]))
    assert by_value[0.0315] == "Songtao Semiconductor ETF", by_value
    assert by_value[0.0133] == "Qingchuan Chip ETF", by_value
    assert by_value[-0.0312] == "Bailu Robotics ETF", by_value


def test_a_fund_row_size_is_its_fund_size():
    # was: market_size of semiconductors (规模 of a fund is its size once the row names the fund)
    f = _facts(_RANKED)
    size = f[f["value"].round(0) == 30020000000]
    assert list(size["metric"]) == ["fund_size"], f[["entity", "metric", "value"]]


def test_labelled_fund_rows():
    text = ("表1　12月落地的地方AI母基金（单位：亿元）\n"
            "基金名称　　　　　　　　　　　　目标规模　　首期规模\n"
            "无锡市人工智能产业专项母基金　　120　　　　40\n"
            "岳川半导体产业基金　　　　　　　60　　　　　20\n")
    f = _facts(text)
    assert set(f["entity"]) == {"Wuxi AI Industry Fund of Funds", "Yuechuan Semiconductor Industry Fund"}, \
        f[["entity", "metric", "value"]]
