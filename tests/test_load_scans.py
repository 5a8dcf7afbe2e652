"""The loader's faster scans find exactly what the plain scans they replace find.

Each test writes the plain form (a ``finditer`` over the whole text, an ``if/elif`` chain of
separate matches, a longest-first alternation) next to the fast one and compares them on
invented text that exercises every rule.
"""
from __future__ import annotations

import random
import re

import pytest

from aigc_analysis.load import boilerplate as bp
from aigc_analysis.load import metadata as md
from aigc_analysis.load.scan import case_class, finditer_at, finditer_positions, word_starts, word_trie

ALL_CHARS = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


def spans(matches) -> list[tuple]:
    return [m.regs for m in matches]


# --- scan helpers ---------------------------------------------------------------------------------
def test_finditer_at_finds_what_finditer_finds():
    pattern = re.compile(r"(?<![a-z])(?:ab|abc)d*")
    text = "xabd abcdd ab-abc zab abab"
    assert spans(finditer_at(pattern, re.compile("a"), text)) == spans(pattern.finditer(text))
    assert spans(finditer_at(pattern, re.compile("a"), text, 3, 20)) == spans(pattern.finditer(text, 3, 20))


def test_word_trie_is_the_longest_first_alternation():
    rng = random.Random(3)
    words = sorted({"".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 4))) for _ in range(40)})
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    trie = re.compile(word_trie(words))
    starts = word_starts(words)
    for _ in range(50):
        text = "".join(rng.choice("甲乙丙丁戊 ") for _ in range(200))
        assert spans(trie.finditer(text)) == spans(plain.finditer(text))
        assert spans(finditer_at(trie, starts, text)) == spans(plain.finditer(text))


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz")
def test_case_class_holds_every_character_re_matches_case_blind(letter):
    blind = set(re.compile(re.escape(letter), re.I).findall(ALL_CHARS))
    cls = re.compile(case_class([letter], 0))
    assert blind <= set(cls.findall(ALL_CHARS))


# --- boilerplate ----------------------------------------------------------------------------------
def reference_line_spans(text: str) -> list[tuple]:
    """The rules as separate matches in an if/elif chain (the form before the speed-up)."""
    out, in_toc, pos = [], False, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if bp._TOC_HEAD.match(line):
            in_toc = True
            out.append((start, end, "toc"))
            continue
        if in_toc and bp._TOC_ENTRY.match(line):
            out.append((start, end, "toc"))
            continue
        in_toc = False
        kind = None
        if bp._PAGE_LINE.match(line):
            kind = "page"
        elif len(line) <= 300 and any(p.search(line) for p in bp._NAV_LINE):
            kind = "navigation"
        elif len(line) <= 200 and any(p.search(line) for p in bp._CONTACT_LINE):
            kind = "contact"
        elif bp._ONE_LINE_DISCLAIMER.match(line):
            kind = "disclaimer"
        if kind:
            out.append((start, end, kind))
    return out


LINES = [
    "目录", "一、行业概览 ........ 3", "二、竞争格局 12", "正文第一段,收入增长20%。", "- 3 -", "3/38",
    "行业深度报告  第 6 页 / 共 36 页", "Page 3 of 9", "首页 > 研报 > 行业", "当前位置: 研究 > 报告",
    "炒股配资_股票配资开户_免息配资", "阅读量: 1200", "作者:某某 发布时间:2031-01-01", "(以下内容来自某某证券",
    "来源: 某某网", "扫码关注 获取更多", "邮箱: a@b.cn", "Tel: 010-1234", "SAC 执业证书编号 S0000000000001",
    "分析师信息", "分析师:张三", "某某 TMT行业分析员", "请务必阅读正文之后的免责声明", "敬请参阅最后一页的重要说明",
    "研报正文 当前位置: 不在行首", "x" * 250 + " 分析师:张三", "y" * 310 + " 阅读量: 9", "z" * 220 + " 当前位置: 首页",
    "长段落 " * 60 + "请参阅免责声明", "数据来源:某某研究所", "  ", "", "第3页", "Home > News", "E-mail: x@y.com",
    "_a_b_c", "aa_bb_cc_dd", "请阅读附注说明", "研究员 王五", "图表目录", "1. 引言 5",
]


def test_line_spans_as_the_if_elif_chain():
    rng = random.Random(11)
    for _ in range(300):
        text = "\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 25)))
        assert bp._line_spans(text) == reference_line_spans(text)


def test_every_line_rule_is_quick_or_gated():
    # _line_spans runs the quick pattern, then checks the gated rules by name: a new navigation
    # or contact rule must land in exactly one of the two
    gated = {bp._NAV_LOCATION, bp._SEO_TITLE, bp._READ_COUNTER, bp._ANALYST_LINE}
    groups = set(bp._LINE_START_RULES[0].groupindex)
    for kind, rules in (("navigation", bp._NAV_LINE), ("contact", bp._CONTACT_LINE)):
        for i, rule in enumerate(rules):
            assert (f"{kind}{i}" in groups) != (rule in gated), (kind, i)


def reference_repeated_spans(text: str) -> list[tuple]:
    seen: dict[str, list] = {}
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not (6 <= len(stripped) <= 80) or "\t" in stripped or "|" in stripped:
            continue
        if re.search(r"[。!?;]", stripped):
            continue
        key = re.sub(r"\d+", "#", " ".join(stripped.split()))
        if key.replace("#", "").strip():
            seen.setdefault(key, []).append((start, end))
    out = []
    for places in seen.values():
        if len(places) >= bp.REPEAT_MIN and all(b[0] - a[1] >= bp.REPEAT_GAP for a, b in zip(places, places[1:])):
            out.extend((s, e, "page") for s, e in places)
    return out


def test_repeated_spans_as_before():
    rng = random.Random(5)
    filler = ["正文内容" * rng.randint(5, 40) for _ in range(10)]
    heads = ["某某证券 行业周报 第 1 页", "某某证券 行业周报 第 2 页", "  2031 3 ", "表格\t数据", "一句话。", "###  ##"]
    for _ in range(100):
        text = "\n".join(rng.choice(filler + heads) for _ in range(40))
        assert bp._repeated_spans(text) == reference_repeated_spans(text)


def test_heading_lines_as_finditer():
    rng = random.Random(2)
    parts = ["免责声明", "- \n\n 重要声明", "1、\n分析师承诺", "华西证券免责声明:", "正文 免责声明 之后", "评级说明 ",
             "■\n", "一、", "\n", "投资评级", "普通正文。", "【联系我们】", "12. 相关阅读", "投资评级说明 x", "第三章 展望",
             " 2. 行业概况"]
    for _ in range(300):
        text = "".join(rng.choice(parts) + rng.choice(["\n", "", " "]) for _ in range(12))
        assert spans(bp._heading_lines(text)) == spans(bp._HEADING_LINE.finditer(text))
        inline = spans(bp._HEADING_INLINE.finditer(text))
        assert spans(finditer_at(bp._HEADING_INLINE, bp._HEADING_WORD, text)) == inline
        assert spans(finditer_positions(bp._HEADING_INLINE, bp._keyword_starts(text), text)) == inline
        for pos in (0, 3, 9):
            fast, plain = bp._chapter_in(text, pos, len(text)), bp._CHAPTER.search(text, pos, len(text))
            assert (fast and fast.regs) == (plain and plain.regs)


def test_contact_tokens_as_the_full_scan():
    rng = random.Random(4)
    parts = ["张三 分析师 SAC NO. S0000000000001", "s1234567890123", "电话:010-88888888", "Fax: +86 21 1234 5678",
             "邮箱 zhang.san@example.cn", "@某账号:评论", "tel 1234567", "正文中文内容很长很长", "TEL:", "ſ0000000000001"]
    for _ in range(200):
        text = " ".join(rng.choice(parts) for _ in range(10))
        fast = bp._token_spans(text)
        anchors = bp._CONTACT_ANCHOR.finditer(text)
        assert spans(finditer_at(bp._CONTACT_ANCHOR, bp._CONTACT_ANCHOR_START, text)) == spans(anchors)
        slow, done = [], 0
        for a in bp._CONTACT_ANCHOR.finditer(text):
            if a.start() < done:
                continue
            lo = max(done, a.start() - 80, text.rfind("\n", 0, a.start()) + 1)
            for m in bp._CONTACT_TOKEN.finditer(text, lo, min(len(text), a.end() + 80)):
                if m.start() <= a.start() < m.end() or m.start() >= a.start():
                    slow.append((m.start(), m.end(), "contact"))
                    done = max(done, m.end())
            done = max(done, a.end())
        assert fast == sorted(set(slow))


# --- metadata -------------------------------------------------------------------------------------
DATE_PARTS = ["2031年5月9日", "2031 年 05 月 09 日 08:15", "民国120年3月4日", "120年3月4日", "2031/11/20", "2031.11.03",
              "2031-03-04", "Nov 21, 2031", "21 Nov 2031", "2031年8月", "2031-08", "November 2031", "sept 3 2031",
              "12.2031-01-01", "x2031年1月1日", "31 DEC 2031", "正文", "\n", " ", "数字 1999 与 20", "ſept 2031"]


def test_date_scans_as_finditer():
    rng = random.Random(8)
    for _ in range(300):
        text = "".join(rng.choice(DATE_PARTS) for _ in range(8))
        for (pattern, _), starts in zip(md._date_patterns(), md._date_starts()):
            assert spans(finditer_at(pattern, starts, text)) == spans(pattern.finditer(text))


def test_rating_and_label_scans_as_finditer():
    rng = random.Random(9)
    parts = ["投资评级:买入(维持)", "Rating: Buy (Maintain)", "rating:BUY", "买入(首次)", "维持行业\"增持\"评级",
             "目标价:45.6元", "目標價 HK$185", "发布时间:2031-01-01", "报告日期 2031年1月1日", "正文", "\n", "增持",
             "财联社7月23日讯", "新华社北京2031年5月9日电", "  某某7月1日讯"]
    pats, starts = md._rating_patterns(), md._rating_starts()
    for _ in range(300):
        text = md.for_parsing(md.to_simplified("".join(rng.choice(parts) for _ in range(8))))
        for name in ("labelled", "bare", "body", "target"):
            assert spans(finditer_at(pats[name], starts[name], text)) == spans(pats[name].finditer(text))
        label = md._header_patterns()["label_ahead"]
        assert spans(finditer_at(label, md._label_ahead_starts(), text)) == spans(label.finditer(text))
        assert spans(md._datelines(text, len(text))) == spans(md.DATELINE.finditer(text, 0, len(text)))


def test_publisher_trie_as_the_longest_first_alternation():
    pattern, by_alias = md._publisher_matcher()
    plain = re.compile("|".join(map(re.escape, sorted(by_alias, key=len, reverse=True))))
    aliases = sorted(by_alias)
    rng = random.Random(6)
    for _ in range(200):
        text = "".join(rng.choice(aliases)[: rng.randint(1, 6)] + rng.choice(["", "的", "\n"]) for _ in range(10))
        assert spans(finditer_at(pattern, md._publisher_starts(), text)) == spans(plain.finditer(text))


def test_a_header_lines_dates_are_the_headers_dates_on_it():
    rng = random.Random(12)
    for _ in range(200):
        text = "".join(rng.choice(DATE_PARTS + ["\n", "\n", " 1", "5 "]) for _ in range(20))
        every = md.find_dates(text, 0, len(text))
        pos = 0
        for line in text.split("\n"):
            start, stop = pos, pos + len(line)
            pos = stop + 1
            assert md.find_dates(text, start, stop) == [h for h in every if start <= h.start < stop]
