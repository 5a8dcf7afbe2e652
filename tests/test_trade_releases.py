"""Trade statistics (invented text): the office issuing a release names the place of its
figures when the text names none (財政部 in a Traditional note is Taiwan's, 海关总署 China's);
a good's or a destination's line is still the place's exports; a company line keeps its company."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 9)

TW = ("財政部今日公布，3月出口總值510.2億美元，年增28.1%；其中資通與視聽產品出口300.5億美元，"
      "年增40.2%。1至3月累計出口1,400.0億美元，年增25.3%。對美國出口180.3億美元。\n"
      "另外，台積電3月營收2,859億元，年增42.1%。\n")


def test_a_taiwan_release_is_taiwan_s():
    df = facts_of_text(TW, PUB)
    for text, metric, period in (("510.2億美元", "exports", "2026-03"), ("28.1%", "exports_growth", "2026-03"),
                                 ("300.5億美元", "exports", "2026-03"), ("40.2%", "exports_growth", "2026-03"),
                                 ("1,400.0億美元", "exports", "2026-01/2026-03"),
                                 ("25.3%", "exports_growth", "2026-01/2026-03")):
        row = row_of(df, text)
        assert (row["theme"], row["entity"], row["metric"], row["period"]) == ("market", "Taiwan", metric, period), text
    assert row_of(df, "180.3億美元")["entity"] == "Taiwan"  # 對美國: the destination, not the exporter


def test_a_company_line_keeps_its_company():
    df = facts_of_text(TW, PUB)
    row = row_of(df, "2,859億元")
    assert (row["entity"], row["theme"], row["metric"]) == ("TSMC", "earnings", "revenue")


def test_a_customs_release_is_china_s():
    df = facts_of_text("海关总署公布，3月出口总值3000亿美元，同比增长8.5%；其中机电产品出口1800亿美元。", PUB)
    for text in ("3000亿美元", "8.5%", "1800亿美元"):
        assert (row_of(df, text)["entity"], row_of(df, text)["theme"]) == ("China", "market"), text


def test_near_misses():
    # a good's market the text names stays; a Simplified 财政部 is no Taiwan office; no office, no place
    df = facts_of_text("海关总署公布，3月我国集成电路出口金额161亿美元，同比增长20.3%。", PUB)
    assert row_of(df, "161亿美元")["entity"] == "China integrated circuit exports"
    df = facts_of_text("财政部公布，3月出口总值3000亿美元。", PUB)
    assert row_of(df, "3000亿美元")["entity"] != "Taiwan"
    df = facts_of_text("3月出口总值3000亿美元。", PUB)
    assert row_of(df, "3000亿美元")["entity"] not in ("China", "Taiwan")
