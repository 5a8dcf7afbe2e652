"""Entity linking on invented texts: which entity a number belongs to, and its English name."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import find_unknown_names, index_name
from helpers_text import entity_of, facts_of_text


def _facts(text: str, published=dt.date(2025, 9, 1)):
    return facts_of_text(text, published)


_entity_of = entity_of


# ---- class 1: Chinese names of indices and companies get English names ---------------------
def test_index_family_names_are_translated_word_by_word():
    assert index_name("申万计算机设备指数") == "SW Computer Equipment Index"
    assert index_name("中证云计算产业指数") == "CSI Cloud Computing Industry Index"
    assert index_name("国证机器人") == "CNI Robotics Index"


def test_index_name_needs_a_known_family_and_known_words():
    assert index_name("申万稀土指数") is None  # 稀土 is no word of the data file
    assert index_name("某某人工智能指数") is None  # no known family
    assert index_name("中证") is None  # a family alone is no index unless the table says so


def test_unknown_index_found_by_shape_gets_its_english_name():
    names = find_unknown_names("本周，中证机器人产业指数上涨3.2%")
    assert [(n.name, n.type) for n in names] == [("CSI Robotics Industry Index", "index")]


def test_index_cell_under_representative_index_column_is_translated():
    text = ("细分方向    代表指数          市盈率\n"
            "机器人      国证机器人        55.20\n"
            "云计算      中证云计算产业    61.30\n")
    df = _facts(text)
    assert _entity_of(df, "55.20") == "CNI Robotics Index"
    assert _entity_of(df, "61.30") == "CSI Cloud Computing Industry Index"


def test_hk_enterprises_index_and_data_centre_companies_have_english_names():
    df = _facts("周五国企指数上涨1.25%；万国数据（9698）跌2.10%。")
    assert _entity_of(df, "1.25%") == "Hang Seng China Enterprises Index"
    assert _entity_of(df, "跌2.10%") == "GDS Holdings"


# ---- class 4: markets and capacities are subjects of their own size ------------------------
def test_capacity_keyword_measures_its_concept_not_the_company_of_an_earlier_clause():
    df = _facts("中科曙光与某研究院联合测算，2025年我国通用算力规模同比增长21.4%。")
    assert _entity_of(df, "21.4%") == "China general-purpose computing capacity"


def test_place_word_joins_a_market_name_but_not_a_thing():
    df = _facts("2026年全球服务器市场规模有望达到4100亿美元。")
    assert _entity_of(df, "4100亿美元") == "Global server market"
    from aigc_analysis.extract.names import with_place
    assert with_place("海外大模型", 2, "large models") == (2, "large models")


def test_server_kinds_in_a_table_are_named_in_english():
    text = ("服务器类型        出货额（亿美元）   同比\n"
            "x86服务器         1500              21.0%\n"
            "非x86服务器       410               48.2%\n")
    df = _facts(text)
    assert _entity_of(df, "21.0%") == "x86 servers"
    assert _entity_of(df, "48.2%") == "Non-x86 servers"


def test_row_label_market_wins_over_the_first_market_of_the_caption():
    text = ("图表2：全球智能算力规模及AI算力市场规模预测\n"
            "指标                        2025E        2027E\n"
            "智能算力规模（EFLOPS）      900.5        1500.2\n"
            "AI算力市场规模（亿美元）    310          470\n")
    df = _facts(text)
    assert _entity_of(df, "310") == "AI computing market"
    assert "intelligent computing" in _entity_of(df, "900.5")


# ---- class 2: subject vs partner ------------------------------------------------------------
def test_partner_column_rows_belong_to_the_section_subject():
    text = ("03 / xAI 的供应链合同\n\n"
            "| Partner | 日期 | 规模 | 条款 |\n"
            "|---|---|---|---|\n"
            "| Intel | Mar 3, 2025 | 3GW | 分三期交付 |\n"
            "| Samsung | Apr 9, 2025 | 2GW | 合同金额 $12B |\n")
    df = _facts(text)
    assert _entity_of(df, "3GW") == "xAI"
    assert _entity_of(df, "2GW") == "xAI"
    assert _entity_of(df, "$12B") == "xAI"


def test_valuation_after_an_investors_clause_is_the_investees():
    df = _facts("xAI：本月完成 $2bn B 轮融资，Intel 出资 $0.5bn、持股约8%，投后估值 $9bn。")
    assert _entity_of(df, "$0.5bn") == "Intel"
    assert _entity_of(df, "$9bn") == "xAI"


def test_a_counterparty_after_yu_is_not_the_subject_of_the_deal():
    df = _facts("算力侧，xAI 加快扩张。Mar 5, 2025：与 Oracle 扩大合作，新增 2GW 的额外容量。")
    assert _entity_of(df, "2GW") == "xAI"


def test_an_event_is_where_a_figure_was_said_not_its_subject():
    df = _facts("xAI 的周活跃用户在 DevDay 上被更新为 300 million。")
    assert _entity_of(df, "300 million") == "xAI"


def test_a_deal_with_x_as_a_noun_phrase_is_xs():
    df = _facts("英伟达本季度签下多份订单。与Meta的合作则计划部署至少5吉瓦的英伟达系统。")
    assert _entity_of(df, "至少5吉瓦") == "Meta"


# ---- class 3: a company's results mention a product --------------------------------------
def test_revenue_guidance_that_mentions_a_product_stays_the_makers():
    df = _facts("英伟达公布财报。彼时给出的下季度收入指引为480亿美元，未包含对华H20出货。")
    assert _entity_of(df, "480亿美元") == "Nvidia"


def test_chip_grade_written_before_the_revenue_keyword_is_the_makers_revenue():
    # A chip grade is no entity of its own (SCHEMA: speed grades are not facts); its revenue is
    # the maker's, with the grade in the metric (the gold sets name Nvidia, never H20).
    df = _facts("英伟达公布财报。本季度H20收入约为46亿美元。")
    assert _entity_of(df, "46亿美元") == "Nvidia"
    assert df.loc[df["text"] == "46亿美元", "metric"].tolist() == ["h20_revenue"]


# ---- class 4: whole-market trading figures -------------------------------------------------
def test_turnover_without_a_name_in_its_clause_is_the_markets():
    df = _facts("本周A股震荡。截至周四，沪深300指数累计上涨2.3%；本月日均成交额约1.8万亿元。")
    assert _entity_of(df, "约1.8万亿元") == "A-share market"
    assert _entity_of(df, "2.3%") == "CSI 300"


def test_product_named_before_its_revenue_in_the_same_clause_keeps_it():
    df = _facts("快手公布业绩。可灵AI本季收入超过2亿元，按季扩大。")
    assert _entity_of(df, "超过2亿元") == "Kling AI"


def test_products_listed_together_are_the_makers_business():
    df = _facts("管理层表示，Blackwell与Rubin平台已有约3000亿美元的收入能见度。")
    rows = df[df["text"].str.contains("3000亿美元")]
    assert list(rows["entity"]) == ["Nvidia"]


def test_segment_revenue_is_named_after_its_company():
    df = _facts("英伟达本季收入600亿美元。其中数据中心业务收入530亿美元，同比增长60%。")
    assert _entity_of(df, "530亿美元") == "Nvidia Data Center"


def test_capex_carried_from_a_product_clause_is_the_makers():
    df = _facts("微软本季Azure收入同比增长35%；含融资租赁的资本开支300亿美元。")
    assert _entity_of(df, "300亿美元") == "Microsoft"


# ---- class 5: the grammatical subject is not the nearest name ------------------------------
def test_a_comparison_base_named_again_after_the_number_is_not_the_subject():
    df = _facts("上周发布的GLM-5，输出单价比GLM-4.6下调约40%——GLM-4.6时代的输出价格是16元。")
    assert _entity_of(df, "下调约40%") == "GLM-5"


def test_under_a_topic_label_the_speaker_is_not_the_subject():
    df = _facts("· Kimi：月之暗面9月3日披露，日均调用量较6月增长超过50%。")
    assert _entity_of(df, "超过50%") == "Kimi"


def test_a_segment_and_a_product_go_on_through_their_sentence():
    df = _facts("百度本季收入300亿元；其中云计算收入60亿元，同比增长20%，占总收入比重升至22.5%。"
                "可灵AI本季收入超过4亿元，上季为逾3亿元。")
    assert _entity_of(df, "60亿元") == "Baidu cloud computing"
    assert _entity_of(df, "22.5%") == "Baidu cloud computing"
    assert _entity_of(df, "逾3亿元") == "Kling AI"


def test_a_bare_capacity_keyword_is_no_subject_and_jituan_is_the_group_named_last():
    df = _facts("小米本季收入900亿元。算力方面，集团总算力规模已达约8,000 PFLOPS。")
    assert _entity_of(df, "约8,000 PFLOPS") == "Xiaomi"


def test_a_carried_paragraph_metric_carries_its_subject():
    df = _facts("英伟达发布新品。2024年全球服务器市场收入约2400亿美元。进入2025年，Gartner将全年预测上调至3500亿美元。\n\n"
                "英伟达本季收入500亿美元。")
    assert _entity_of(df, "3500亿美元") == "Global server market"


def test_a_models_distinctive_last_word_names_it_later_in_the_document():
    df = _facts("Qwen3 Voyager与Qwen3 Pro同日发布。\n\n阿里称：Voyager预训练耗时300万GPU小时。")
    assert _entity_of(df, "300万") == "Qwen3 Voyager"
    from aigc_analysis.extract.names import short_forms
    # a tier word (Pro) is shared by many families: never a name on its own
    assert short_forms("Qwen3 Pro … Pro", [(0, 9, "Qwen3 Pro")], [(0, 9)]) == []


def test_shares_in_a_scope_belong_to_the_part_or_to_the_market():
    df = _facts("预计到2028年，GPU服务器在AI服务器支出中的占比将超过90%。")
    assert _entity_of(df, "超过90%") == "GPU servers"
    df = _facts("预计全球AI服务器市场中采用英伟达、AMD等芯片的比例将降至约55%。")
    assert _entity_of(df, "约55%") == "Global AI server market"


def test_values_listed_with_blanks_pair_with_their_investors_and_the_valuation_is_the_investees():
    df = _facts("算力侧，xAI 走的是自建路线：\n· Mar 3, 2025：与 Oracle、Intel 达成合作，xAI 承诺采购 $20B 的 Azure 算力；"
                "Oracle 与 Intel 分别承诺投资最多 $3B 和 $4B。据 CNBC，对应估值约 $200B。")
    assert _entity_of(df, "$3B") == "Oracle"
    assert _entity_of(df, "$4B") == "Intel"
    assert _entity_of(df, "约 $200B") == "xAI"


def test_it_refers_to_the_model_named_last_before_the_sentence():
    df = _facts("仍在训练中的Llama 4 Behemoth更大。Meta称在2.4万张GPU上预训练它，单卡算力达到400 TFLOPs。")
    assert _entity_of(df, "400 TFLOPs") == "Llama 4 Behemoth"
    df = _facts("GLM-5上周发布。它的卖点是稀疏注意力：所需算力（FLOPs）只有GPT-4o的30%。")
    assert _entity_of(df, "30%") == "GLM-5"


def test_yu_opening_a_phrase_is_no_partner_marker_and_qita_is_no_pronoun():
    df = _facts("与此同时，英伟达本季收入增长至570亿美元。")
    assert _entity_of(df, "570亿美元") == "Nvidia"
    df = _facts("GLM-5上周发布。其它厂商中，百度本季收入增长至340亿元。")
    assert _entity_of(df, "340亿元") == "Baidu"


def test_a_family_index_is_found_inside_a_run_of_chinese():
    df = _facts("主题指数中，聚焦机器人与云计算的国证机器人指数8月上涨21.50%。")
    assert _entity_of(df, "21.50%") == "CNI Robotics Index"


def test_the_whole_of_a_fraction_is_not_carried_into_the_next_sentence():
    df = _facts("GLM-5总参数7440亿。所需算力只有GPT-4o的30%。强化学习阶段在256块H800上完成。")
    assert _entity_of(df, "256") == "GLM-5"


def test_fiscal_period_labels_and_ranges_are_no_names():
    assert find_unknown_names("管理层重申，FY2025-FY2027三个财年的投入将追加至900亿元") == []
    assert not [n for n in find_unknown_names("Vexa guided FY2Q26 revenue to US$12bn") if "FY" in n.name]
    df = _facts("腾讯管理层表示，ＦＹ２０２６－ＦＹ２０２８的ＡＩ投入将增至９００亿元。\n")
    assert _entity_of(df, "９００亿元") == "Tencent"


def test_a_figure_in_brackets_opened_after_a_name_is_that_name_s_across_clauses():
    df = _facts("2025年二季度，京东（研发费用52亿元，同比+12%）、美团（研发费用58亿元，同比+9%）均有增长。")
    assert _entity_of(df, "+12%") == "JD.com"
    assert _entity_of(df, "+9%") == "Meituan"
    assert _entity_of(df, "58亿元") == "Meituan"
