"""Boilerplate spans: navigation, contact blocks, disclaimers, rating scales, contents."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aigc_analysis.load.boilerplate import find_boilerplate


def _kinds_at(text, spans, needle):
    """Kinds of the spans covering the first occurrence of ``needle``."""
    i = text.index(needle)
    return {k for s, e, k in spans if s <= i and i + len(needle) <= e}


def _covered(text, spans, needle):
    return bool(_kinds_at(text, spans, needle))


@pytest.fixture(scope="module")
def seeds(corpus):
    return {d[:3]: (t, b) for d, t, b in corpus[["doc_id", "text", "boilerplate"]].itertuples(index=False)}


def test_spans_sorted_disjoint_and_text_untouched(corpus):
    for text, spans in corpus[["text", "boilerplate"]].itertuples(index=False):
        assert spans == find_boilerplate(text)
        assert spans == sorted(spans)
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            assert e1 <= s2
        for s, e, k in spans:
            assert 0 <= s < e <= len(text)
            assert k in {"navigation", "contact", "disclaimer", "rating", "toc"}
            assert text[s:e].strip() == text[s:e]  # spans are trimmed


@pytest.mark.parametrize("seed, needle, kind", [
    ("001", "首页\xa0>\xa0公众号研报", "navigation"),
    ("001", "作者:微信公众号", "navigation"),
    ("001", "S0570519080006", "navigation"),  # inside the 相关研报 block
    ("001", "关注我们", "navigation"),
    ("001", "本公众号不是华泰证券股份有限公司", "disclaimer"),
    ("001", "郑重声明:悟空智库网", "disclaimer"),
    ("002", "邮箱：songhui@hx168.com.cn", "contact"),
    ("002", "SAC NO: S1120519080003", "contact"),
    ("002", "作者具有中国证券业协会授予", "disclaimer"),
    ("002", "分析师预测在此期间股价相对强于上证指数", "rating"),
    ("002", "本报告仅供本公司签约客户使用", "disclaimer"),
    ("003", "炒股按天配资玩法_股票配资开户", "navigation"),
    ("003", "你的位置", "navigation"),
    ("003", "点击次数:134", "navigation"),
    ("004", "alexwang@eif.com.hk", "contact"),
    ("004", "请参阅本报告尾部免责声明", "disclaimer"),
    ("004", "一\tAI技术背景介绍\t2", "toc"),
    ("004", "此报告内所提到的证券可能在某些地区不能出售", "disclaimer"),
    ("004", "预期未来6个月的投资收益率领先恒生指数15%以上", "rating"),
    ("004", "客户服务热线香港", "rating"),  # address block inside the rating section's tail
])
def test_seed_boilerplate_marked(seeds, seed, needle, kind):
    text, spans = seeds[seed]
    assert _kinds_at(text, spans, needle) == {kind}


@pytest.mark.parametrize("seed, needle", [
    ("000", "中信證券認為"),
    ("000", "風險因素"),
    ("001", "风险提示 自研模型进展不及预期"),  # risk factors are content
    ("001", "MAI-1拥有大约5000亿参数"),
    ("002", "的光子计算预计也将会成为后续发展重点"),  # right after the spliced analyst sidebar
    ("002", "技术更新发展不及预期"),
    ("003", "财联社7月23日讯"),
    ("003", "进退两难的AI“百模大战”:A股首批玩家业绩“全军覆没”,后勤资金补给加速撤离,2%生存赛中没有最优解只有生死抉择\n\n发布日期"),
    ("004", "3. 数据分析师：分析和汇总数据"),  # a list item mentioning analysts is content
    ("004", "1H22三大运营商合计资本开支为1,620.5亿元"),
    ("004", "2023年5月15日"),
])
def test_seed_content_not_marked(seeds, seed, needle):
    text, spans = seeds[seed]
    assert not _covered(text, spans, needle)


def test_seed_000_has_no_boilerplate(seeds):
    assert seeds["000"][1] == []


def test_disclaimer_runs_to_next_heading_or_end():
    text = "正文:收入增长20%。\n\n重要声明\n本报告仅供参考。\n不构成投资建议。\n\n投资评级说明\n买入:相对指数涨幅15%以上"
    spans = find_boilerplate(text)
    assert [(text[s:e], k) for s, e, k in spans] == [
        ("重要声明\n本报告仅供参考。\n不构成投资建议。", "disclaimer"),
        ("投资评级说明\n买入:相对指数涨幅15%以上", "rating"),
    ]


def test_block_ends_at_a_numbered_chapter():
    text = "分析师承诺\n作者保证报告客观。\n\n3. 行业观点\n算力需求增长50%。"
    spans = find_boilerplate(text)
    assert spans == [(0, text.index("\n\n3."), "disclaimer")]


def test_traditional_and_fullwidth_headings():
    text = "內容：營收增長３０％。\n\n免責聲明：\n本報告僅供參考。"
    spans = find_boilerplate(text)
    assert [(text[s:e][:4], k) for s, e, k in spans] == [("免責聲明", "disclaimer")]


def test_inline_contact_tokens_in_a_long_line():
    text = "公司营收增长30%,利润增长20%,后续关注。 张三 分析师 S0570519080006 | BQZ938 联系 zhang@example.com 其他内容继续。"
    spans = find_boilerplate(text)
    marked = [text[s:e] for s, e, _ in spans]
    assert any("S0570519080006 | BQZ938" in m for m in marked)
    assert "zhang@example.com" in marked
    assert not _covered(text, spans, "公司营收增长30%")


def test_keyword_in_prose_is_not_a_heading():
    text = "我们在免责声明中提到的风险提示值得关注,行业评级维持推荐。\n评级体系的变化不影响结论。"
    assert find_boilerplate(text) == []


_PIECES = ["免责声明", "评级说明", "关注我们", "首页 > ", "你的位置:", "分析师:张三", "S0570519080006",
           "a@b.cn", "目录", "一 概述 2", "1. 行业观点", "正文内容,增长20%。", "\n", "\n\n", " ", "　", "请参阅尾部免责声明"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_spans_are_always_valid(pieces):
    text = "".join(pieces)
    spans = find_boilerplate(text)
    assert spans == sorted(spans)
    for (_, e1, _), (s2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)


# --- page furniture (PDF text layers, and plain text extracted from PDFs) -------------------------
def test_page_number_lines_are_page_furniture():
    doc = ("正文：收入增长20%。\n行业深度报告                    第 6 页 / 共 36 页\n- 7 -\n"
           "请务必阅读正文之后的免责声明部分　　第1页 共7页\nPage 3 of 9\n"
           "表1：第3页数据\n详见第3页的图表。\n2024 年收入 36 亿元\n")
    spans = find_boilerplate(doc)
    for line in ("行业深度报告                    第 6 页 / 共 36 页", "- 7 -", "Page 3 of 9",
                 "请务必阅读正文之后的免责声明部分　　第1页 共7页"):
        start = doc.index(line)
        assert any(s <= start and start + len(line) <= e and k == "page" for s, e, k in spans), line
    marked = "".join(doc[s:e] for s, e, _ in find_boilerplate(doc))
    for content in ("表1：第3页数据", "详见第3页的图表。", "2024 年收入 36 亿元", "收入增长20%"):
        assert content not in marked


def test_running_headers_repeated_a_page_apart():
    page = "AI服务器行业深度：推理接力训练\n" + "正文段落，收入增长20%。\n" * 40
    doc = page * 3
    spans = [(doc[s:e], k) for s, e, k in find_boilerplate(doc)]
    assert spans.count(("AI服务器行业深度：推理接力训练", "page")) == 3
    # the same short line three times close together is content (a list), not a header
    close = "结论\n风险提示：需求不及预期\n风险提示：需求不及预期\n风险提示：需求不及预期\n"
    assert not [k for _, _, k in find_boilerplate(close) if k == "page"]


def test_line_rule_words_come_from_data():
    """The words of the line rules live in data/boilerplate_words.csv, one group per rule."""
    from aigc_analysis.load import boilerplate

    assert "首页" in boilerplate._WORDS["nav_home"]
    # longest first, so 客户服务热线 is tried before 热线-like shorter labels
    alt = boilerplate._alt("contact_label").split("|")
    assert alt[0] == "客户服务热线" and len(alt) == len(set(alt))
    text = "正文一句话。\n当前位置: 研究 > 报告\n正文二句话。\n"
    kinds = {k for _, _, k in boilerplate.find_boilerplate(text)}
    assert kinds == {"navigation"}


_HEADING_PIECES = ["公司评级体系", "评级体系", "分析师声明", "分析师", "免责声明", "声明", "1、", "【", "】",
                   "华西证券", " ", "\n", ":", "正文", "。"]


@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=14))
def test_heading_keywords_as_a_trie_match_as_longest_first(pieces):
    """The heading patterns hold the keywords as a trie: every match (and keyword) is the one
    of the keywords written longest first."""
    import re

    from aigc_analysis.load import boilerplate as bp

    text = "".join(pieces)
    longest_first = "|".join(sorted(map(re.escape, bp.HEADINGS), key=len, reverse=True))
    for pattern in (bp._HEADING_LINE, bp._HEADING_INLINE, bp._HEADING_WORD):
        reference = re.compile(pattern.pattern.replace(bp._KEYWORDS, longest_first), pattern.flags)
        assert reference.pattern != pattern.pattern
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in reference.finditer(text)]


_TRIE_GROUPS = ("issuer_suffix", "nav_home", "nav_location", "read_counter", "repost_stamp", "repost_from",
                "source_line", "share_block", "analyst_title", "registration", "contact_heading",
                "disclaimer_verb", "disclaimer_object")


def _line_rule_pieces():
    from aigc_analysis.load import boilerplate as bp

    words = sorted({w for g in _TRIE_GROUPS for w in bp._WORDS[g]})
    return words + [w[:-1] for w in words if len(w) > 1] + ["请", "敬请", "务必", "作者", ":", " ", "\n", "张三",
                                                            "12", "正文很长的一句。", "华西证券", ")", ">"]


@given(st.lists(st.sampled_from(_line_rule_pieces()), max_size=10))
def test_line_rule_words_as_tries_match_as_longest_first(pieces):
    """The case-sensitive line rules hold their word groups as tries: every match is the one of
    the same words written longest first (``_alt``)."""
    import re

    from aigc_analysis.load import boilerplate as bp

    text = "".join(pieces)
    patterns = [bp._HEADING_LINE, bp._NAV_ANYWHERE, *bp._NAV_LINE, *bp._CONTACT_LINE, bp._ONE_LINE_DISCLAIMER]
    for pattern in patterns:
        source = pattern.pattern
        for group in _TRIE_GROUPS:
            source = source.replace(bp._trie(group), bp._alt(group))
        reference = re.compile(source, pattern.flags)
        for line in text.split("\n"):
            assert [(m.span(), m.group()) for m in pattern.finditer(line)] == \
                   [(m.span(), m.group()) for m in reference.finditer(line)]


def test_a_newspaper_colophon_is_contact_furniture():
    text = ("全市数据中心上架率提升至七成。\n（责任编辑：王某）\n本报热线：020-1234 5678　投稿邮箱：a@b.example.cn\n"
            "本报地址：广州市某区某路8号　邮编：510000　定价：每份2.00元\n")
    spans = find_boilerplate(text)
    assert _covered(text, spans, "每份2.00元") and _covered(text, spans, "1234 5678")
    assert not _covered(text, spans, "七成")
