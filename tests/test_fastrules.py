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
