"""Firms of the AI supply chain the lexicon did not know, so they were romanised (群聯 -> "Qunlian")
or lost: Taiwan and China memory and storage makers, Gulf sovereign AI, power for data centres,
AI ad tech. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import find_entities
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in find_entities(text)]


# --- the names themselves, Simplified, Traditional and English ------------------------------
@pytest.mark.parametrize("text, entity", [
    # memory and storage
    ("群联", "Phison"), ("群聯", "Phison"), ("群聯電子", "Phison"), ("Phison", "Phison"),
    ("8299.TWO", "Phison"), ("8299 TT", "Phison"),
    ("威刚", "ADATA"), ("威剛", "ADATA"), ("ADATA", "ADATA"), ("3260.TWO", "ADATA"),
    ("十铨", "Team Group"), ("十銓", "Team Group"), ("宜鼎", "Innodisk"), ("宜鼎國際", "Innodisk"),
    ("创见资讯", "Transcend"), ("創見資訊", "Transcend"), ("南亞科", "Nanya Technology"),
    ("华邦电", "Winbond"), ("旺宏", "Macronix"), ("旺宏電子", "Macronix"),
    ("慧荣科技", "Silicon Motion"), ("慧榮科技", "Silicon Motion"), ("Silicon Motion", "Silicon Motion"),
    ("江波龙", "Longsys"), ("江波龍", "Longsys"), ("佰维存储", "Biwin"), ("佰維存儲", "Biwin"),
    ("德明利", "TWSC"), ("兆易創新", "GigaDevice"), ("长鑫", "ChangXin Memory Technologies (CXMT)"), ("長鑫存儲", "ChangXin Memory Technologies (CXMT)"),
    ("长江存储", "Yangtze Memory Technologies (YMTC)"), ("長江存儲", "Yangtze Memory Technologies (YMTC)"), ("鎧俠", "Kioxia"), ("闪迪", "SanDisk"),
    ("閃迪", "SanDisk"), ("西部數據", "Western Digital"), ("希捷", "Seagate"), ("Solidigm", "Solidigm"),
    # Gulf and sovereign AI
    ("Humain", "Humain"), ("G42", "G42"), ("MGX", "MGX"), ("Aligned Data Centers", "Aligned Data Centers"),
    ("Khazna", "Khazna"), ("阿联酋星际之门", "Stargate UAE"), ("阿聯酋星際之門", "Stargate UAE"),
    ("Stargate UAE", "Stargate UAE"), ("Qai", "Qai"), ("沙特公共投资基金", "Public Investment Fund"),
    ("沙特公共投資基金", "Public Investment Fund"), ("PIF", "Public Investment Fund"),
    ("穆巴达拉", "Mubadala"), ("穆巴達拉", "Mubadala"), ("卡塔尔投资局", "Qatar Investment Authority"),
    ("卡塔爾投資局", "Qatar Investment Authority"), ("QIA", "Qatar Investment Authority"),
    # power for data centres
    ("星座能源", "Constellation Energy"), ("Vistra", "Vistra"), ("Talen Energy", "Talen Energy"),
    ("Kairos Power", "Kairos Power"), ("Oklo", "Oklo"), ("NuScale", "NuScale"), ("X-energy", "X-energy"),
    ("Engine No.1", "Engine No.1"), ("Engine No. 1", "Engine No.1"), ("新纪元能源", "NextEra Energy"),
    ("新紀元能源", "NextEra Energy"), ("NextEra", "NextEra Energy"), ("Dominion", "Dominion Energy"),
    ("Entergy", "Entergy"), ("GE Vernova", "GE Vernova"), ("Bloom Energy", "Bloom Energy"),
    ("Homer City", "Homer City"), ("Crane Clean Energy Center", "Crane Clean Energy Center"),
    ("三哩岛", "Crane Clean Energy Center"), ("三哩島", "Crane Clean Energy Center"),
    ("Three Mile Island", "Crane Clean Energy Center"),
    # AI ad tech
    ("AppLovin", "AppLovin"), ("Axon", "Axon"), ("Axon引擎", "Axon"), ("The Trade Desk", "The Trade Desk"),
    ("TTD", "The Trade Desk"), ("Unity", "Unity"),
])
def test_supply_chain_firm_is_known(text, entity):
    assert _names(f"据报道，{text}表示") == [(text, entity)]


@pytest.mark.parametrize("text", [
    # memory: 群联/威刚/创见 inside common words, 长江 the river
    "万卡集群联合训练效率提升", "社群联动带来新用户", "權威剛剛發布的數據", "独到创见", "长江流域",
    # Gulf: a public investment fund of no named sovereign; "aligned" as an English word
    "政府公共投资基金规模扩大", "targets aligned with demand",
    # power: 星座 alone is a constellation
    "星座图", "卫星星座",
    # ad tech: unity as a common noun
    "a sense of unity among partners",
])
def test_supply_chain_near_misses_are_no_firm(text):
    assert _names(text) == []


# --- their figures are theirs --------------------------------------------------------------
@pytest.mark.parametrize("text, value, entity", [
    ("群聯2025年第三季營收達184億新台幣，同比增長12%。", "184億新台幣", "Phison"),
    ("群联2025年第三季度营收为184亿新台币，同比增长12%。", "184亿新台币", "Phison"),
    ("威刚10月营收为45亿新台币，同比增长30%。", "45亿新台币", "ADATA"),
    ("十銓10月營收為12億新台幣，月增8%。", "12億新台幣", "Team Group"),
    ("旺宏第三季營收為65億新台幣，年減5%。", "65億新台幣", "Macronix"),
    ("佰维存储2025年前三季度营收为65亿元，同比增长31%。", "65亿元", "Biwin"),
    ("长江存储的市场份额提升至10%。", "10%", "Yangtze Memory Technologies (YMTC)"),
    ("闪迪2026财年第一季度营收为23亿美元。", "23亿美元", "SanDisk"),
    ("沙特Humain计划到2030年部署1.9GW的数据中心容量。", "1.9GW", "Humain"),
    ("阿联酋星际之门一期规划200MW，总规模5GW。", "200MW", "Stargate UAE"),
    ("卡塔尔投资局与Brookfield成立200亿美元的AI基础设施合资企业。", "200亿美元", "Qatar Investment Authority"),
    ("穆巴达拉2024年投资额为290亿美元。", "290亿美元", "Mubadala"),
    ("新纪元能源2025年新增可再生能源装机15GW。", "15GW", "NextEra Energy"),
    ("星座能源与微软签署20年购电协议，重启三哩岛核电站835MW机组。", "835MW", "Crane Clean Energy Center"),
    ("GE Vernova燃气轮机订单积压达到55GW。", "55GW", "GE Vernova"),
    ("The Trade Desk三季度营收为7.39亿美元，同比增长18%。", "7.39亿美元", "The Trade Desk"),
])
def test_supply_chain_figures_are_the_firms(text, value, entity):
    assert entity_of(facts_of_text(text, PUB), value) == entity


def test_axon_is_applovins_engine():
    # the ad business Axon drives is AppLovin's ...
    f = facts_of_text("AppLovin受益于Axon引擎，广告收入同比增长77%。", PUB)
    assert entity_of(f, "77%") == "AppLovin"
    f = facts_of_text("AppLovin三季度营收为14.05亿美元，同比增长68%，主要受Axon引擎推动。", PUB)
    assert entity_of(f, "14.05亿美元") == "AppLovin"
    # ... a figure measuring the engine itself is the engine's
    f = facts_of_text("AppLovin三季度广告收入为14亿美元，Axon引擎升级后广告主ROAS提升30%。", PUB)
    assert entity_of(f, "14亿美元") == "AppLovin"
    assert entity_of(f, "30%") == "Axon"


def test_near_miss_leaves_figure_unowned():
    f = facts_of_text("社群联动带动用户规模增长20%。", PUB)
    assert entity_of(f, "20%") not in {"Phison", "Qunlian"}
    f = facts_of_text("卫星星座市场规模同比增长20%。", PUB)
    assert entity_of(f, "20%") != "Constellation Energy"
