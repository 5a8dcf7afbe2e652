"""Table captions and count columns, on invented texts: a caption whose head is an appendix or
annex word and a letter (附件A, 附录B, Appendix C) is the table's caption, not its header row;
a column headed by a counter of more than one character (（人次）, （万人次）) or counted by its
caption's unit label, when that label goes on to other units (（单位：件；占比单位：%）) or scopes
the counter to some columns (（受理、办结单位：件；…）), holds counts."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import _COUNTER_CAPTION, _COUNTER_COLUMN
from aigc_analysis.extract.segment import _CAPTION
from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 10)


def _rows(text: str, value: float):
    df = facts_of_text(text, DAY)
    return df[(df["value"] - value).abs() < 1e-6]


def test_appendix_letter_heads_are_captions():
    for line in ("附件A　智能客服项目开支（港币百万元）", "附录B：试点名单", "附錄C　院區統計",
                 "Appendix D: pilot costs", "Annex E　样本", "附件一　名单"):
        assert _CAPTION.match(line), line
    # a capital letter that starts a word, or a lower-case one, is no caption number
    assert _CAPTION.match("表A股成交情况") is None


def test_multi_character_counter_column():
    assert _COUNTER_COLUMN.search("咨询服务（人次）").group(1) == "人次"
    assert _COUNTER_COLUMN.search("问诊量（万人次）").group(1) == "人次"
    assert _COUNTER_COLUMN.search("受理量（件）").group(1) == "件"
    assert _COUNTER_COLUMN.search("自动化岸桥（台）").group(1) == "台"


def test_caption_unit_label_with_more_units_or_a_scope():
    assert _COUNTER_CAPTION.search("表3　工单分类（单位：件；占比单位：%）").group(1) == "件"
    assert _COUNTER_CAPTION.search("表2　受理情况（受理、办结单位：件；办结率单位：%）").group(1) == "件"
    assert _COUNTER_CAPTION.search("表1　资金（单位：亿元）") is None


def test_person_time_column_gives_counts():
    text = ("云川市2025年智能导诊服务情况\n\n"
            "区县　　　　导诊服务（人次）　　　　覆盖医院（所）\n"
            "东湖区　　　　4,350　　　　　　　　12\n"
            "西岭区　　　　2,870　　　　　　　　9\n")
    rows = _rows(text, 4350)
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "count" and rows.iloc[0]["theme"] == "adoption"


def test_scoped_caption_counts_cells():
    text = ("表1　2025年上半年智能体备案分地区情况（申报、通过单位：件；通过率单位：%）\n\n"
            "| 地区 | 申报 | 通过 | 通过率 |\n"
            "| --- | --- | --- | --- |\n"
            "| 甲市 | 1,236 | 1,017 | 82.3 |\n"
            "| 乙市 | 845 | 701 | 83.0 |\n")
    rows = _rows(text, 1236)
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "count"
    share = _rows(text, 0.823)
    assert len(share) == 1 and share.iloc[0]["unit"] == "ratio"


def test_appendix_caption_keeps_the_header_row():
    text = ("附件A　智能客服项目开支（港币百万元）\n"
            "项目　　　　　　2024年实际　　2025年预算　　变幅(%)\n"
            "语音机器人　　　　21.4　　　　　27.9　　　　30.4\n"
            "工单摘要　　　　　8.6　　　　　 12.2　　　　41.9\n")
    rows = _rows(text, 21.4e6)
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "HKD", rows
    assert rows.iloc[0]["period"] == "2024"


def test_person_time_column_takes_its_magnitude():
    # （万人次）: the cells are tens of thousands of visits, as （万台） cells are of units
    text = ("云川市2025年国庆假期景点接待情况\n\n"
            "景点　　　　接待游客（万人次）　　　　备注\n"
            "东湖景点　　　　43.5　　　　　　　　甲\n"
            "西岭景点　　　　28.7　　　　　　　　乙\n")
    rows = _rows(text, 435000)
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "count" and rows.iloc[0]["text"] == "43.5"
    assert _rows(text, 43.5).empty
