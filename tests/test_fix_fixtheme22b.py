"""Tallies of many tenders are the procurement market (fixtheme22b, invented text).

A digest's national or monthly total of winning bids, its cumulative total, a class of tenders,
the share of the total a class takes, a per-province table and a vendor's place in the ranking
are the size and shares of the procurement market (SCHEMA: server values and industry spending
are ``market``). One project's award stays the buyer's capex, one firm's winnings its earnings,
and tenders to build computing centres stay capex (the build-out of compute capacity).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 11, 20)

DIGEST = (
    "10月全国公开的智算服务器中标项目共120个，中标金额合计约60.5亿元，环比增长20%，同比增长1.1倍。"
    "其中，服务器设备采购类项目中标金额41.2亿元，占68%。\n"
    "今年以来累计中标金额约520亿元。国产芯片项目中标金额占比达65%。\n"
    "其中岚峰计算中标金额约9.3亿元，份额15.4%，居首；青禾科技以约7.1亿元位列第二。\n"
)


def test_a_tally_of_tenders_is_market():
    df = facts_of_text(DIGEST, PUB)
    for quote in ("约60.5亿元", "20%", "1.1倍", "41.2亿元", "68%", "约520亿元", "65%"):
        assert row_of(df, quote)["theme"] == "market", quote


def test_a_vendors_place_in_the_tender_ranking_is_market():
    df = facts_of_text(DIGEST, PUB)
    assert row_of(df, "约9.3亿元")["theme"] == "market"
    assert row_of(df, "约7.1亿元")["theme"] == "market"


def test_a_province_table_of_winning_bids_is_market():
    text = ("表2 10月AI服务器及算力服务中标金额前三省份（金额单位：万元）\n"
            "省份　　中标金额　　同比(%)\n"
            "江苏　　185,600　　42.5\n"
            "四川　　97,300　　118.0\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "185,600")["theme"] == "market"
    assert row_of(df, "42.5")["theme"] == "market"


def test_near_miss_single_awards_and_computing_centre_tallies_keep_their_themes():
    df = facts_of_text("星衡科技今年大模型相关中标金额约3.6亿元。", PUB)
    assert row_of(df, "约3.6亿元")["theme"] == "earnings"  # one firm's winnings
    df = facts_of_text("滨江新区人工智能计算中心项目中标金额约2.1亿元，中标单价约150万元/台。", PUB)
    assert row_of(df, "约2.1亿元")["theme"] == "capex"  # one buyer's compute purchase
    df = facts_of_text("2026年全国智算中心相关项目中标金额合计约980亿元，同比增长约55%。", PUB)
    assert row_of(df, "约980亿元")["theme"] == "capex"  # building compute capacity


def test_a_winning_bid_total_written_zhongbiao_zonge_is_no_order_intake():
    df = facts_of_text("某运营商AI服务器集采中标结果公布，采购规模为2,100台，中标总额约31.5亿元。", PUB)
    row = row_of(df, "约31.5亿元")
    assert (row["theme"], row["metric"]) == ("market", "winning_bid_amount")


def test_a_project_count_column_keeps_plain_counts_under_a_money_caption():
    # 项目数 (facts_words.csv count_column) counts projects, not 万元 of the caption
    text = ("表2 10月AI服务器及算力服务中标金额前三省份（金额单位：万元）\n"
            "省份　　项目数　　中标金额　　同比(%)\n"
            "江苏　　27　　185,600　　42.5\n"
            "四川　　14　　97,300　　118.0\n")
    df = facts_of_text(text, PUB)
    row = row_of(df, "27")
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("market", "procurement_projects", 27.0, "count")
    assert row_of(df, "185,600")["value"] == 1.856e9
