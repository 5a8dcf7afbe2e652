"""A share of a counted population (visits, requests, complaints, applications, submissions,
graduates, participating firms, patients) measures how a service, a channel or a tool is used:
adoption (SCHEMA: users, traffic, call volumes), as gold labels it across institutional genres.
A share of money, sales or shipments stays market. Every example is invented (Acme, Bcorp and
every figure exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 9, 20), "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _theme_of(df, value):
    rows = df[(df["value"] - value).abs() <= 1e-6 * abs(value)]
    assert len(rows) >= 1, df[["theme", "metric", "value", "text"]]
    return rows.iloc[0].theme


def test_share_of_site_visits_is_adoption():
    df = _facts("Acme新闻网7月访问量约420万次，其中来自AI助手的访问占网站总访问量的比重为3.7%。")
    assert _theme_of(df, 0.037) == "adoption"


def test_share_of_requests_is_adoption():
    df = _facts("Bcorp官网7月共收到请求2.6亿次，其中AI爬虫请求约占全部请求的比例为14.6%。")
    assert _theme_of(df, 0.146) == "adoption"


def test_share_of_complaints_in_traditional_script_is_adoption():
    df = _facts("本會上季共受理人工智能相關投訴1,230宗，其中智能音箱投訴佔比為27.4%。")
    assert _theme_of(df, 0.274) == "adoption"


def test_share_of_submissions_is_adoption():
    df = _facts("某期刊全年收到投稿2,150篇，其中以智能体为主题的稿件占比为21%。")
    assert _theme_of(df, 0.21) == "adoption"


def test_share_of_graduates_is_adoption():
    df = _facts("Acme学院2025届毕业生共640人，进入人工智能企业的毕业生占比为38%。")
    assert _theme_of(df, 0.38) == "adoption"


def test_share_of_sales_stays_market():
    df = _facts("Acme本季AI音箱销量约120万台，其中线上渠道销量占比为63%。")
    assert _theme_of(df, 0.63) == "market"


def test_market_share_stays_market_even_with_visits_named():
    df = _facts("按访问量计，Bcorp在国内AI搜索市场的份额为41%。")
    assert _theme_of(df, 0.41) == "market"


def test_share_of_readers_is_adoption():
    df = _facts("Acme晚报线上版共有注册读者86万人，其中通过AI摘要阅读全文的读者占比为57%。")
    assert _theme_of(df, 0.57) == "adoption"


def test_share_of_members_in_a_sales_clause_is_no_adoption():
    # a share of money (a share of sales) keeps the theme money gives it, not adoption
    df = _facts("Bcorp本季会员销售额中，年付会员占比为44%。")
    assert _theme_of(df, 0.44) != "adoption"
