"""A change column (环比, 同比) is the change of the amount columns it follows, with their metric:
after prices per GPU-hour (the caption's unit) it is the change of that price, not a bare price
change, even when a price word in the header (均价) gave the cell a pricing keyword first.
Invented tables."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

_DAY = dt.date(2025, 11, 20)


def _rental_table(caption: str, first_header: str) -> str:
    return ("研究所：智算租赁价格月报\n\n"
            f"{caption}\n"
            f"卡型　　　　　　　{first_header}　　　最低　　　环比(%)\n"
            "甲型加速卡　　　　7.4　　　 5.1　　　 -4.2\n"
            "乙型加速卡　　　　10.6　　　 8.0　　　 +1.5\n"
            "资料来源：研究所整理\n")


def test_change_column_of_per_gpu_hour_prices():
    df = facts_of_text(_rental_table("表2：10月智算卡时租赁单价（元/卡时）", "均价"), _DAY)
    rows = df[df["text"].isin(["-4.2", "+1.5"])]
    assert set(rows["metric"]) == {"price_per_gpu_hour_change"}, df[["text", "metric"]].to_string()
    assert set(rows["theme"]) == {"pricing"}
    assert sorted(rows["value"].round(3)) == [-0.042, 0.015]
    # the price columns themselves stay per-GPU-hour prices
    assert all(m.endswith("price_per_gpu_hour") for m in df[df["text"].isin(["7.4", "5.1"])]["metric"])


def test_change_column_of_other_prices_stays_a_price_change():
    df = facts_of_text(_rental_table("表2：10月服务器整机报价（万元/台）", "均价"), _DAY)
    rows = df[df["text"].isin(["-4.2", "+1.5"])]
    assert "price_per_gpu_hour_change" not in set(rows["metric"]), df[["text", "metric"]].to_string()


def test_change_of_a_measured_amount_keeps_its_metric():
    text = ("研究所：各地企业经营盘点\n\n"
            "表3　部分企业经营情况（单位：亿元）\n"
            "企业　　　　　　营业收入　　　同比(%)\n"
            "甲科技　　　　　12.4　　　　　+35.2\n"
            "乙信息　　　　　8.6　　　　　 -6.3\n")
    df = facts_of_text(text, _DAY)
    rows = df[df["text"].isin(["+35.2", "-6.3"])]
    assert set(rows["metric"]) == {"revenue_growth"}, df[["text", "metric"]].to_string()
    assert set(rows["theme"]) == {"earnings"}
