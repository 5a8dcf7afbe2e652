"""A known firm as the row label of a table aligned by single full-width blanks keeps its lexicon
name: the value cell after the blank is no version of the name (``寒武纪　64`` is not the model
``Cambricon 64``), so the row is not left to the pinyin of a firm column's short name.

Every figure below is invented.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 12)

TABLE = (
    "表2　三家芯片公司2025年上半年收入\n"
    "公司　　　营业收入(亿元)　同比(%)　毛利率(%)\n"
    "寒武纪　64　　　　　　　 12.5　　　 55.1\n"
    "中国移动　1,234　　　　　 -3.5　　　 28.0\n"
    "海光信息　91　　　　　　　 20.4　　　 61.2\n"
)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_row_labels_of_a_fullwidth_aligned_table_keep_their_lexicon_names():
    e = _entities(TABLE)
    assert e["64"] == e["12.5"] == "Cambricon"
    assert e["1,234"] == e["-3.5"] == "China Mobile"
    assert e["91"] == "Hygon"


def test_near_miss_a_version_after_an_ascii_blank_still_extends_the_name():
    e = _entities("Claude Opus 4.5的输入价格为每百万tokens 5美元。")
    assert e["5美元"] == "Claude Opus 4.5"
