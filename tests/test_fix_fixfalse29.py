"""False company and model names made of ordinary words: a relative time opening a sentence
(季内集团…: within the quarter, the group…) and a series word before 大模型 (QX-3系列大模型)."""
from __future__ import annotations

import pytest

from aigc_analysis.extract.names import find_unknown_names
from aigc_analysis.load.normalise import to_simplified
from tests.text_facts import facts_of


@pytest.mark.parametrize("opening", ["季内", "季內", "当季", "该季度", "本年", "上月"])
def test_relative_time_opens_no_firm(opening):
    # a time word of period_words.csv (quarter_rel, year_rel, near) before 集团 is when, and the
    # group is the report's firm, not a firm romanised from the time word (Jinei, Dangji, ...)
    text = f"岚峰科技三季度业绩点评：{opening}集团经调整EBITA为91亿元，同比下降78%。"
    rows = facts_of(text)
    hit = rows[rows["text"].str.contains("91亿元")]
    assert len(hit) == 1, rows[["entity", "metric", "value", "text"]].to_string()
    assert hit.iloc[0]["entity"] == "Lanfeng"
    # names are found on the simplified text (季內 is read as 季内)
    simplified = to_simplified(text)
    assert all(not n.name.startswith(to_simplified(opening)) for n in find_unknown_names(simplified))


def test_relative_time_keeps_the_firm_after_it():
    # the time word is cut from the name's start; the firm after it is still found
    names = [n.name for n in find_unknown_names("季内岚峰科技收入为91亿元")]
    assert names == ["岚峰科技"]


def test_series_word_is_no_model_brand():
    # XY-2系列大模型: the series of the model named before, never a model called Xilie LLM
    text = "云岭智能今天正式开源QX-3系列大模型，共4款，权重以Apache 2.0协议发布。"
    rows = facts_of(text)
    assert "Xilie LLM" not in set(rows["entity"])
    hit = rows[rows["text"] == "4"]
    assert len(hit) == 1 and hit.iloc[0]["entity"] == "QX-3", rows[["entity", "text"]].to_string()
