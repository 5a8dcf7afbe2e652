"""Context classes seen on reports in no set: item boundaries of news flashes, subject carry,
periods of months without a year, stated years, quarter ends and named weeks (invented texts)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import extend_known, find_unknown_names

from text_facts import facts_of


def _row(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- names: an amount after a Latin name is not part of the name --------------------------
def test_known_name_not_extended_by_an_amount():
    t = "宣布向Anthropic 250亿美元的追加投资"
    start = t.index("Anthropic")
    assert t[start:extend_known(t, start, start + len("Anthropic"))] == "Anthropic"


def test_known_name_still_extended_by_a_version():
    t = "Gemini 3 Pro的输入价格"
    assert t[:extend_known(t, 0, len("Gemini"))] == "Gemini 3 Pro"


def test_unknown_name_not_glued_to_a_count():
    names = [n.name for n in find_unknown_names("ZephyrAI 120家客户已接入")]
    assert names == ["ZephyrAI"]


def test_investment_entity_without_the_number():
    df = facts_of("软银宣布投资Anthropic 250亿美元。", dt.date(2025, 9, 30))
    # the name ends before the amount; the investment is the investor's, not the investee's
    # named after the verb (test_fix_deal_sides.py)
    assert _row(df, "250亿美元")["entity"] == "SoftBank Group"


# ---- periods: months without a year, stated years, quarter ends, named weeks -----------------
from aigc_analysis.extract.periods import find_periods  # noqa: E402


def _values(text, published):
    return [p.value for p in find_periods(text, published)]


def test_month_without_year_is_the_latest_such_month_up_to_publication():
    assert _values("自9月高点以来回落", dt.date(2026, 3, 2))[0].startswith("2025-09")
    assert _values("11月5日发布的版本", dt.date(2026, 1, 20)) == ["2025-11-05"]
    # a month up to the publication month stays in the publication year
    assert _values("1月5日发布的版本", dt.date(2026, 1, 20)) == ["2026-01-05"]


def test_month_looked_ahead_to_keeps_the_publication_year():
    assert _values("新机型将于11月发布", dt.date(2025, 7, 1)) == ["2025-11"]
    assert _values("预计10月开放公测", dt.date(2025, 7, 1)) == ["2025-10"]


def test_year_stated_earlier_in_the_sentence_beats_the_publication_year():
    assert _values("2024年公司营收增长，12月单月创新高", dt.date(2025, 6, 1)) == ["2024", "2024-12"]
    assert _values("复盘2024年，全年出货量翻倍", dt.date(2025, 2, 1)) == ["2024", "2024"]


def test_named_week_across_new_year_is_a_span_of_last_year():
    assert _values("11月24日至11月28日当周", dt.date(2026, 1, 3)) == ["2025-11-24/2025-11-28"]


def test_quarter_end_is_the_quarter():
    assert _values("截至三季末，累计签约", dt.date(2025, 12, 1)) == ["2025Q3"]
    assert _values("一季度末至二季度末", dt.date(2025, 8, 1)) == ["2025Q1/2025Q2"]


def test_this_quarter_is_the_quarter_the_note_reports():
    text = "公司发布第二季度财报。\n\n云业务收入增长。\n\n本季经营利润率提升。"
    assert _values(text, dt.date(2025, 8, 15)) == ["2025Q2", "2025Q2"]


def test_stated_year_reaches_the_fact():
    df = facts_of("回顾2024年，全年国内智能算力规模增长52%。", dt.date(2025, 1, 20))
    assert _row(df, "52%")["period"] == "2024"


# ---- subject carry: a new company opening a sentence ----------------------------------------
def test_capitalised_word_opening_a_sentence_is_a_new_subject():
    df = facts_of("腾讯二季度收入增长8%。\nVelmora第三季度收入达到2.3亿美元。", dt.date(2025, 11, 30))
    assert _row(df, "2.3亿美元")["entity"] == "Velmora"
    assert _row(df, "8%")["entity"] == "Tencent"


def test_common_capitalised_word_is_not_a_name():
    assert find_unknown_names("行业观察：Agent市场规模增长") == []


def test_word_of_a_known_name_alone_is_not_a_new_company():
    text = "发布Orbix 2 Falcon模型。\nFalcon训练用了3万亿tokens。"
    assert "Falcon" not in [n.name for n in find_unknown_names(text, [(2, 16)])]


# ---- news-flash items: each item is its own subject scope ----------------------------------
def test_flash_item_headline_names_the_subject_of_its_numbers():
    text = ("【凌霄科技推出新一代智算平台】\n据悉，平台已服务超过150家客户，累计调用突破60万次。\n"
            "【具身智能赛道持续升温】\n据统计，行业融资额同比增长约1.8倍。")
    df = facts_of(text, dt.date(2025, 7, 1))
    assert _row(df, "超过150")["entity"] == "Lingxiao"
    # the next item names no company: the previous item's does not carry over its boundary
    assert _row(df, "1.8倍")["entity"] != "凌霄科技"


def test_time_stamped_items_do_not_share_a_subject():
    text = "08:45 百度2025年第二季度收入同比增长9%。\n11:20 平台月活用户突破2亿。"
    df = facts_of(text, dt.date(2025, 8, 30))
    assert _row(df, "9%")["entity"] == "Baidu"
    assert _row(df, "2亿")["entity"] != "Baidu"


def test_outside_a_digest_the_subject_still_carries():
    df = facts_of("百度发布第二季度财报。\n平台月活用户突破2亿。", dt.date(2025, 8, 30))
    assert _row(df, "2亿")["entity"] == "Baidu"


# ---- counterparties, research sources, boards ---------------------------------------------
def test_counterparty_of_the_previous_sentence_is_not_the_subject():
    df = facts_of("亚马逊与Anthropic签订长期算力协议。经营利润率提升至38%。", dt.date(2025, 11, 30))
    assert _row(df, "38%")["entity"] == "Amazon"


def test_research_firm_forecast_is_not_the_last_company():
    df = facts_of("阿里巴巴发布新模型。\nGartner预计，2027年相关支出将达到500亿美元。", dt.date(2025, 11, 30))
    assert _row(df, "500亿美元")["entity"] != "Alibaba"


def test_broker_target_price_keeps_the_company():
    df = facts_of("■ 快手（1024）\n快手季度收入增长。高盛将目标价上调至98港元。\n■ 其他\n百度股价上涨。",
                  dt.date(2025, 11, 20))
    assert _row(df, "98港元")["entity"] == "Kuaishou"


def test_company_after_a_board_and_firm_noun_owns_its_results():
    df = facts_of("科创板公司曜石视觉2025年前三季度营收增长41%。", dt.date(2025, 11, 30))
    assert _row(df, "41%")["entity"] == "Yaoshi"


def test_board_alone_keeps_the_board():
    df = facts_of("科创板公司整体2025年前三季度营收增长12%。", dt.date(2025, 11, 30))
    assert _row(df, "12%")["entity"] == "STAR Market"


def test_flash_headline_dates_its_item_only():
    text = ("【百度2025年第二季度业绩】\n收入同比增长7%，经营利润增长11%。\n"
            "【字节跳动发布新模型】\n调用量增长约3倍。")
    df = facts_of(text, dt.date(2025, 9, 1))
    assert _row(df, "7%")["period"] == "2025Q2"
    assert _row(df, "11%")["period"] == "2025Q2"
    assert _row(df, "约3倍")["period"] != "2025Q2"


def test_whole_year_of_the_block_is_the_year_stated_before():
    assert _values("2024年，公司收入增长。\n全年净利润增长", dt.date(2025, 1, 15)) == ["2024", "2024"]
    # a blank line ends the block: the publication year again
    assert _values("2024年，公司收入增长。\n\n全年净利润增长", dt.date(2025, 1, 15)) == ["2024", "2025"]


def test_english_month_day_without_year_is_not_after_publication():
    assert _values("down 12% since the Oct 15 peak", dt.date(2026, 2, 10)) == ["2025-10-15"]


def test_counterparty_in_the_same_sentence_is_not_the_contract_holder():
    df = facts_of("Lambda宣布与Anthropic签约，合同金额达到42亿美元。毛利率提升至61%。", dt.date(2025, 11, 30))
    assert set(df["entity"]) == {"Lambda"}, df[["entity", "text"]].to_string()


def test_deal_with_a_partner_as_a_noun_phrase_stays_the_partners():
    df = facts_of("星云科技发布年报。与Anthropic的合作计划部署至少3吉瓦的算力。", dt.date(2025, 11, 30))
    assert _row(df, "3吉瓦")["entity"] == "Anthropic"


def test_quarter_without_year_early_in_a_year_is_last_years():
    assert _values("第三季度收入增长", dt.date(2026, 1, 12)) == ["2025Q3"]
    assert _values("截至四季度末", dt.date(2026, 2, 3)) == ["2025Q4"]
    assert _values("下半年需求回暖", dt.date(2026, 1, 12)) == ["2025H2"]


def test_quarter_coming_up_keeps_the_publication_year():
    assert _values("四季度出货将提速", dt.date(2025, 8, 20)) == ["2025Q4"]
    assert _values("一季度收入增长", dt.date(2026, 1, 12)) == ["2026Q1"]


def test_date_close_ahead_of_publication_is_coming_up():
    assert _values("12月3日举行发布会", dt.date(2025, 11, 20)) == ["2025-12-03"]


def test_named_week_over_new_year_runs_into_the_next_year():
    assert _values("12月30日至1月3日当周", dt.date(2026, 1, 6)) == ["2025-12-30/2026-01-03"]


def test_quarter_end_ahead_of_publication_is_last_years():
    assert _values("三季度末库存降至5周", dt.date(2026, 2, 6)) == ["2025Q3"]
    assert _values("二季度末库存降至5周", dt.date(2026, 2, 6)) == ["2025Q2"]
    assert _values("到二季度末将降至5周", dt.date(2026, 2, 6)) == ["2026Q2"]


def test_only_a_written_year_is_carried_to_a_later_month():
    # 二季度末 was resolved (no year written): it does not date 11月 to its year
    assert _values("二季度末库存降至4周，自11月高点下降", dt.date(2026, 2, 6)) == ["2025Q2", "2025-11"]


def test_nearly_is_not_a_look_ahead():
    assert _values("10月以来股价将近翻倍", dt.date(2026, 2, 6))[0].startswith("2025-10")


def test_sections_of_a_company_note_keep_the_headline_company():
    from aigc_analysis.extract.facts import extract_document, facts_frame
    from aigc_analysis.load.normalise import to_simplified

    text = ("百度（9888）：云业务提速\n【投资要点】\n三季度收入增长7%。\n【盈利预测】\n"
            "预计2026年经调整净利润增长12%。\n")
    doc = {"doc_id": "n.txt", "text": text, "text_simplified": to_simplified(text), "title": "百度（9888）：云业务提速",
           "published": dt.date(2025, 11, 20), "publisher": "Test", "boilerplate": []}
    df = facts_frame(extract_document(doc))
    assert _row(df, "12%")["entity"] == "Baidu"


def test_forecast_year_does_not_date_a_past_month_in_the_next_item():
    text = "Zentra表示，2026年收入有望翻倍；10月周活跃用户突破3亿。"
    assert _values(text, dt.date(2025, 12, 10)) == ["2026", "2025-10"]


def test_forecast_year_dates_a_month_said_of_the_time_ahead():
    assert _values("2026年新品将于3月发布", dt.date(2025, 12, 10)) == ["2026", "2026-03"]


def test_board_firm_noun_then_a_common_noun_names_no_company():
    df = facts_of("港股公司平均营收增长10%。", dt.date(2025, 11, 30))
    assert _row(df, "10%")["entity"] == "Hong Kong stock market"
