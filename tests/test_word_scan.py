"""The Aho-Corasick word scans give exactly the matches of the regexes they stand in for."""
import random
import re

from aigc_analysis.extract import keywords as kw
from aigc_analysis.extract.regexes import _MAYBE_CASED, lowers_safely


def _regex_hits(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _scan_hits(scanner, text: str) -> list[tuple[int, int]] | None:
    found = scanner.scan(text)
    return None if found is None else [(s, e) for _, s, e in found]


def test_scanner_matches_the_regex_on_invented_text():
    words = ["pe", "eps", "token", "tokens", "收入", "收入增速", "入增", "AI芯片", "ai", "+", "云"]
    scanner = kw._WordScanner(words, kw._alternation(words))
    for text in ["OpenAI的PE为30倍，EPS增长，Tokens调用量", "云收入增速20%，AI芯片与AI服务",
                 "pe eps PEx xpe Token-tokens tokensX 收入增长", "OpenAIpe AI芯片ai芯片 +5%", ""]:
        assert _scan_hits(scanner, text) == _regex_hits(scanner.pattern, text), text


def test_scanner_matches_the_regex_on_random_text():
    words = ["pe", "eps", "per", "ps", "tok", "token", "收入", "收入增", "入增速", "增速", "ai", "ai芯", "x+"]
    scanner = kw._WordScanner(words, kw._alternation(words))
    alphabet = list("pepsrtokenaiPEAIxX+ 收入增速芯，1")
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _scan_hits(scanner, text) == _regex_hits(scanner.pattern, text), text


def test_metric_and_grammar_scans_equal_their_regexes():
    text = "据IDC数据，OpenAI 2025年收入同比增长150%至130亿美元，DeepSeek的EPS为1.2元，Tokens调用量环比提升"
    assert _scan_hits(kw._metric_scanner(), text) == _regex_hits(kw._metric_re(), text)
    assert _scan_hits(kw._grammar_scanner(), text) == _regex_hits(kw._grammar_re(), text)


def test_unsafe_case_falls_back_to_the_regex():
    # the regex engine equates ſ with s: the lowered text would not, so no scan is made
    scanner = kw._WordScanner(["eps"], kw._alternation(["eps"]))
    assert scanner.scan("EPſ增长") is None
    assert kw.find_metric_keywords("EPſ增长") == [
        kw.Hit(m.start(), m.end(), m.group(0)) for m in kw._metric_re().finditer("EPſ增长")]
    assert lowers_safely("Peña的收入", "abcdefghijklmnopqrstuvwxyz收入")
    assert not lowers_safely("Peña的收入", "abcdefghijklmnopqrstuvwxyzñ收入")


def test_the_uncased_ranges_hold_no_cased_character():
    for code in range(0x80, 0x20000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or _MAYBE_CASED.match(ch):
            continue
        assert ch.lower() == ch and ch.upper() == ch, hex(code)


def test_lexicon_find_tries_the_pattern_only_where_a_name_may_start():
    from aigc_analysis.extract.lexicon import get_matcher
    matcher = get_matcher()
    texts = ["微軟的MAI-1與GPT-4o、gpt 4o、GPT - 4 和 GPT4.5，DALL·E与dall-e", "Metaverse不是Meta，TikTok9个月",
             "报道指出道指上涨，360亿元与360公司", "OpenAI、openai、OPENAI与Open AI", "A股与a股、港股B站", "",
             "ſora与Sora", "İnflection与Inflection points"]
    for text in texts:
        assert [m.span() for m in matcher._matches(text)] == [m.span() for m in matcher._pattern.finditer(text)], text
    assert matcher._starts("ſora") is None  # ſ is s to the regex engine: the whole pattern is run


def _concepts_by_regex(text: str) -> list:
    names = {k.lower(): v for k, v in kw.concepts().items()}
    out, pos = [], 0
    while True:
        m = kw._concept_re().search(text, pos)
        if m is None:
            return out
        if kw._ends_inside_compound(text, m.start(), m.end()):
            pos = m.start() + 1
            continue
        out.append(kw.Hit(m.start(), m.end(), names[m.group(0).lower()]))
        pos = m.end()


def test_concepts_from_the_scan_equal_the_regex_loop():
    words = list(kw.concepts())[:40] + list(kw.word_group("compound_noun"))
    rng = random.Random(11)
    texts = ["全球数据中心新增并网容量约25GW", "数据中心与数据、全球数据中心的数据", ""]
    for _ in range(400):
        texts.append("，".join(rng.choice(words) + rng.choice(["", "中心", "数据", "的"]) for _ in range(rng.randint(1, 6))))
    for text in texts:
        assert kw.find_concepts(text) == _concepts_by_regex(text), text


def test_scanner_with_symbol_words_inside_latin_runs():
    words = ["a+b", "+", "ab", "b", "abc+", "c", "+c"]
    scanner = kw._WordScanner(words, kw._alternation(words))
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("abc+x ") for _ in range(rng.randint(0, 16)))
        assert _scan_hits(scanner, text) == _regex_hits(scanner.pattern, text), text


def test_a_character_lowers_to_an_uncased_one_only_when_it_is_that_one():
    # _WordScanner.spelled: a key with no upper-casing character is the text's own spelling
    for code in range(0x110000):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1 and low != ch:
            assert low.upper() != low, hex(code)


def test_metric_and_grammar_words_are_written_as_in_the_text():
    text = ("据IDC数据，OpenAI 2025年收入同比增长150%至130亿美元；Tokens调用量环比提升，EPS为1.2元。" * 8)
    assert len(text) >= 200  # a document-sized text: the lowered view is kept for the next scan
    for _ in range(2):
        assert kw.find_metric_keywords(text) == [
            kw.Hit(m.start(), m.end(), m.group(0)) for m in kw._metric_re().finditer(text)
            if not (m.start() and text[m.start() - 1] in kw._metric_not_after().get(m.group(0).lower(), ""))]
        assert [h for h, _ in kw.find_grammar(text)] == [
            kw.Hit(m.start(), m.end(), m.group(0)) for m in kw._grammar_re().finditer(text)
            if not (m.start() and text[m.start() - 1] in kw._not_after().get(m.group(0).lower(), ""))]
    assert any(h.word == "Tokens" for h in kw.find_metric_keywords(text))  # cased words keep their case


def test_per_document_views_follow_the_text():
    from aigc_analysis.extract.regexes import DOCUMENT_LENGTH, lowered, per_document

    calls = []

    @per_document
    def upper(text):
        calls.append(text)
        return text.upper()

    long_a, long_b = "a" * DOCUMENT_LENGTH, "b" * DOCUMENT_LENGTH
    assert upper(long_a) == "A" * DOCUMENT_LENGTH and upper(long_a) == "A" * DOCUMENT_LENGTH
    assert upper("a" * (DOCUMENT_LENGTH - 1) + "a") == "A" * DOCUMENT_LENGTH  # an equal text is the same key
    assert len(calls) == 1
    assert upper(long_b) == "B" * DOCUMENT_LENGTH and upper("x") == "X" and upper(long_b) == "B" * DOCUMENT_LENGTH
    assert calls == [long_a, long_b, "x"]  # a short text is not kept and does not push the document out
    assert lowered("Ab" * DOCUMENT_LENGTH) == "ab" * DOCUMENT_LENGTH


def test_per_document_views_are_right_in_threads():
    from concurrent.futures import ThreadPoolExecutor

    from aigc_analysis.extract.regexes import DOCUMENT_LENGTH, per_document

    @per_document
    def reverse(text):
        return text[::-1]

    texts = [str(i) * DOCUMENT_LENGTH + "|" + str(i) for i in range(8)]

    def check(i):
        t = texts[i % len(texts)]
        return reverse(t) == t[::-1]

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(check, range(4000)))
