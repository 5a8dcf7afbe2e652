"""Precision rules of round 39 (fixextra39): numbers that are no claims about the AI industry.

Every sentence here is invented. Each negative case pairs with a near miss that must keep its row,
so the rule is seen to cut only the furniture or the qualifier it names.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.load.normalise import to_simplified


def facts(text: str, day: dt.date = dt.date(2031, 5, 6)) -> pd.DataFrame:
    """Facts of ``text`` with its boilerplate found as the loader finds it."""
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": day, "publisher": "Test Desk", "boilerplate": find_boilerplate(text)}
    return facts_frame(extract_document(doc))


def texts(text: str) -> list[str]:
    return [t.strip() for t in facts(text)["text"]]


# --- a post's view and comment counters -------------------------------------------------------
def test_view_counter_in_a_byline_is_no_count():
    text = ("發表日期：2031年4月2日　作者：王小明（推理平台工程師）　分類：雲端架構　瀏覽 7,403\n\n"
            "我們的推理叢集今年新增GPU 2,600張，月活躍用戶增至1,450萬。\n")
    got = texts(text)
    assert "7,403" not in got
    assert any("1,450萬" in t for t in got)


def test_simplified_view_counter_after_a_label_is_no_count():
    text = ("分类：算力基础设施　浏览 6,118\n\n"
            "星河云今年新增推理卡3,200张，平台调用量同比增长180%。\n")
    got = texts(text)
    assert "6,118" not in got
    assert "180%" in got


# --- a contract term naming a bucket or a quote's basis ---------------------------------------
def test_term_naming_a_bucket_of_contracts_is_no_term():
    text = "问：长租与短租怎么选？\n答：目前4年期以上长约在新签算力合同中占比约五成，均价比月租低12%。\n"
    got = facts(text)
    assert not any(t.strip() == "4年" for t in got["text"])
    assert any("五成" in t for t in got["text"])


def test_term_giving_a_quotes_basis_is_no_term():
    text = "注：以上报价均为含税、2年期合同口径，按GPU小时计；H200二手整机均价跌至每小时1.9美元。\n"
    assert "2年" not in texts(text)


def test_a_contracts_own_term_stays():
    text = "天衡数据与某云厂商签订算力租赁合同，合同金额18.6亿元，服务期限4年。\n"
    got = facts(text)
    assert ((got["unit"] == "years") & (got["value"] == 4)).any()


# --- 免费 glued to attending, handing out or trying ------------------------------------------
def test_free_attendance_and_free_copies_are_no_price_change():
    text = ("本会下半年将举办AI入门讲座8场，免费参加；上半年共有410人次参与。\n"
            "本刊每季出版，免费派发。\n")
    got = facts(text)
    assert not (got["value"] == -1.0).any()


def test_free_to_try_in_a_survey_answer_is_no_price_change():
    text = "调查显示，只有6%受访者愿为AI助手付费，逾六成表示「免费先用」。\n"
    got = facts(text)
    assert not ((got["theme"] == "pricing") & (got["value"] == -1.0)).any()


def test_a_model_made_free_stays():
    text = "6月3日，云杉智能宣布旗下轻量模型Spruce-Lite的API全面免费，即日生效。\n"
    got = facts(text)
    assert ((got["theme"] == "pricing") & (got["value"] == -1.0)).any()


# --- a device's memory+storage configuration --------------------------------------------------
def test_memory_plus_storage_configuration_is_no_data_size():
    text = ("| 型号 | 配置 | 首发价（元） |\n|---|---|---|\n"
            "| Lumo 7 | 12GB+256GB | 3699 |\n| Lumo 7 Pro | 16GB+1TB | 5299 |\n")
    got = facts(text)
    assert not (got["unit"] == "bytes").any()
    assert (got["value"] == 3699).any()


def test_a_memory_size_stated_of_something_stays():
    got = facts("该机型内置AI模型，运行内存扩至16GB，本地存储占用约6GB。\n")
    assert ((got["unit"] == "bytes") & (got["value"] == 16e9)).any()
