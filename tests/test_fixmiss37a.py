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


# --- number shapes and claim forms of news texts (invented text) ---------------------------------
import datetime as dt  # noqa: E402

from helpers_text import facts_of_text  # noqa: E402

PUB = dt.date(2025, 11, 20)


def _rows(df, text):
    return df[df["text"] == text]


def test_six_digit_amount_before_a_currency_is_money():
    """``日收入可达562027美元``: six digits straight before a currency are an amount, not a code."""
    df = facts_of_text("据公司测算，某推理平台理论日收入可达734519美元，成本约为其五分之一。", PUB)
    rows = _rows(df, "734519美元")
    assert len(rows) == 1, df[["theme", "metric", "value", "unit", "text"]].to_string()
    assert (rows.iloc[0]["unit"], rows.iloc[0]["value"]) == ("USD", 734519.0)


def test_stock_code_is_still_no_amount():
    """A six-digit code followed by anything but a unit or currency stays a code."""
    df = facts_of_text("星澜科技（688912）今日公告，公司收入同比增长25%。", PUB)
    assert not (df["value"] == 688912.0).any()


def test_fortune_is_valuation_wealth():
    """A rich list's fortunes (``财富``) are valuation facts: the amount and its change."""
    df = facts_of_text("2025年云岭AI创富榜显示，创始人韩青财富增长约150%至320亿元，"
                       "上榜者财富总额达到1.6万亿元。", PUB)
    for text, unit, metric in (("320亿元", "CNY", "wealth"), ("1.6万亿元", "CNY", "wealth")):
        rows = _rows(df, text)
        assert len(rows) == 1, df[["theme", "metric", "value", "unit", "text"]].to_string()
        assert (rows.iloc[0]["theme"], rows.iloc[0]["unit"], rows.iloc[0]["metric"]) == ("valuation", unit, metric)


def test_wealth_management_is_no_fortune():
    """``财富管理`` is a business line: its revenue is no wealth."""
    df = facts_of_text("甲银行财富管理收入126亿元，同比增长9%。", PUB)
    assert not (df["metric"].str.startswith("wealth")).any(), df[["metric", "text"]].to_string()


def test_age_column_holds_no_fact():
    """Ages under a ``年龄`` header are no facts, whatever unit the caption gives the table."""
    text = ("【创富榜前三】（财富单位：亿元人民币）\n"
            "排名\t姓名\t主要公司\t财富\t年龄\n"
            "1\t韩青\t云岭科技\t320\t47\n"
            "2\t罗一鸣\t澄湾智能\t210\t52\n"
            "3\t许安\t青屿数据\t150\t39\n")
    df = facts_of_text(text, PUB)
    assert not df["value"].isin([4.7e9, 5.2e9, 3.9e9, 47.0, 52.0, 39.0]).any(), \
        df[["metric", "value", "text"]].to_string()
    assert df["value"].isin([3.2e10, 2.1e10, 1.5e10]).sum() == 3, df[["metric", "value", "text"]].to_string()


def test_name_reading_of_a_polyphone():
    """A firm no lexicon row holds is spelt in pinyin with the reading names use (晟: sheng)."""
    df = facts_of_text("汇晟电子控股2025年上半年收入31.2亿港元，按年增长38.7%。", PUB)
    rows = _rows(df, "31.2亿港元")
    assert len(rows) == 1 and rows.iloc[0]["entity"].startswith("Huisheng"), df[["entity", "text"]].to_string()


def test_wealth_effect_and_wealth_fund_are_no_fortune():
    """``财富效应`` is a cause and ``主权财富基金`` an investor: neither is a fortune."""
    df = facts_of_text("受股市财富效应带动，民间消费实质增长1.9%；某主权财富基金认购8000万美元。", PUB)
    assert not (df["metric"].str.startswith("wealth")).any(), df[["metric", "text"]].to_string()
