"""Listed firms the lexicon lacked (IoT modules, cybersecurity, TW PCB/connector makers, auto chips,
small A-share issuers, consumer brands): their usual English names, not pinyin, `unspecified` or the
previous sentence's firm.

Every figure below is invented.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 10)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_sentence_initial_security_vendor_does_not_take_the_previous_firm():
    e = _entities("立讯精密三季度营收700亿元。奇安信上半年营收19亿元，同比下降4%。")
    assert e["700亿元"] == "Luxshare Precision"
    assert e["19亿元"] == e["下降4%"] == "Qi An Xin"


def test_the_head_firm_not_the_counterparty_after_laizi():
    e = _entities("卫士通：来自中国电科体系的关联收入占比约35%。")
    assert e["约35%"] == "Westone Information"


def test_taiwan_short_names_in_traditional_script():
    assert _entities("嘉澤科技上半年稅後淨利11.7億元。")["11.7億元"] == "Lotes"
    assert _entities("南亞電路板10月營收年增13%。")["13%"] == "Nan Ya PCB"
    # the two-character short forms (南電, 嘉澤) are no aliases: 华南电子 and 云南电网 hold them
    assert _entities("华南电子营收约95亿元。")["约95亿元"] != "Nan Ya PCB"


def test_auto_chip_and_drone_names_are_not_unspecified():
    assert _entities("瑞芯微10月营收同比增长27%。")["27%"] == "Rockchip"
    assert _entities("大疆去年营收约480亿元。")["约480亿元"] == "DJI"


def test_near_miss_gongsi_still_carries_the_new_firm():
    e = _entities("立讯精密三季度营收700亿元。奇安信上半年营收19亿元。公司三季度营收8亿元。")
    assert e["8亿元"] == "Qi An Xin"


def test_near_miss_known_name_unchanged():
    assert _entities("寒武纪三季度营收17亿元。")["17亿元"] == "Cambricon"


def test_a_device_verb_before_damoxing_is_no_model_name():
    f = facts_of_text("搭载大模型的学习机出货量达120万台。", DAY)
    assert not any(e.startswith("Dazai") for e in f["entity"])


def test_near_miss_a_brand_before_damoxing_is_still_a_model():
    assert _entities("青禾大模型调用量增长6倍。")["6倍"] == "Qinghe LLM"


def test_a_shareholder_word_is_not_glued_to_the_firm():
    f = facts_of_text("股东上海青禾科技持股比例为9%。", DAY)
    assert not any(e.startswith("Gudong") for e in f["entity"])
