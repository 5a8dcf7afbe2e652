"""Signs of falls: comparatives across a thousands separator, and shrink/loss verbs.

Invented sentences only.
"""
from aigc_analysis.extract.quantities import find_quantities


def _values(text: str) -> dict[str, float]:
    return {q.text: float(q.value) for q in find_quantities(text)}


def test_comparative_after_price_with_thousands_comma_is_a_fall():
    # 比 ... 2,480元 ... 低了: the comma inside 2,480 ends no clause
    vals = _values("这款耳机现价比上市时的 2,480元 已经低了 22%，性价比突出")
    assert vals.get("低了 22%") == -0.22


def test_clause_comma_still_ends_comparison():
    # a real clause comma before the comparative leaves a bare 低 without direction
    vals = _values("比起去年，今年的门槛低了 12%")
    assert -0.12 not in vals.values()


def test_shrink_word_makes_a_fall():
    vals = _values("明年算力缺口有望缩小约三成")
    assert vals.get("缩小约三成") == -0.3


def test_traditional_shrink_word_makes_a_fall():
    vals = _values("兩岸價差預計縮小15%")
    assert vals.get("縮小15%") == -0.15


def test_churn_word_makes_a_fall():
    vals = _values("改版后平台流失了约四成付费会员")
    assert vals.get("流失了约四成") == -0.4


def test_shrink_to_a_level_stays_positive():
    vals = _values("两地价差缩小到8%")
    assert 0.08 in vals.values()
