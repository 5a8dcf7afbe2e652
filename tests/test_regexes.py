"""The pattern speed-ups keep every match: guarded alternations, anchored line rules, date scans."""
import re

import pytest

from aigc_analysis.extract import names, periods
from aigc_analysis.extract.regexes import consumed_chars, first_chars, guard_branches, last_chars, top_level_branches
from aigc_analysis.load import boilerplate, metadata


def _same_matches(a: re.Pattern, b: re.Pattern, text: str) -> None:
    for at in range(len(text) + 1):
        ma, mb = a.match(text, at), b.match(text, at)
        assert (ma is None) == (mb is None), (text, at)
        if ma is not None:
            assert ma.regs == mb.regs, (text, at)


def test_top_level_branches_skip_groups_classes_and_escapes():
    assert top_level_branches(r"(?:a|b)c|[|x]|\|d|e") == ["(?:a|b)c", "[|x]", r"\|d", "e"]
    assert top_level_branches(r"[]|]a|b") == ["[]|]a", "b"]


def test_first_chars_reads_lookbehinds_options_and_classes():
    assert first_chars(r"(?<![0-9])(?P<x>[ab]|cd)e") == (frozenset("abc"), False)
    assert first_chars(r"x?y")[0] == frozenset("xy")
    assert first_chars(r"x?") == (frozenset("x"), True)
    assert first_chars(r".a") == (None, False)  # any character: nothing to guard with
    assert first_chars(r"ab", re.IGNORECASE) == (None, False)
    assert first_chars(r"(?i:ab)c") == (None, False)  # a case-blind group: its first letter has two cases


def test_last_chars_read_from_the_end_and_skip_zero_width_items():
    assert last_chars(r"(?:ab|c)d?(?!x)$") == (frozenset("bcd"), False)
    assert last_chars(r"a\s?") == (frozenset({"a"}) | frozenset(c for c in map(chr, range(0x3001)) if c.isspace()), False)
    assert last_chars(r"a?") == (frozenset("a"), True)
    assert last_chars(r"a.") == (None, False)
    assert last_chars(r"c(?i:ab)") == (None, False)


def test_consumed_chars_are_every_character_a_match_can_hold():
    assert consumed_chars(r"(?<!z)(?:ab|c)d*(?=e)") == frozenset("abcd")
    assert consumed_chars(r"a[^b]") is None
    assert consumed_chars(r"(?i:ab)") is None
    pattern = re.compile(r"(?:降|跌)(?:了)?\s?(?:约)?\$?")
    chars = consumed_chars(pattern.pattern)
    for text in ("收入下降了 约$", "跌约", "ab降了$"):
        for m in pattern.finditer(text):
            assert set(m.group()) <= chars


def test_conditional_groups_are_read_as_either_branch():
    # (?(name)yes|no): a match takes one of the two; a missing "no" matches empty
    assert first_chars(r"(?P<a>x)?(?(a)y|z)w") == (frozenset("xyz"), False)
    assert first_chars(r"(?P<a>x)?(?(a)y)") == (frozenset("xy"), True)
    assert first_chars(r"(?P<a>x)?(?(a).|z)") == (None, False)
    assert last_chars(r"(?P<a>x)?(?(a)y)") == (frozenset("xy"), True)
    assert last_chars(r"w(?P<a>x)?(?(a)y|z)") == (frozenset("yz"), False)
    assert consumed_chars(r"(?P<a>x)?(?(a)y|z)") == frozenset("xyz")
    assert consumed_chars(r"(?P<a>x)?(?(a)[^y])") is None
    pattern = re.compile(r"(?:(?P<f>降)|升)?约(?(f)为)?\$?$")
    chars, ends = consumed_chars(pattern.pattern), last_chars(pattern.pattern)[0]
    for text in ("降约为$", "升约", "降约", "约$"):
        m = pattern.search(text)
        assert m is not None and set(m.group()) <= chars and m.group()[-1] in ends


def test_guard_branches_keeps_order_groups_and_matches():
    source = r"(?<![0-9])(?P<y>20[0-9]{2})年|(?P<q>[一二三四])季度?|(?P<w>本|上)周|x?(?P<opt>)"
    guarded = re.compile(guard_branches(source))
    plain = re.compile(source)
    assert guarded.groupindex == plain.groupindex
    assert guard_branches(source).endswith("|x?(?P<opt>)")  # an empty-matching branch stays bare
    for text in ("2031年三季度本周", "12031年x", "上周与四季", "xx20年"):
        _same_matches(plain, guarded, text)


def test_period_scanner_matches_as_written():
    # every position the scan tries (a _FIRST character, not a digit after a digit): the
    # alternatives of its first characters match as the whole pattern does
    plain = re.compile(periods._SCAN_SOURCE)
    text = periods.fold("FY2031Q2营收增长，2032年第三季度毛利率、2033H1与Q4 2034；今年以来上涨，本周（11月16日—11月20日）"
                        "下一财季指引，未来3年内，CY30Q1，2030.7，Mar 4, 2031，昨日，上半年，前三季度，1-10月累计")
    tried = 0
    for at in range(len(text)):
        if periods._FIRST.match(text, at) is None or (at and text[at - 1] in periods._DIGITS and text[at] in periods._DIGITS):
            continue
        tried += 1
        ma, mb = plain.match(text, at), periods._SCAN_AT[text[at:at + 2]].match(text, at)
        assert (ma is None) == (mb is None), (text, at)
        if ma is not None:
            assert ma.span() == mb.span(), (text, at)
            assert {k: v for k, v in ma.groupdict().items() if v is not None} == \
                {k: v for k, v in mb.groupdict().items() if v is not None}, (text, at)
    assert tried >= 40


@pytest.mark.parametrize("line", ["首页 > 研报 > 标题", "当前位置: 研究", "阅读量: 1200", "作者:某某 发布时间:2031-01-01",
                                  "研报正文 首页 > 不在行首", "分析师:张三", "客服热线:400-000-0000", "收入增长20%"])
def test_line_rules_give_the_answer_of_one_search(line):
    nav = any(p.search(line) for p in boilerplate._NAV_LINE)
    contact = any(p.search(line) for p in boilerplate._CONTACT_LINE)
    assert boilerplate._is_nav_line(line) == nav
    assert boilerplate._is_contact_line(line) == contact


def test_english_month_dates_found_in_any_case():
    found = [(str(h.date), h.precision) for h in metadata.find_dates("发布 nov 21, 2031，及 SEPTEMBER 2032，xMay 2033")]
    assert found == [("2031-11-21", "day"), ("2032-09-01", "month")]


@pytest.mark.parametrize("text", ["据悉，淳中科技（603516）与萬國數據 (9698.HK)同日公告", "ABC123(600000.SH)",
                                  "很长很长很长很长很长的公司名称（000001）", "无代码（12345678）", "甲乙 （300750）丙丁（688981.SH）"])
def test_stock_code_names_as_the_whole_text_scan_finds_them(text):
    assert [m.span(1) for m in names._code_matches(text)] == [m.span(1) for m in names._CODE.finditer(text)]


_NAMES_TEXTS = [
    "淳中科技（603516）与瀚星微电 (688917.SH)、（0700.HK）( 2027年）发布Zeta-9 Pro，NovaMind与xGPT-4、a.Bcd",
    "旗下的星河科技有限公司，回购股份科技\n云雀集团控股证券与申万半导体指数、电子板块", "Corvana第三季度收入", "",
    "（603516）开头，A-B.C D-9 Ex，1Abc，-Abc .Abc",
]


def test_code_tails_are_the_tail_pattern_matches():
    for text in _NAMES_TEXTS:
        assert list(names._code_tails(text)) == [m.span() for m in names._CODE_TAIL.finditer(text)], text


def test_org_matches_are_the_org_pattern_matches():
    for text in _NAMES_TEXTS:
        assert [m.span() for m in names._org_matches(text)] == [m.span() for m in names._org_re().finditer(text)], text


def test_latin_pattern_with_its_guard_after_the_capital_matches_as_before():
    before = re.compile(r"(?<![A-Za-z0-9\-.])([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ ][A-Z0-9][A-Za-z0-9.\-]*)?)"
                        r"(?![A-Za-z0-9\-])")
    for text in _NAMES_TEXTS:
        assert [m.regs for m in names._LATIN.finditer(text)] == [m.regs for m in before.finditer(text)], text


def _shortcuts_off() -> list[str]:
    """Every literal prefilter of the number parser that is switched off, with the reason.

    The shortcuts are decided at import from the parsed patterns and fall back silently (the
    pattern as written, no lookahead) when the analyser meets a construct it does not read: a
    pattern gaining such a construct keeps every match and only gets slower (a conditional group
    did so once). This lists each one that fell back.
    """
    from aigc_analysis.extract import quantities as q

    off = []
    for name in ("_MAG", "_UNIT", "_PER"):
        pattern = getattr(q, name)
        if getattr(q, name + "_G") == pattern:
            first, nullable = first_chars(pattern.replace("(?i:", "(?:"))
            off.append(f"{name}_G: no lookahead ({'can match empty' if nullable else 'first characters unread'})")
    for branch in top_level_branches(q._SCAN.pattern):
        if not branch.startswith("(?=["):
            off.append(f"_SCAN alternative without its lookahead: {branch[:60]}")
    scan = q._SCAN.pattern
    for group in ("(?P<sp1>", "(?P<q2>"):  # the range's second end, the qualifier after a number
        at = scan.find(group)
        if at < 0 or "(?=" not in scan[max(0, at - 60):at + 10]:
            off.append(f"_SCAN's {group} part: no lookahead")
    for name in ("_PREFIX_FIRST", "_PREFIX_ENDS", "_PREFIX_CHARS", "_PREFIX_AT_FIRST", "_PREFIX_RUN"):
        if getattr(q, name) is None:
            off.append(f"{name}: None (the prefix pattern holds a construct first_chars / last_chars / "
                       "consumed_chars do not read)")
    if not q._BLANK_PREFIX_EMPTY:
        parts = {"_FALL": q._FALL, "comparative": q._WORDS["comparative"],
                 "qualifier_before": q._WORDS["qualifier_before"], "_CUR_BEFORE": q._CUR_BEFORE}
        off.append("_BLANK_PREFIX_EMPTY: False, may start with a blank or unread: "
                   + ", ".join(k for k, v in parts.items() if not q._starts_unblank(v)))
    if not q._BLANKS_IN_PREFIX:
        off.append("_BLANKS_IN_PREFIX: False (blanks are not all prefix characters)")
    return off


def test_no_number_parser_shortcut_is_switched_off():
    # a shortcut that fell back is no wrong answer, only a slower one: nothing else would notice
    assert _shortcuts_off() == []
