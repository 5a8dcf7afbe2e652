"""The number parser's shortcuts give the answer of the plain patterns they stand in for.

``find_quantities`` tries its big pattern only where ``_FIRST`` finds a candidate, and reads
the words before a number (``_prefix_before``) only where such a word can end. Both shortcuts
must keep every result: checked here on invented text, position by position.
"""
import re

import pytest

from aigc_analysis.extract import quantities as q
from aigc_analysis.extract.numerals import fold

TEXTS = [
    "公司今年营收约 12.5亿元，同比下降了 3.2%，较行业价格低9.9%；超过$40亿、逾US$ 3bn。",
    "上市首日免费开放，翻了一番，倍增长；上亿用户，-5%与+3%，GPT-4o与H100 80GB。",
    "预计2027年净亏损1.2亿至1.5亿元，毛利率下降至 30% 左右，单位：百万美元 \t 45.6\t38.0\n",
    "Revenue rose about 15% to over US$ 2.1 billion; costs fell more than 3 pct.\n1) 第3页  7\n",
    "示例科技  1.40    42.0\n约合新台币1兆6,420亿元，其中设备约600亿元；三至四成，两千零五十万",
]


def _candidates_plain(t: str) -> list[int]:
    """Every position where the scan pattern matches: what ``_FIRST`` must not miss."""
    return [i for i in range(len(t)) if q._SCAN.match(t, i)]


@pytest.mark.parametrize("text", TEXTS)
def test_first_finds_every_position_the_scan_pattern_matches(text):
    t = fold(text)
    found = {m.start() for m in q._FIRST.finditer(t)}
    # finditer does not overlap and _FIRST consumes one character, so it lists every candidate
    assert set(_candidates_plain(t)) <= found
    assert len(found) < len(t)  # and it does rule positions out (上市, 免除, a lone dash)


def test_prefix_shortcut_is_in_use():
    # the shortcut needs the characters a prefix can start with, end with and hold, read from
    # the pattern: a construct that reading does not follow turns it off without a sign
    assert q._PREFIX_AT_FIRST is not None and q._PREFIX_LAST is not None and q._PREFIX_CHARS is not None


@pytest.mark.parametrize("text", TEXTS)
def test_prefix_shortcut_gives_the_plain_search(text):
    t = fold(text)
    for s in range(len(t) + 1):
        plain = q._PREFIX.search(t, max(0, s - 14), s)
        fast = q._prefix_before(t, s)
        if fast is None:
            # no prefix, or one that sets no group (blanks): the callers read neither
            assert plain is None or plain.start() == s or not any(plain.groupdict().values()), (t[:s], plain)
        else:
            assert plain is not None and fast.span() == plain.span() and fast.groupdict() == plain.groupdict()


def test_prefix_before_reads_fall_qualifier_and_currency():
    t = "净利润同比下降 35%，约 $3bn"
    pm = q._prefix_before(t, t.index("35"))
    assert pm is not None and pm.group("fall") == "下降"
    pm = q._prefix_before(t, t.index("3bn"))
    assert pm is not None and pm.group("qual") == "约" and pm.group("cur") == "$"
    assert q._prefix_before("营业收入为100亿元", 5) is None


def test_slash_list_pattern_opens_with_a_digit_and_keeps_its_matches():
    plain = re.compile(r"(?<![0-9.A-Za-z/\-])[0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)+(?![0-9./])")
    for text in ("EPS 1.2/1.5/1.9元", "GPT-3/3.5", "a1/2/3", "/1/2/3", "2/3/4", "x.5/6/7", "10.2/13.5/16.8亿元"):
        assert [m.span() for m in q._SLASH_LIST.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_same_quantities_whatever_the_number_cache_holds():
    text = "示例公司收入12.5亿元，另一家12.5亿元，均增长12.5%"
    first = q.find_quantities(text)
    q._number_value.cache_clear()
    q._classify.cache_clear()
    assert q.find_quantities(text) == first
    assert [x.exact for x in first] == [x.exact for x in q.find_quantities(text)]


def test_prefix_shortcut_gives_the_plain_search_on_random_text():
    import random

    # fall, comparison and qualifier words, currencies, blanks and other characters, shuffled
    pieces = ["下降", "减少", "低", "较", "约", "超过", "不到", "US$", "$", "-", "±", " ", "\u3000", "\t",
              "\n", "了", "的", "收入", "为", "5", "3.2", "亿", "%", "元"]
    rng = random.Random(5)
    for _ in range(300):
        t = fold("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
        for s in range(len(t) + 1):
            plain = q._PREFIX.search(t, max(0, s - 14), s)
            fast = q._prefix_before(t, s)
            if fast is None:
                assert plain is None or plain.start() == s or not any(plain.groupdict().values()), (t[:s], plain)
            else:
                assert plain is not None and fast.span() == plain.span() and fast.groupdict() == plain.groupdict()


def test_prefix_shortcut_after_blanks():
    # a blank before the number: the character before the blanks decides whether to search
    for text in ("营收 100亿", "营收\u3000 100亿", "同比下降  35%", "超过 \t5%", " 5%", "约\n5", "收入为 $ 3bn"):
        t = fold(text)
        s = len(t) - len(t.lstrip(" \u3000\t\n")) if t[0].isspace() else next(i for i, c in enumerate(t) if c.isdigit())
        plain = q._PREFIX.search(t, max(0, s - 14), s)
        fast = q._prefix_before(t, s)
        if fast is None:
            assert plain is None or plain.start() == s or not any(plain.groupdict().values()), text
        else:
            assert fast.span() == plain.span() and fast.groupdict() == plain.groupdict(), text


# units, magnitudes, rates and ranges after a number, with a case-blind FLOPS prefix
_AFTER_NUMBER = [
    "5亿美元", "3 pct", "10倍多", "2.5 PetaFLOPS", "1 \u212ailoflops", "8 exaFLOP/s", "30%左右", "5 bn",
    "1.2元/百万tokens", "$2 per 1M tokens", "3个月", "2年零3个月", "60%-70%", "2亿至3亿元", "7成半", "5GW",
]


@pytest.mark.parametrize("part", ["_MAG", "_UNIT", "_PER"])
def test_guarded_part_matches_as_the_plain_part(part):
    plain = re.compile(getattr(q, part))
    guarded = re.compile(q._guarded(getattr(q, part)))
    assert guarded.pattern != plain.pattern  # a guard was put in front
    for text in TEXTS + _AFTER_NUMBER:
        t = fold(text)
        for at in range(len(t) + 1):
            a, b = plain.match(t, at), guarded.match(t, at)
            assert (a is None) == (b is None) and (a is None or a.regs == b.regs), (part, text, at)


def test_guard_of_a_case_blind_part_is_case_blind():
    assert re.match(q._guarded(r"(?i:kilo)W"), "\u212aILOW")  # the Kelvin sign is a case-blind k
    assert q._guarded("a?") == "a?"  # it may match empty: no guard
