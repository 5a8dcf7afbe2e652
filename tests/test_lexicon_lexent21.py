"""Well-known AI-industry names the lexicon lacked (round 21): short forms and Taiwan spellings of
listed firms, Japanese/European/US power and industrial firms, Huawei's products. Without these
rows the extractor wrote them in pinyin (``荣耀`` -> ``Rongyao``) or took a neighbour's name."""
import pytest

from aigc_analysis.extract.lexicon import canonical, find_entities


@pytest.mark.parametrize("alias, entity", [
    ("荣耀", "Honor"), ("榮耀", "Honor"),
    ("华虹", "Hua Hong Semiconductor"), ("中芯", "SMIC"),
    ("台達", "Delta Electronics"), ("光寶", "Lite-On Technology"),
    ("益華電腦", "Cadence Design Systems"), ("達梭系統", "Dassault Systemes"),
    ("豪威", "Will Semiconductor"), ("澜起", "Montage Technology"),
    ("沃旭能源", "Orsted"), ("杜克能源", "Duke Energy"), ("PJM", "PJM Interconnection"),
    ("都科摩", "NTT Docomo"), ("滨松光子", "Hamamatsu Photonics"), ("起亞", "Kia"),
    ("鸿蒙", "HarmonyOS"), ("鯤鵬", "Kunpeng"), ("CloudMatrix384", "CloudMatrix 384"),
])
def test_new_alias(alias, entity):
    assert canonical(alias) == entity


def test_invented_sentence_names_each_firm_once():
    text = "据测算，荣耀与中芯、华虹及沃旭能源的合作规模，远超PJM区域的同类项目。"
    assert [m.entity for m in find_entities(text)] == [
        "Honor", "SMIC", "Hua Hong Semiconductor", "Orsted", "PJM Interconnection"]


def test_longer_names_still_win():
    # a short form never swallows the longer name of another entity or product
    assert [m.entity for m in find_entities("王者荣耀和鸿蒙智行、中芯集成")] == [
        "Honor of Kings", "HIMA", "United Nova Technology"]
