"""The document's own issuer or subject, read where it stands (fixsubj44).

A notice issued by a county's bureau (``青川县商务局``) or by a named park's or zone's management
committee (``临江化学工业园区管理委员会``) is that county's or park's: ``县`` and the kinds of
park and zone (化学工业园区, 工业园区, 开发区, 高新区) are place kinds (``plan_place``) beside 省
and 市, so the figures naming no one are the place's (``Qingchuan``), not the home country's.

A Taiwan or Hong Kong exchange notice heads itself with its filer's code before its name
(``（6829）瀚鼎電子　公告本公司…``): that name is a company and the note's company. The code
opening that line is no code of the line above it (``重大訊息`` was read as a coded firm).

A stock code followed by a short remark in its bracket (``（301689.SZ，鼎衡证券覆盖）``) still
makes the name before it a company.

Every example is invented (青湾, 澜峰, 曜岭, 沧禾 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import find_unknown_names, stock_code_before
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str, published=dt.date(2025, 3, 20)):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": published, "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _entity(df, value):
    hit = df[(df["value"] - value).abs() <= 1e-6 * abs(value)]
    assert len(hit), df[["entity", "value", "quote"]].to_string()
    return set(hit["entity"])


COUNTY = ("澜峰县商务局文件\n\n澜峰商发〔2025〕9号\n\n"
          "澜峰县商务局关于2025年消费券发放使用情况的通报\n\n"
          "今年以来，全县智能终端销售额达3.6亿元，同比增长18.5%。\n")

PARK = ("曜岭化学工业园区2024年度安全生产公报\n\n曜岭化学工业园区管理委员会\n2025年3月20日\n\n"
        "截至2024年末，入驻企业82家，全年实现工业总产值1,286亿元，同比增长7.4%。\n")


def test_a_county_bureau_issues_for_its_county():
    df = _facts(COUNTY)
    assert _entity(df, 3.6e8) == {"Lanfeng"}


def test_a_park_committee_issues_for_its_park():
    df = _facts(PARK)
    assert _entity(df, 1.286e11) == {"Yaoling"}


def test_a_committee_of_no_place_kind_stays_the_home_country():
    # near miss: a standards committee names no county or park: the country's, as before
    text = ("华川人工智能标准化技术委员会\n关于公布2025年度标准立项结果的公告\n\n"
            "全年共受理立项申请146项，同比增长12.5%。\n")
    assert "Yaoling" not in set(_facts(text)["entity"])


MOPS = ("公開資訊觀測站　重大訊息\n"
        "（6917）沧禾電子　公告本公司董事會決議分派員工酬勞，暨申報員工薪資資訊\n\n"
        "說明：\n1.員工酬勞總金額：新台幣5.84億元，佔稅前淨利12.0%。\n"
        "2.非擔任主管職務之全時員工薪資平均數為新台幣182.6萬元。\n")


def test_a_code_before_the_name_heads_the_notice_of_its_filer():
    df = _facts(MOPS)
    assert _entity(df, 5.84e8) == {"Canghe"}
    assert not any("xunxi" in e.lower() for e in df["entity"])


def test_stock_code_before_reads_only_a_code_opening_the_line():
    text = "（6917）沧禾电子　公告\n关于（2025）沧禾电子"
    assert stock_code_before(text, 0, 6)
    assert not stock_code_before(text, 12, 20)


def test_a_year_in_brackets_opening_a_line_is_no_code():
    names = find_unknown_names("简报\n（2025）年度经营情况 说明如下")
    assert "年度经营情况" not in {n.name for n in names}


def test_a_remark_after_the_code_keeps_the_name_a_company():
    names = find_unknown_names("9月16日晚，青湾动力（301689.SZ，本所覆盖）公告签订合同")
    assert ("青湾动力", "company") in {(n.name, n.type) for n in names}


def test_a_code_on_the_next_line_names_nothing_on_this_one():
    names = find_unknown_names("观测站　重大讯息\n（6917）沧禾电子　公告本公司决议")
    assert "重大讯息" not in {n.name for n in names}
    assert "沧禾电子" in {n.name for n in names}


JOURNAL = ("《澜汐数字与社会》（Lanxi Journal of Digital Society）\n"
           "2024年度编务报告\n\n"
           "本刊2024年度共收到投稿2,418篇，按年增加36%。全年出版论文214篇，整体录用率约为13%。\n")


def test_a_journal_heading_its_own_report_is_the_subject_of_its_figures():
    df = _facts(JOURNAL)
    assert _entity(df, 2418) == {"Lanxi Journal of Digital Society"}


def test_a_bracketed_english_title_without_a_self_word_names_no_subject():
    # near miss: a white paper's titles over figures on others (no 本刊)
    text = JOURNAL.replace("本刊", "全国期刊")
    assert "Lanxi Journal of Digital Society" not in set(_facts(text)["entity"])


def test_central_soes_are_a_group_whose_figures_a_policy_note_sums():
    text = ("【行业深度】国企数字化专项跟踪\n\n"
            "据我们统计，今年上半年央企AI相关投资约540亿元，同比增长38%。\n")
    assert _entity(_facts(text, dt.date(2025, 8, 28)), 5.4e10) == {"China central SOEs"}
