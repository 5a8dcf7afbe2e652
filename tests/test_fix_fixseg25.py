"""Segment tables (branch fixseg25): a company note's table of its segments whose rows the
lexicon reads as concepts (云服务, 大模型) is the firm's earnings, not a market.

Every example is invented (澜岳智能, 澜州 exist in no report; their figures are made up).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 20)

_SEGMENTS = ("澜岳智能科技控股有限公司\nLANYUE INTELLIGENCE HOLDINGS LIMITED\n（股份代号：9999）\n\n"
             "二零二五年中期业绩公告\n\n"
             "澜岳智能科技控股有限公司（「本公司」）董事会欣然公布本公司截至二零二五年六月三十日止六个月之"
             "未经审核业绩。\n\n"
             "本期间收入增加主要由云服务业务带动。下表载列按业务分部划分的收入：\n\n"
             "{caption}\n"
             "　　　　　　　　　　二零二五年　　占比　　　二零二四年　　占比　　　变动\n"
             "大模型平台　　　　　512,300　　　52.1%　　　301,200　　　41.0%　　　70.1%\n"
             "云服务　　　　　　　311,800　　　31.7%　　　266,400　　　36.3%　　　17.0%\n"
             "行业AI解决方案　　　159,400　　　16.2%　　　166,900　　　22.7%　　　(4.5%)\n"
             "合计　　　　　　　　983,500　　　100.0%　　　734,500　　　100.0%　　　33.9%\n")


def test_concept_rows_of_a_segment_table_are_the_firms_earnings():
    # 云服务 | 311,800 under 收入按业务分部划分: the firm's cloud segment, not the cloud market
    f = facts_of_text(_SEGMENTS.format(caption="收入按业务分部划分（人民币千元）"), DAY)
    for text in ("512,300", "311,800", "17.0%"):
        row = row_of(f, text)
        assert (row["theme"], row["entity"]) == ("earnings", "Lanyue"), text
    assert row_of(f, "311,800")["metric"] == "revenue"


def test_a_segment_labels_industry_word_keeps_no_market_share():
    # 行业AI解决方案 | 16.2% under 占比: the segment's share of the firm's revenue, whatever 行业 says
    f = facts_of_text(_SEGMENTS.format(caption="收入按业务分部划分（人民币千元）"), DAY)
    row = row_of(f, "16.2%")
    assert (row["theme"], row["metric"]) == ("earnings", "revenue_share")


def test_a_market_caption_keeps_its_concept_rows():
    # 全球云市场分业务收入: the caption names a market, so 云服务 stays the market's row
    f = facts_of_text(_SEGMENTS.format(caption="全球AI云市场分业务收入（人民币千元）"), DAY)
    assert row_of(f, "311,800")["entity"] != "Lanyue"
