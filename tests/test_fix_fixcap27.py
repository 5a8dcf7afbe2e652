"""Table captions and header rows (fixcap27), on invented tables: a caption line is the table's
caption, never its header row, however a broker note writes it (表一　…, 【表1　…】, 圖表2　…,
附表1　…, 图表1：…, 表 3-2, Exhibit 4:, Table 3, 附表：); and a blank-aligned header that leaves
one ASCII blank between two labels (单位净值 近1周) has a cell for each."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.segment import _CAPTION, split_sentences
from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 30)

_SHARE_TABLE = """澜锋半导体第三季度营收同比增长18%。

{caption}澜锋半导体各制程晶圆营收占比（%）{close}
制程　　　　　2024Q3　　2025Q2　　2025Q3
3纳米　　　　　21　　　　24　　　　26
5纳米　　　　　33　　　　35　　　　34
资料来源：公司公告，研究所整理
"""


@pytest.mark.parametrize("caption,close", [
    ("表一　", ""),            # a number in Chinese numerals, a full-width blank before the title
    ("【表1　", "】"),          # the whole caption in 【】
    ("【表1】", ""),
    ("附表1　", ""),            # an appendix table
    ("图表1：", ""),
    ("图1 ", ""),
    ("表 3-2　", ""),
    ("附表：", ""),             # no number, a colon
    ("Exhibit 4: ", ""),
    ("Table 3　", ""),
    ("表１　", ""),             # a full-width digit
])
def test_caption_line_is_no_header_row(caption, close):
    df = facts_of(_SHARE_TABLE.format(caption=caption, close=close), DAY)
    cells = df[df["text"].isin(["21", "24", "26", "33"])]
    # the real header (制程 2024Q3 2025Q2 2025Q3) gives each cell its quarter, the caption its percent
    assert sorted(zip(cells["text"], cells["period"], cells["unit"], cells["value"])) == [
        ("21", "2024Q3", "ratio", 0.21), ("24", "2025Q2", "ratio", 0.24),
        ("26", "2025Q3", "ratio", 0.26), ("33", "2024Q3", "ratio", 0.33)], \
        df[["text", "entity", "metric", "value", "unit", "period"]].to_string()


def test_traditional_caption_with_fullwidth_blank():
    text = """瀾鋒半導體第三季營收年增18%。

圖表2　瀾鋒半導體各製程晶圓營收占比（%）
製程　　　　　2024Q3　　2025Q2　　2025Q3
3奈米　　　　　21　　　　24　　　　26
5奈米　　　　　33　　　　35　　　　34
資料來源：公司法說會資料，研究所整理
"""
    df = facts_of(text, DAY)
    cells = df[df["text"].isin(["21", "24", "26"])]
    assert sorted(zip(cells["text"], cells["period"], cells["value"])) == [
        ("21", "2024Q3", 0.21), ("24", "2025Q2", 0.24), ("26", "2025Q3", 0.26)]


@pytest.mark.parametrize("line", [
    "表一　台积电各制程营收占比", "【表1　ETF业绩表现（%）】", "【表1】主要公司估值", "附表1　盈利预测",
    "附表：盈利预测", "圖表2　出貨量", "图表 3-2：市场规模", "Exhibit 4: Capex", "Fig. 5 GPU shipments",
    "[Table 2] Prices", "表十二　可比公司",
])
def test_caption_heads(line):
    assert _CAPTION.match(line)


@pytest.mark.parametrize("line", ["表现　12.3　8.1", "表示　1　2", "图一览　3　4", "表格　2024　2025", "Tablet  12  15"])
def test_row_labels_that_open_like_a_caption_word(line):
    # 表现, 表示, 图一览: words that open with 表/图 but no caption number or colon after them
    assert not _CAPTION.match(line)


def test_caption_above_blank_aligned_header_is_its_caption():
    text = "【表1　AI主题ETF业绩表现（%）】\n基金  近1周  近1月\n甲ETF  4.21  -7.85\n乙ETF  5.08  -9.12\n"
    rows = [s for s in split_sentences(text) if s.is_row]
    assert rows[0].is_header and [text[c.start:c.end] for c in rows[0].clauses] == ["基金", "近1周", "近1月"]
    assert text[rows[1].caption.start:rows[1].caption.end] == "【表1　AI主题ETF业绩表现（%）】"


_FUND_TABLE = """本周AI主题ETF全部上涨。

【表1　AI主题ETF业绩表现（%）】
基金简称            代码     单位净值 近1周   近1月    今年以来
澜锋人工智能ETF     560001   1.482    3.61    -6.25    41.08
云杉机器人ETF       560002   0.874    2.17    -8.03    19.66
注：近1周为2025-11-24至2025-11-28；近1月、今年以来均截至2025-11-28。单位净值单位为元，不代表收益。
"""


def test_header_labels_one_blank_apart_are_two_cells():
    rows = [s for s in split_sentences(_FUND_TABLE) if s.is_row]
    header = [_FUND_TABLE[c.start:c.end] for c in rows[0].clauses]
    assert header == ["基金简称", "代码", "单位净值", "近1周", "近1月", "今年以来"]
    first = rows[1]
    heads = [tuple(_FUND_TABLE[h.start:h.end] for h in hs) for hs in first.col_headers]
    assert heads[2:4] == [("单位净值",), ("近1周",)]


def test_week_return_under_split_header_is_read():
    df = facts_of(_FUND_TABLE, DAY)
    # the week's return (3.61) is a fact; the NAV (1.482) under 单位净值 is no return
    assert 0.0361 in set(df["value"].round(6))
    assert "1.482" not in set(df["text"])
