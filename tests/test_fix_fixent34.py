"""Entity fixes of fixent34, each on an invented report: plain Chinese phrases read as a firm's
name by its suffix (科技, 集团, 交易所) and romanised as if they were one.

- 占 (a share's part before its whole) parts a run ending in a firm suffix: 产出占集团总产出 is
  no firm (name_shapes ``share_verb``).
- 科技 followed by 创新 / 型 / 板 is part of a common noun (science and technology), no firm's
  name ends there (name_shapes ``suffix_compound``).
- 全年 (the whole year) before a name is a time word, not part of it (name_shapes ``lead``).
- 量子科技 is a field, as 人工智能 is (name_shapes ``not_name``), a table row in English
  (market_words: Quantum technology).
- 台湾地区 is the region Taiwan (regions.csv), not a firm spelt Taiwan Diqu."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 11, 10)


def _entities(text: str) -> list[str]:
    rows = facts_of(text, PUBLISHED)
    assert len(rows), "no facts"
    return list(rows["entity"])


def test_share_verb_parts_a_suffixed_run():
    text = "岚峰电子表示，美国厂区AI服务器产出占集团AI服务器总产出比重已达约45%。"
    assert not any("zhan" in e.lower() for e in _entities(text))


def test_share_verb_keeps_the_bank_before_it():
    text = "2024年，澄江银行AI相关投入占科技投入比重由8%升至14%。"
    entities = _entities(text)
    assert not any("zhan" in e.lower() for e in entities), entities


def test_science_and_technology_nouns_are_no_firms():
    for text in ("2024年全国新增减税降费26,293亿元，其中支持科技创新和制造业发展的减税降费18,618亿元，占比超七成。",
                 "根据《关于设立科技创新和技术改造再贷款有关事宜的通知》，21家全国性金融机构向科技型中小企业发放贷款。",
                 "新发放科技型中小企业贷款加权平均利率3.15%，同比下降38个基点。",
                 "自5月“债市科技板”推出以来，累计发行科技创新债券超8,000亿元，其中AI企业发行约620亿元。"):
        entities = _entities(text)
        assert not any(e in ("Zhichi", "Sheli", "Xinfafang", "Zhaishi") for e in entities), (text, entities)


def test_whole_year_opens_no_firm_name():
    text = "青澄省公共数据平台开放数据集2.3万个，全年数据交易所挂牌数据产品交易额38.6亿元。"
    assert not any("Quannian" in e for e in _entities(text))


def test_quantum_technology_is_a_field():
    text = "本年度预算聚焦主权AI算力、量子科技及AI人才，量子科技经费40.5亿元，同比增长44.6%。"
    assert not any("Liangzi" in e for e in _entities(text))


def test_taiwan_region_bullet_is_no_firm():
    text = ("执法动态：\n- 英伟达：因H20需获许可，计提存货费用45亿美元。\n"
            "- 台湾地区：检方11月就一宗转运案扣押服务器46台，内含GPU368张。\n")
    assert not any("Diqu" in e for e in _entities(text))


def test_quantum_technology_row_is_in_english():
    text = ("主要计划经费（单位：亿元）\n\n计划名称　　　　115年度　　114年度　　增幅(%)\n"
            "主权AI算力中心　　98.6　　42.3　　133.1\n量子科技　　　　40.5　　28.0　　44.6\n")
    entities = _entities(text)
    assert not any("量子" in e or "Liangzi" in e for e in entities), entities
