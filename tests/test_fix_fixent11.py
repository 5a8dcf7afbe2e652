"""Entity linking fixes (branch fixent11): customers and partners named in passing that took
the subject's figures, ...

Every example is invented (澜岳科技, 云栈科技 exist in no report; their figures are made up).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 12, 12)


def _f(text: str):
    return facts_of_text(text, DAY)


def test_customers_listed_before_tail_are_not_whom_management_means():
    # 来自Meta、英伟达等客户: named customers; 管理层 / 公司 after them is the section's firm
    f = _f("一、澜岳科技FY25Q4：订单再翻倍\n"
           "澜岳科技6月1日公布2025财年第四财季业绩：总收入61亿美元。\n"
           "剩余履约义务达到900亿美元，新增合同主要来自Meta、英伟达等客户。管理层预计其中约10%将在未来12个月内确认为收入。\n"
           "资本开支是本季最大的意外：单季资本开支约12亿美元。公司将FY2026资本开支指引上调至约50亿美元。")
    for text in ("约10%", "约12亿美元", "约50亿美元"):
        assert entity_of(f, text) == "Lanyue", text


def test_a_customer_placing_an_order_is_not_what_company_means():
    # OpenAI追加的…合同: the customer placed the order; the backlog and 公司's guidance are the firm's
    f = _f("二、云栈科技：积压订单翻倍\n"
           "云栈科技3Q25收入13.6亿美元。积压订单达到556亿美元，其中包括OpenAI追加的65亿美元合同。\n"
           "但公司将2025年收入指引下调至50.5亿—51.5亿美元。\n"
           "截至季末，公司活跃电力容量约590MW。")
    for text in ("65亿美元", "50.5亿—51.5亿美元", "约590MW"):
        assert entity_of(f, text) == "Yunzhan", text


def test_the_firm_a_pronoun_was_read_as_goes_on_past_customers():
    # the firm is named far back; only its customer is in reach: 公司 of the sentence before it is
    filler = "CEO表示：“" + "demand remains strong across every region we serve, " * 8 + "”。\n"
    f = _f("二、云栈科技：积压订单翻倍\n"
           "云栈科技3Q25收入13.6亿美元。" + filler +
           "积压订单中包括OpenAI追加的65亿美元合同。\n"
           "截至季末，公司活跃电力容量约590MW。业绩公布次日股价下跌16%。")
    assert entity_of(f, "约590MW") == "Yunzhan"
    assert entity_of(f, "下跌16%") == "Yunzhan"


def test_a_line_item_row_is_the_documents_subject():
    # 期内亏损 names a metric and a time, no one: the prospectus's firm owns the row
    f = _f("澜岳科技（688000.SH）招股书要点\n"
           "澜岳科技是一家智能驾驶芯片公司。\n"
           "表1　主要财务数据（单位：人民币百万元）\n"
           "　　　　　　　　2022年　　　2023年\n"
           "收入　　　　　　367.2　　　　805.7\n"
           "期内亏损　　　　(1,063.7)　　(2,719.8)\n")
    assert entity_of(f, "(1,063.7)") == "Lanyue"
    assert entity_of(f, "(2,719.8)") == "Lanyue"


def test_a_category_of_a_breakdown_is_the_captions_firm():
    # 3nm / 5nm under a caption breaking a firm's revenue down 按制程: the firm's shares
    f = _f("表2　澜岳科技晶圆收入按制程占比\n"
           "制程　　　　　　　2025Q2　　　2025Q1\n"
           "3nm　　　　　　　 26%　　　　 21%\n"
           "5nm　　　　　　　 33%　　　　 34%\n"
           "7nm及以下合计　　 71%　　　　 69%\n")
    for text in ("26%", "33%", "71%"):
        assert entity_of(f, text) == "Lanyue", text


def test_a_clause_before_the_llm_head_is_no_brand():
    # 统计到大模型 / 顾及到大模型: a verb and its complement 到 before 大模型, no model named Gongtongjidao
    f = _f("本月，共统计到大模型中标金额合计9.6亿元，环比增长12%。\n示例。顾及到大模型推理需求年增速将超过80%。")
    assert entity_of(f, "9.6亿元") == "large models"
    assert entity_of(f, "超过80%") == "large models"


def test_lenovos_bare_short_name_is_lenovo_but_not_the_verb():
    # 联想 alone (a table row, a sentence's subject) is Lenovo; 联想到 (to be reminded of) is no name
    f = _f("表1　2025Q3全球PC出货量（单位：百万台）\n厂商　　　　出货量　　　市场份额\n"
           "联想　　　　18.1　　　　24.5%\n惠普　　　　14.0　　　　18.8%\n"
           "联想本季度PC出货量同比增长12%。")
    assert entity_of(f, "18.1") == "Lenovo"
    assert entity_of(f, "12%") == "Lenovo"
    from aigc_analysis.extract.lexicon import get_matcher
    assert not get_matcher().find("这让人联想到当年的换机潮")


def test_a_count_of_a_fields_firms_is_the_places_companies():
    # 我国/全国人工智能企业数量: the country's AI companies are counted, not an industry or no one
    f = _f("（二）全国人工智能企业数量超过3200家，同比增长10%。")
    assert entity_of(f, "超过3200") == "China AI companies"
    assert entity_of(f, "10%") == "China AI companies"
    from aigc_analysis.extract.names import market_phrases
    assert [n.name for n in market_phrases("截至2024年底，我国人工智能企业数量超过3,100家。")] == ["China AI companies"]
    # 企业 before another known word modifies it: still the enterprise AI customer service market
    assert [n.name for n in market_phrases("2026年中国企业级AI客服市场规模约120亿元")] == \
        ["China enterprise AI customer service market"]


def test_data_centres_as_a_whole_are_spelt_like_their_kinds_but_a_segment_keeps_its_name():
    # 全国数据中心平均PUE: China data centres (as 液冷数据中心 is Liquid-cooled data centres);
    # 其中数据中心业务收入: the firm's segment, named as the firm writes it (Data Center)
    f = _f("《行动计划》要求到2026年底，全国数据中心平均PUE降至1.4以下。")
    assert entity_of(f, "1.4以下") == "China data centres"
    f = _f("澜岳科技第三季度收入合计80亿美元，其中数据中心业务收入62亿美元，同比增长55%。")
    assert entity_of(f, "62亿美元") == "Lanyue Data Center"


def test_apps_of_a_field_counted_together_are_the_places_apps():
    # 国内原生AI App总月活: the country's native AI apps, not no one
    f = _f("【概览】6月国内原生AI App总月活约3.6亿，环比增长2.1%。")
    assert entity_of(f, "约3.6亿") == "China native AI apps"
    assert entity_of(f, "2.1%") == "China native AI apps"


def test_the_rack_compared_with_owns_its_power():
    # 通用服务器机柜（约5-7kW）, 通用机柜5-7kW: the racks' own power, not the servers' or the product's
    f = _f("• 单柜功率跃升。GB300 NVL72整柜功耗约90kW，是传统通用服务器机柜（约5-7kW）的13倍以上。")
    assert entity_of(f, "约5-7kW") == "General-purpose server racks"
    f = _f("单个GB300 NVL72机柜功率约95kW，是传统通用机柜5-7kW的十几倍。")
    assert entity_of(f, "5-7kW") == "General-purpose server racks"


def test_the_multiple_of_a_figured_base_is_the_subjects():
    # 是传统通用机柜5-7kW的十几倍: the racks (with their own figure) are the base; the multiple is
    # the product's, named before the copula
    f = _f("• 单柜功率跃升。GB300 NVL72整柜功耗约90kW，是传统通用服务器机柜（约5-7kW）的13倍以上。")
    assert entity_of(f, "13倍以上").startswith("GB300")
    f = _f("单个GB300 NVL72机柜功率约95kW，是传统通用机柜5-7kW的十几倍。")
    assert entity_of(f, "十几倍").startswith("GB300")


def test_the_rest_of_a_tables_rows_is_other():
    # 其他 / 其他中国厂商 under a share caption naming no firm: the rest of the suppliers (Other)
    f = _f("图表8：2024年全球800G光模块供应商份额（按出货量）\n澜岳科技   35%\n其他中国厂商  12%\n其他       21%\n")
    assert entity_of(f, "12%") == "Other"
    assert entity_of(f, "21%") == "Other"
    assert entity_of(f, "35%") == "Lanyue"


def test_the_other_side_of_an_agreement_after_yu_is_no_subject():
    # 澜岳科技与Talen将…供电协议扩大至1.5GW: Talen is the counterparty of the agreement
    f = _f("科技巨头纷纷锁定电源：\n- 澜岳科技与Talen将某核电站供电协议扩大至1.5GW（2025年6月）；\n")
    assert entity_of(f, "1.5GW") == "Lanyue"
