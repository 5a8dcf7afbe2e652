"""Entity class of round 43, on invented texts and rows of invented firms: a firm's figure
(revenue, margin, profit, spending, stake) whose nearest name is a topic (a concept such as AI
servers, a place) or, for earnings, a trading venue (STAR Market) is the figure of the firm the
document is about, when one firm names at least half of the document's named rows; a digest of
several firms, none of them leading so, keeps what each sentence named."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import UNSPECIFIED, _principal_firm, _principal_firm_owns_topics
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 3, 20)

AUDIT = ("审计报告\n\n关键审计事项：收入确认\n\n"
         "如财务报表附注所述，澄岳科技2025年度营业收入为128.4亿元，较上年增长35.2%，其中AI服务器收入为76.5亿元，"
         "占营业收入的60%。本年AI服务器出货量约2.1万台，同比增长80%；受AI服务器占比提升影响，综合毛利率由上年的"
         "12.5%降至9.6%，归属于母公司股东的净利润为6.8亿元，同比增长18.7%。\n\n"
         "澄岳科技前五名客户销售额合计88.2亿元，占营业收入的68.7%。\n")


def test_margin_and_profit_after_a_topic_clause_are_the_audited_firms():
    """受AI服务器占比提升影响，综合毛利率…净利润: the topic of the cause clause owns no margin or profit."""
    df = facts_of_text(AUDIT, PUB)
    assert entity_of(df, "9.6%") == "Chengyue"
    assert entity_of(df, "6.8亿元") == "Chengyue"
    assert entity_of(df, "18.7%") == "Chengyue"


def test_segment_revenue_and_unit_counts_keep_their_names():
    """AI服务器收入 stays the firm's segment; the servers shipped (market) stay the servers'."""
    df = facts_of_text(AUDIT, PUB)
    assert entity_of(df, "76.5亿元") == "Chengyue AI servers"
    assert entity_of(df, "约2.1万") == "AI servers"


def _row(entity: str, kind: str, theme: str = "earnings", org: str = "", in_table: bool = False) -> dict:
    return {"entity": entity, "_entity_type": kind, "_entity_org": org, "theme": theme, "_in_table": in_table}


def test_principal_firm_counts_its_segments_and_needs_half_the_rows():
    rows = [_row("Lanxi", "company"), _row("Lanxi", "company"), _row("Lanxi Cloud", "product", org="Lanxi"),
            _row("Tinglan", "company"), _row("data centres", "concept"), _row("data centres", "concept"),
            _row(UNSPECIFIED, ""), _row("STAR Market", "market")]
    assert _principal_firm(rows) == "Lanxi"  # 3 of 6: unnamed rows and venues count for none
    digest = rows + [_row("Tinglan", "company"), _row("Tinglan", "company"), _row("Qinghe", "company")]
    assert _principal_firm(digest) is None  # 3 of 9: a digest of several firms has no principal


def test_a_makers_products_make_it_no_principal_firm():
    """H20 and H100 in an industry note are products of their maker, which is no subject of the note."""
    rows = [_row("H20", "product", org="Nvidia"), _row("H100", "product", org="Nvidia"),
            _row("H200", "product", org="Nvidia"), _row("AI industry", "concept", theme="capex")]
    assert _principal_firm(rows) is None


def test_topic_rows_of_firm_themes_go_to_the_principal_firm_only():
    rows = [_row("Lanxi", "company") for _ in range(6)] + [
        _row("data centres", "concept"),                       # earnings: the firm's
        _row("China", "concept", theme="capex"),                # capex: the firm's
        _row("AI servers", "concept", theme="market"),          # a market figure: the topic's
        _row("STAR Market", "market"),                          # a venue earns nothing: the firm's
        _row("STAR Market", "market", theme="valuation"),       # a board's move: the board's
        _row("AI servers", "concept", in_table=True)]           # a table row's label: the row's
    _principal_firm_owns_topics(rows)
    assert [r["entity"] for r in rows[6:]] == ["Lanxi", "Lanxi", "AI servers", "Lanxi", "STAR Market", "AI servers"]


def test_digest_of_several_firms_keeps_its_topics():
    rows = [_row("Lanxi", "company"), _row("Lanxi", "company"), _row("Tinglan", "company"),
            _row("Tinglan", "company"), _row("data centres", "concept")]
    _principal_firm_owns_topics(rows)
    assert rows[-1]["entity"] == "data centres"
