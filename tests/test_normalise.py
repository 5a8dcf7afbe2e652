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


def test_for_parsing_is_the_table_translation():
    from aigc_analysis.load.normalise import FULLWIDTH_TABLE

    every = "".join(chr(cp) for cp in sorted(FULLWIDTH_TABLE))
    text = "增长４０％，（预计）" + every + "ＧＰＴ－４：１，０００亿\u3000\u00a0" + every[::-1]
    assert for_parsing(text) == text.translate(FULLWIDTH_TABLE)
    # replacing one character after another equals one translation only while no value is a key
    assert not {chr(cp) for cp in FULLWIDTH_TABLE} & set(FULLWIDTH_TABLE.values())


def _whole_text_conversion(text: str) -> str:
    """to_simplified as it was: OpenCC over the whole text, line by line if that changes length."""
    from aigc_analysis.load.normalise import _LINE, _converter, _convert_chars

    conv = _converter("hk2s")
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        new = conv.convert(line)
        out.append(new if len(new) == len(line) else _convert_chars(line, "hk2s"))
    return "".join(out)


@pytest.mark.parametrize("text", [
    "",
    "用户数增长\n市場需關注多模態應用\n纯简体的一行\n",
    "第一行没有繁体\n第二行也没有\n最后一行",
    "台积电的客户\n乾隆年間\n著作權\n",
    "含\x00的行 資料\n普通行\n資\x00料\n",
    "\n\n證券\n\n",
    "𠀀罕见字\n中文",
])
def test_to_simplified_converts_only_changing_lines_as_the_whole_text(text):
    assert to_simplified(text) == _whole_text_conversion(text)


def test_changing_characters_match_the_installed_opencc():
    import subprocess
    import sys
    from pathlib import Path

    import opencc

    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("opencc_dict is not shipped with this opencc build: cannot read its dictionaries")
    script = Path(__file__).resolve().parents[1] / "scripts" / "opencc_changing_chars.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


_MIXED = "中信證券認為推理成本下降资本开支后面干里台系發髮乾幹\x00\ud800𠀀abc，。\n "


@given(st.text(alphabet=_MIXED, max_size=60))
def test_s2t_bound_holds(text):
    """No more characters change under s2t than the bound detect_script relies on."""
    from aigc_analysis.load.normalise import _s2t_bound, count_changed

    if any("\ud800" <= ch <= "\udfff" for ch in text):
        assert _s2t_bound(text) > len(text)  # OpenCC cannot encode it: no bound is claimed
        return
    assert count_changed(text, convert_same_length(text, "s2t")) <= _s2t_bound(text)


def test_traditional_text_is_told_without_an_s2t_conversion(monkeypatch):
    from aigc_analysis.load import normalise

    text = "虛構的證券研究所認為，雲端運算與資料中心資本開支將繼續擴張。\n" * 3
    real = normalise.convert_same_length

    def no_s2t(value, config=normalise.T2S_CONFIG):
        assert config != "s2t", "s2t conversion run"
        return real(value, config)

    monkeypatch.setattr(normalise, "convert_same_length", no_s2t)
    assert detect_script(text, to_simplified(text)) == "traditional"
    # a Simplified text with a few changes still needs the s2t count (and gets it)
    with pytest.raises(AssertionError, match="s2t conversion run"):
        detect_script("资本开支后面台系" * 5 + "乾")


def test_unchanged_text_comes_back_as_itself():
    """A Simplified text with candidate characters (户, 台: OpenCC tries them) that do not
    change is returned as the same object, so the table encodes it once for both columns."""
    text = "虚构公司的用户数增长\n平台收入上升\n"
    assert to_simplified(text) is text
    changed = "用户数\n資料\n"
    assert to_simplified(changed) == "用户数\n资料\n"
