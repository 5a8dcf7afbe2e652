"""免费 is a price change only where it is the predicate that makes a service free (fixprec21):
glued to a noun or act after it (免费层, 免费模型, 可免费转载) or joined to a noun by 的 it names
a free kind of offer or a permission, no price change. Every example is invented (澄星, the
Zeta models and 青禾研究院 exist in no report)."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from aigc_analysis.extract.facts import _dedup
from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 20)


def _free_rows(text):
    f = facts_of(text, DAY)
    return list(f[f["text"] == "免费"]["entity"])


@pytest.mark.parametrize("text", [
    "- 批量模式打七折；澄星控制台免费层每天50次请求。",
    "注：Zeta-Pro输入价格调价后为0.004元/千tokens；免费模型未列入。",
    "© 青禾研究院。本报告可免费转载，请注明出处。",
    "四、海外：付费为主；国内：免费为主，企业订阅刚起步",
    "截至本月，至少有9家厂商提供了免费的轻量模型API。",
])
def test_free_naming_a_kind_of_offer_is_no_price_change(text):
    assert _free_rows(text) == []


def test_free_of_the_same_sentence_as_a_predicate_stays_once():
    # the announcement is the claim; 首个免费的…模型 only names what it has become
    assert _free_rows("10月8日，澄星宣布Zeta-Lite免费开放，成为首个免费的Zeta系列模型。") == ["Zeta-Lite"]


@pytest.mark.parametrize("text", [
    "澄星宣布Zeta-Lite的API调用改为免费的。",
    "澄星宣布Zeta-Lite全面免费，即刻生效。",
])
def test_free_as_the_predicate_is_still_a_price_change(text):
    assert _free_rows(text) == ["Zeta-Lite"]


# ---- an unnamed first mention takes the name of its repeat, however short the name ----------
def _row(entity, start, org=""):
    return {"theme": "pricing", "entity": entity, "metric": "price_change", "value": -1.0,
            "value_high": math.nan, "unit": "ratio", "period": "", "text": "免费", "start": start,
            "quote": "", "_entity_org": org, "_entity_type": "model" if org else "concept"}


def test_a_short_name_after_an_unnamed_mention_is_taken_not_swallowed():
    # "unspecified" is as long as Zeta-Lite: no measure of which name is the more precise
    rows = _dedup([_row("unspecified", 10), _row("Zeta-Lite", 80, "Chengxing"), _row("Zeta-Air", 120, "Chengxing")])
    assert [(r["entity"], r["start"]) for r in rows] == [("Zeta-Lite", 10), ("Zeta-Air", 120)]


def test_models_made_free_after_a_vague_summary_are_rows_of_their_own():
    text = ("5月，主流厂商的入门模型价格被砍到零头，部分模型直接免费。\n"
            "5月21日，澄星宣布Zeta-Lite全面免费，即刻生效。\n"
            "5月22日，青岚宣布Zeta-Air模型永久免费。\n")
    assert set(_free_rows(text)) == {"Zeta-Lite", "Zeta-Air"}


# ---- a news-flash item's 【】 headline restates its body, as a document's title does ----------
_DIGEST = ("星衡快讯　2026年3月5日\n\n"
           "09:30【开盘】沪指高开，岚峰科技涨1.2%。\n\n"
           "14:20【岚峰科技跌超4%】岚峰科技（688901）盘中跌4.6%，成交额35亿元。\n\n"
           "15:00【收评：澄星电子涨近3%】澄星电子收涨2.87%，成交额12亿元。\n")


def test_a_flash_headline_rounding_its_body_is_one_claim_the_body_stays():
    f = facts_of(_DIGEST, dt.date(2026, 3, 5))
    texts = set(f["text"])
    assert "跌4.6%" in texts and "2.87%" in texts
    assert not texts & {"跌超4%", "近3%"}, f[["text", "entity", "metric"]]


def test_a_flash_headline_no_body_row_rounds_to_stays():
    text = _DIGEST + "\n16:10【某指数涨逾5%】收盘后资金继续流入。\n"
    f = facts_of(text, dt.date(2026, 3, 5))
    assert "涨逾5%" in set(f["text"]) or "逾5%" in set(f["text"]), f[["text", "entity", "metric"]]
