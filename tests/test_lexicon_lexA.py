"""Invented sentences: models, AI apps and AI startups added to the lexicon (branch lexA) link to
their entity. Every figure below is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import find_entities
from helpers_text import entity_of, facts_of_text


def _facts(text: str):
    return facts_of_text(text, dt.date(2025, 10, 15))


@pytest.mark.parametrize(
    "text, number, entity",
    [
        ("月之暗面发布Kimi K2，总参数量达到1.3万亿。", "1.3万亿", "Kimi K2"),
        ("智谱GLM-4.6的上下文窗口提升至250K，输入价格为每百万tokens 3.3元。", "3.3元", "GLM-4.6"),
        ("MiniMax-M1的训练成本约为61.7万美元。", "61.7万美元", "MiniMax-M1"),
        ("DeepSeek-V3.2-Exp上线后API价格下调57%。", "下调57%", "DeepSeek-V3.2-Exp"),
        ("豆包大模型1.6的输出价格为每百万tokens 7.7元。", "7.7元", "Doubao-Seed-1.6"),
        ("腾讯混元T1的输入价格为每百万tokens 1.3元。", "1.3元", "Hunyuan-T1"),
        ("Qwen3-Coder发布首周下载量突破27万次。", "27万", "Qwen3-Coder"),
        ("Claude Sonnet 4.5的输出价格为每百万tokens 17美元。", "17美元", "Claude Sonnet 4.5"),
        ("豆包App月活跃用户数达到1.37亿。", "1.37亿", "Doubao App"),
        ("哩布哩布AI完成新一轮融资，金额达1.3亿美元。", "1.3亿美元", "LiblibAI"),
    ],
)
def test_new_names_link_their_numbers(text, number, entity):
    assert entity_of(_facts(text), number) == entity


@pytest.mark.parametrize(
    "text, expected",
    [
        ("gpt-oss-120b与gpt-oss-20b", [("gpt-oss-120b", "gpt-oss-120b"), ("gpt-oss-20b", "gpt-oss-20b")]),
        ("Gemini 2.5 Flash-Lite和Gemini 2.5 Flash", [("Gemini 2.5 Flash-Lite", "Gemini 2.5 Flash-Lite"),
                                                    ("Gemini 2.5 Flash", "Gemini 2.5 Flash")]),
        ("扣子空间与扣子", [("扣子空间", "Coze Space"), ("扣子", "Coze")]),
        ("混元TurboS、混元Turbo", [("混元TurboS", "Hunyuan-TurboS"), ("混元Turbo", "Hunyuan-Turbo")]),
        ("可靈2.1與通義萬相2.2", [("可靈2.1", "Kling 2.1"), ("通義萬相2.2", "Wan 2.2")]),
        ("Sora 2、Veo 3与Grok 4", [("Sora 2", "Sora 2"), ("Veo 3", "Veo 3"), ("Grok 4", "Grok 4")]),
    ],
)
def test_new_aliases_are_found(text, expected):
    assert [(m.text, m.entity) for m in find_entities(text)] == expected


@pytest.mark.parametrize("text", ["PCIe Gen4接口", "Massive MIMO基站", "有利可图", "Amazon Q3"])
def test_new_names_do_not_fire_inside_common_words(text):
    new = {"Runway Gen-4", "Xiaomi MiMo", "Kolors", "Amazon Q Developer"}
    assert not [m for m in find_entities(text) if m.entity in new]


def test_new_models_name_their_maker():
    # found in text, each model carries its maker (not a read-back of the lexicon's own rows)
    org = {m.entity: m.org for m in find_entities("月之暗面发布Kimi K2；豆包大模型1.6与扣子；LTX Video开源")}
    assert org["Kimi K2"] == "Moonshot AI"
    assert org["Doubao-Seed-1.6"] == org["Coze"] == "ByteDance"
    assert org["LTX Video"] == "Lightricks"
