"""The one token-volume parser: extraction, views and plausibility read volumes alike."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from aigc_analysis.extract.quantities import find_quantities
from aigc_analysis.extract.token_volume import (metric_token_volume, parse_token_volume, per_tokens,
                                        volume_words)


@pytest.mark.parametrize("text, tokens", [
    ("百万tokens", 1e6), ("1M tokens", 1e6), ("million tokens", 1e6), ("千 Tokens", 1e3),
    ("1k token", 1e3), ("万tokens", 1e4), ("10k tokens", 1e4), ("百tokens", 100),
    ("亿tokens", 1e8), ("tokens", 1), ("2.5k tokens", 2500),
])
def test_volume_texts_parse_to_token_counts(text, tokens):
    assert parse_token_volume(text) == tokens


@pytest.mark.parametrize("text", ["GB", "月", "百万字", "tokenizer", "", "千瓦"])
def test_other_rates_are_not_token_volumes(text):
    assert parse_token_volume(text) is None


def test_a_prefix_match_only_when_asked():
    assert parse_token_volume("1m tokens (cached)") is None
    assert parse_token_volume("1m tokens (cached)", whole=False) == 1e6


@pytest.mark.parametrize("tokens, per", [(1e6, "1m tokens"), (1e3, "1k tokens"),
                                         (1e4, "10k tokens"), (100, "100 tokens"),
                                         (1, "1 tokens"), (1e9, "1b tokens")])
def test_canonical_per_texts(tokens, per):
    assert per_tokens(tokens) == per
    assert parse_token_volume(per) == tokens  # a canonical text reads back


def test_metric_names_split_into_base_and_volume():
    assert metric_token_volume("input_price_per_1k_tokens") == ("input_price", 1e3)
    assert metric_token_volume("output_price_per_1m_tokens_cache_hit") == ("output_price", 1e6)
    assert metric_token_volume("output_price_per_1m_tokens_cache_hit", whole=True) is None
    assert metric_token_volume("price_change") is None


def test_every_word_is_lower_case_and_positive():
    words = volume_words()
    assert {"百万", "千", "m", "k"} <= set(words)
    assert all(w == w.lower() and n > 0 for w, n in words.items())


def test_extractor_writes_the_canonical_per_for_invented_prices():
    # invented prices: a slash rate and an English rate
    qs = find_quantities("输入价格为0.8元/千tokens，输出价格为$2/1M tokens")
    pers = [q.per for q in qs if q.kind in ("money", "price")]
    assert pers == ["1k tokens", "1m tokens"]


def test_views_and_plausibility_read_the_volume_the_extractor_wrote():
    from aigc_analysis.tables.plausibility import _metric_scale
    from aigc_analysis.tables.views import _token_volume

    assert _token_volume("input_price", "1k tokens") == 1e3
    assert _token_volume("input_price_per_1k_tokens", None) == 1e3
    assert math.isnan(_token_volume("input_price", pd.NA))
    key_k, factor_k = _metric_scale("input_price_per_1k_tokens")
    key_m, factor_m = _metric_scale("input_price_per_1m_tokens")
    assert key_k == key_m and factor_k == 1e3 and factor_m == 1.0


def test_a_rate_in_brackets_said_of_all_prices_before_it():
    import datetime as dt

    from text_facts import facts_of

    f = facts_of("- 星河X2 Pro：输入5毛钱、输出3元（均为每百万tokens）。", dt.date(2025, 9, 1))
    rows = f.set_index("text")
    assert rows.loc["5毛钱", "metric"] == "input_price_per_1m_tokens" and rows.loc["5毛钱", "value"] == 0.5
    assert rows.loc["3元", "metric"] == "output_price_per_1m_tokens"
