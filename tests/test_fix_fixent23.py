"""A place's bare market (fixent23): ``国内市场，…``/``中国市场方面，…`` opening a sentence, or
``中国市场（亿元）`` as a table's row label, is that place's market of the product the sentence,
the caption or the lines above name (``China tablet market``), not the product worldwide, a firm
carried from an earlier sentence, nor the label as written.

Every example is invented: the products and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import segment_words
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _by_value(text: str) -> dict:
    f = _facts(text)
    return dict(zip(f["value"].round(4), f["entity"]))


def test_place_market_topic_names_the_product_in_its_sentence():
    # was: unspecified (no firm, the tablet no concept of its own)
    got = _by_value("一、出货\n国内市场，二季度平板电脑出货1,230万台，同比下降3.2%。\n")
    assert got[12300000] == "China tablet market", got
    assert got[-0.032] == "China tablet market", got


def test_place_market_topic_takes_the_product_of_the_sentence_before():
    # was: unspecified for the China figures
    got = _by_value("二、预测\n我们预计2026年全球智能手表出货2,100万只，同比增长约12%。"
                    "中国市场方面，预计2026年出货量约520万只，占全球比重升至25%左右。\n")
    assert got[21000000] == "Global smartwatch market", got
    assert got[5200000] == "China smartwatch market", got
    assert got[0.25] == "China smartwatch market", got


def test_a_firm_after_the_topic_keeps_its_figures():
    got = _by_value("国内市场，二季度小米平板电脑出货310万台。\n")
    assert got[3100000] == "Xiaomi", got


def test_place_market_row_label_is_the_captions_product_market():
    # was: 中国市场 / 全球市场 as written
    got = _by_value("三、市场规模\n表1　服务机器人市场规模预测\n"
                    "                      2024A      2025E      2026E\n"
                    "中国市场（亿元）      31.5       45.2       66.0\n"
                    "全球市场（亿美元）    12.1       16.8       22.4\n"
                    "资料来源：测算\n")
    assert got[3150000000] == "China service robot market", got
    assert got[1210000000] == "Global service robot market", got


def test_a_blank_before_a_market_run_is_no_word_of_it():
    # was: (8, []): the blank taken into the run, which then seemed glued to the table number
    assert segment_words("表1 服务机器人", 8) == (3, ["service robot"])
    assert segment_words("表1　服务机器人", 8) == (3, ["service robot"])


def test_a_market_named_after_the_topic_keeps_its_name():
    got = _by_value("全球市场方面，预计2026年全球智能手表市场规模约为120亿美元。\n")
    assert got[12000000000] == "Global smartwatch market", got
