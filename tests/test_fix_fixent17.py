"""Entities: which subject a figure is given (fixent17).

Every example is invented: the brokers and firms exist in no report, and the listed firms carry
stock codes no real firm holds.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 9, 10)


def _facts(text: str, publisher: str = "Test Broker"):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": publisher, "boilerplate": []}
    return facts_frame(extract_document(doc))


def _entity_of(text: str, cell: str) -> str:
    f = _facts(text)
    rows = f[f["text"] == cell]
    assert len(rows) == 1, f[["entity", "metric", "text"]].to_string()
    return rows["entity"].iloc[0]


# -- a company pronoun in a note on several firms is its section's firm (U05 SaaS sector note, V01
# two-company results note) -------------------------------------------------------------------

SECTIONS = ("某某证券 2025年9月10日\n全球软件与算力公司季度跟踪\n\n本报告跟踪两家公司的季度经营情况。\n\n"
            "一、岚渡科技（688000.SH）：投资收益撑起利润\n"
            "上半年岚渡科技对曜芯半导体（300999.SZ）的累计出资为34亿元，持股比例约12%。\n\n"
            "资产负债方面，公司9月末资产负债率为41.6%。\n\n"
            "二、曜芯半导体（300999.SZ）：AI芯片放量\n"
            "FY2026Q2（截至2025年7月31日）公司收入12.4亿元，同比增长37%。\n")


def test_company_pronoun_is_the_section_headings_firm_not_the_investee_named_before():
    assert _entity_of(SECTIONS, "41.6%") == "Landu"


def test_company_pronoun_after_a_leading_time_is_the_section_headings_firm():
    assert _entity_of(SECTIONS, "12.4亿元") == "Yaoxin"


def test_a_firm_named_in_the_pronouns_own_sentence_still_wins():
    text = SECTIONS.replace("资产负债方面，公司9月末", "曜芯半导体披露三季报，公司9月末")
    assert _entity_of(text, "41.6%") == "Yaoxin"


# -- a segment table's Chinese row labels in a company note are the company's (U01 A-share interim
# digest, caption 分产品收入; U02 Big5 Hong Kong quarter note, corner 分部) ----------------------

SEGMENTS = ("某某证券 2025年8月28日\n岚渡科技（688000.SH）\n岚渡科技2025年半年报点评\n\n"
            "公司上半年实现营业收入12.36亿元，同比增长41.20%。\n\n"
            "表1：2025年上半年分产品收入（单位：亿元）\n"
            "产品线                    营业收入      同比\n"
            "训练卡产品线              9.87          52.31%\n"
            "边缘模组                  2.49          11.02%\n"
            "合计                      12.36         41.20%\n"
            "资料来源：公司公告\n")


def test_a_segment_rows_figures_are_the_note_companys():
    assert _entity_of(SEGMENTS, "9.87") == "Landu"
    assert _entity_of(SEGMENTS, "2.49") == "Landu"


def test_a_segment_tables_total_row_is_the_companys_repeat_of_the_prose():
    f = _facts(SEGMENTS)
    assert "合计" not in set(f["entity"])
    assert len(f[(f["metric"] == "revenue") & (f["value"] == 1.236e9)]) == 1


def test_a_corner_naming_segments_without_a_breakdown_caption():
    text = (SEGMENTS.replace("表1：2025年上半年分产品收入（单位：亿元）", "表1：收入（单位：亿元）")
            .replace("产品线                    营业收入", "分部                      营业收入"))
    assert _entity_of(text, "9.87") == "Landu"


# -- semiconductor equipment is its own subject, not semiconductors (S01 equipment preview, S09
# customs note) -----------------------------------------------------------------------------------

def test_semiconductor_equipment_sales_are_the_equipments():
    text = ("某某证券 2025年9月10日\n半导体设备行业跟踪\n\n"
            "行业机构数据显示，2025年第二季度全球半导体设备销售额为281.4亿美元，同比增长17%。\n")
    assert _entity_of(text, "281.4亿美元") == "semiconductor equipment"


def test_semiconductor_manufacturing_equipment_imports_are_the_equipments():
    text = ("某某证券 2025年11月20日\n海关数据点评\n\n"
            "10月半导体制造设备（HS 8486）进口金额31.7亿美元，同比下降12.6%。\n")
    assert _entity_of(text, "31.7亿美元") == "semiconductor manufacturing equipment"


# -- a target a national plan sets is China's (S04 sector outlook, V09 policy statistics, U09
# white paper) -----------------------------------------------------------------------------------

PLAN = ("某某证券 2025年10月12日\n算力产业跟踪\n\n"
        "政策层面，《新型算力网络建设三年行动计划》提出2027年算力规模超过450 EFLOPS、智能算力占比达到42%的目标；"
        "我们预计2030年国产AI芯片在国内新增采购中的占比超过六成。\n\n"
        "国务院《关于加快智能终端普及的意见》提出：\n"
        "· 到2028年，新一代智能终端普及率超过65%；\n"
        "· 到2031年，上述普及率超过85%。\n")


def test_a_national_plans_targets_are_chinas():
    assert _entity_of(PLAN, "超过450 EFLOPS") == "China"
    assert _entity_of(PLAN, "42%") == "China"


def test_the_items_a_plans_line_leads_in_are_chinas():
    assert _entity_of(PLAN, "超过65%") == "China"
    assert _entity_of(PLAN, "超过85%") == "China"


def test_the_analysts_own_forecast_after_the_plan_is_not_chinas():
    assert _entity_of(PLAN, "超过六成") != "China"


def test_a_provinces_plan_is_not_a_national_one():
    text = PLAN.replace("《新型算力网络建设三年行动计划》", "《岳川省新型算力网络建设三年行动计划》")
    assert _entity_of(text, "超过450 EFLOPS") != "China"


# -- a name inside a bracket closed before the number glosses the subject (T04 wearables tracker,
# U03 packaging tracker) ------------------------------------------------------------------------

def test_a_name_in_a_gloss_bracket_is_not_the_subject():
    text = ("某某证券 2025年9月18日\n智能穿戴月度跟踪\n\n"
            "● 全球AI眼镜（支持大模型语音助手）2025Q2出货约310万副，同比增长92%。\n"
            "- 客户结构：岚渡科技（含曜芯半导体订单）占比约17%。\n")
    assert _entity_of(text, "约310万") == "AI glasses"
    assert _entity_of(text, "约17%") != "Yaoxin"


# -- lexicon rows for names that were spelt in pinyin (V07 operators' clouds, U06 learning devices) --

def test_operator_cloud_and_device_brand_aliases():
    text = ("某某证券 2025年4月2日\n运营商云业务跟踪\n\n"
            "联通云2024年收入701亿元，同比增长18.3%。希沃学习机GMV同比增长7.2%。\n")
    assert _entity_of(text, "701亿元") == "China Unicom Cloud"
    assert _entity_of(text, "7.2%") == "Seewo"


# -- a name after the share verb is the whole the share is of (S02 expert call, S09 customs note) --

def test_a_name_after_the_share_verb_is_the_whole_not_the_subject():
    text = ("某某证券 2025年9月18日\n专家纪要\n\n"
            "A：客户结构上，岚渡科技是最大买家，占今年GB200整柜订单的38%左右。\n")
    assert _entity_of(text, "38%左右") == "Landu"


# -- a line headed by a name and a colon: its figures are the head's, not a counterparty's carried
# from an earlier sentence of the line (U04 valuation comps) nor the head's maker (V03 app tracker) --

def test_a_counterparty_of_an_earlier_sentence_of_the_line_is_not_the_subject():
    text = ("某某证券 2025年12月5日\nAI核心资产估值比较\n\n曜芯半导体：数据中心收入同比增长56%，估值处于区间上沿。\n\n"
            "岚渡科技：与OpenAI签署4GW的算力供应协议，并授予OpenAI最多1.2亿股认股权证。"
            "市场对新品放量预期较高，2026E PE较2025E下降约31%。\n")
    assert _entity_of(text, "下降约31%") == "Landu"


def test_the_maker_named_in_a_products_line_is_not_the_subject_of_its_price():
    text = ("某某证券 2025年12月5日\nAI视频应用跟踪\n\n"
            "· Sora：OpenAI对超额生成开始收费，5美元可购买10次额外生成。\n")
    assert _entity_of(text, "5美元") == "Sora"


def test_a_technologys_figures_stay_its_makers_under_a_technology_head():
    text = ("某某证券 2025年10月20日\n先进封装产能跟踪\n\n"
            "- CoWoS：我们维持台积电CoWoS年底产能约82k wpm的判断。\n")
    assert _entity_of(text, "约82k") == "TSMC"
