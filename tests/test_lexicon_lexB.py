"""Invented sentences (invented numbers) naming AI supply-chain firms and indices added to the
lexicon on branch lexB: each number links to the new entity through the public extraction API."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import find_entities
from helpers_text import entity_of, facts_of_text


def _facts(text: str):
    return facts_of_text(text, dt.date(2025, 9, 1))


@pytest.mark.parametrize("text,number,entity", [
    ("本周铭普光磁股价上涨7.31%。", "7.31%", "Mentech"),
    ("2025年上半年，东田微营收同比增长43.6%。", "43.6%", "Dongtian Micro"),
    ("四会富仕二季度净利润同比增长28.4%。", "28.4%", "Sihui Fuji Electronics"),
    ("周五华明装备收跌3.27%。", "跌3.27%", "Huaming Power Equipment"),
    ("2025年前三季度，芯碁微装营业收入同比增长36.2%。", "36.2%", "Circuit Fabology"),
    ("本月颖崴股价累计上涨21.5%。", "21.5%", "WinWay Technology"),
    ("據測算，旺矽2025年營收有望年增32.8%。", "32.8%", "MPI Corporation"),
    ("本周HD现代电气股价上涨6.45%。", "6.45%", "HD Hyundai Electric"),
    ("日东纺2025财年营业利润预计增长18.7%。", "18.7%", "Nittobo"),
    ("当日科创芯片指数上涨4.12%。", "4.12%", "STAR Chip Index"),
    ("8月恒生资讯科技业指数上涨9.84%。", "9.84%", "Hang Seng Information Technology Index"),
    ("当周美元指数下跌1.06%。", "下跌1.06%", "US Dollar Index"),
])
def test_new_names_link_their_numbers(text, number, entity):
    assert entity_of(_facts(text), number) == entity


def test_new_names_are_found_with_their_english_names():
    found = {m.entity for m in find_entities("超聚变、华鲲振宇与宝德计算发布新一代昇腾服务器；SMH与SOXX资金流入")}
    assert {"xFusion", "Huakun Zhenyu", "PowerLeader", "VanEck Semiconductor ETF",
            "iShares Semiconductor ETF"} <= found


def test_longer_names_win_over_short_names_they_contain():
    found = [(m.text, m.entity) for m in find_entities("三星医疗与中兴电工订单饱满，华星光电与华星光通均在扩产")]
    assert found == [("三星医疗", "Sanxing Medical Electric"), ("中兴电工", "Chung Hsin Electric"),
                     ("华星光电", "TCL CSOT"), ("华星光通", "LuxNet")]


def test_common_phrases_are_not_new_names():
    found = {m.entity for m in find_entities("互联网龙头与海量数据推动韩国电力需求提升，健康舒适")}
    assert not found & {"NetDragon", "KEPCO", "AcBel Polytech"}


def test_invented_code_firm_is_not_taken_for_a_new_entity():
    # 688000.SH is held by no real firm; the invented firm stays unknown to the lexicon
    found = {m.entity for m in find_entities("某某芯片（688000.SH）本周上涨5.55%")}
    assert not found & {"Maxio Technology", "SSE STAR Chip Index"}
