"""Timed news-flash digests (电报/快讯) and market-size paragraphs of industry deep-dives.

Every example is invented: the companies (星河智算, 云雀机器人, 北辰智算 ...) and numbers exist in no
report. Each class has a positive test and a negative one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import find_unknown_names, market_phrases, segment_subjects
from aigc_analysis.extract.periods import parse_period, previous_trading_day
from aigc_analysis.pipeline.extraction import extract_facts
from text_facts import facts_of

DAY = dt.date(2026, 3, 12)  # a Thursday

DIGEST = """财新快讯 · 电报      2026年03月12日 星期四      客服电话 400-800-1234
【今日AI快讯汇总】
08:05
【北辰智算完成6亿元A轮融资，投后估值超40亿元】3月12日电，AI推理芯片公司北辰智算宣布完成6亿元A轮融资，付费客户已突破400家。
阅读 2.3万　评论 35
08:40
【隔夜美股】纳指收涨0.65%，费城半导体指数涨1.7%。
10:05
【AI应用午前走强】昆仑万维20%涨停，科大讯飞涨超6%。
10:30
【半日成交】沪深两市半日成交额1.15万亿元。
11:20
【具身智能公司云雀机器人完成近3亿元融资】具身智能公司云雀机器人完成近3亿元B轮融资，估值约18亿元。
13:10
【收评】创业板指涨1.21%。
"""


def _row(f, text):
    rows = f[f["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, f[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]


@pytest.fixture(scope="module")
def digest():
    return facts_of(DIGEST, published=DAY)


# --- A1: day moves of a dated digest ----------------------------------------------------------
@pytest.mark.parametrize("text, entity, period", [
    ("0.65%", "Nasdaq Composite", "2026-03-11"),  # 隔夜: the session before
    ("1.7%", "PHLX Semiconductor Index", "2026-03-11"),
    ("20%", "Kunlun Tech", "2026-03-12"),
    ("1.15万亿元", "A-share market (Shanghai and Shenzhen markets)", "2026-03-12"),
    ("1.21%", "ChiNext Index", "2026-03-12"),
])
def test_digest_moves_take_the_digest_day(digest, text, entity, period):
    row = _row(digest, text)
    assert (row["entity"], row["period"]) == (entity, period)


def test_overnight_on_monday_is_friday():
    assert previous_trading_day(dt.date(2026, 3, 16)) == dt.date(2026, 3, 13)
    assert parse_period("隔夜美股", dt.date(2026, 3, 16)) == "2026-03-13"
    assert parse_period("隔夜美股", dt.date(2026, 3, 12)) == "2026-03-11"


def test_moves_outside_a_digest_get_no_day():
    f = facts_of("纳指收涨0.65%，费城半导体指数涨1.7%。", published=DAY)
    assert set(f["period"]) == {""}, f[["text", "period"]].to_string()


def test_month_dated_digest_gives_no_day():
    doc = {"doc_id": "t.txt", "text": DIGEST, "text_simplified": DIGEST, "published": dt.date(2026, 3, 1),
           "published_precision": "month", "publisher": "Test", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    assert _row(f, "20%")["period"] == ""


def test_morning_digest_dates_the_session_before():
    text = "示例证券 早晨快讯\n【港股回顾】\n恒指收涨1.4%。\n【个股】\n示例科技（1234）收涨3.2%。\n"
    f = facts_of(text, published=DAY)
    assert _row(f, "1.4%")["period"] == "2026-03-11"


# --- A2: firms named by their trade in a subject's place -------------------------------------
@pytest.mark.parametrize("text, name", [
    ("【北辰智算完成6亿元融资】", "北辰智算"),
    ("AI推理芯片公司北辰智算宣布完成融资", "北辰智算"),
    ("具身智能公司云雀机器人完成近3亿元融资", "云雀机器人"),
    ("，AI芯片公司星图科技宣布", "星图科技"),  # a descriptor ending in 公司 is not in the name
])
def test_trade_named_firm(text, name):
    assert name in [n.name for n in find_unknown_names(text)]


@pytest.mark.parametrize("text", [
    "人工智能ETF盘中净申购份额超12亿份",
    "具身智能公司数量增长",
    "我们看好端侧智能的渗透",
    "聊天机器人的用户增长",
])
def test_trade_words_alone_are_no_firm(text):
    assert not [n for n in find_unknown_names(text) if n.name.endswith(("智能", "机器人", "智算"))]


def test_flash_subject_and_its_figures(digest):
    assert _row(digest, "6亿元")["entity"] == "Beichen"
    assert _row(digest, "400")["entity"] == "Beichen"
    assert (_row(digest, "约18亿元")["entity"], _row(digest, "约18亿元")["metric"]) == ("Yunque", "valuation")


def test_subject_does_not_cross_an_item():
    text = ("09:00\n【北辰智算完成6亿元融资】北辰智算完成6亿元融资。\n"
            "09:30\n【收评】估值约18亿元。\n")
    f = facts_of(text, published=DAY)
    assert _row(f, "约18亿元")["entity"] != "北辰智算"


# --- A3: counters and boilerplate -------------------------------------------------------------
def test_counters_and_phone_are_no_facts(tmp_path):
    (tmp_path / "digest.txt").write_text(DIGEST, encoding="utf-8")
    f = extract_facts(tmp_path)
    for text in ("2.3万", "35", "400-800-1234", "800"):
        assert not (f["text"] == text).any(), f[["text", "metric"]].to_string()
    assert (f["text"] == "6亿元").any()  # the digest's facts are still there


# --- A4: tenders, ETF units, adoption targets ------------------------------------------------
def test_tender_units_and_budget_are_the_buyers():
    f = facts_of("中国电信启动2026年AI服务器集中采购，总规模约8000台AI服务器，项目预算约90亿元。", published=DAY)
    units, budget = _row(f, "约8000"), _row(f, "约90亿元")
    assert (units["entity"], units["theme"], units["metric"]) == ("China Telecom", "market", "procurement_units")
    assert (budget["entity"], budget["metric"]) == ("China Telecom", "procurement_amount")


def test_size_word_without_a_tender_stays_market_size():
    f = facts_of("2026年AI服务器总规模约90亿元。", published=DAY)
    assert _row(f, "约90亿元")["metric"] != "procurement_amount"


def test_etf_net_subscription_units():
    row = _row(facts_of("【ETF资金】人工智能ETF盘中净申购份额超9亿份。", published=DAY), "9亿")
    assert (row["theme"], row["metric"], row["value"]) == ("valuation", "etf_net_subscription_units", 9e8)
    assert row["entity"] == "AI ETF"


def test_etf_named_by_index_words_only():
    from aigc_analysis.extract.names import index_name
    assert index_name("人工智能ETF") == "AI ETF"
    assert index_name("稀土ETF") is None  # an unknown word: no translation


def test_adoption_target():
    row = _row(facts_of("到2028年，重点行业智能体应用普及率超过60%。", published=DAY), "60%")
    assert (row["theme"], row["metric"], row["period"]) == ("adoption", "adoption_rate", "2028")


# --- B: markets named in the sentence, segments, forecasts -----------------------------------
DEEP = ("微软Copilot在企业端持续渗透。我们测算全球AI营销市场规模将由2025年的US$3.1bn增至2030年的US$15.0bn。"
        "其中视频类是最大的细分赛道，2025年规模约US$1.2bn，占比约四成。国内方面，2026年中国企业级AI营销市场规模约90亿元，"
        "同比增长45%，我们预计2029年将突破四百亿元。")


def test_market_phrase_translated_word_by_word():
    assert [n.name for n in market_phrases("测算全球AI营销市场规模")] == ["Global AI marketing market"]
    assert market_phrases("我们认为市场低估了需求") == []
    assert market_phrases("全球钢铁市场") == []  # an unknown word: left to the lexicon


def test_segment_named_by_its_words_and_market():
    t = "全球AI营销市场规模将达150亿美元。其中视频类是最大的细分赛道"
    assert [n.name for n in segment_subjects(t, market_phrases(t))] == ["Video AI marketing"]
    assert segment_subjects("其中视频类增长最快", market_phrases("全球AI营销市场")) == []


def test_market_sizes_belong_to_the_market_not_the_company():
    f = facts_of(DEEP, published=dt.date(2026, 2, 10))
    assert _row(f, "US$3.1bn")["entity"] == "Global AI marketing market"
    assert _row(f, "约US$1.2bn")["entity"] == "Video AI marketing"
    assert _row(f, "约四成")["entity"] == "Video AI marketing"
    forecast = _row(f, "四百亿元")
    assert (forecast["entity"], forecast["metric"], forecast["period"]) == (
        "China enterprise AI marketing market", "market_size", "2029")
    assert "Microsoft Copilot" not in set(f["entity"])


def test_cagr_takes_the_window_of_its_sentence():
    f = facts_of("我们测算全球AI营销市场规模将由2025年的US$3.1bn增至2030年的US$15.0bn，CAGR约37%。",
                 published=dt.date(2026, 2, 10))
    assert _row(f, "约37%")["period"] == "2025/2030"
    one_year = facts_of("2030年全球AI营销市场CAGR约37%。", published=dt.date(2026, 2, 10))
    assert _row(one_year, "约37%")["period"] == "2030"


def test_adoption_share_of_a_population_and_its_anaphor():
    f = facts_of("Gartner预计，到2029年35%的企业应用将内置AI智能体，而2025年这一比例不足3%。",
                 published=dt.date(2026, 2, 10))
    for text, period in (("35%", "2029"), ("不足3%", "2025")):
        row = _row(f, text)
        assert (row["theme"], row["entity"], row["metric"], row["period"]) == (
            "adoption", "Enterprise software applications", "ai_adoption_share", period)


def test_share_of_an_amount_is_no_adoption():
    f = facts_of("公司计划将30%的收入用于研发。", published=dt.date(2026, 2, 10))
    assert _row(f, "30%")["theme"] != "adoption"


def test_token_consumption_multiple():
    row = _row(facts_of("智能体单任务平均token消耗约为普通对话的15倍。", published=dt.date(2026, 2, 10)), "15倍")
    assert (row["theme"], row["metric"], row["entity"], row["value"]) == (
        "compute", "token_consumption_multiple", "AI agents", 15)
    speed = facts_of("新模型推理速度快5.4倍。", published=dt.date(2026, 2, 10))
    assert speed.empty  # a speed-up of a model is still no fact


# --- metamorphic: script, digits, the digest's day --------------------------------------------
def _claims(f):
    return sorted(zip(f["entity"], f["metric"], f["value"].round(6), f["period"]))


def test_traditional_digest_gives_the_same_claims(digest):
    import opencc
    trad = opencc.OpenCC("s2t").convert(DIGEST)
    assert trad != DIGEST
    assert _claims(facts_of(trad, published=DAY)) == _claims(digest)


def test_a_later_digest_day_moves_the_day_moves(digest):
    later = facts_of(DIGEST.replace("3月12日", "3月16日").replace("03月12日", "03月16日"), published=dt.date(2026, 3, 16))
    assert _row(later, "20%")["period"] == "2026-03-16"
    assert _row(later, "0.65%")["period"] == "2026-03-13"  # Monday: the overnight session is Friday's


def test_trade_word_inside_a_longer_word_is_no_name():
    assert not [n for n in find_unknown_names("我们预计全球企业级智能体市场规模将增长") if n.name.endswith("智能")]
    assert [n.name for n in find_unknown_names("AI初创企业深瞳智能获得1亿美元融资")] == ["深瞳智能"]


def test_market_holds_the_concept_it_is_named_after():
    f = facts_of("我们预计全球企业级智能体市场规模将从2025年的70亿美元增长至2030年的600亿美元，年复合增速约54%。",
                 published=dt.date(2026, 1, 15))
    assert set(f["entity"]) == {"Global enterprise AI agent market"}
    assert _row(f, "约54%")["period"] == "2025/2030"  # 从2025年的: the window's base year


def test_opening_move_and_northbound_flow_in_a_digest():
    text = "09:40\n【开盘】沪指高开0.4%。\n11:30\n【午评】北向资金净买入48亿元。\n"
    f = facts_of(text, published=DAY)
    assert (_row(f, "0.4%")["metric"], _row(f, "0.4%")["period"]) == ("return", "2026-03-12")
    assert _row(f, "48亿元")["period"] == "2026-03-12"


def test_item_stamped_with_its_own_date():
    text = ("2026-03-11 22:30\n【美股盘中】纳指涨0.9%。\n"
            "2026-03-12 09:40\n【开盘】创业板指涨0.7%。\n")
    f = facts_of(text, published=DAY)
    assert _row(f, "0.9%")["period"] == "2026-03-11"
    assert _row(f, "0.7%")["period"] == "2026-03-12"


def test_a_note_with_bracket_sections_is_no_digest():
    text = "示例证券 公司点评\n【投资要点】\n示例科技股价上涨20%。\n【风险提示】\n竞争加剧。\n"
    assert _row(facts_of(text, published=DAY), "20%")["period"] == ""
    digest = "示例财经 快讯\n【投资要点】\n示例科技股价上涨20%。\n【风险提示】\n竞争加剧。\n"
    assert _row(facts_of(digest, published=DAY), "20%")["period"] == "2026-03-12"


def test_ai_penetration_is_adoption_a_products_stays_market():
    row = _row(facts_of("到2030年，制造业AI渗透率将超过50%。", published=DAY), "50%")
    assert (row["theme"], row["metric"], row["period"]) == ("adoption", "adoption_rate", "2030")
    assert _row(facts_of("2025年AI服务器渗透率约为15%。", published=DAY), "15%")["theme"] == "market"


def test_industry_named_word_by_word_with_its_place():
    assert [n.name for n in market_phrases("预计中国AIGC行业规模将超过万亿")] == ["China AIGC industry"]
    assert market_phrases("行业景气度回升") == []  # no known word before the head: no name


@pytest.mark.parametrize("text, name", [
    ("全球大模型API服务市场规模", "Global LLM API service market"),
    ("国内AI PC市场", "China AI PC market"),
    ("中国智慧物流市场规模", "China smart logistics market"),
])
def test_market_words_and_latin_words(text, name):
    assert [n.name for n in market_phrases(text)] == [name]


@pytest.mark.parametrize("text", ["Nvidia市场份额提升", "ABC 市场", "公司市场份额", "数据显示市场回暖"])
def test_no_market_from_a_firm_or_a_cut_word(text):
    assert market_phrases(text) == []


@pytest.mark.parametrize("text", ["通用大模型or行业大模型的生死抉择", "AI客服行业大模型"])
def test_head_word_as_a_modifier_names_no_market(text):
    assert market_phrases(text) == []


def test_therefore_is_no_anaphor():
    f = facts_of("2025年毛利率为40%，因此收入增长25%。", published=DAY)
    assert _row(f, "25%")["metric"] != _row(f, "40%")["metric"]


def test_item_starts_are_the_line_starts_the_item_pattern_matches():
    from aigc_analysis.extract import keywords as kw
    from aigc_analysis.extract.facts import _ITEM_LINE, _flash_items

    # the starts are found after line breaks: an item word holding a break would be missed
    assert not any("\n" in w for w in kw.word_group("flash_item"))
    for text in ("【快讯】A\n09:30 B\n  ■ C\n2026-03-11 22:30 D\n", "正文\n【一】\n\n【二】", "【一】【二】\n",
                 "x\n 10:05 a\n\u3000◆ b", "无条目\n第二行", "\n\n09:30\n09:31"):
        plain = [m.start() for m in _ITEM_LINE.finditer(text)]
        assert _flash_items(text) == (plain if len(plain) >= 2 else []), text
