"""Periods the way analysts write them, linked to facts (invented sentences)."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of


def _facts(text: str, published=dt.date(2025, 11, 21)):
    return facts_of(text, published)


def _by_text(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


def test_bare_fiscal_quarter_follows_the_company_calendar():
    df = _facts("英伟达第三财季营收300亿美元。微软第一财季资本开支200亿美元。")
    assert _by_text(df, "300亿美元")["period"] == "FY2026Q3"    # fiscal year ends in January
    assert _by_text(df, "200亿美元")["period"] == "FY2026Q1"    # fiscal year ends in June
    other = _facts("腾讯第三财季营收10亿元。")
    assert _by_text(other, "10亿元")["period"] == "FY2025Q3"    # no calendar known: calendar year


def test_next_fiscal_quarter_of_a_company():
    df = _facts("英伟达给出的下一财季营收指引为400亿美元左右。")
    assert _by_text(df, "400亿美元")["period"] == "FY2027Q1"


def test_fiscal_label_wins_over_the_date_the_quarter_ends_on():
    df = _facts("英伟达第二财季（截至7月27日）营收350亿美元。")
    assert _by_text(df, "350亿美元")["period"] == "FY2026Q2"


def test_fiscal_label_glossed_by_calendar_months_dates_the_clauses_after_it_too():
    df = _facts("甲软件FY2026Q1（即2025年7-9月）营收180亿美元，同比增长18%。")
    assert _by_text(df, "180亿美元")["period"] == "FY2026Q1"
    assert _by_text(df, "18%")["period"] == "FY2026Q1"


def test_period_carries_to_later_sentences_about_the_same_subject_only(monkeypatch):
    # the carry along sentences; the period most of a document's rows share (its three of four
    # here: document_period_themes.csv, test_fixper43) is another rule, switched off here
    from aigc_analysis.extract import keywords as kw
    monkeypatch.setattr(kw, "document_period_themes", lambda: {})
    df = _facts("小米第三季收入50亿元，同比增长20%。小米汽车业务收入12亿元。华为的市场份额约30%。")
    assert _by_text(df, "12亿元")["period"] == "2025Q3"
    assert _by_text(df, "30%")["period"] == ""


def test_parameter_counts_and_training_tokens_carry_no_period():
    df = _facts("2025年4月，某实验室发布的Zeta-2训练了20万亿tokens，参数量为3000亿。")
    assert _by_text(df, "20万亿")["period"] == ""
    assert _by_text(df, "3000亿")["period"] == ""


def test_keyword_in_an_earlier_clause_of_the_sentence():
    df = _facts("训练数据方面，Zeta-2用了约12万亿tokens，Zeta-3约30万亿。")
    assert _by_text(df, "12万亿")["metric"].startswith("training")
    assert _by_text(df, "30万亿")["metric"].startswith("training")


def test_the_paragraph_metric_goes_on_for_money_without_a_keyword():
    df = _facts("2024年全球某市场规模约500亿美元。进入2025年，机构将全年预测上调至650亿美元。")
    assert _by_text(df, "650亿美元")["metric"] == _by_text(df, "500亿美元")["metric"]


def test_bare_spending_is_industry_spending():
    df = _facts("今年二季度全球企业在AI部署上的硬件支出达300亿美元。")
    row = _by_text(df, "300亿美元")
    assert row["theme"] == "market"


def test_chip_shipments_are_compute_and_server_shipments_market():
    chips = _facts("某芯片公司上半年处理器出货120万套。")
    servers = _facts("某机构预计全球AI服务器出货量增长20%。")
    assert _by_text(chips, "120万")["theme"] == "compute"
    assert _by_text(servers, "20%")["theme"] == "market"


def test_the_whole_before_a_fraction_is_not_the_subject():
    df = _facts("Zorblax-7的输入价定在Quillon-2的一半。")
    assert _by_text(df, "一半")["entity"] == "Zorblax-7"


def test_a_known_name_with_a_version_after_it_names_the_version():
    df = _facts("Claude Zeta 9的参数量为2000亿。")
    assert _by_text(df, "2000亿")["entity"] == "Claude Zeta 9"


def test_not_facts_tolerance_conversion_and_speedup():
    df = _facts("某公司指引下季度营收200亿美元，上下浮动2%；另一家指引50亿美元±3%。"
                "该笔收购金额10亿美元，约合人民币72亿元。新模型推理速度快3.5倍。")
    assert set(df["text"]) >= {"200亿美元", "50亿美元", "10亿美元"}
    assert not df["text"].isin(["2%", "3%", "72亿元", "3.5倍"]).any()


def test_level_reached_is_positive_and_a_narrowing_loss_is_a_fall():
    df = _facts("某模型输出价格降为0.8元/百万tokens。某公司上半年亏损收窄30%。")
    assert _by_text(df, "0.8元")["value"] == 0.8
    assert _by_text(df, "30%")["value"] == -0.3


def test_both_gives_one_row_per_entity():
    df = _facts("今年谷歌和微软的云收入增速都很快，两者均增长25%以上。")
    rows = df[df["text"].str.contains("25%")]
    assert set(rows["entity"]) == {"Google", "Microsoft"}


def test_forecasts_for_a_span_of_years_written_as_a_slash_list():
    df = _facts("我们预计公司2026-2028年营业收入分别为58.4/71.2/86.9亿元，对应PE分别为52/41/33倍。",
                published=dt.date(2025, 10, 30))
    rev = df[df["metric"] == "revenue"].sort_values("start")
    assert list(rev["value"]) == [5.84e9, 7.12e9, 8.69e9]
    assert list(rev["period"]) == ["2026", "2027", "2028"] and rev["is_estimate"].all()
    pe = df[df["unit"] == "multiple"].sort_values("start")
    assert list(pe["value"]) == [52, 41, 33] and list(pe["period"]) == ["2026", "2027", "2028"]


def test_values_then_the_years_they_belong_to():
    df = _facts("收入将逐年提升至50亿、80亿和120亿美元，分别对应2027—2029财年。")
    assert sorted(df["period"]) == ["FY2027", "FY2028", "FY2029"]


def test_this_fiscal_year_of_a_company():
    df = _facts("甲骨文管理层表示本财年资本开支约350亿美元。")
    assert _by_text(df, "350亿美元")["period"] == "FY2026"   # fiscal year ends in May


def test_a_rise_is_a_move_but_rising_to_is_a_level():
    df = _facts("甲公司昨日收市升4.2%。創辦人持股比例升至20.5%。管理层称算力容量将提升50%以上。")
    assert _by_text(df, "4.2%")["metric"] == "return"
    assert not ((df["metric"] == "return") & df["text"].str.contains("20.5%")).any()
    assert not ((df["metric"] == "return") & df["text"].str.contains("50%")).any()


def test_a_token_volume_holds_for_the_next_price_of_the_sentence():
    df = _facts("Zeta-5的API输入价格为每百万tokens 2元，输出价格8元。")
    assert _by_text(df, "8元")["metric"] == "output_price_per_1m_tokens"


def test_sector_and_index_names_nobody_listed_are_entities():
    df = _facts("本周计算机板块上涨4.1%，某某算力指数下跌1.2%。")
    # a sector of known words gets its English name by word (index_words.csv)
    assert _by_text(df, "4.1%")["entity"] == "Computer sector"
    # one with a word no index row holds is still named in English: pinyin for that word
    assert _by_text(df, "1.2%")["entity"] == "Moumou Computing Power Index"


def test_the_rally_a_move_is_compared_with_keeps_no_as_of_date():
    df = _facts("截至2025年6月13日，某指数今年以来累计涨幅达40%，较上一轮峰值水平90%的涨幅仍有距离。")
    assert _by_text(df, "40%")["period"] == "2025-06-13"
    assert _by_text(df, "90%")["period"] == ""


def test_the_company_said_refers_to_the_company_not_its_product():
    df = _facts("微软智能云收入300亿美元，其中Azure增长39%。公司表示下季度资本开支将超过300亿美元。")
    row = df[df["metric"] == "capex"].iloc[0]
    assert row["entity"] == "Microsoft"


def test_full_year_guidance_is_the_year_and_a_fall_is_a_negative_move():
    df = _facts("某公司二季度营收50亿美元；全年资本开支指引上调至60亿美元。某指数本周下跌2%。")
    assert _by_text(df, "60亿美元")["period"] == "2025"
    fall = _by_text(df, "2%")
    assert fall["value"] == -0.02 and fall["metric"] == "return"


def test_hong_kong_share_class_marks_and_bare_falls():
    df = _facts("港股：快手-W 昨日收涨 5.2%；商湯-W 跌 3.1%。")
    assert _by_text(df, "5.2%")["entity"] == "Kuaishou"
    fall = _by_text(df, "3.1%")
    assert fall["entity"] == "SenseTime" and fall["value"] == -0.031 and fall["metric"] == "return"


def test_the_company_of_a_company_note_is_whom_gong_si_means():
    text = ("澄明科技（688999.SH）：Zeta AI商业化提速\n2025年10月28日\n\n"
            "事件：公司发布三季报，前三季度实现营业收入41.2亿元；归母净利润11.8亿元。\n")
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": text, "published": dt.date(2025, 10, 28),
           "publisher": "Test", "boilerplate": [], "title": "澄明科技（688999.SH）：Zeta AI商业化提速"}
    from aigc_analysis.extract.facts import extract_document, facts_frame

    df = facts_frame(extract_document(doc))
    assert _by_text(df, "41.2亿元")["entity"] == "Chengming"
    assert _by_text(df, "11.8亿元")["entity"] == "Chengming"


def test_gong_si_inside_a_phrase_is_no_pronoun():
    df = _facts("据某智库报告，中外公司整体差距3年左右。")
    assert _by_text(df, "3年左右")["entity"] != "Microsoft"


def test_a_sentence_opening_on_a_part_of_the_set_before_holds_at_its_period():
    # the source the sentence before names (据艾瑞咨询统计) is not the subject of the part
    df = _facts("据艾瑞咨询统计，2025年8月，月活过千万的AI应用增至九家。其中，Kimi月活达2500万，"
                "腾讯元宝月活1800万。")
    assert _by_text(df, "2500万")["period"] == "2025-08"
    assert _by_text(df, "1800万")["period"] == "2025-08"
    detail = _facts("据艾瑞咨询统计，2025年8月，月活过千万的AI应用增至九家。具体来看，Kimi月活达2500万。")
    assert _by_text(detail, "2500万")["period"] == "2025-08"


def test_a_period_the_paragraph_states_after_a_bracketed_heading_wins_over_its_time_word():
    text = ("【本周观点】\n算力投入仍是主线。\n\n"
            "2025年三季度，国内三大云厂商资本开支合计900亿元。分公司看，阿里巴巴（资本开支400亿元）、"
            "腾讯（资本开支300亿元）继续加码。")
    df = _facts(text)
    assert _by_text(df, "400亿元")["period"] == "2025Q3"
    assert _by_text(df, "300亿元")["period"] == "2025Q3"


def test_moves_in_a_morning_wrap_of_the_previous_session_are_of_that_session():
    # published on a Tuesday morning, the wrap reports Monday's session
    text = ("11月24日，A股主要指数集体收涨：深证成指涨0.8%。半导体指数领涨，单日涨2.7%，"
            "11月以来累计上涨6.5%。两市成交额1.45万亿元。")
    df = _facts(text, published=dt.date(2025, 11, 25))
    assert _by_text(df, "2.7%")["period"] == "2025-11-24"
    assert _by_text(df, "6.5%")["period"] == "2025-11-24"


def test_a_share_of_the_whole_named_with_qizhong_holds_at_the_whole_s_period():
    df = _facts("2025年三季度，国内GPU服务器市场规模达到300亿元，同比增长40%。训练服务器在其中的占比"
                "降至45%；前三家厂商合计拿下58%的份额。")
    assert _by_text(df, "45%")["period"] == "2025Q3"


def test_a_bracketed_end_date_glossing_a_fiscal_label_leaves_the_label_as_the_period():
    df = _facts("- 甲软件 (FY2026 Q1, quarter ended Sep 30): revenue $12.5bn; cloud $6.1bn.")
    assert _by_text(df, "12.5bn")["period"] == "FY2026Q1"
    cn = _facts("英伟达FY2026Q2（截至2025年7月底）营收350亿美元，同比增长56%，公司预计下季度继续增长。")
    assert _by_text(cn, "56%")["period"] == "FY2026Q2"


def test_prices_in_an_item_headed_by_a_dated_launch_take_effect_that_day():
    text = ("- 甲模型（10月14日发布）：总参数8000亿；API输出价格从每百万tokens 16元降至4元，输入价格不变。\n"
            "- 乙模型（10月16日开发者大会发布）：参数量超过1万亿。厂商同步宣布输入价格降至1元/百万tokens。\n")
    df = _facts(text)
    assert _by_text(df, "4元")["period"] == "2025-10-14"
    assert _by_text(df, "1元/百万tokens")["period"] == "2025-10-16"


def test_a_compound_growth_rate_spans_the_window_its_sentence_states_whatever_its_metric():
    df = _facts("某机构预计，中国AI客服市场规模将从2024年的35亿元增长至2029年的210亿元，年复合增长率约43%。")
    assert _by_text(df, "43%")["period"] == "2024/2029"
