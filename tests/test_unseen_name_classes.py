"""Names taken from the wrong word on reports in no scored set: Chinese AI apps the lexicon did not
hold. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


# --- 4: Chinese AI apps are products of their makers, not the platform beside them -----------
@pytest.mark.parametrize("text, fact, entity", [
    ("腾讯元宝月活4,320万，环比增长35%。", "4,320万", "Tencent Yuanbao"),
    ("腾讯元宝月活4,320万，微信月活14亿。", "4,320万", "Tencent Yuanbao"),
    ("元宝接入微信后，元宝月活4,320万。", "4,320万", "Tencent Yuanbao"),
    ("騰訊元寶月活4,320萬。", "4,320萬", "Tencent Yuanbao"),
    ("10月千问App月活达到5,200万，文小言月活2,100万。", "5,200万", "Qwen App"),
    ("10月千问App月活达到5,200万，文小言月活2,100万。", "2,100万", "Wenxiaoyan"),
    ("通义千问App周活跃用户1,000万。", "1,000万", "Qwen App"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "1.2亿", "Quark"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "1,500万", "Nano AI"),
    ("夸克月活1.2亿，纳米AI月活1,500万，秘塔月活600万。", "600万", "Metaso"),
    ("星野月活480万，猫箱月活610万。", "480万", "Xingye"),
    ("星野月活480万，猫箱月活610万。", "610万", "Maoxiang"),
    ("貓箱月活610萬。", "610萬", "Maoxiang"),
    ("DeepSeek App月活1.5亿。", "1.5亿", "DeepSeek App"),
    ("天工月活350万。", "350万", "Skywork"),
])
def test_ai_apps_are_their_own_entities(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_platform_keeps_its_own_users():
    # near-miss: the platform an app lives in keeps its own figure, and 千问 alone stays the model
    f = facts_of_text("腾讯元宝月活4,320万，微信月活14亿。", PUB)
    assert entity_of(f, "14亿") == "WeChat"
    assert entity_of(facts_of_text("千问3参数量为2350亿。", PUB), "2350亿") != "Qwen App"
