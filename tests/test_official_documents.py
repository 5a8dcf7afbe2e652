"""Official documents (公文): document-number line, two-line 关于印发 title, issuer and closing
date; a place's plan issued that way makes the place the subject of its figures, and 全省/全市
inside it mean that place. All texts invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.metadata import infer_metadata, is_document_number
from aigc_analysis.load.normalise import to_simplified

from helpers_text import entity_of, facts_of_text, row_of

PUB = dt.date(2026, 2, 3)


def official(number: str, issuer: str, plan: str, body: str, closing: str = "2026年2月3日") -> str:
    return (f"{number}\n\n{issuer}关于印发\n《{plan}》的通知\n\n各市、州人民政府，省政府各部门：\n"
            f"《{plan}》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n\n{body}\n\n"
            f"{issuer}\n{closing}\n（此件公开发布）\n")


def facts_of_document(text: str):
    """The facts of ``text`` with the title, publisher and date the loader infers."""
    meta = infer_metadata(text)
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": meta["published"], "publisher": meta["publisher"], "title": meta["title"],
           "boilerplate": []}
    return facts_frame(extract_document(doc))


DOC = official("岳府办发〔2026〕7号", "岳川省人民政府办公厅", "岳川省智能算力产业发展行动计划（2026—2028年）",
               "到2028年，全省智能算力规模达到50 EFLOPS；设立规模80亿元的算力产业基金。全省数据中心机架总数达到30万架。")


# --- 1: metadata ---------------------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("岳府办发〔2026〕7号", True), ("澜政发[2025]12号", True), ("江州市人民政府令第3号", True),
    ("岳川发改高技〔2026〕105号", True), ("岳川省智能算力产业发展行动计划", False), ("2026年第3号周报点评", False),
])
def test_document_number(line, expected):
    assert is_document_number(line) is expected


def test_official_title_publisher_and_date():
    meta = infer_metadata(DOC)
    assert meta["title"] == "岳川省人民政府办公厅关于印发《岳川省智能算力产业发展行动计划（2026—2028年）》的通知"
    assert meta["publisher"] == "岳川省人民政府办公厅"
    assert meta["published"] == dt.date(2026, 2, 3)


@pytest.mark.parametrize("head, title", [
    # the closing word of the second line tells as well as the leading word of the first
    ("澜政发[2025]12号\n\n澜川自治区人民政府\n关于加快算力产业发展的实施意见\n\n正文。",
     "澜川自治区人民政府关于加快算力产业发展的实施意见"),
    ("江州市人民政府令第3号\n\n江州市经济和信息化局关于转发\n《江州市算力券管理办法》的通知\n\n正文。",
     "江州市经济和信息化局关于转发《江州市算力券管理办法》的通知"),
])
def test_official_title_variants(head, title):
    assert infer_metadata(head)["title"] == title


def test_official_title_near_misses():
    # a headline is not joined with the line after it without a leading or closing word
    meta = infer_metadata("AIGC行业投资机会梳理\n大模型商业化提速\n\n正文。")
    assert meta["title"] == "AIGC行业投资机会梳理"
    # a broker's closing lines name no issuer; a firm that is named keeps the note
    text = "# 算力行业点评\n行业规模持续增长。\n\n岳川科技有限公司\n2026年2月3日\n"
    assert infer_metadata(text)["publisher"] != "岳川科技有限公司"


# --- 2: a plan issued as an official document ----------------------------------------------------
def test_official_plan_figures_are_the_province():
    f = facts_of_document(DOC)
    capacity = row_of(f, "50 EFLOPS")
    # the place's own figure named for what it measures (the gold's ``<place> <subject>``)
    assert (capacity["entity"], capacity["period"]) == ("Yuechuan intelligent computing capacity", "2028")
    fund = row_of(f, "80亿元")
    assert (fund["entity"], fund["theme"], fund["metric"]) == ("Yuechuan Province", "capex", "fund_size")
    assert fund["period"] in ("2028", "2026/2028")
    racks = row_of(f, "30万")
    assert (racks["entity"], racks["period"]) == ("Yuechuan data centres", "2026/2028")


@pytest.mark.parametrize("number, issuer, plan, place, period", [
    ("岳府办发〔2026〕7号", "岳川省人民政府办公厅", "岳川省智能算力产业发展行动计划（2026–2028年）",
     "Yuechuan Province", "2026/2028"),
    ("澜政办发[2025]9号", "澜川自治区人民政府办公厅", "澜川自治区算力基础设施实施方案（2025-2027年）",
     "Lanchuan Autonomous Region", "2025/2027"),
    # an issuer not opening with a place: the plan's own name in 《》 tells
    ("岳发改高技〔2026〕105号", "省发展改革委", "江州市算力产业发展行动方案（2026—2028年）",
     "Jiangzhou City", "2026/2028"),
])
def test_official_plan_variants(number, issuer, plan, place, period):
    text = official(number, issuer, plan, "设立总规模50亿元的人工智能产业母基金。")
    row = row_of(facts_of_document(text), "50亿元")
    assert (row["theme"], row["entity"], row["period"]) == ("capex", place, period)


def test_official_plan_without_title_metadata():
    # the loader's title missing (as in facts_of_text): the block after the number line tells
    f = facts_of_text(DOC, PUB)
    assert entity_of(f, "50 EFLOPS") == "Yuechuan intelligent computing capacity"


def test_official_notice_without_plan_near_miss():
    # an official notice that issues no plan makes no place the subject
    text = ("岳府办发〔2026〕8号\n\n岳川省人民政府办公厅关于\n开展算力调查工作的通知\n\n"
            "全省智能算力规模达到50 EFLOPS。\n\n岳川省人民政府办公厅\n2026年2月3日\n")
    assert not facts_of_document(text)["entity"].str.endswith("Province").any()


# --- 3: 全省 / 全市 / 本省 inside a place's plan --------------------------------------------------
PLAN = "# 岳川省数据中心高质量发展行动计划（2026-2028年）\n一、总体目标\n"


@pytest.mark.parametrize("sentence, text, entity", [
    ("全省数据中心机架总数达到30万架。", "30万", "Yuechuan data centres"),
    ("到2027年，本省智能算力规模达到40 EFLOPS。", "40 EFLOPS", "Yuechuan intelligent computing capacity"),
    ("力争全省数据中心平均PUE降至1.25。", "1.25", "Yuechuan data centres"),
])
def test_whole_province_is_the_plan_place(sentence, text, entity):
    # the place's own figure, named for the concept it measures (the gold's ``<place> <subject>``)
    assert entity_of(facts_of_text(PLAN + sentence + "\n", PUB), text) == entity


def test_whole_city_in_city_plan():
    f = facts_of_text("# 江州市算力产业发展行动方案（2026-2028年）\n全市智能算力规模达到20 EFLOPS。\n", PUB)
    assert entity_of(f, "20 EFLOPS") == "Jiangzhou intelligent computing capacity"


def test_whole_province_near_misses():
    # a broker note without a plan title: 全省 changes nothing
    note = "# 算力行业周报\n全省数据中心机架总数达到30万架。\n"
    assert entity_of(facts_of_text(note, PUB), "30万") == entity_of(
        facts_of_text("# 算力行业周报\n数据中心机架总数达到30万架。\n", PUB), "30万")
    assert entity_of(facts_of_text(note, PUB), "30万") != "Yuechuan Province"
    # a firm named after 全省 keeps its figure
    f = facts_of_text(PLAN + "全省龙头企业岳川科技营收达到12亿元。\n", PUB)
    assert entity_of(f, "12亿元") == "Yuechuan"
    # 全市 in a province's plan is one of its cities, not the province
    f = facts_of_text(PLAN + "全市数据中心机架总数达到3万架。\n", PUB)
    assert entity_of(f, "3万") != "Yuechuan Province"
