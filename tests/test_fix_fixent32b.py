"""Entities left in Chinese characters or pinyin: market names with untranslated words, Taiwan
ETFs, and the segment rows of a filing's table (invented texts)."""
from __future__ import annotations

import re

import pytest

from tests.text_facts import facts_of

_CJK = re.compile(r"[\u4e00-\u9fff]")


def entity_of(text: str, number: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["text"].str.contains(number, regex=False)]
    assert len(hit) >= 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


@pytest.mark.parametrize("text, number, entity", [
    ("我们测算，全球AI模组市场规模将从2024年的约12亿美元增至2028年的31亿美元。", "12亿美元", "Global AI module market"),
    ("预计2025-2028年全球智能语音助手市场年复合增长率达21.3%。", "21.3%", "Global voice assistant market"),
    ("我们预计全球商业气象服务市场规模将由2024年的约70亿美元增至2030年。", "70亿美元",
     "Global commercial weather services market"),
])
def test_market_names_are_translated(text, number, entity):
    found = entity_of(text, number)
    assert entity in found and not _CJK.search(found), found


@pytest.mark.parametrize("text, number, entity", [
    ("元大台灣50截至10月底基金規模達4,321億元，較年初增加約25%。", "4,321億元", "Yuanta Taiwan 50 ETF"),
    ("元大高股息（0056）基金規模約2,980億元。", "2,980億元", "Yuanta Taiwan High Dividend ETF"),
    ("國泰永續高股息（00878）基金規模3,876億元。", "3,876億元",
     "Cathay MSCI Taiwan ESG Sustainability High Dividend Yield ETF"),
])
def test_taiwan_etfs_by_english_name(text, number, entity):
    assert entity_of(text, number) == entity


_FILING = """岚峰科技股份有限公司
2025年半年度报告

2、占公司营业收入或营业利润10%以上的行业、产品情况
单位：万元
分产品　　　　　　营业收入　　　　营业成本　　毛利率
智慧医疗　　　　　52,310.00　　31,120.00　　40.51%
智慧教育　　　　　48,760.00　　22,410.00　　54.04%
星澜业务　　　　　12,430.00　　9,870.00　　20.60%
"""


def test_filing_segment_rows_in_english():
    assert entity_of(_FILING, "40.51%") == "Lanfeng smart healthcare"
    assert entity_of(_FILING, "54.04%") == "Lanfeng smart education"


def test_filing_segment_row_no_words_known_is_the_issuer():
    # a label no lexicon translates is the issuer's line, never its pinyin (Xinglanyewu)
    assert entity_of(_FILING, "20.60%") == "Lanfeng"


_SHARES = """2025年第二季度全球云基础设施服务支出同比增长22%。

| 厂商 | 份额(%) | 同比变动(百分点) |
|---|---|---|
| AWS | 30 | -1 |
| Microsoft（Azure等） | 21 | +1 |
| Google Cloud | 12 | +1 |
| 阿里云 | 4 | 0.0 |
| Oracle | 3 | +0.5 |
| 三大厂合计 | 63 | — |
"""


def test_described_sum_row_is_the_first_rows_group():
    # 三大厂合计: the sum of the first three firms above, never a firm spelt Sandachangheji
    found = entity_of(_SHARES, "63")
    assert found == "AWS, Microsoft and Google Cloud", found


def test_portfolio_of_a_chinese_publisher_in_english():
    # a publisher no publishers.csv row holds, written in Chinese: its trade name in English
    rows = facts_of("我们的10月金股组合月度收益率为-3.15%，跑输沪深300指数1.95个百分点。",
                    publisher="云岚证券研究所")
    hit = rows[rows["text"].str.contains("3.15%", regex=False)]
    assert list(hit["entity"]) == ["Yunlan golden stock portfolio"], rows[["entity", "text"]].to_string()


_BOM = """据我们跟踪，岚峰科技今年人形机器人出货量约1,200台，订单金额超过3亿元。

表2：服务机器人单机BOM拆分（2025年）
零部件　　　　　　　单机价值量（万元）　　成本占比（%）
谐波减速器　　　　　1.35　　　　　　　　　14
空心杯电机　　　　　0.92　　　　　　　　　9
"""


def test_bill_of_materials_of_a_kind_of_device_is_about_its_parts():
    # the caption names a kind of robot, no product: each row is its part, not the report's firm
    assert entity_of(_BOM, "1.35") == "Harmonic reducers"
    assert entity_of(_BOM, "0.92") == "Coreless motors"
