"""Round 46, entity accuracy: a public body whose name ends in 考试院 or 支队, or whose bulletin
names it on a compiler line (…局办公室编), issues the document, so a figure naming no one is its
place's; a vocational school's letterhead names the school its own report is about. Invented
texts and names throughout."""
from __future__ import annotations

from aigc_analysis.extract.facts import _issuing_body
from aigc_analysis.extract.names import institution_letterhead
from tests.text_facts import facts_of


def _entity_of(text: str, quote: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["text"].str.startswith(quote)]
    assert len(hit) == 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_exam_authority_and_police_brigade_are_issuing_bodies():
    assert _issuing_body("澄屿省教育考试院") == "澄屿省教育考试院"
    assert _issuing_body("岚港市公安局交通警察支队") == "岚港市公安局交通警察支队"


def test_compiler_line_names_the_issuing_body():
    assert _issuing_body("岚港市民政局办公室编") == "岚港市民政局办公室"


def test_issuing_body_near_misses():
    # a firm's department compiling a note stays no government body; a title is none either
    assert _issuing_body("宝岚投顾研究部编") is None
    assert _issuing_body("行政处罚决定书") is None
    assert _issuing_body("岚港市民政局办公室主任") is None


def test_exam_authority_release_names_its_province():
    text = ("澄屿省教育考试院\n2025年高考工作情况通报\n（2025年6月20日）\n\n"
            "一、报名情况\n2025年全省高考报名人数为76.4万人，比去年增加1.2万人。\n")
    assert _entity_of(text, "1.2万") == "Chengyu"


def test_police_brigade_report_names_its_city():
    text = ("岚港市公安局交通警察支队\n2025年一季度道路交通运行情况报告\n（2025年4月8日）\n\n"
            "一季度，全市机动车保有量达到215.3万辆。\n")
    assert _entity_of(text, "215.3万") == "Langang"


def test_bulletin_compiled_by_a_bureau_names_its_city():
    text = ("民政工作简报\n2025年第9期\n岚港市民政局办公室编　　2025年10月8日\n\n"
            "截至9月底，全市共配备专职网格员4,512名。\n")
    assert _entity_of(text, "4,512") == "Langang"


def test_vocational_school_letterhead():
    assert institution_letterhead("岚屿职业技能培训学校") == "Lanyu Vocational Training School"
    assert institution_letterhead("澄港职业学校") == "Chenggang Vocational School"
    # a bare type word, or a title after the name, is no letterhead
    assert institution_letterhead("培训学校") is None
    assert institution_letterhead("岚屿职业技能培训学校招生简章") is None


def test_vocational_school_report_is_about_the_school():
    text = ("岚屿职业技能培训学校\n2025年度招生与就业质量报告\n\n"
            "一、办学概况\n在校生4,218人，专任教师173人。\n")
    assert _entity_of(text, "4,218") == "Lanyu Vocational Training School"


def test_title_without_a_letterhead_names_no_school():
    # the same report under a title alone: no letterhead, so nothing names the figure
    text = "2025年度招生与就业质量报告\n\n在校生4,218人，专任教师173人。\n"
    assert _entity_of(text, "4,218") == "unspecified"
