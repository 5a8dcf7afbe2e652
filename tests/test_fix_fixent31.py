"""Entities of invented sentences where the subject was lost or left untranslated.

The forms fixed here: the members of a 分别 list that are countries or industries (regions.csv,
industries.csv) are named in English, not spelt out as a firm's pinyin; a market named after a
source and its estimate verb (某机构预计全球…市场) is the market alone; IaaS and PaaS are market
words; the other side of a deal written with 的 before the act's modifiers (软银对OpenAI的累计
承诺投资) is not the subject."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 10, 15)


def _entity_of(text: str, value: float) -> str:
    rows = facts_of(text, PUBLISHED)
    hit = rows[(rows["value"] - value).abs() <= 1e-9 * max(1.0, abs(value))]
    assert len(hit) == 1, rows[["entity", "metric", "value", "period", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_listed_countries_are_named_in_english():
    text = "2024年，日本、德国、法国的AI服务器出货量分别增长12%、15%和18%。"
    assert [_entity_of(text, v) for v in (0.12, 0.15, 0.18)] == ["Japan", "Germany", "France"]


def test_listed_countries_after_another_clause():
    text = ("在增速上，越南2019-2024年机器人专利族的年均复合增长率达41%；"
            "中国、美国、韩国的年均增速分别为约30%、约22%和约27%。")
    assert [_entity_of(text, v) for v in (0.30, 0.22, 0.27)] == ["China", "United States", "South Korea"]


def test_listed_industries_are_no_pinyin():
    text = "2025年上半年，制造业、金融业的AI岗位增速最快，分别同比增长63%和39%。"
    assert _entity_of(text, 0.63) == "Manufacturers"
    assert _entity_of(text, 0.39) == "Financial firms"


def test_market_after_a_source_and_its_verb():
    text = "某研究机构预计全球AI治理软件市场规模将由2024年的6.2亿美元增至2030年的41亿美元。"
    assert _entity_of(text, 6.2e8) == "Global AI governance software market"


def test_iaas_market_is_a_market_word():
    text = "2025年上半年中国公有云服务整体市场规模为1500亿元；其中IaaS市场920亿元。"
    assert _entity_of(text, 9.2e10) == "IaaS market"


def test_investee_after_dui_and_de_is_the_other_side():
    text = "软银对OpenAI的累计承诺投资达220亿美元。"
    assert _entity_of(text, 2.2e10) == "SoftBank Group"


def test_part_of_a_revenue_after_zhan_is_the_firms_revenue_share():
    rows = facts_of("仁宝表示，AI服务器占服务器营收逾六成。", PUBLISHED)
    hit = rows[(rows["value"] - 0.6).abs() < 1e-9]
    assert len(hit) == 1, rows.to_string()
    assert tuple(hit.iloc[0][["theme", "entity", "metric"]]) == ("earnings", "Compal", "revenue_share")


def test_a_countrys_government_is_a_subject():
    text = "日本政府2024年11月提出框架，到2030财年投入8万亿日元以上公共资金。"
    assert _entity_of(text, 8e12) == "Japanese government"
