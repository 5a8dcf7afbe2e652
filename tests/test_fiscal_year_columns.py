"""A note under a table that makes some rows fiscal (``注：微软、英伟达为财年数据，其余为自然年``)
turns their year columns into fiscal years (FY2024, FY2025E ...); the other rows and a table
without such a note stay calendar. Invented text only."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

PUB = dt.date(2025, 11, 20)

ZH_TABLE = ("表1：主要科技公司资本开支（亿美元）\n"
            "公司\t2024\t2025E\t2026E\n"
            "微软\t558\t800\t900\n"
            "英伟达\t30\t40\t50\n"
            "谷歌\t525\t750\t850\n")
EN_TABLE = ("Table 1: Capex of large tech firms (USD bn)\n"
            "Company\t2024\t2025E\t2026E\n"
            "Microsoft\t55.8\t80.1\t90.2\n"
            "Oracle\t7.1\t15.3\t25.4\n"
            "Alphabet\t52.5\t75.6\t85.7\n")
MD_TABLE = ("表2：资本开支（亿美元）\n\n"
            "| 公司 | 2024 | 2025E |\n|---|---|---|\n"
            "| 微软 | 558 | 800 |\n| 谷歌 | 525 | 750 |\n")


def _periods(df) -> dict[str, str]:
    return dict(zip(df["text"], df["period"]))


@pytest.mark.parametrize("note", ["注：微软、英伟达为财年数据，其余为自然年\n",
                                  "注：微软、英伟达为财年口径；谷歌为自然年\n"])
def test_chinese_note_makes_named_rows_fiscal(note):
    got = _periods(facts_of_text(ZH_TABLE + note, PUB))
    assert (got["558"], got["800"], got["900"]) == ("FY2024", "FY2025", "FY2026")
    assert (got["30"], got["40"], got["50"]) == ("FY2024", "FY2025", "FY2026")
    assert (got["525"], got["750"], got["850"]) == ("2024", "2025", "2026")


def test_english_note_makes_named_rows_fiscal():
    got = _periods(facts_of_text(EN_TABLE + "Note: Microsoft and Oracle on fiscal-year basis\n", PUB))
    assert (got["55.8"], got["80.1"], got["7.1"], got["25.4"]) == ("FY2024", "FY2025", "FY2024", "FY2026")
    assert (got["52.5"], got["85.7"]) == ("2024", "2026")


def test_markdown_table_note():
    got = _periods(facts_of_text(MD_TABLE + "\n注：微软为财年数据\n", PUB))
    assert (got["558"], got["800"], got["525"]) == ("FY2024", "FY2025", "2024")


def test_estimate_flag_kept():
    df = facts_of_text(ZH_TABLE + "注：微软、英伟达为财年数据，其余为自然年\n", PUB)
    row = df[df["text"] == "800"].iloc[0]
    assert row["period"] == "FY2025" and bool(row["is_estimate"])


@pytest.mark.parametrize("table", [ZH_TABLE, EN_TABLE, MD_TABLE])
def test_table_without_note_stays_calendar(table):
    # near-miss: no note: every year column is a calendar year
    got = _periods(facts_of_text(table, PUB))
    assert not any(str(v).startswith("FY") for v in got.values())


def test_note_naming_no_row_changes_nothing():
    # near-miss: a fiscal note about a company the table does not hold
    got = _periods(facts_of_text(ZH_TABLE + "注：甲骨文为财年数据\n", PUB))
    assert not any(str(v).startswith("FY") for v in got.values())
