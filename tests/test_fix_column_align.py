"""An annual report's summary table aligned with runs of ASCII blanks by display width (invented
texts, made-up firms): the unit caption with its fields set apart by blanks is no header row,
cells meet their header cells by order or display column, a growth column is a ratio of the
report's year, a long label alone on its line takes the values below it, a header written
again heads the rows below it; the filing is dated by the board's signature at its end."""
import datetime as dt

import pytest

from aigc_analysis.extract.segment import split_sentences
from aigc_analysis.load.metadata import find_published
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 28)
ISSUER = "Lanfeng"

TITLE = "澜锋智能科技股份有限公司2025年年度报告摘要\n\n第二节 公司基本情况\n3 主要会计数据和财务指标\n"
TABLE = (
    "单位：{unit}  币种：人民币\n"
    "项目                          2025年              2024年             本年比上年增减(%)    2023年\n"
    "总资产                        11,736,552,904.11   9,448,016,337.52    24.22               8,902,771,448.64\n"
    "归属于上市公司股东的净利润    627,405,118.62      -112,667,840.15     不适用              -356,211,473.09\n"
    "归属于上市公司股东的扣除非经常性损益的净利润\n"
    "                              503,918,274.40      -198,372,015.77     不适用              -421,640,388.55\n"
)
SIGNED = "\n澜锋智能科技股份有限公司董事会\n2026年3月28日\n"


def _want(scale: float) -> dict:
    return {
        "11,736,552,904.11": ("total_assets", "2025", 11736552904.11 * scale, "CNY"),
        "9,448,016,337.52": ("total_assets", "2024", 9448016337.52 * scale, "CNY"),
        "24.22": ("total_assets_growth", "2025", 0.2422, "ratio"),
        "8,902,771,448.64": ("total_assets", "2023", 8902771448.64 * scale, "CNY"),
        "627,405,118.62": ("net_profit", "2025", 627405118.62 * scale, "CNY"),
        "-112,667,840.15": ("net_profit", "2024", -112667840.15 * scale, "CNY"),
        "-356,211,473.09": ("net_profit", "2023", -356211473.09 * scale, "CNY"),
        "503,918,274.40": ("net_profit_excl_nonrecurring", "2025", 503918274.40 * scale, "CNY"),
        "-421,640,388.55": ("net_profit_excl_nonrecurring", "2023", -421640388.55 * scale, "CNY"),
    }


@pytest.mark.parametrize("unit,scale,published", [("元", 1.0, PUB), ("元", 1.0, None), ("万元", 1e4, PUB)])
def test_blank_aligned_summary_table(unit, scale, published):
    # dated by the signature or not at all: 本年比上年 is the year the title names
    df = facts_of_text(TITLE + TABLE.format(unit=unit) + SIGNED, published)
    for text, (metric, period, value, u) in _want(scale).items():
        r = row_of(df, text)
        assert (r["entity"], r["metric"], r["period"], r["unit"]) == (ISSUER, metric, period, u), text
        assert r["value"] == pytest.approx(value), text
    assert not df["text"].str.contains("不适用").any()
    assert len(df) == 10  # the caption and header give no fact, nor does the signature's date


@pytest.mark.parametrize("gap", ["  ", "      ", "\u3000\u3000"])
def test_caption_fields_are_no_header_row(gap):
    text = f"单位：元{gap}币种：人民币\n项目    2025年    2024年\n总资产    1,000.00    900.00\n"
    rows = [s for s in split_sentences(text) if s.is_row]
    assert [text[r.start:r.end].split()[0] for r in rows] == ["项目", "总资产"]
    assert rows[0].is_header and text[rows[1].caption.start:rows[1].caption.end].startswith("单位：元")


def test_cover_fields_and_times_near_misses():
    # 公司代码：…  公司简称：… on the cover gives no fact: a stock code is never one
    text = TITLE.replace("\n\n", "\n\n公司代码：688321      公司简称：澜锋智能\n\n", 1) + TABLE.format(unit="元")
    df = facts_of_text(text, PUB)
    assert not df["text"].str.contains("688321").any()
    assert row_of(df, "24.22")["metric"] == "total_assets_growth"
    # two times set apart by blanks still split as cells (no label and colon before them)
    rows = [s for s in split_sentences("开盘    09:30    10:30\n收盘    15:00    16:00\n") if s.is_row]
    assert len(rows) == 2


YEAR_END = (
    "岳川数据股份有限公司2025年年度报告摘要\n\n"
    "主要会计数据\n"
    "单位：元    币种：人民币\n"
    "项目                     2025年末            2024年末           本年末比上年末增减(%)    2023年末\n"
    "总资产                   5,612,334,120.50    4,998,100,223.17   12.29                    4,100,220,118.00\n"
    "项目                     2025年              2024年             本年比上年增减(%)        2023年\n"
    "营业收入                 1,876,223,410.22    1,512,004,118.90                            1,300,441,207.66\n"
    "经营活动产生的现金流量净额\n"
    "                         -45,118,207.31      120,556,019.24     不适用                   88,406,115.70\n"
)


def test_year_end_columns_and_header_again():
    df = facts_of_text(YEAR_END, dt.date(2026, 4, 20))
    got = {t: tuple(row_of(df, t)[["metric", "period"]]) for t in (
        "5,612,334,120.50", "12.29", "4,100,220,118.00", "1,876,223,410.22", "1,300,441,207.66",
        "-45,118,207.31", "88,406,115.70")}
    assert got == {"5,612,334,120.50": ("total_assets", "2025-12"),
                   # 本年末 of the issuer's 2025 report: the end of 2025, not of the publication's year
                   "12.29": ("total_assets_growth", "2025-12"),
                   "4,100,220,118.00": ("total_assets", "2023-12"),
                   # the header written again: years, not year-ends; the empty growth cell skipped
                   "1,876,223,410.22": ("revenue", "2025"),
                   "1,300,441,207.66": ("revenue", "2023"),
                   "-45,118,207.31": ("operating_cash_flow", "2025"),
                   "88,406,115.70": ("operating_cash_flow", "2023")}
    assert row_of(df, "12.29")["value"] == pytest.approx(0.1229)


def test_year_end_in_a_broker_note_keeps_the_publication_year():
    # near-miss: not the issuer's own report, so 本年末 is the publication's year
    text = "岳川证券研究所\n岳川数据点评：订单饱满\n公司预计本年末在手订单达到35亿元。\n"
    df = facts_of_text(text, dt.date(2026, 4, 20))
    assert row_of(df, "35亿元")["period"] == "2026-12"


def test_signed_by_the_board_dates_a_long_filing():
    body = "报告期内，公司持续推进智能算力业务，研发投入保持稳定增长，各项业务有序开展。\n" * 60
    text = TITLE + "截至2025年12月31日，公司共有员工1,234人。\n" + TABLE.format(unit="元") + body
    assert find_published(text + SIGNED).date == PUB
    # near-misses: no signer line, or a government body's closing line, give no date from the end
    assert find_published(text + "\n2026年3月28日\n").date is None
    assert find_published(text + "\n岳川省人民政府办公厅\n2026年3月28日\n").date is None
    # a date under the board's name with more after it on the line is no signature
    assert find_published(text + "\n澜锋智能科技股份有限公司董事会\n2026年3月28日召开会议\n").date is None


@pytest.mark.parametrize("line", ["第二节 公司基本情况", "□适用 √不适用", "3 / 210", "公司代码：688321"])
def test_furniture_lines_give_no_fact(line):
    df = facts_of_text(TITLE + line + "\n" + TABLE.format(unit="元"), PUB)
    assert len(df) == 10
