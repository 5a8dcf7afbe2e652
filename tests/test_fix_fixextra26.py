"""Distractor battery: a summary table restating figures its prose gave, the row named by a
label no lexicon row translates — invented reports of invented places and products.

The prose names the row and the column before the figure (``澄湾岛：在建约65MW`` over the row
``澄湾 | … | 65`` under ``在建``), but the two readings resolved different subjects (the table its
raw label, the prose a subject carried from earlier), so no merge of repeats saw one claim and the
table counted it again. A sentence naming a cell's row and column before the cell's value restates
the cell; the prose row stays. A sentence naming the row but not the column (another firm's campus of the
same size), and rows no sentence names, stay rows."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

PUB = dt.date(2026, 9, 1)

REGIONS = """# 海湾数据中心观察（2026年二季度）

· 澄湾岛：在建约65MW，规划容量已达0.9GW。
· 青屿：青禾集团在青屿新建的园区容量约410MW。

表1　两地数据中心容量（单位：MW）
市场　　　　在建　　　规划
澄湾　　　　65　　　　900
青屿　　　　230　　　　410
资料来源：某研究院
"""

GOODS = """# 双12智能硬件战报

智能台灯全网GMV约12.7亿元，同比增长1.6倍；翻译笔GMV约4.4亿元。

表2　主要品类一览（GMV单位：亿元）
品类　　　　　GMV　　　　同比
智能台灯　　　12.7　　　 +160%
翻译笔　　　　4.4　　　　+35%
"""


def _texts(doc: str) -> list[str]:
    df = facts_of_text(doc, PUB)
    return [str(t).strip() for t in df["text"]]


def test_a_cell_whose_row_and_column_the_prose_names_is_one_claim():
    texts = _texts(REGIONS)
    assert "约65MW" in texts and "0.9GW" in texts, texts
    # the row 澄湾 restates the bullet: no second row of its two capacities
    assert "65" not in texts and "900" not in texts, texts
    # the row 青屿 under 规划 (410) is no restatement of the firm's campus the bullet gives (no 规划 named)
    assert "230" in texts and "410" in texts, texts


def test_a_growth_cell_restating_a_prose_multiple_is_one_claim():
    texts = _texts(GOODS)
    assert "约12.7亿元" in texts and "约4.4亿元" in texts, texts
    # the cells the sentence names (智能台灯 GMV, 同比 +160% as 增长1.6倍; 翻译笔 GMV) are repeats
    for cell in ("12.7", "+160%", "4.4"):
        assert cell not in texts, texts
    # 翻译笔's growth no sentence states: the table's own claim
    assert "+35%" in texts, texts
