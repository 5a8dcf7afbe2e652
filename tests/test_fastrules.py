"""Invariants of the speed-ups of the round's extraction rules (issue 18): each cheap form must
answer exactly as the plain form it replaces, on invented text."""
from aigc_analysis.extract import sector_lists


def test_any_of_finds_what_a_loop_over_the_words_finds():
    lines = ["申万一级行业：机械+2.1%", "本周风格方面，大盘占优", "今年以来累计上涨", "市盈率PE-TTM",
             "订单增长20%", "", "指", "行", "融资融券余额", "电子化学品+3.0%"]
    for role, words in sector_lists._words().items():
        for line in lines + list(words):
            assert bool(sector_lists._any_of(role).search(line)) == any(w in line for w in words), (role, line)
    assert sector_lists._any_of("no such role").search("行业") is None


def test_head_of_takes_the_ascii_colon_first():
    text = "申万一级行业：机械: +2.1%"
    assert sector_lists._head_of(text, 0, len(text)) == (0, 9)  # an ASCII colon, even after a full-width one
    text = "- 行业：机械+2.1%"
    assert sector_lists._head_of(text, 0, len(text)) == (2, 4)


def test_theme_word_matches_the_first_word_a_loop_would():
    from aigc_analysis.extract.names import _index_words_by_len
    words = _index_words_by_len()[2]
    for text in ["液冷+5.5%", "数据要素指数-2.0%", "人工智能算力", "机器人", "", "液"] + list(words):
        for end in range(len(text) + 1):
            loop = next((w for w in words if text.startswith(w, 0, end)), None)
            m = sector_lists._theme_word().match(text, 0, end)
            assert (m.group(0) if m else None) == loop, (text, end)


def test_ir_coded_matches_are_the_patterns_matches():
    from aigc_analysis.extract import facts
    texts = ["【中际旭创 300308】\n问：800G进展？\n答：顺利。\n新易盛（300502）回复称：产能充足。\n",
             "  【北辰液冷 301234】  \n正文1234567在行中\n300308\n甲乙 300308.SZ\n营收增长20%，代码688111。",
             "首行\r\n【中际旭创300308】\r\n", "", "1234567890123\n\n\n光迅科技(002281)表示：\n"]
    for text in texts:
        assert [m.span() for m in facts._ir_coded_matches(text)] == \
               [m.span() for m in facts._IR_CODED_LINE.finditer(text)], text
    assert facts._ir_coded_matches(texts[0])  # the test text holds coded lines


def test_sample_total_search_is_a_substring_test():
    from aigc_analysis.extract import facts
    text = "预计合计归母净利润共计120亿元，总计"
    for a in range(len(text) + 1):
        for b in range(len(text) + 1):
            assert bool(facts._SAMPLE_TOTAL.search(text, a, b)) == any(w in text[a:b] for w in facts._SAMPLE_TOTALS)


def test_glossed_english_firms_need_a_blank_before_their_bracket():
    from aigc_analysis.extract import facts
    assert " \\(" in facts._EN_GLOSSED_FIRM.pattern
    assert facts._EN_GLOSSED_FIRM.search("Alpha Fund (阿尔法基金)") is not None
    assert facts._EN_GLOSSED_FIRM.search("Alpha Fund(阿尔法基金)") is None
