"""The first-character dispatch of a big alternation keeps every match; segment's faster forms keep every span."""
import re

import pytest

from aigc_analysis.extract import periods, segment
from aigc_analysis.extract.regex_dispatch import first_char_dispatch, not_before, prefixes
from aigc_analysis.extract.regexes import guard_branches


def _chars(p):
    return tuple("".join(sorted(s)) for s in p)


def test_prefixes_read_two_characters_and_where_a_match_may_end():
    assert {_chars(p) for p in prefixes(r"(?<![0-9])(?:ab|c)d?")} == {("a", "b"), ("c",), ("c", "d")}
    assert {_chars(p) for p in prefixes(r"x{2,}")} == {("x", "x")}
    assert {_chars(p) for p in prefixes(r"[12]?Q")} == {("12", "Q"), ("Q",)}
    assert prefixes(r".a") is None  # any character: not spelled out


def test_not_before_reads_leading_lookbehinds_only():
    assert not_before(r"(?<![0-9])(?<![ab])x") == frozenset("0123456789ab")
    assert not_before(r"x(?<![0-9])") == frozenset()
    assert not_before(r"(?<![0-9],)x") == frozenset()  # two characters wide: not a guard


def _scan(pattern: re.Pattern, text: str, may_start=lambda ch: True):
    """The matches a loop finds trying ``pattern`` at every allowed position (the reference)."""
    out, pos = [], 0
    while pos < len(text):
        m = pattern.match(text, pos) if may_start(text[pos]) else None
        if m is None or m.end() == pos:
            pos += 1
            continue
        out.append((m.span(), {k: v for k, v in m.groupdict().items() if v is not None}))
        pos = m.end()
    return out


def _dispatched(candidates, by_char, text):
    out, pos = [], 0
    for c in candidates.finditer(text):
        at = c.start()
        if at < pos:
            continue
        m = by_char[text[at]].match(text, at)
        if m is None:
            continue
        out.append((m.span(), {k: v for k, v in m.groupdict().items() if v is not None}))
        pos = m.end()
    return out


SOURCE = (r"(?<![0-9])(?P<y>20[0-9]{2})\s?年|(?<![0-9])(?P<m>1[0-2]|[1-9])\s?月|(?P<q>[一二三四])季度?"
          r"|(?P<w>本|上)周(?P<d>[一二三四五])?|(?<![A-Za-z])(?P<en>Ma(?:r|y))|(?P<yy>[0-9]{2})Q(?P<qq>[1-4])")


@pytest.mark.parametrize("text", ["2031年三季度本周，上周五；12月与3 月", "12031年x、Mar、xMay、Marx", "31Q2与2Q31，四季",
                                  "年月周，本本周", "", "2", "20311年 2032 年"])
def test_dispatch_finds_what_the_whole_pattern_finds(text):
    candidates, by_char = first_char_dispatch(SOURCE)
    assert _dispatched(candidates, by_char, text) == _scan(re.compile(SOURCE), text)


def test_dispatch_honours_the_callers_rules():
    # the caller lets a match start only on a digit or 本, and never on a digit after a digit
    may = lambda ch: ch.isdigit() or ch == "本"
    after = lambda ch: frozenset("0123456789") if ch.isdigit() else frozenset()
    candidates, by_char = first_char_dispatch(SOURCE, may_start=may, not_after=after)
    text = "上周与本周，12031年12月，四季度"

    def allowed(at):
        ch = text[at]
        return may(ch) and not (at and ch.isdigit() and text[at - 1].isdigit())

    reference, pos = [], 0
    plain = re.compile(SOURCE)
    while pos < len(text):
        m = plain.match(text, pos) if allowed(pos) else None
        if m is None:
            pos += 1
            continue
        reference.append((m.span(), {k: v for k, v in m.groupdict().items() if v is not None}))
        pos = m.end()
    assert _dispatched(candidates, by_char, text) == reference
    assert [s for s, _ in reference] == [(3, 5), (12, 15)]  # 本周, 12月 (not 上周, not 2031年 inside 12031)


def test_dispatch_refuses_an_alternative_it_cannot_read():
    with pytest.raises(ValueError):
        first_char_dispatch(r"(?P<a>x)|.(?P<b>y)")


def _original_period_scan(t: str):
    """find_periods' scan before the dispatch: _FIRST candidates, no digit after a digit, the whole pattern."""
    scan = re.compile(guard_branches(periods._SCAN_SOURCE))
    out, pos = [], 0
    while pos < len(t):
        c = periods._FIRST.search(t, pos)
        if c is None:
            break
        at = c.start()
        if at and t[at - 1] in periods._DIGITS and t[at] in periods._DIGITS:
            pos = at + 1
            continue
        m = scan.match(t, at)
        if m is None:
            pos = at + 1
            continue
        out.append((m.span(), {k: v for k, v in m.groupdict().items() if v is not None}))
        pos = m.end()
    return out


@pytest.mark.parametrize("text", [
    "FY2031Q2营收增长，2032年第三季度毛利率、2033H1与Q4 2034；今年以来上涨，本周（11月16日—11月20日）",
    "下一财季指引，未来3年内，CY30Q1，2030.7，Mar 4, 2031，昨日，上半年，前三季度，1-10月累计，A100与H200芯片",
    "x168张卡，12031年，第三方数据，约一年的时间，家第三方，3Q31、1H32，2031E，三年内，上周五与周三，今（10）日",
])
def test_period_scan_finds_what_the_guarded_scanner_found(text):
    t = periods.fold(text)
    assert _dispatched(periods._CANDIDATE, periods._SCAN_AT, t) == _original_period_scan(t)


@pytest.mark.parametrize("text", ["甲增长5%。乙下降3%！！丙？\n丁", "。。\n\n！", "收入1,620.5亿，同比+5%；毛利率30%：稳定,", "a,123,4567。"])
def test_sentence_end_scan_and_clause_runs_are_the_plain_patterns(text):
    assert [m.span() for m in segment._SENTENCE_END_SCAN.finditer(text)] == \
        [m.span() for m in segment._SENTENCE_END.finditer(text)]
    pos, sentences = 0, []
    for m in segment._SENTENCE_END.finditer(text):
        sentences.append((pos, m.start()))
        pos = m.end()
    sentences.append((pos, len(text)))
    runs = [m.span() for m in segment._CLAUSE_RUN.finditer(text)]
    per_sentence = [tuple(c) for a, b in sentences for c in segment._clauses(text, a, b)]
    assert runs == per_sentence


@pytest.mark.parametrize("s", ["abc", "营收 100 亿", "ＡＢ１２", "👍 3,412\u3000💬 186", "–“”·", "한국어 텍스트", "\u3000\u3000x"])
def test_width_counts_wide_characters_twice(s):
    assert segment._width(s) == len(s.translate(segment._WIDE_TABLE))


def test_rejoin_bridges_page_furniture_given_as_skip_ranges():
    body = ("某机构数据显示，全球推理芯片市场规模在今年有望达到约\n"
            "第 3 页\n"
            "320亿美元，同比增长35%，其中云端部署的占比继续提升，\n"
            "边缘侧的出货量则在下半年明显放量，带动整体市场加速\n"
            "扩张。\n\n二、风险提示")
    furniture = body.index("第 3 页")
    joined = segment.rejoin_wrapped_lines(body, skip=[(furniture, furniture + len("第 3 页"), "footer")])
    assert len(joined) == len(body)
    assert "约" + " " * (len("第 3 页") + 2) + "320亿" in joined
    assert joined.endswith("扩张。\n\n二、风险提示")  # a blank line alone still ends the paragraph


@pytest.mark.parametrize("text", ["1,234,5", "a,123", "5,678，9,999,1", ",123", "1,2345,678", "12,34,567,", ",,1,111"])
def test_clause_runs_from_any_start_are_the_clauses(text):
    # from any start, even inside a number right before a thousands separator
    for start in range(len(text)):
        assert [m.span() for m in segment._CLAUSE_RUN.finditer(text, start)] == \
            [tuple(c) for c in segment._clauses(text, start, len(text))], (text, start)
