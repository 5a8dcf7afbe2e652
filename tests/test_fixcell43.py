"""Table cells lost to the layout of their table (fixcell43).

A plain-text table often draws a rule under its header (``车型  6期  12期`` over a line of
dashes or equals signs, or a grid's ``+----+----+``). The rule was no table row, so it ended
the table: the header stood alone above it, a single blank-aligned line that is no table, and
the rows below it had no header, so no cell took its column's metric or period. A rule between
two table lines now stands inside the table, as a markdown separator does.

A caption's unit followed by the year's start or end its figures are for (``（US$，2025年初）``,
``（亿元，2024年末）``) is the table's unit, as one followed by a month is; a bare year after the
unit (``（亿元，2025年）``) stays prose.

A filing's results table stacks three header lines: its caption set apart by a gap
(``（1）经营成果（累计）　　（%为同比）``), the measures (``营业收入　　营业利润``), then each measure's
units (``百万元　%　百万元　%``). Only two header lines were kept, so the unit line was read as a
body row and the cells below it stood under the caption; a third line under two narrower ones
now takes the lower place. Its rows are labelled by a Japanese fiscal period
(``2026年3月期中间期``), the interim (first half) of the fiscal year ending March 2026: FY2026H1.

A table aligned with full-width blanks whose long label leaves one blank before its value
(``青禾科技 2025Q3　42.6`` between rows with two) broke the table in two; such a line, with as
many cells as a blank-aligned row beside it, is a row of the table.

Every example is invented (青禾, 澄湾 and 岚芯 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.quantities import find_unit_labels
from aigc_analysis.extract.segment import split_sentences
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 9, 30), "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _rows(df, value):
    return df[(df["value"] - value).abs() <= 1e-6 * abs(value)]


def _headers(text: str) -> list[list[str]]:
    """The column headers of each body row of ``text``'s tables."""
    return [[" / ".join(text[h.start:h.end] for h in c) for c in s.col_headers]
            for s in split_sentences(text) if s.is_row and not s.is_header]


DASHED = ("整车订阅月费（单位：元/月）\n"
          "车型                      6期        12期       24期\n"
          "----------------------------------------------------------\n"
          "青禾 S7 长续航版           5,280      4,680      4,080\n"
          "澄湾 L9 智驾版             6,120      5,420      4,760\n")


def test_a_dashed_rule_under_a_header_keeps_the_header_over_the_rows():
    assert _headers(DASHED) == [["车型", "6期", "12期", "24期"]] * 2


def test_cells_under_a_dashed_rule_are_read_with_the_caption_unit():
    df = _facts(DASHED)
    for value in (5280, 4680, 4080, 6120, 5420, 4760):
        rows = _rows(df, value)
        assert len(rows) == 1, df[["theme", "entity", "metric", "value", "unit", "text"]]
        assert (rows.iloc[0].theme, rows.iloc[0].unit) == ("pricing", "CNY")
    assert "青禾" in _rows(df, 5280).iloc[0].entity


def test_an_equals_rule_and_a_grid_border_stand_inside_their_tables():
    equals = ("项目          2024年      2025年\n"
              "==================================\n"
              "营业收入      186.4       241.9\n"
              "净利润         21.5        30.8\n")
    assert _headers(equals) == [["项目", "2024年", "2025年"]] * 2
    grid = ("+------+--------+--------+\n"
            "| 项目 | 2024年 | 2025年 |\n"
            "+------+--------+--------+\n"
            "| 营收 | 186.4  | 241.9  |\n"
            "| 净利 | 21.5   | 30.8   |\n"
            "+------+--------+--------+\n")
    assert _headers(grid) == [["项目", "2024年", "2025年"]] * 2


def test_a_rule_between_prose_lines_joins_nothing():
    # a rule under a heading, or between two paragraphs, is no table separator
    text = ("二、澄湾电子经营回顾\n"
            "----------------------------------------\n"
            "公司2025年营业收入241.9亿元，同比增长29.8%。\n")
    assert not any(s.is_row for s in split_sentences(text))
    df = _facts(text)
    assert len(_rows(df, 2.419e10)) == 1


def test_a_rule_after_a_table_does_not_pull_the_prose_below_into_it():
    text = ("项目          2024年      2025年\n"
            "营业收入      186.4       241.9\n"
            "净利润         21.5        30.8\n"
            "----------------------------------\n"
            "注：澄湾电子2025年毛利率为31.2%。\n")
    rows = [s for s in split_sentences(text) if s.is_row]
    assert len(rows) == 3
    assert not any("注" in text[s.start:s.end] for s in rows)


def test_a_unit_then_the_year_start_or_end_is_a_unit_caption():
    assert [u for *_, u in find_unit_labels("表1　岚芯单卡成本结构估算（US$，2025年初）")] == ["USD"]
    assert [(m, u) for _, _, m, u in find_unit_labels("贷款余额（亿元，2024年末）")] == [(100000000, "CNY")]
    assert [u for *_, u in find_unit_labels("贷款余额（亿元，2024年底）")] == ["CNY"]


def test_a_unit_then_a_bare_year_stays_prose():
    assert find_unit_labels("营业收入（亿元，2025年）") == []


# a filing's results table: its caption set apart by a gap, then the measures, then their units
FILING = ("（1）经营成果（累计）　　　　　　　　　　　　　　　　（%为同比）\n"
          "　　　　　　　　　　营业收入　　　　　　营业利润　　　　　　净利润\n"
          "　　　　　　　　　　百万元　　%　　　　百万元　　%　　　　百万元　　%\n"
          "2025年中期　　　　　48,210　　31.5　　9,760　　　42.8　　7,315　　　40.6\n"
          "2024年中期　　　　　36,660　　18.2　　6,835　　　25.1　　5,203　　　22.4\n")


def test_a_widening_third_header_line_heads_the_rows_under_the_one_above_it():
    heads = _headers(FILING)
    assert heads[0] == ["", "营业收入 / 百万元", "营业收入 / %", "营业利润 / 百万元", "营业利润 / %",
                        "净利润 / 百万元", "净利润 / %"]
    assert heads[1] == heads[0]


def test_cells_under_a_widening_header_take_its_measures_and_units():
    df = _facts(FILING)
    for value, unit, metric in ((4.821e10, "CNY", "revenue"), (0.315, "ratio", "revenue_growth"),
                                (9.76e9, "CNY", "operating_profit"), (0.251, "ratio", "operating_profit_growth")):
        rows = _rows(df[df["unit"] == unit], value)
        assert len(rows) == 1, df[["theme", "entity", "metric", "value", "unit", "text"]]
        assert rows.iloc[0].metric == metric


def test_a_stack_of_names_over_units_keeps_its_top_line():
    # names over units over periods does not widen: the names stay the header above
    text = ("公司　　　　　　营业收入　　　　　净利润\n"
            "　　　　　　　　亿元　　　　　　　亿元\n"
            "　　　　　　　　2025E　　2026E　　2025E　　2026E\n"
            "澄湾电子　　　　241.9　　301.2　　30.8　　38.5\n"
            "青禾科技　　　　96.4　　 120.7　　11.2　　14.9\n")
    heads = _headers(text)
    assert all("营业收入" in h or "净利润" in h or not h for h in heads[0])


NARROW = ("图2：单季研发投入（单位：亿元）\n"
          "澄湾 2025Q3　　34.9\n"
          "青禾科技 2025Q3　42.6\n"
          "岚山 2025Q3　　31.5\n")


def test_a_long_label_leaving_one_full_width_blank_stays_a_row_of_its_table():
    rows = [s for s in split_sentences(NARROW) if s.is_row]
    assert len(rows) == 3
    assert {NARROW[s.caption.start:s.caption.end] for s in rows} == {"图2：单季研发投入（单位：亿元）"}


def test_cells_above_a_narrow_gap_row_keep_the_caption_unit():
    df = _facts(NARROW)
    rows = _rows(df, 3.49e9)
    assert len(rows) == 1, df[["theme", "entity", "metric", "value", "unit", "text"]]
    assert (rows.iloc[0].unit, rows.iloc[0].period) == ("CNY", "2025Q3")


def test_a_lone_line_with_one_full_width_blank_is_no_row():
    # a byline or a label and its value under prose: no blank-aligned row beside it
    text = "澄湾电子2025年第三季度经营简报\n研发投入　34.9亿元\n公司表示将继续加大投入。\n"
    assert not any(s.is_row for s in split_sentences(text))


def test_the_interim_period_of_a_japanese_fiscal_year_is_its_first_half():
    from aigc_analysis.extract.periods import find_periods
    day = dt.date(2025, 11, 10)
    assert [(p.value, p.text) for p in find_periods("2026年3月期中间期营业收入", day)] == [("FY2026H1", "2026年3月期中间期")]
    assert [p.value for p in find_periods("2026年3月期合并业绩预测", day)] == ["FY2026"]
    # 期中 and 期间 after a month stay what they were: no fiscal year
    assert [p.value for p in find_periods("2025年3月期间收入增长", day)] == ["2025-03"]


def test_rows_labelled_by_the_interim_period_are_dated_by_it():
    text = ("1．2026年3月期中间期合并业绩\n"
            "（1）经营成果（累计）　　　　　　　　　　　　　　　　（%为同比）\n"
            "　　　　　　　　　　营业收入　　　　　　营业利润　　　　　　净利润\n"
            "　　　　　　　　　　百万元　　%　　　　百万元　　%　　　　百万元　　%\n"
            "2026年3月期中间期　48,210　　31.5　　9,760　　　42.8　　7,315　　　40.6\n"
            "2025年3月期中间期　36,660　　18.2　　6,835　　　25.1　　5,203　　　22.4\n")
    df = _facts(text)
    rows = _rows(df[df["unit"] == "CNY"], 4.821e10)
    assert len(rows) == 1, df[["theme", "entity", "metric", "value", "unit", "period", "text"]]
    assert rows.iloc[0].period == "FY2026H1"
    assert _rows(df[df["unit"] == "CNY"], 3.666e10).iloc[0].period == "FY2025H1"
