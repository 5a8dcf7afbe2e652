"""Entities are never left in Chinese script when their words translate (SCHEMA: English names).

A table's row labels naming goods categories or annotation tasks, a market whose field is a
new word, and a kind of robot a production statistic counts are named in English. Every
example is invented (no report holds these numbers).
"""
from __future__ import annotations

import re

from aigc_analysis.extract.names import product_label_english, segment_words
from tests.text_facts import facts_of

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text)
    return dict(zip(f["text"], f["entity"]))


def test_goods_category_labels_translate():
    assert product_label_english("光学器材") == "Optical equipment"
    assert product_label_english("塑橡胶制品") == "Plastic and rubber products"
    assert product_label_english("化学品") == "Chemicals"


def test_annotation_task_labels_translate_with_a_dimension_or_an_acronym():
    assert product_label_english("3D点云") == "3D point cloud"
    assert product_label_english("2D图像拉框") == "2D image bounding box"
    assert product_label_english("RLHF偏好排序") == "RLHF preference ranking"
    assert segment_words("ab2D点云", 6) == (6, [])  # glued to a longer Latin word: no name


def test_a_slash_joins_two_words_of_one_category():
    assert product_label_english("AI拍摄/音频眼镜") == "AI camera/audio glasses"


def test_export_table_rows_are_named_in_english():
    text = ("表一　2025年9月外销订单－按主要货品分\n"
            "货品类别　　　　　金额(亿美元)　　年增率(%)\n"
            "光学器材　　　　　 12.4　　　　　 -2.2\n"
            "机械　　　　　　　 11.6　　　　　  3.1\n"
            "化学品　　　　　　 10.9　　　　　 -4.7\n")
    ents = set(facts_of(text)["entity"])
    assert not any(_HAN.search(e) for e in ents), ents
    assert {"Optical equipment", "Machinery", "Chemicals"} <= ents


def test_a_market_with_a_new_field_word_is_named_in_english():
    e = _entities("据第三方机构估计，2024年全球AI药物发现市场规模约12亿美元。")
    assert e["约12亿美元"] == "Global AI drug discovery market"


def test_a_counted_kind_of_robot_is_the_subject():
    e = _entities("国家统计局数据显示，服务机器人9月产量132.5万套，同比增长11.4%。")
    assert e["132.5万"] == "service robots"
