"""Tests of the entity lexicon (data/entities.csv) and its matcher."""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from aigc_analysis.extract import lexicon
from aigc_analysis.extract.lexicon import (
    ENTITIES_PATH,
    ENTITY_COLUMNS,
    ENTITY_TYPES,
    EntityMatch,
    LexiconError,
    alias_key,
    canonical,
    find_entities,
    get_matcher,
    jieba_userdict_lines,
    load_entities,
    load_into_jieba,
)
from aigc_analysis.paths import SEEDS_DIR

GOLD_FACTS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed_facts.csv"


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in find_entities(text)]


# --------------------------------------------------------------------------- the CSV itself


@pytest.fixture(scope="module")
def raw_rows():
    """The CSV read with the csv module only, independently of lexicon.py."""
    with open(ENTITIES_PATH, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == ENTITY_COLUMNS
        return list(reader)


def test_csv_schema(raw_rows):
    names = [r["entity"] for r in raw_rows]
    assert len(raw_rows) >= 400
    assert len(set(names)) == len(names), [n for n, c in Counter(names).items() if c > 1]
    assert {r["type"] for r in raw_rows} == set(ENTITY_TYPES)
    for r in raw_rows:
        assert r["entity"] == r["entity"].strip() and r["entity"], r
        assert r["country"] == "" or re.fullmatch(r"[A-Z]{2}", r["country"]), r
        for ticker in filter(None, r["tickers"].split("|")):
            assert re.fullmatch(r"[A-Z0-9]+(\.[A-Z]{1,2}|\.TWO)?", ticker), r
    known = set(names)
    for r in raw_rows:
        if r["type"] == "model":
            assert r["org"] in known, f"model {r['entity']} has org {r['org']!r}, not an entity"
        if r["org"]:
            assert r["org"] in known and r["org"] != r["entity"], r


def test_csv_no_alias_belongs_to_two_entities(raw_rows):
    owner = {}
    for r in raw_rows:
        for name in [r["entity"], *filter(None, r["aliases"].split("|")), *filter(None, r["tickers"].split("|"))]:
            key = re.sub(r"[\s\-_·]", "", name).casefold()
            assert owner.setdefault(key, r["entity"]) == r["entity"], (name, owner[key], r["entity"])


def test_csv_covers_the_field(raw_rows):
    by_type = Counter(r["type"] for r in raw_rows)
    assert by_type["company"] >= 150 and by_type["model"] >= 80 and by_type["index"] >= 20
    entity = {r["entity"]: r for r in raw_rows}
    # A-share names carry their exchange code, Hong Kong names theirs
    assert "002230.SZ" in entity["iFlytek"]["tickers"] and "9888.HK" in entity["Baidu"]["tickers"]
    assert entity["MAI-1"]["org"] == entity["Phi-3-mini"]["org"] == entity["GitHub Copilot"]["org"] == "Microsoft"
    assert entity["IDC"]["type"] == entity["SimilarWeb"]["type"] == entity["TrendForce"]["type"] == "org"


def test_load_entities_table_and_copy():
    table = load_entities()
    assert list(table.columns) == list(ENTITY_COLUMNS)
    assert table.set_index("entity").loc["Qwen", "org"] == "Alibaba"
    table.loc[0, "entity"] = "changed"
    assert load_entities().loc[0, "entity"] != "changed"  # the cache is not the caller's copy


def _write(tmp_path, rows: list[str]) -> Path:
    path = tmp_path / "entities.csv"
    path.write_text(",".join(ENTITY_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "rows, message",
    [
        (["A,company,甲|x,,,CN", "B,company,乙|X,,,CN"], r"line 3 \(B\): alias 'X' is ambiguous, 'x' belongs to 'A' on line 2"),
        (["A,company,,,,CN", "A,company,,,,CN"], r"line 3 \(A\): duplicate entity"),
        (["A,firm,,,,CN"], r"line 2 \(A\): type 'firm' is not one of"),
        (["M,model,,,,US"], r"line 2 \(M\): a model needs the org"),
        (["M,model,,Nobody,,US"], r"line 2 \(M\): org 'Nobody' is not an entity"),
        (["A,company,,,700 HK,CN"], r"ticker '700 HK'"),
        (["A,company,,,,"], r"a company needs a country"),
        (["A,company,-甲,,,CN"], r"alias '-甲' starts or ends with a separator"),
    ],
)
def test_load_entities_rejects_bad_rows(tmp_path, rows, message):
    with pytest.raises(LexiconError, match=message) as info:
        load_entities(_write(tmp_path, rows))
    assert "entities.csv" in str(info.value)


def test_load_entities_rejects_missing_column(tmp_path):
    path = tmp_path / "entities.csv"
    path.write_text("entity,type,aliases\nA,company,甲\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"entities.csv: missing column\(s\) org, tickers, country"):
        load_entities(path)


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    "text, expected",
    [
        # Simplified, Traditional, English, short forms, tickers
        ("微软、微軟、Microsoft、MSFT", [("微软", "Microsoft"), ("微軟", "Microsoft"), ("Microsoft", "Microsoft"), ("MSFT", "Microsoft")]),
        ("英偉達和辉达", [("英偉達", "Nvidia"), ("辉达", "Nvidia")]),
        ("科大訊飛與讯飞", [("科大訊飛", "iFlytek"), ("讯飞", "iFlytek")]),
        ("納斯達克指數累計漲幅", [("納斯達克指數", "Nasdaq Composite")]),
        ("北美四大雲巨頭 CAPEX", [("北美四大雲巨頭", "Big-4 US cloud providers")]),
        ("百度\t9888.HK\n腾讯\t700.HK", [("百度", "Baidu"), ("9888.HK", "Baidu"), ("腾讯", "Tencent"), ("700.HK", "Tencent")]),
        ("通问千义大模型", [("通问千义", "Qwen")]),
        # a Traditional spelling the CSV does not list is derived with OpenCC
        ("騰訊雲與華為雲", [("騰訊雲", "Tencent Cloud"), ("華為雲", "Huawei Cloud")]),
        # longest wins
        ("阿里云和阿里", [("阿里云", "Alibaba Cloud"), ("阿里", "Alibaba")]),
        ("讯飞星火认知大模型", [("讯飞星火认知大模型", "iFlytek Spark")]),
        ("万得ChatGPT指数最大回撤", [("万得ChatGPT指数", "Wind ChatGPT Index")]),
        ("同花顺元宇宙指数上线", [("同花顺元宇宙指数", "Tonghuashun Metaverse Index")]),
        ("GitHub Copilot与Copilot Studio", [("GitHub Copilot", "GitHub Copilot"), ("Copilot Studio", "Copilot Studio")]),
        # separators inside names are free
        ("GPT3、GPT-3、GPT 3", [("GPT3", "GPT-3"), ("GPT-3", "GPT-3"), ("GPT 3", "GPT-3")]),
        ("CLIP&DALL-E、DALL·E", [("CLIP", "CLIP"), ("DALL-E", "DALL-E"), ("DALL·E", "DALL-E")]),
        ("悟道 2.0、源1.0", [("悟道 2.0", "WuDao 2.0"), ("源1.0", "Yuan 1.0")]),
        ("GPT-4-turbo", [("GPT-4-turbo", "GPT-4 Turbo")]),
    ],
)
def test_find_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Metaverse", []),
        ("Meta元宇宙与Metaverse", [("Meta", "Meta")]),
        ("GPT-4o相对GPT-4", [("GPT-4o", "GPT-4o"), ("GPT-4", "GPT-4")]),
        ("GPT-4.5", [("GPT-4.5", "GPT-4.5")]),
        ("GPT-3/3.5", [("GPT-3", "GPT-3")]),
        ("Phi-1.0、Phi-1.5、Phi-2模型、Phi-3-mini", [("Phi-1.0", "Phi-1.0"), ("Phi-1.5", "Phi-1.5"), ("Phi-2", "Phi-2"), ("Phi-3-mini", "Phi-3-mini")]),
        # a following digit does not glue a letter-final name to the next token ...
        ("超越TikTok9个月和Ins2.5年", [("TikTok", "TikTok"), ("Ins", "Instagram")]),
        ("FY24Q3GitHub Copilot付费客户", [("GitHub Copilot", "GitHub Copilot")]),
        # ... but letters do
        ("Instance Insight", []),
        ("OpenAIs", []),
        ("MetaX沐曦", [("MetaX", "MetaX"), ("沐曦", "MetaX")]),
    ],
)
def test_token_boundaries(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("三六零、360、奇虎360", ["三六零", "360", "奇虎360"]),
        ("360公司和360集团", ["360公司", "360集团"]),
        ("科大讯飞、360业绩", ["科大讯飞", "360"]),
        ("3600元", []),
        ("13600", []),
        ("360亿元", []),
        ("360 万", []),
        ("增长360%", []),
        ("360度全景", []),
        ("约360家", []),
        ("达360", []),
        ("360-400", []),
        ("3.360", []),
        ("360.5", []),
    ],
)
def test_bare_number_alias(text, expected):
    assert [m.text for m in find_entities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("nvidia NVIDIA Nvidia", ["Nvidia"] * 3),
        ("chatgpt ChatGPT CHATGPT", ["ChatGPT"] * 3),
        ("application inflection points; Inflection CEO", ["Inflection AI"]),  # a capital is needed
        ("ins INS Ins", ["Instagram"]),  # short names match exactly as written
        ("glm GLM", ["GLM"]),
    ],
)
def test_case_rules(text, expected):
    assert [m.entity for m in find_entities(text)] == expected


def test_phrases_holding_a_name_are_not_names():
    assert _found("据媒体报道指出，道指上涨") == [("道指", "Dow Jones")]
    assert _found("免費半個月，費半指數") == [("費半", "PHLX Semiconductor Index")]


def test_match_fields_offsets_and_order():
    text = "自 OpenAI 5 月發佈 GPT-4o 後，微軟的 MAI-1 參數約5000億。"
    matches = get_matcher().find(text)
    assert [m.entity for m in matches] == ["OpenAI", "GPT-4o", "Microsoft", "MAI-1"]
    for m in matches:
        assert isinstance(m, EntityMatch) and text[m.start:m.end] == m.text
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
    assert (matches[1].type, matches[1].org) == ("model", "OpenAI")
    assert (matches[2].type, matches[2].org) == ("company", None)


def test_every_name_is_found_as_itself():
    """Each spelling (explicit or derived) between Chinese commas is one match of its entity."""
    matcher = get_matcher()
    failures = []
    for spelling, entity in matcher.names().items():
        text = f"，{spelling}，"
        got = [(m.text, m.entity) for m in matcher.find(text)]
        if got != [(spelling, entity)]:
            failures.append((spelling, entity, got))
    assert not failures, failures[:20]


def test_matcher_from_another_lexicon(tmp_path):
    path = _write(tmp_path, ["Acme,company,艾克米|ACME|Acme Corp,,ACM.O,US", "Acme-1,model,艾克米一号,Acme,,US"])
    matcher = lexicon.EntityMatcher(load_entities(path))
    found = [(m.text, m.entity, m.org) for m in matcher.find("艾克米發佈艾克米一號，ACM.O；acme corp")]
    assert found == [("艾克米", "Acme", None), ("艾克米一號", "Acme-1", "Acme"), ("ACM.O", "Acme", None),
                     ("acme corp", "Acme", None)]


def test_same_entities_on_normalised_seeds():
    """The extractor matches on for_parsing(to_simplified(text)); raw text gives the same spans."""
    from aigc_analysis.load.normalise import for_parsing, to_simplified

    for path in sorted(SEEDS_DIR.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        folded = for_parsing(to_simplified(raw))
        spans = lambda t: [(m.start, m.end, m.entity) for m in find_entities(t)]  # noqa: E731
        assert spans(raw) == spans(folded), path.name


def test_canonical():
    assert canonical("科大訊飛") == "iFlytek"
    assert canonical("  腾讯 ") == canonical("0700.HK") == canonical("700.hk") == "Tencent"
    assert canonical("gpt4o") == "GPT-4o"
    assert canonical("商汤") == "SenseTime" and canonical("旷视") == "Megvii"
    assert canonical("Llama 3.1") == "Llama 3.1"
    assert canonical("Nobody Inc") is None
    assert canonical("报道指") is None  # a phrase listed as not a name


# --------------------------------------------------------------------------- jieba


def test_jieba_keeps_names_whole():
    import jieba

    jieba.setLogLevel(60)
    tok = jieba.Tokenizer()
    text = "浪潮信息、科大讯飞与三六零；同花顺元宇宙指数和万得ChatGPT指数；北美四大云巨头；中际旭创；紫东太初"
    before = tok.lcut(text)
    assert load_into_jieba(tok) is tok
    assert load_into_jieba(tok) is tok  # idempotent
    words = tok.lcut(text)
    for name in ["浪潮信息", "科大讯飞", "三六零", "同花顺元宇宙指数", "万得ChatGPT指数", "北美四大云巨头", "中际旭创", "紫东太初"]:
        assert name in words, (name, words)
    assert "同花顺元宇宙指数" not in before  # the user dictionary made the difference


def test_jieba_userdict_lines():
    lines = jieba_userdict_lines()
    assert "科大讯飞 nt" in lines and "通义千问 nz" in lines and "紫东太初 nz" in lines
    assert all(re.fullmatch(r"\S+ (nt|nz)", line) for line in lines)
    assert not any(line.startswith("报道指") for line in lines)


# --------------------------------------------------------------------------- the seeds

# Gold entities that describe something rather than name one entity: not lexicon entries.
DESCRIPTIONS = {
    "AIGC", "CLIP & DALL-E", "ChatGPT (US)", "China AIGC industry", "China Ethernet switch market",
    "China server market", "Chinese foundation model vendors", "Chinese large models",
    "ERNIE Speed and ERNIE Lite", "Frontier AI models", "Generative AI application companies",
    "Generative AI model providers", "Global AI high-performance server market", "Global data volume",
    "Global general-purpose compute", "Microsoft (in OpenAI)", "Moore's law", "Nvidia H100 cluster",
    "Optical modules", "Unnamed A-share AI leader",
}
# Lexicon entities a seed refers to without writing any of their names.
NOT_WRITTEN = {
    ("001_9bc9e0ef91f53f19.txt", "Big-4 US cloud providers"): "written as its four members",
    ("004_7e84af2a5ba35428.txt", "GPT-1"): "written as bare GPT (the family) with the year 2018",
    ("004_7e84af2a5ba35428.txt", "China AIGC market"): "written as AIGC市场, the country from context",
}


@pytest.fixture(scope="module")
def gold_pairs():
    if not GOLD_FACTS.exists():
        pytest.skip(f"{GOLD_FACTS} not present")
    with open(GOLD_FACTS, encoding="utf-8", newline="") as fh:
        return sorted({(r["doc_id"], r["entity"]) for r in csv.DictReader(fh)})


def _as_scored(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKC", name).lower() if ch.isalnum())


def _lexicon_entity(gold: str, known: set[str]) -> str | None:
    """The lexicon entity a gold name is scored as: itself, else one whose name holds it.

    The scorer matches names by containment, so a gold name the canonical name holds
    (``Tianfu Communication`` in ``Tianfu Communication Co.``) is the same entity.
    """
    if gold in known:
        return gold
    g = _as_scored(gold)
    return next((e for e in sorted(known) if g and g in _as_scored(e)), None)


def test_gold_entities_are_lexicon_entries_or_descriptions(gold_pairs):
    known = set(load_entities()["entity"])
    unknown = sorted({e for _, e in gold_pairs if _lexicon_entity(e, known) is None and e not in DESCRIPTIONS})
    assert not unknown


def test_gold_entities_found_in_their_seed(gold_pairs):
    known = set(load_entities()["entity"])
    checked, missing = 0, []
    for doc_id, entity in gold_pairs:
        if entity in DESCRIPTIONS or _lexicon_entity(entity, known) is None or (doc_id, entity) in NOT_WRITTEN:
            continue
        entity = _lexicon_entity(entity, known)
        found = {m.entity for m in find_entities((SEEDS_DIR / doc_id).read_text(encoding="utf-8"))}
        checked += 1
        if entity not in found:
            missing.append((doc_id, entity))
    assert checked >= 45 and not missing, missing


# --------------------------------------------------------------------------- property: the trie


def _single_name_patterns():
    """One regex per spelling, built without the trie: the reference for leftmost-longest."""
    pats = []
    for surface, mode in get_matcher().spellings():
        tokens = lexicon._tokens(surface, mode)
        body = "".join(lexicon._token_re(t, i == 0) for i, t in enumerate(tokens))
        pats.append(re.compile(body + lexicon._right_guard(surface), re.IGNORECASE))
    return pats


_REFERENCE = []


def _reference_spans(text: str) -> list[tuple[int, int]]:
    if not _REFERENCE:
        _REFERENCE.extend(_single_name_patterns())
    spans, pos = [], 0
    while pos < len(text):
        ends = [m.end() for p in _REFERENCE if (m := p.match(text, pos)) and m.end() > pos]
        if ends:
            spans.append((pos, max(ends)))
            pos = max(ends)
        else:
            pos += 1
    return spans


def test_trie_is_leftmost_longest():
    """The one-pattern trie finds the same spans as trying every name at every position."""
    from hypothesis import given, settings, strategies as st

    names = sorted(get_matcher().names()) + list(lexicon.NOT_NAMES)
    pieces = st.one_of(st.sampled_from(names), st.sampled_from(["", "的", " ", "-", "1", "a", "，", ".5", "亿"]))

    @settings(derandomize=True, max_examples=60, deadline=None)
    @given(st.lists(pieces, min_size=1, max_size=5))
    def check(parts):
        text = "".join(parts)
        stop = {alias_key(phrase) for phrase in lexicon.NOT_NAMES}
        expected = [(s, e) for s, e in _reference_spans(text) if alias_key(text[s:e]) not in stop]
        assert [(m.start, m.end) for m in get_matcher().find(text)] == expected, text

    check()


def test_compile_all_builds_every_group_and_finds_the_same_names():
    """compile_all compiles every first character's group up front; what find returns does not
    depend on whether a group was compiled early or on first use."""
    text = "据悉，Acme与微软、英伟达和OpenAI签约；阿里巴巴的通义千问、百度的文心一言同日降价。"
    lazy = lexicon.EntityMatcher(lexicon.load_entities())
    found_lazy = lazy.find(text)
    assert len(lazy._first_patterns) < len(lazy._first_sources)  # only the groups the text met
    eager = lexicon.EntityMatcher(lexicon.load_entities())
    eager.compile_all()
    assert set(eager._first_patterns) == set(eager._first_sources)
    assert eager.find(text) == found_lazy
    assert [m.entity for m in found_lazy]  # the sentence does name known entities


def test_matches_made_whole_equal_the_dataclass():
    import dataclasses

    args = (3, 9, "GPT-4o", "GPT-4o", "model", "OpenAI")
    fast, slow = lexicon._new_match(*args), lexicon.EntityMatch(*args)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert vars(fast) == vars(slow)  # a field added to EntityMatch must be added to _new_match
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # a match made whole is still frozen


def test_wide_separators_match_through_the_fold(tmp_path):
    """Names match a folded copy of the text (ideographic space and wide dashes become C1
    controls, so no name group holds a class above U+00FF, the compiler's slow case); what a
    match returns is the original text, and C1 controls already in a text match no separator."""
    path = _write(tmp_path, ["Acme Corp,company,艾克米,,ACM.O,US", "Acme-1,model,,Acme Corp,,US"])
    matcher = lexicon.EntityMatcher(load_entities(path))
    found = [(m.text, m.entity) for m in matcher.find("Acme\u3000Corp與Acme–1、Acme・1")]
    assert found == [("Acme\u3000Corp", "Acme Corp"), ("Acme–1", "Acme-1"), ("Acme・1", "Acme-1")]
    assert [m.text for m in matcher.find("Acme\x80Corp、Acme\x811")] == []
    matcher.compile_all()
    wide_separators = set("\u3000‧・‐‑–")
    assert not [src for src in matcher._first_sources.values() if wide_separators & set(src)]


def test_names_reject_the_fold_stand_ins(tmp_path):
    with pytest.raises(lexicon.LexiconError, match="C1 control"):
        lexicon.EntityMatcher(load_entities(_write(tmp_path, ["Acme\x80X,company,,,,US"])))
