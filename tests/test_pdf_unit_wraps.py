"""PDF text wrapped inside a unit word (``4,800亿美⏎元``, ``52个百⏎分点``): the fact reads the
whole unit, across page furniture too; a line ending in a number before a heading stays apart."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.quantities import find_quantities, join_wrapped_units
from aigc_analysis.extract.segment import rejoin_wrapped_lines
from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.load.normalise import to_simplified

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 12, 5)


@pytest.mark.parametrize("text, fact, value, unit", [
    ("市场一致预期青峰云2026年资本开支约4,800亿美\n元，同比增长约30%。\n", "约4,800亿美\n元", 4.8e11, "USD"),
    ("我们预计甲光科技2026年营收约35亿港\n元，同比增长20%。\n", "约35亿港\n元", 3.5e9, "HKD"),
    ("AI指数年内跑赢沪深300约52个百\n分点，表现强势。\n", "约52个百\n分点", 0.52, "pp"),
    ("公司2025年毛利率同比提升3.5个百分\n点，创年内新高。\n", "3.5个百分\n点", 0.035, "pp"),
    ("公司2025年AI业务收入12.3亿\n元，同比增长45%。\n", "12.3亿\n元", 1.23e9, "CNY"),
])
def test_a_unit_word_cut_by_a_short_wrapped_line_is_read_whole(text, fact, value, unit):
    row = row_of(facts_of_text(text, PUB), fact)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


def test_a_counter_below_a_number_and_its_magnitude_continues_the_sentence():
    df = facts_of_text("公司2025年GPU出货量约60万\n张，同比增长1倍。\n", PUB)
    assert row_of(df, "约60万")["value"] == 6e5
    assert row_of(df, "1倍")["metric"] == "shipment_growth"  # the line below is the same sentence


def test_join_wrapped_units_reads_the_unit_across_the_break_only():
    raw = "资本开支约4,800亿美\n元，市场规模约120亿\n元"
    t = rejoin_wrapped_lines(raw)
    assert len(t) == len(raw) and "\n" not in t
    got = [(q.value, q.unit, q.text) for q in join_wrapped_units(find_quantities(t), t, raw)]
    assert got == [(4.8e11, "USD", "约4,800亿美 元"), (1.2e10, "CNY", "约120亿 元")]
    # a number below the break is another number, never glued to the one above
    raw = "收入增长12\n3家公司"
    t = raw.replace("\n", " ")
    assert [q.text for q in join_wrapped_units(find_quantities(t), t, raw)] == [q.text for q in find_quantities(t)]


@pytest.mark.parametrize("text", [
    "2025年公司营收增长30\n一、行业概览\n",
    "本周出货量达12万\n台积电表示产能充足\n",  # 台 opens a name, but not after a number's head: joined, harmless
    "市场规模约120亿美\n二、风险提示\n",
])
def test_a_heading_below_a_number_is_no_unit(text):
    joined = rejoin_wrapped_lines(text)
    if "一、" in text or "二、" in text:
        assert joined == text  # a numbered heading starts a new block
    for q in find_quantities(joined):
        assert q.unit != "USD" and "一" not in q.text and "二" not in q.text


def _doc_facts(text):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "published": PUB,
           "publisher": "Test Broker", "boilerplate": find_boilerplate(text)}
    return facts_frame(extract_document(doc))


_HEAD = "行业深度报告 | 2025年12月5日\n"
_FOOT = "请务必阅读正文之后的免责声明部分\n"
_FILL = "我们认为行业景气度仍在持续上行，产业链各环节的订单与出货均保持良好势头，后续需关注下游应用的落地节奏。\n" * 10


@pytest.mark.parametrize("cut", ["亿美\n{}元", "亿\n{}美元"])
def test_a_unit_cut_by_a_page_break_is_read_across_the_page_furniture(cut):
    first, rest = cut.split("{}")
    text = (_HEAD + "一、行业概览\n" + _FILL + "海外云厂商持续加大投入，北美四大云厂商本季度资本开支合计同比大幅增长，市场\n"
            "一致预期青峰云2026年资本开支约4,800" + first + "  11 / 30\n" + _FOOT + _HEAD + rest
            + "，同比增长约30%。谷歌方面，公司维持全年指引不变，市场对其AI云业务增速的预\n期亦持续上修。\n"
            + _FILL + "  12 / 30\n" + _FOOT + _HEAD + "二、投资建议\n" + _FILL + "  13 / 30\n" + _FOOT)
    df = _doc_facts(text)
    capex = df[df["value"] == 4.8e11]
    assert len(capex) == 1 and capex.iloc[0]["unit"] == "USD" and capex.iloc[0]["period"] == "2026"
    assert capex.iloc[0]["text"].startswith("约4,800亿") and capex.iloc[0]["text"].endswith("元")


def test_a_dated_running_title_with_a_pipe_is_page_furniture_but_a_table_row_is_not():
    page = _HEAD + _FILL + "  {} / 30\n"
    text = "".join(page.format(n) for n in range(11, 15))
    spans = find_boilerplate(text)
    heads = [i for i in range(len(text)) if text.startswith(_HEAD, i)]
    assert len(heads) == 4 and all(any(a <= i < b for a, b, *_ in spans) for i in heads)
    # a table row repeated a page apart holds no date: it stays
    row = "公司 | 营收\n"
    text = "".join((row + _FILL) for _ in range(4))
    assert row.strip() not in [text[a:b] for a, b, *_ in find_boilerplate(text)]
