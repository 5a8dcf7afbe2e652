"""Which entity a number is about, and its name, on invented texts: parents written by their own
name, business units, named groups, and tokens that look like names but are not subjects."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text


def _facts(text: str, published=dt.date(2026, 3, 2)):
    return facts_of_text(text, published)


_entity_of = entity_of


# ---- a parent company written by its own name is the parent, not its best-known brand ---------
def test_parent_written_by_its_name_or_ticker_is_the_parent():
    df = _facts("Alphabet（GOOGL.O）：本季度资本开支233亿美元。谷歌的广告收入增长7%。")
    assert _entity_of(df, "233亿美元") == "Alphabet"
    assert _entity_of(df, "7%") == "Google"


def test_business_unit_named_without_its_parent_is_the_unit():
    df = _facts("阿里巴巴：本季度云智能集团收入188亿元，同比增长17%。")
    assert _entity_of(df, "188亿元") == "Alibaba Cloud Intelligence Group"  # the unit by its own name (entities.csv)


def test_company_known_by_its_brand_takes_the_brand_name():
    df = _facts("鸿海（2317）11月营收6,010億元，年增9%。")
    assert _entity_of(df, "6,010億元") == "Hon Hai Precision Industry (Foxconn)"


def test_named_group_of_chinese_internet_companies_is_named_like_the_other_groups():
    df = _facts("百度、阿里、腾讯合计资本开支约410亿元。")
    assert _entity_of(df, "约410亿元") == "China big-3 internet companies"


# ---- a fiscal-period label or a stock code is never the subject of a number -------------------
def test_broker_fiscal_labels_are_not_model_names():
    from aigc_analysis.extract.names import find_unknown_names
    for label in ("FY2Q26", "FY4Q25E", "FY2025-FY2027", "CY3Q26", "FY25/FY26"):
        names = find_unknown_names(f"英伟达 {label} 收入指引320亿美元")
        assert label not in [n.name for n in names], label


def test_table_row_opening_with_a_stock_code_is_about_the_company_beside_it():
    text = ("表3：重点公司业绩（单位：亿元）\n"
            "证券代码      公司         营业收入    归母净利润\n"
            "300777.SZ    禾川光电      12.6        2.3\n"
            "688000.SH    明岚微电子    4.1         -1.7\n")
    df = _facts(text)
    assert _entity_of(df, "4.1") == "Minglan"  # written in English (english_name)
    assert _entity_of(df, "-1.7") == "Minglan"


# ---- named groups: a count of firms, a table's sum row ---------------------------------------
def test_group_counted_in_firms_leaves_out_their_models_and_chips():
    text = ("微软、谷歌、亚马逊与Meta均上调了指引。Meta将用新GPU训练Llama模型，亚马逊的Trainium芯片已批量部署。"
            "我们预计明年四家合计资本开支约4200亿美元，同比增长35%左右。")
    df = _facts(text)
    assert _entity_of(df, "约4200亿美元") == "Big-4 US cloud providers"
    assert _entity_of(df, "35%左右") == "Big-4 US cloud providers"


def test_sum_row_of_a_table_is_the_group_of_the_rows_above():
    text = ("表2：三大运营商算力投资（单位：亿元）\n"
            "公司            2025        2026E\n"
            "中国移动        373         410\n"
            "中国电信        370         395\n"
            "中国联通        148         160\n"
            "合计            891         965\n")
    df = _facts(text)
    assert _entity_of(df, "891") == "China's three telecom operators"
    assert _entity_of(df, "965") == "China's three telecom operators"


def test_sum_row_of_unnamed_members_keeps_its_members_names():
    text = ("表4：样本公司收入（单位：亿元）\n"
            "公司            2025\n"
            "微软            2810\n"
            "甲骨文          570\n"
            "合计            3380\n")
    df = _facts(text)
    assert _entity_of(df, "3380") == "Microsoft and Oracle"


# ---- the market a company lists on is a venue, not the subject --------------------------------
def test_market_a_company_lists_on_is_not_the_subject_of_the_offering():
    df = _facts("【新股】深蓝智算今起招股\n深蓝智算（DeepBlue Compute）今日起在港股招股，计划募资约18亿港元。")
    assert _entity_of(df, "约18亿港元") == "DeepBlue Compute"


def test_board_in_an_aside_is_not_the_subject_of_the_results():
    df = _facts("寒武纪一季度扭亏。星途科技（2025年9月登陆科创板）一季度亏损同比收窄两成。")
    assert _entity_of(df, "收窄两成") == "Xingtu"  # shaped: written in English


def test_market_that_moves_is_still_the_subject():
    df = _facts("昨日港股市场成交额1500亿港元，在港股上市的AI公司平均上涨3.1%。")
    assert _entity_of(df, "1500亿港元") == "Hong Kong stock market"


# ---- an unknown Chinese name glossed in English is called by the English name -----------------
def test_unknown_company_glossed_in_english_takes_the_english_name_everywhere():
    text = ("明川软件（Mingchuan Software）于5月将专业版价格由每月60元上调至80元。\n\n"
            "| 公司 | 总市值（亿元） |\n|---|---|\n| 明川软件 | 146 |\n")
    df = _facts(text)
    assert _entity_of(df, "146") == "Mingchuan"


def test_ticker_in_brackets_is_no_english_name():
    df = _facts("远澜科技（YLKJ）本季度收入12.4亿元。")
    assert _entity_of(df, "12.4亿元") == "Yuanlan"  # the pinyin, not YLKJ


# ---- 免费 is a price change only where something is made free ---------------------------------
def test_service_that_stays_free_or_free_as_a_trend_is_no_price_change():
    df = _facts("星火会员月费维持30元，元宝仍坚持C端免费。行业面临通用模型免费化的压力。")
    assert not (df["metric"] == "price_change").any(), df[["text", "metric"]].to_string()


def test_service_made_free_is_still_a_price_change():
    df = _facts("自3月1日起，某云平台的Zeta-4 Turbo API调用全面免费。")
    assert (df["metric"] == "price_change").any()


# ---- prose amounts: monthly fees, advance payments and their doubling -------------------------
def test_membership_monthly_fee_is_a_price_per_user_per_month():
    df = _facts("星火会员月费维持39元不变。")
    rows = df[df["text"] == "39元"]
    assert rows["metric"].tolist() == ["price_per_user_per_month"]
    assert rows["theme"].tolist() == ["pricing"]


def test_contract_liabilities_and_their_doubling_against_a_date_are_earnings():
    df = _facts("光迅达期末合同负债18.4亿元，较年初翻倍，订单能见度提升。")
    assert df[df["text"] == "18.4亿元"]["theme"].tolist() == ["earnings"]
    doubled = df[df["text"] == "翻倍"]
    assert doubled["value"].tolist() == [2.0]
    assert doubled["metric"].str.startswith("contract_liabilities").all()


def test_price_label_per_user_is_a_price_not_a_count_of_users():
    text = ("| 产品 | 企业版月费（元/人） | 付费用户（万） |\n"
            "|---|---|---|\n"
            "| 星火助手 | 45 | 380 |\n")
    df = _facts(text)
    fee = df[df["text"] == "45"]
    assert fee["unit"].tolist() == ["CNY"]
    assert fee["metric"].tolist() == ["price_per_user_per_month"]
    assert df[df["text"] == "380"]["value"].tolist() == [3800000.0]


def test_unit_label_with_a_payer_after_the_slash():
    from aigc_analysis.extract.quantities import find_unit_labels
    assert [u for *_, u in find_unit_labels("月费（元/人/月）")] == ["CNY"]
    assert [u for *_, u in find_unit_labels("（亿元/%）")] == ["CNY", "ratio"]
    # a per-share label is money per share in the currency (发行价（元/股）, 基本每股收益（元/股）:
    # fixval36), as 元/股 in prose is; a per-share row is still never scaled by a caption
    assert [u for *_, u in find_unit_labels("（元/股）")] == ["CNY"]


# ---- a note about one US-listed company: its figures in sentences naming no one are its own ----
def test_us_listing_in_the_header_makes_a_company_note():
    text = ("Broker Flash | 3 Sep 2026 | Oracle (ORCL US) | Rating: BUY | TP: US$310\n\n"
            "- Cloud revenue US$9.1bn, +41% YoY; no H20 shipments assumed.\n\n"
            "At a market cap of ~US$780bn (close of 2 Sep), ORCL trades at 33x FY27E P/E.\n")
    df = _facts(text)
    assert _entity_of(df, "~US$780bn") == "Oracle"


def test_company_name_with_a_version_is_a_model_for_parameter_counts():
    text = ("3）星河-3（Xinghe-3）。稠密架构，参数量为900亿。\n\n"
            "4）MiniMax-M3.1。总参数4200亿、激活参数150亿。\n")
    df = _facts(text)
    assert _entity_of(df, "4200亿") == "MiniMax-M3.1"
    assert _entity_of(df, "150亿") == "MiniMax-M3.1"


# ---- a shipment table of optical modules counted in 万只 ---------------------------------------
def test_module_shipment_table_in_wan_units_is_compute_with_the_magnitude():
    text = ("表5：全球光模块出货量预测（单位：万只）\n"
            "　　　　　2025　　　2026E\n"
            "400G　　　1,900　　2,300\n"
            "800G　　　2,100　　3,600\n"
            "资料来源：某机构\n")
    df = _facts(text)
    cell = df[df["text"] == "3,600"]
    assert cell["value"].tolist() == [36000000.0]
    assert cell["theme"].tolist() == ["compute"]


def test_speed_grade_before_a_category_names_the_category_at_that_grade():
    df = _facts("我们预计2026年全球400G光模块出货量约2,300万只，1.6T光模块出货量约900万只。")
    assert _entity_of(df, "约2,300万") == "400G optical transceivers"
    assert _entity_of(df, "约900万") == "1.6T optical transceivers"


# ---- a share opening the clause after an amount is that amount over the whole -----------------
def test_share_of_revenue_after_a_capex_amount_is_capex_intensity():
    df = _facts("快手：2026年第三季度资本开支46亿元，占收入的12.5%；总收入360亿元。")
    row = df[df["text"] == "12.5%"]
    assert row["metric"].tolist() == ["capex_to_revenue"]
    assert row["theme"].tolist() == ["capex"]


def test_share_of_revenue_without_an_amount_before_stays_a_share_of_revenue():
    df = _facts("快手：海外业务贡献了收入的12.5%。")
    assert df[df["text"] == "12.5%"]["metric"].tolist() == ["share_of_revenue"]


def test_paid_members_are_adoption_and_a_share_of_capacity_is_compute():
    df = _facts("一位接近公司的人士透露，星火的付费会员已超过80万。"
                "截至6月底，全国智算中心总算力规模达到900 EFLOPS，其中国产芯片提供的算力占比超过35%。")
    members = df[df["text"] == "超过80万"]
    assert members["metric"].tolist() == ["paid_users"] and members["value"].tolist() == [800000.0]
    assert df[df["text"] == "超过35%"]["theme"].tolist() == ["compute"]


# ---- a parameter table whose unit is written B (billions) -------------------------------------
def test_parameter_table_in_b_is_billions_and_its_unit_word_is_no_fact():
    text = ("表4：本周其他发布模型参数（单位：B，十亿）\n"
            "模型               总参数      激活参数     上下文\n"
            "Zeta-T3            480         36           128K\n"
            "注：旧型号不计入本周新品。\n")
    df = _facts(text)
    assert df[df["text"] == "480"]["value"].tolist() == [480e9]
    assert df[df["text"] == "36"]["value"].tolist() == [36e9]
    assert "十亿" not in df["text"].tolist()


def test_chinese_alias_made_more_specific_keeps_the_english_name():
    df = _facts("表4：新模型参数（单位：B，十亿）\n模型               总参数\n混元-T5            640\n")
    assert _entity_of(df, "640") == "Hunyuan-T5"


# ---- a token rate in brackets after a list of prices -----------------------------------------
def test_rate_in_brackets_after_a_price_list_applies_to_each_price():
    df = _facts("Zeta-5上线后，API标准价为输入（缓存未命中）3元、输出9元（每百万tokens）。")
    assert df[df["text"] == "3元"]["metric"].tolist() == ["input_price_per_1m_tokens"]
    assert df[df["text"] == "9元"]["metric"].tolist() == ["output_price_per_1m_tokens"]


# ---- seat prices, price raises and parameter comparisons in prose -----------------------------
def test_seat_price_range_and_a_price_raise():
    df = _facts("企业版单价集中在每人每月25-50元区间。明川软件于7月将企业版价格由每人每月25元上调至35元，提价幅度40%。")
    assert df[df["text"] == "25-50元"]["metric"].tolist() == ["price_per_user_per_month"]
    raise_ = df[df["text"] == "40%"]
    assert raise_["metric"].tolist() == ["price_change"] and raise_["value"].tolist() == [0.4]


def test_parameter_multiple_and_growth_against_the_previous_generation():
    df = _facts("1）Zeta K3。总参数1.2万亿。官方称总参数是上一代K2的2倍，但激活参数仅增加约两成。")
    assert df[df["text"] == "2倍"]["metric"].tolist() == ["parameters_multiple"]
    grew = df[df["text"] == "约两成"]
    assert grew["theme"].tolist() == ["parameters"] and grew["value"].tolist() == [0.2]


def test_seat_price_of_a_product_category_is_the_category():
    df = _facts("AI办公助手普遍完成从免费试用到按席位收费的切换，企业版单价集中在每人每月25-50元区间。")
    assert _entity_of(df, "25-50元") == "AI office assistants"


def test_category_cut_by_a_pdf_wrap_is_still_the_subject():
    # full-width lines of a PDF page: the wrap inside 光模块 is joined for parsing
    text = ("算力投资延续高增，我们预计明年数通侧的需求仍将保持较快增长，其中全球400G光模\n"
            "块出货量约2,300万只，谷歌TPU集群采用光交换，带动整体市场加速扩张与结构升级，\n"
            "边缘侧的出货量则在下半年明显放量，预计明年还将继续保持较高增速，维持推荐评级。\n")
    df = _facts(text)
    assert _entity_of(df, "约2,300万") == "400G optical transceivers"


def test_family_name_glued_to_a_new_model_name_is_one_model():
    df = _facts("一、字节：豆包Zeta 3.0 Pro降价五成\n火山引擎宣布，豆包Zeta 3.0 Pro输出价格由9元降至4.5元。\n")
    assert df[df["text"] == "降价五成"]["entity"].tolist() == ["Doubao Zeta 3.0"]


def test_flagship_models_as_a_category():
    df = _facts("我们跟踪的主流厂商中，旗舰模型的平均输出价格较一年前下降了约65%。\n一、字节：豆包降价\n")
    assert _entity_of(df, "下降了约65%") == "flagship LLMs"


def test_intelligent_computing_market_keeps_its_own_name():
    df = _facts("有机构预计，2025-2030年中国智能算力市场规模的年均复合增长率将达到31.5%。")
    assert _entity_of(df, "31.5%") == "China intelligent computing market"


def test_digit_ending_a_latin_name_before_cheng_is_no_tenths():
    df = _facts("延伸阅读：记忆体报价续扬 HBM4成兵家必争\n\n今年HBM出货占比约5成。\n")
    assert df["text"].tolist() == ["约5成"]


def test_unit_scoped_to_several_listed_columns_applies_to_each():
    text = ("表2：重点公司业绩（收入、利润单位：亿元；同比单位：%）\n"
            "证券代码      公司         营业收入    同比      归母净利润    同比\n"
            "300777.SZ    禾川光电      12.6        35.2      2.3           41.0\n")
    df = _facts(text)
    assert df[df["text"] == "12.6"]["value"].tolist() == [1.26e9]
    assert df[df["text"] == "2.3"]["value"].tolist() == [2.3e8]
    assert df[df["text"] == "41.0"]["value"].tolist() == [0.41]


def test_networking_segment_revenue_in_a_bilingual_line_is_one_earnings_row():
    text = ("Broker Flash | 3 Sep 2026 | Nvidia (NVDA US) | Rating: BUY\n"
            "- Data center revenue US$70.1bn, +60% YoY; networking US$10.3bn. 数据中心收入701亿美元，其中网络业务103亿美元。\n")
    df = _facts(text)
    rows = df[df["value"] == 10.3e9]
    assert rows["metric"].tolist() == ["networking_revenue"] and rows["theme"].tolist() == ["earnings"]


# ---- a heading repeating a body claim with less precision is one row ---------------------------
def test_heading_price_change_and_the_body_s_one_side_change_are_one_claim():
    text = ("二、阿里：缓存命中打三折\n"
            "阿里云百炼上的Qwen3-Max标准价为输入2.4元/百万tokens，缓存命中部分按输入价的三折计费。\n")
    df = _facts(text)
    rows = df[df["value"] == -0.7]
    assert len(rows) == 1, rows[["text", "entity", "metric"]].to_string()
    assert rows["entity"].tolist() == ["Qwen3-Max"]


def test_input_and_output_changes_of_one_value_stay_two_rows():
    df = _facts("Zeta-5输入价格下调50%，输出价格下调50%。")
    assert sorted(df["metric"]) == ["input_price_change", "output_price_change"]
