"""One name key: the lexicon, the claims ledger and the views compare names alike."""
from __future__ import annotations

import pandas as pd
import pytest

from aigc_analysis.tables.claims import name_key
from aigc_analysis.extract.lexicon import alias_key
from aigc_analysis.tables.views import _lexicon_org


@pytest.mark.parametrize("a, b", [
    ("GPT-4o", "gpt 4o"), ("ＧＰＴ－４ｏ", "gpt4o"), ("DALL·E", "dall e"), ("Llama\n3", "llama 3"),
    ("Qwen‑2", "qwen2"), ("input_price", "Input Price"),
])
def test_spellings_of_one_name_share_a_key(a, b):
    assert alias_key(a) == alias_key(b)


def test_different_names_keep_different_keys():
    assert alias_key("GPT-4") != alias_key("GPT-4o")
    assert alias_key("阿里") != alias_key("阿里云")


def test_claims_name_key_is_the_lexicon_key_after_alias_resolution():
    # a name unknown to the lexicon: the key is the plain key
    assert name_key("Zyxwv-Model 9") == alias_key("zyxwv model9")


def test_views_find_the_organisation_under_any_spelling():
    # an invented lexicon: the views' lookup uses the same key as extraction
    entities = pd.DataFrame({"entity": ["Zyxwv-9"], "org": ["Zyxwv Labs"],
                             "aliases": ["ZX 9|Zyx九"]})
    names = pd.Series(["zyxwv 9", "ＺＸ－９", "Zyx九", "other"], dtype="string")
    got = _lexicon_org(names, entities)
    assert got.tolist()[:3] == ["Zyxwv Labs"] * 3
    assert pd.isna(got.iloc[3])
