"""Offset-preserving normalisation (Traditional -> Simplified, full-width -> ASCII)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aigc_analysis.load.normalise import (
    convert_same_length,
    detect_script,
    for_parsing,
    to_simplified,
)


def test_seed_000_traditional_offsets_align(corpus):
    doc = corpus.set_index("doc_id").loc["000_434e71317170df33.txt"]
    text, simp = doc["text"], doc["text_simplified"]
    assert len(simp) == len(text)
    for word, simple in [("中信證券", "中信证券"), ("納斯達克指數", "纳斯达克指数"), ("端側敍事", "端侧叙事")]:
        start = text.index(word)
        assert simp[start:start + len(word)] == simple
    # every non-Han character sits at the same offset unchanged
    assert all(a == b for a, b in zip(text, simp) if not "\u4e00" <= a <= "\u9fff")
    assert sum(a != b for a, b in zip(text, simp)) > 500


def test_simplified_seeds_barely_change(corpus):
    for text, simp in corpus.loc[corpus["script"] == "simplified", ["text", "text_simplified"]].itertuples(index=False):
        assert sum(a != b for a, b in zip(text, simp)) <= 2


def test_length_changing_conversion_falls_back_per_character():
    # s2twp converts phrases (鼠标 -> 滑鼠 keeps length, 软件 -> 軟體 ...), and some of them
    # change length; the result must still align.
    text = "U盘和内存条，鼠标垫，打印机\n出租车和自行车"
    out = convert_same_length(text, "s2twp")
    assert len(out) == len(text)
    assert out.count("\n") == 1 and out.index("\n") == text.index("\n")
    # the line whose phrase conversion keeps its length keeps the phrase conversion ...
    assert out.split("\n")[1] == "計程車和腳踏車"
    # ... the other is converted character by character (U盘 would become 隨身碟)
    assert out.startswith("U") and "隨身碟" not in out


@given(st.text(alphabet=st.sampled_from(list("中信證券認為發佈時間臺灣裡麵髮乾隆后面０１２３ａｂ，：（）　 \n")), max_size=200))
def test_to_simplified_and_for_parsing_keep_length(text):
    assert len(to_simplified(text)) == len(text)
    assert len(for_parsing(text)) == len(text)
    assert len(for_parsing(to_simplified(text))) == len(text)


@pytest.mark.parametrize("raw, parsed", [
    ("２０２４年５月１５日", "2024年5月15日"),
    ("增长４０％，（预计）", "增长40%,(预计)"),
    ("ＧＰＴ－４：１，０００亿", "GPT-4:1,000亿"),
    ("发布时间　2024", "发布时间 2024"),
    ("−5%", "-5%"),
    ("价格￥１０", "价格¥10"),
    ("、。《》", "、。《》"),
])
def test_for_parsing(raw, parsed):
    assert for_parsing(raw) == parsed


def test_detect_script():
    assert detect_script("中信證券認為推理成本下降有望加速應用發展") == "traditional"
    assert detect_script("中信证券认为推理成本下降有望加速应用发展") == "simplified"
    assert detect_script("no Chinese here") == "simplified"


def test_seed_scripts_detected(corpus):
    for text, script in corpus[["text", "script"]].itertuples(index=False):
        assert detect_script(text) == script
