"""A chip or model named as context never takes a figure's subject (fixent24b).

- A name right after a spec word (``facts_words.csv`` ``spec_context``: 基于, 搭载, 配备) is what
  another product is built on: no subject of the figures after it, nor the document's main one.
- A name inside a background clause (``在…背景下``, ``cause_close``) is context the same way.
- The home-made accelerator class (国产AI加速卡) is a concept of its own.
A product written as the subject of its own figure (its price, its power) keeps it.

Every example is invented: the firms, products and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 9, 14)


def _by_text(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["text"], f["entity"]))


def test_spec_chip_gives_way_to_the_product_named_before():
    # was: Ascend (the chip the system is built on)
    got = _by_text("展会上华为展出CloudMatrix 384，基于昇腾910C，单套整体算力约280 PFLOPS。\n")
    assert got["约280 PFLOPS"] == "CloudMatrix 384", got


def test_fitted_chip_gives_way_to_the_firm():
    # was: H100
    got = _by_text("青川科技发布新一代推理服务器，搭载H100，单台售价约36万元。\n")
    assert got["约36万元"] == "Qingchuan", got


def test_traditional_spec_word_too():
    got = _by_text("青川科技發布新一代推理伺服器，搭載H100，單台售價約36萬元。\n")
    assert got["約36萬元"] == "Qingchuan", got


def test_background_chip_is_no_main_subject():
    # was: H20 for every figure naming no one (the one name of the note, written once as context)
    got = _by_text("海关月度点评\n\n1—8月，出口金额同比增长17.5%。\n\n"
                   "在H20等产品对华供应收紧的背景下，进口或难回升。\n")
    assert got["17.5%"] != "H20", got


def test_domestic_accelerators_are_their_own_subject():
    # was: H20 (named in the background clause before)
    got = _by_text("在H20等产品对华供应收紧的背景下，同期国产AI加速卡出货量估计超过90万张。\n")
    assert got["超过90万"] == "China domestic AI accelerators", got


@pytest.mark.parametrize("text, number, entity", [
    ("H100单卡功耗约700W。\n", "约700W", "H100"),
    ("B300售价约4.2万美元。\n", "约4.2万美元", "B300"),
    ("英伟达推出基于Blackwell的B300，售价约3.9万美元。\n", "约3.9万美元", "B300"),
])
def test_a_product_that_is_the_subject_keeps_its_figure(text, number, entity):
    got = _by_text(text)
    assert got[number] == entity, got
