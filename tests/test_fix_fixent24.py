"""A company's own release defines itself with no 简称 word (fixent24).

``溪岚智能控股有限公司（“溪岚智能”或“公司”，股份代号：2718）`` and the Traditional
``（「本公司」，連同其附屬公司統稱「本集團」）`` define the issuer: every figure that names no other
firm (a bullet of the results summary, ``公司预计…``) is the issuer's, by its English name, and a
figure naming another firm keeps that firm.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 8, 20)


def _by_text(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Wire", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["text"], f["entity"]))


_SIMPLIFIED = """岚栖智能公布2026年第二季度未经审计财务业绩

上海，2026年8月12日——岚栖智能控股有限公司（“岚栖智能”或“公司”，香港联交所股份代号：2718）今日公布截至2026年6月30日止三个月的未经审计财务业绩。

· 总收入为人民币735.4百万元，较去年同期增长41.2%。
· 毛利率为38.5%，去年同期为33.0%。
公司预计第三季度收入介于人民币800百万元至840百万元之间。
"""

_TRADITIONAL = """溪嵐智能公佈2026年中期業績

【新聞稿】香港，2026年8月20日——溪嵐智能控股有限公司（「溪嵐智能」或「本公司」，連同其附屬公司統稱「本集團」）今日公佈截至2026年6月30日止六個月之未經審核中期業績。

財務摘要
· 收入為人民幣9.62億元，同比增長35.8%。
· 毛利率為41.3%。
同期，行業龍頭商湯科技收入為人民幣23.1億元。
"""


def test_simplified_release_figures_are_the_issuers():
    # was: unspecified (no 以下简称 before the quoted short names)
    got = _by_text(_SIMPLIFIED)
    for text in ("人民币735.4百万元", "41.2%", "38.5%", "人民币800百万元至840百万元"):
        assert got[text] == "Lanqi", (text, got)


def test_traditional_release_figures_are_the_issuers():
    # was: SenseTime, the only firm the release names besides itself
    got = _by_text(_TRADITIONAL)
    for text in ("人民幣9.62億元", "35.8%", "41.3%"):
        assert got[text] == "Xilan", (text, got)


def test_another_firms_figure_keeps_its_firm():
    # near-miss: a figure naming another firm is not the issuer's
    assert _by_text(_TRADITIONAL)["人民幣23.1億元"] == "SenseTime"


def test_quoted_term_without_pronoun_defines_no_issuer():
    # near-miss: a quoted word in a firm's bracket that is no pronoun for it leaves the figure alone
    got = _by_text("岚栖智能控股有限公司（“十五五”重点企业）参与建设。全国智算规模达到120EFLOPS。\n")
    assert got.get("120EFLOPS") != "Lanqi", got
