"""Subjects that were a counterpart of the real one: a maker named in a bracket after its
product, the giver of money after English ``from``, a firm's unit spending its own capital, and
Microsoft Cloud (微软云), which is not Azure.

Every example is invented (the texts and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 11, 28)

RELEASE_NOTES = """## 一、图像生成

**2. Seedream 3.0（字节跳动·火山引擎）**
- 标准价 0.3元/张，新用户赠送100张免费额度。

- **gpt-realtime**（OpenAI，8月28日正式版）：音频输入 $40 / 1M tokens、音频输出 $80 / 1M tokens。
- **通义万相 Wan2.2-Plus**（阿里云百炼）：1080p 每秒0.8元。
"""

FUNDING = ("Groq closed a US$300M round in May. It also signed a US$900M commitment from Qatar to "
           "build its Doha cluster. Revenue projection for 2026: about $200M, per people familiar.\n")

GRANT = "· Axelera AI (Eindhoven) secured a €40.2M grant from EuroHPC JU in March, on top of a $55M Series B last year.\n"

UNIT_CAPEX = "三星预计今年全年设施投资47.4万亿韩元，其中DS部门40.9万亿韩元。\n"

CLOUD = ("FY26Q2公司实现收入800亿美元。微软云（Microsoft Cloud）收入500亿美元，同比增长25%；"
         "Azure及其他云服务收入同比增长39%。\n")


def test_a_maker_in_the_bracket_after_a_product_heading_is_no_subject():
    f = facts_of_text(RELEASE_NOTES, DAY)
    assert entity_of(f, "0.3元/张").startswith("Seedream")  # was Volcano Engine
    assert entity_of(f, "$40 / 1M tokens") == "gpt-realtime"  # was OpenAI
    assert entity_of(f, "0.8元") == "Wan2.2-Plus"  # was Alibaba Cloud Model Studio


def test_the_giver_of_money_after_from_is_not_the_subject_of_the_next_sentence():
    f = facts_of_text(FUNDING, DAY)
    assert entity_of(f, "about $200M") == "Groq"  # was Qatar
    f = facts_of_text(GRANT, DAY)
    assert entity_of(f, "$55M") == "Axelera AI"  # was EuroHPC JU


def test_a_unit_of_a_firm_spends_its_own_capital():
    f = facts_of_text(UNIT_CAPEX, DAY)
    assert entity_of(f, "47.4万亿韩元") == "Samsung Electronics"
    assert entity_of(f, "40.9万亿韩元") == "Samsung Device Solutions"  # was Samsung Electronics


def test_microsoft_cloud_is_not_azure():
    f = facts_of_text(CLOUD, DAY)
    assert entity_of(f, "500亿美元") == "Microsoft Cloud"  # was Azure
    assert entity_of(f, "39%") == "Azure"
