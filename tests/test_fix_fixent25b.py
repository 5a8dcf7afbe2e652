"""fixent25b: a row labelled by a year (2022, 2024H1) or a year straddling two (2023/24, a
delivery or crop year) is when its cells hold, never an entity named after the year."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2026, 3, 2)


def _rows(text: str) -> list[tuple[str, str]]:
    f = facts_of(text, DAY, publisher="Test Broker")
    return list(zip(f["text"], f["entity"]))


def test_year_rows_under_an_unnamed_caption_are_not_named_by_the_year():
    # was: 2022, 2023, 2024H1 as the rows' entities
    got = _rows("二、监管：审批加快\n\n表2　省级主管部门二类AI医疗软件注册证（单位：张）\n"
                "年份　　　　　新增　　　　累计\n2022　　　　　11　　　　　30\n"
                "2023　　　　　19　　　　　49\n2024H1　　　　8　　　　　57\n资料来源：公开数据整理。\n")
    assert got, got
    assert not any(e in ("2022", "2023", "2024H1") for _, e in got), got


def test_split_year_rows_take_the_caption_subject():
    # was: 2023/24 and 2024/25 as the rows' entities
    got = _rows("表3　ERCOT容量拍卖结果（出清价单位：美元/兆瓦·日）\n交付年度　　出清价　　总成本\n"
                "2023/24　　 31.50　　　　12\n2024/25　　 120.40　　　 65\n资料来源：ERCOT。\n")
    assert dict(got)["31.50"] == "ERCOT", got
    assert dict(got)["120.40"] == "ERCOT", got


def test_ranked_rows_are_named_by_their_region_cell():
    # was: unspecified for every row (the first cell is a rank, no label; no firm word heads 省（市）)
    got = _rows("表1　2025年低空经济产业规模前五省（市）\n排名　省（市）　　企业数量（家）　产业规模（亿元）　同比增长（%）\n"
                "1　　 湖南　　　　  512　　　　　 1,230　　　　　　 31.2\n2　　 江西　　　　  433　　　　　   970　　　　　　 27.5\n"
                "注：排名按产业规模。\n")
    by = dict(got)
    assert by["1,230"] == "Hunan" and by["31.2"] == "Hunan", got
    assert by["970"] == "Jiangxi", got
