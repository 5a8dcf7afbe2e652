"""A market's name holding an industry written with 业 (银行业) or a service line (客户体验) is
translated into English, never left in Chinese (fixent31b)."""
from tests.text_facts import facts_of


def _entity(text: str, value: float) -> str:
    rows = facts_of(text)
    hit = rows[(rows["value"] - value).abs() <= 1e-6 * value]
    assert len(hit) == 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


def test_industry_with_ye_in_market_name():
    assert _entity("据预测，中国保险业SaaS解决方案市场规模2026年将达到120亿元。", 1.2e10) == \
        "China insurance SaaS solutions market"


def test_customer_experience_market_name():
    assert _entity("全球客户体验外包市场规模约900亿美元。", 9e10) == \
        "Global customer experience outsourcing market"


def test_us_ticker_written_with_dot_us_is_the_firm():
    # the lexicon lists the firm under its NYSE ticker (.N); a note writes it code.US
    assert _entity("行情：XPEV.US 11月17日收盘$21.50，当日下跌3.6%。", 21.5) == "XPeng"
