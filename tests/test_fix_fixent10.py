"""Entity linking fixes (branch fixent10): market-wide names that are no subject of a firm's
figures, ...

Every example is invented (星河微, 云栈科技, 鸿远电子 exist in no report; their codes are unused).
"""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 11, 20)


def _f(text: str):
    return facts_of_text(text, DAY)


def test_a_share_class_is_no_subject_of_an_issue():
    f = _f("一、星河微（688000）：定增发行结果落地\n"
           "公司公告向特定对象发行A股股票发行情况报告书，本次发行价格为312.50元/股，"
           "扣除发行费用后募资净额约6.51亿元。")
    assert entity_of(f, "312.50元") == "Xinghewei"
    assert entity_of(f, "约6.51亿元") == "Xinghewei"


def test_the_exchange_a_firm_lists_on_is_no_subject():
    f = _f("云栈科技于5月8日以每股22美元的价格在纳斯达克上市，募资约8亿美元。")
    assert entity_of(f, "约8亿美元") == "Yunzhan"


def test_a_listing_before_a_target_price_is_the_firms_shares():
    f = _f("云栈科技收入增速提升至28%；维持“买入”评级，美股目标价由60美元上调至72美元，对应2026年约25倍PE。")
    assert entity_of(f, "72美元") == "Yunzhan"
    assert entity_of(f, "约25倍") == "Yunzhan"


def test_the_index_a_firm_weighs_in_is_the_whole_not_the_subject():
    f = _f("截至11月11日，鸿远电子（300999）市值约2.1兆元，占加权指数权重约6%。")
    assert entity_of(f, "约6%") == entity_of(f, "约2.1兆元") != "TAIEX"


def test_a_fund_is_named_whole_by_its_short_name_and_share_class():
    f = _f("青川人工智能主题混合型证券投资基金\n2025年第3季度报告\n"
           "下属分级基金：青川人工智能主题混合A（019901）、青川人工智能主题混合C（019902）\n\n"
           "§6 开放式基金份额变动（单位：份）\n"
           "项目                青川人工智能主题混合A     青川人工智能主题混合C\n"
           "报告期期初基金份额总额    1,234,567,890.12       345,678,901.23\n")
    assert entity_of(f, "1,234,567,890.12") == "Qingchuan AI Theme Mixed Fund A"
    assert entity_of(f, "345,678,901.23") == "Qingchuan AI Theme Mixed Fund C"


def test_a_kind_of_fund_is_no_fund_name():
    from aigc_analysis.extract.names import fund_names
    assert fund_names("四季度末，偏股混合型基金仓位为88%，灵活配置混合型产品减仓。") == []


def test_a_title_before_a_year_in_brackets_is_no_firm():
    f = _f("启明产业研究院 · 专题研究\n全球人工智能专利与人才年度观察（2024）\n发布时间：2025年1月15日\n"
           "数据显示，头部大厂面向顶尖应届博士的项目，年薪普遍在80万-150万元之间。")
    assert "Guancha" not in entity_of(f, "80万-150万元")


_OPTICAL = ("澄江证券 2025年6月3日\n光模块行业深度\n"
            "根据某机构数据，2024年全球光模块市场规模约为160亿美元，其中以太网光模块约为80亿美元。\n"
            "图表5：全球800G/1.6T光模块出货量与均价预测\n"
            "                      2023A     2024A     2025E     2026E\n"
            "800G出货量（万只）      170      1000      1900      2500\n"
            "1.6T出货量（万只）       —         6       310      1050\n"
            "资料来源：某机构\n"
            "我们预计2026年800G均价同比下降约14%，1.6T均价同比下降约22%。\n")


def test_a_grade_before_its_metric_names_the_graded_transceivers():
    f = _f(_OPTICAL)
    assert entity_of(f, "下降约14%") == "800G optical transceivers"
    assert entity_of(f, "下降约22%") == "1.6T optical transceivers"


def test_a_row_label_opening_on_a_grade_is_that_grade_not_the_captions_last():
    f = _f(_OPTICAL)
    assert entity_of(f, "170") == "800G optical transceivers"
    assert entity_of(f, "310") == "1.6T optical transceivers"


def test_optical_markets_are_named_as_transceivers():
    f = _f(_OPTICAL)
    assert entity_of(f, "160亿美元") == "Global optical transceiver market"
    assert entity_of(f, "80亿美元") == "Ethernet optical transceivers"


_TEARDOWN = ("AI手机拆解系列：小米17 Pro Max BOM拆解\n"
             "我们对小米17 Pro Max（16GB+1TB版本，国内售价7299元）进行了完整拆机，估算其物料成本约为601美元，"
             "较上代小米15 Pro（16GB+1TB）的497美元增长20.9%。\n\n"
             "表1：小米17 Pro Max主要元器件成本估算\n"
             "元器件　　　　　　　　　　　成本（美元）　占比（%）\n"
             "SoC（第五代骁龙8至尊版）　　201　　　　　33.4\n"
             "摄像头模组　　　　　　　　　64　　　　　 10.6\n"
             "合计　　　　　　　　　　　　601　　　　　100.0\n"
             "资料来源：某证券\n\n"
             "1．SoC是AI能力核心。SoC成本占比33.4%，为单一最大项；NPU算力提升约41%。\n"
             "2．存储涨价。我们预计4Q25移动DRAM合约价将再涨11%-16%。\n")


def test_a_brands_device_line_with_its_number_glued_on_is_a_product():
    f = _f(_TEARDOWN)
    assert entity_of(f, "601美元") == "Xiaomi 17 Pro Max"
    assert entity_of(f, "497美元") == "Xiaomi 15 Pro"  # the base, its spec bracket before 的


def test_a_place_in_the_bracket_after_a_device_scopes_its_price():
    assert entity_of(_f(_TEARDOWN), "7299元") == "Xiaomi 17 Pro Max"


def test_a_bill_of_materials_rows_are_the_devices():
    f = _f(_TEARDOWN)
    assert entity_of(f, "10.6") == "Xiaomi 17 Pro Max"


def test_a_teardowns_figures_naming_no_one_are_the_devices_a_named_category_keeps_its_own():
    f = _f(_TEARDOWN)
    assert entity_of(f, "约41%") == "Xiaomi 17 Pro Max"
    assert entity_of(f, "11%-16%") != "Xiaomi 17 Pro Max"


def test_a_units_number_after_a_place_name_is_no_device_line():
    from aigc_analysis.extract.names import extend_known
    t = "重启三里岛1号机组"
    assert extend_known(t, 2, 5) == 5
    t = "小米17的售价"
    assert t[:extend_known(t, 0, 2)] == "小米17"


@pytest.mark.parametrize("text, entities", [
    pytest.param("表1　主要区域算力基础设施情况（截至2025年6月底）\n"
                 "区域　　　　　标准机架（万架）　　平均PUE\n"
                 "京津冀　　　　　　 241　　　　　　 1.33\n"
                 "长三角　　　　　　 225　　　　　　 1.36\n",
                 {"241": "Beijing-Tianjin-Hebei", "1.36": "Yangtze River Delta"},
                 id="city_clusters_as_row_labels_are_named_in_english"),
    pytest.param("谷歌与某公司签署协议，采购500MW电力。\n"
                 "电价是西部枢纽的核心优势：甘肃、青海枢纽的大工业到户电价约0.33元/千瓦时，较长三角约0.61元/千瓦时低近一半。\n",
                 {"约0.33元": "Gansu and Qinghai hubs", "约0.61元": "Yangtze River Delta"},
                 id="regions_listed_at_a_clause_head_are_its_subject_not_a_firm_before"),
    pytest.param("今日沪深两市成交额1.23万亿元，两融余额18,123.45亿元。A股共有5家公司发布公告。",
                 {"1.23万亿元": "A-share market (Shanghai and Shenzhen markets)", "18,123.45亿元": "A-share market (Shanghai and Shenzhen markets)"},
                 id="the_two_exchanges_turnover_is_named_as_both_markets"),
    pytest.param("某机构数据显示，2024年上半年中国液冷服务器市场规模达到11.2亿美元；"
                 "该机构预计2024年全年市场规模约21.7亿美元，2028年市场规模将达到约98亿美元。",
                 {"11.2亿美元": "China liquid-cooled server market", "约21.7亿美元": "China liquid-cooled server market"},
                 id="a_time_before_the_market_word_names_no_market"),
])
def test_each_figure_of_the_text_names_its_entity(text, entities):
    f = _f(text)
    for figure, entity in entities.items():
        assert entity_of(f, figure) == entity


def test_a_lowercase_model_id_is_a_model_and_a_path_or_file_is_not():
    from aigc_analysis.extract.names import find_unknown_names
    t = "轻量版kelan-seed-2.1-flash在0-32K区间输入0.12元/百万tokens。详见 https://x.com/kelan-seed-2.1-flash 或 file-1.2.txt"
    found = [(n.name, n.type) for n in find_unknown_names(t)]
    assert ("kelan-seed-2.1-flash", "model") in found
    assert len([n for n, _ in found if "kelan" in n]) == 1
    assert not any("file" in n for n, _ in found)
    assert entity_of(_f(t), "0.12元/百万tokens") == "kelan-seed-2.1-flash"


def test_the_united_states_as_a_country_is_named_in_full():
    from aigc_analysis.extract.names import region_name
    assert region_name("美国") == "United States"


def test_the_broker_making_a_rating_call_is_no_subject_of_the_target_price():
    f = _f("外资研报摘译 | 来源：Eastwind Securities\n"
           "云栈科技二季度营收764亿元，同比增长18%。Eastwind维持\"Overweight\"评级，目标价由60美元上调至64美元。")
    assert entity_of(f, "64美元") == "Yunzhan"


def test_a_broker_notes_rating_line_names_whom_its_unnamed_figures_are_about():
    f = _f("Eastwind Securities — Global Technology Research\n"
           "Microsoft Corp. (MSFT) | Rating: Overweight | PT: US$700 (from US$650)\n\n"
           "Capex including finance leases was US$26.1bn in the quarter.\n")
    assert entity_of(f, "US$26.1bn") == "Microsoft"
