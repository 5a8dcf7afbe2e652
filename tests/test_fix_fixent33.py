"""Entity fixes of fixent33, each on an invented report.

- A cloud unit that announces investment programmes in its own name (AWS) keeps its capex: its
  pledge is not its maker's (facts_words ``capital_spending_product``).
- Google's capital spending and market value are Alphabet's, the listed group that reports them
  (facts_words ``listed_parent`` / ``listed_group_metric``); its deals and country pledges stay
  Google's."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 11, 10)


def _entity(text: str, carried: str) -> str:
    rows = facts_of(text, PUBLISHED)
    hit = rows[rows["text"].str.contains(carried, regex=False)]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "period", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_aws_country_pledge_is_aws_capex():
    text = "AWS计划到2030年在阿根廷投资80亿美元，用于扩建布宜诺斯艾利斯区域。"
    assert _entity(text, "80亿美元") == "AWS"


def test_aws_bracketed_pledge_is_aws_capex():
    text = "资本开支层面，亚马逊云科技（AWS）承诺到2029年在泰国追加投资90亿美元。"
    assert _entity(text, "90亿美元") == "AWS"


def test_product_capex_still_its_makers():
    # a product that is no capital-spending unit still hands its capex to its maker
    text = "Azure计划到2030年在阿根廷投资70亿美元，用于建设数据中心。"
    assert _entity(text, "70亿美元") == "Microsoft"


def test_google_capex_is_alphabets():
    text = "谷歌2024年资本开支为471亿美元。"
    assert _entity(text, "471亿美元") == "Alphabet"


def test_google_market_cap_is_alphabets():
    text = "受新模型发布带动，谷歌市值逼近3.6万亿美元。"
    assert _entity(text, "3.6万亿美元") == "Alphabet"


def test_google_country_pledge_stays_google():
    text = "谷歌在圣地亚哥的第三座数据中心投资3亿美元。"
    assert _entity(text, "3亿美元") == "Google"


def test_market_words_use_the_gold_nouns():
    # 数据标注 is data annotation and 游戏 the game industry (market_words.csv), as the gold sets name them
    assert _entity("2024年我国数据标注市场规模约61亿元。", "约61亿元") == "China data annotation market"
    assert _entity("2024年中国游戏市场规模约3257亿元。", "约3257亿元") == "China game market"
