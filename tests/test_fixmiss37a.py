"""Round 37 (fixmiss37a): numbers of prose and company texts the extractor never produced."""
from aigc_analysis.load.boilerplate import find_boilerplate


def _kinds_at(text: str, needle: str) -> list[str]:
    at = text.index(needle)
    return [k for s, e, k in find_boilerplate(text) if s <= at < e]


DECK = (
    "[投影片文字版]\n\n"
    "════ 第 1 页 ════\n"
    "星澜半导体 2026 投资者日\n\n"
    "════ 第 2 页 ════\n"
    "免责声明\n"
    "本简报所载前瞻性陈述基于管理层目前的预期，并不构成对未来表现的保证。\n\n"
    "════ 第 3 页 ════\n"
    "财务回顾\n"
    "・2025年收入按年增长27.5%，毛利率41.2%\n\n"
    "════ 第 4 页 ════\n"
    "中期目标\n"
    "・2028年收入达到80亿元以上\n"
)


def test_deck_disclaimer_ends_with_its_slide():
    """A deck's disclaimer slide is boilerplate; the slides after it are content."""
    assert _kinds_at(DECK, "前瞻性陈述") == ["disclaimer"]
    assert _kinds_at(DECK, "27.5%") == []
    assert _kinds_at(DECK, "80亿元") == []


def test_page_break_variants_end_the_slide():
    """Bracketed and dashed page labels and slide labels break a deck as rule lines do."""
    for mark in ("【第3页】", "--- Page 3 ---", "Slide 3"):
        deck = DECK.replace("════ 第 3 页 ════", mark)
        assert _kinds_at(deck, "27.5%") == [], mark


def test_disclaimer_running_over_a_page_break_stays_one_block():
    """A long legal text broken mid-sentence by a page label is still the disclaimer."""
    text = (
        "一、行业观点\n收入同比增长12%。\n\n"
        "免责声明\n"
        "本报告仅供本公司客户使用，本公司不会因接收人收到本报告而视其为客户。在任何情况下，本报告中的信息或所表述的意见并不构成对任何人的投资建议，\n"
        "第 9 页 / 共 10 页\n"
        "投资者据此做出的任何投资决策与本公司无关。市场有风险，投资需谨慎，过往表现不代表未来收益率10%的保证。\n"
    )
    assert _kinds_at(text, "10%的保证") == ["disclaimer"]
    assert _kinds_at(text, "12%") == []
