"""An institution's letterhead: a society's, a museum's or a university's name alone on a
document's first line, which no firm's shape finds (no 科技, no 有限公司), heads the body's own
report, so figures naming no one are the institution's, under its English name. Invented texts
and made-up names; near-misses (a title, a newspaper's page head) name no letterhead."""
import datetime as dt

import pytest

from aigc_analysis.extract.names import institution_letterhead
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 20)

BODY = ("2025年度工作报告\n发布日期：2026年4月20日\n\n"
        "一、年度概览\n2025年，本会全年许可收入为3.42亿元，同比增长12.7%。\n")


def test_an_institution_name_alone_is_a_letterhead():
    assert institution_letterhead("岚溪协会") == "Lanxi Association"
    assert institution_letterhead("澄湖当代美术馆") == "Chenghu Contemporary Art Museum"
    assert institution_letterhead("青屿剧院有限公司") == "Qingyu Theatre"


@pytest.mark.parametrize("line", [
    "协会",                          # a type word alone names no one
    "岚溪日报　经济版　第5版",         # a newspaper's page head: the paper reports on others
    "岚溪大学新闻",                   # the name ends in no type word nor a unit of one
    "关于岚溪美术馆2025年观众调查的报告说明与分析",  # a title, too long for a name
])
def test_near_misses_are_no_letterhead(line):
    assert institution_letterhead(line) is None


@pytest.mark.parametrize("text", ["3.42亿元", "12.7%"])
def test_letterhead_institution_owns_its_figures(text):
    df = facts_of_text("澄湖当代美术馆\n" + BODY, PUB)
    assert row_of(df, text)["entity"] == "Chenghu Contemporary Art Museum", text


def test_a_title_line_is_not_a_letterhead():
    df = facts_of_text("走进澄湖当代美术馆的人工智能导览\n" + BODY, PUB)
    assert row_of(df, "3.42亿元")["entity"] != "Chenghu Contemporary Art Museum"


def test_a_unit_letterhead_is_named_by_its_institution():
    # a school or a news site of a university heads its own report: the university is named
    assert institution_letterhead("岚溪理工大学人工智能学院") == "Lanxi University of Technology"
    assert institution_letterhead("澄湖大学新闻网") == "Chenghu University"
    # a bulletin's name after the body's (a research brief) is no letterhead: it reports on others
    assert institution_letterhead("澄湖大学人工智能研究院 科研简报") is None


def test_unit_letterhead_institution_owns_its_figures():
    text = ("岚溪理工大学人工智能学院\n2025届毕业生就业质量报告\n\n"
            "学院2025届毕业生共640人，较上届增加58人，就业率为96.4%。\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "96.4%")["entity"] == "Lanxi University of Technology"
