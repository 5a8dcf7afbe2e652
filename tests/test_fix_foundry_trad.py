"""A foundry's quarterly results in Traditional Chinese (invented texts, made-up firms): a
Taiwan-listed name with its code, wafer sizes that are no quantity, a guidance band from no
change to a rise; near-misses stay as they were."""
import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 1, 20)
FIRM = "Lianxin"  # an unknown firm by its trade name (names.firm_english)
NOTE = ("岳川證券研究所\n"
        "聯芯半導體（6789.TW）2025年第四季法說會點評：產能利用率維持高檔\n"
        "聯芯半導體第四季營收為新台幣612.3億元，季增3.1%。第四季晶圓出貨量（約當8吋）257.1萬片，季增2.9%，"
        "平均售價季減約1%，產能利用率95.8%。\n"
        "公司給出2026年第一季指引：下季營收指引持平至增長2%。\n"
        "我們維持買進評等，目標價對應2026年約3.1倍P/B。\n")


def test_foundry_quarter_in_traditional_chinese():
    df = facts_of_text(NOTE, PUB)
    want = {"新台幣612.3億元": ("revenue", 6.123e10, None, "TWD", "2025Q4"),
            "257.1萬": ("shipments", 2.571e6, None, "count", "2025Q4"),
            "2.9%": ("shipment_growth_qoq", 0.029, None, "ratio", "2025Q4"),
            "季減約1%": ("price_change", -0.01, None, "ratio", "2025Q4"),
            "95.8%": ("utilization", 0.958, None, "ratio", "2025Q4"),
            "持平至增長2%": ("revenue_growth_guidance", 0.0, 0.02, "ratio", "2026Q1"),
            "約3.1倍": ("pb_ratio", 3.1, None, "multiple", "2026")}
    for text, (metric, value, high, unit, period) in want.items():
        r = row_of(df, text)
        assert (r["entity"], r["metric"], r["unit"], r["period"]) == (FIRM, metric, unit, period), text
        assert r["value"] == pytest.approx(value), text
        assert (high is None and r["value_high"] != r["value_high"]) or r["value_high"] == pytest.approx(high), text
    # near-misses: the wafer size and the stock code are no facts
    assert not df["text"].isin(["8", "6789", "8吋"]).any()


@pytest.mark.parametrize("text,want", [
    ("營收指引持平至增長2%", ("持平至增長2%", 0.0, 0.02)),
    ("营收持平到增长3%之间", ("持平到增长3%", 0.0, 0.03)),
    ("出货量持平至季增5%", ("持平至季增5%", 0.0, 0.05)),
    ("毛利率下降1%至持平", ("下降1%至持平", -0.01, 0.0)),
])
def test_flat_to_change_ranges(text, want):
    assert [(q.text, q.value, q.value_high) for q in find_quantities(text)] == [want]


@pytest.mark.parametrize("text,want", [
    # near-misses: 持平 in another clause, a range already, a plain rise
    ("营收同比持平，增长2%", [("2%", 0.02, None)]),
    ("营收持平至增长1%-3%", [("1%-3%", 0.01, 0.03)]),
    ("营收增长2%", [("2%", 0.02, None)]),
])
def test_flat_near_misses(text, want):
    got = [(q.text, q.value, q.value_high) for q in find_quantities(text)]
    assert [(t, pytest.approx(v), h if h is None else pytest.approx(h)) for t, v, h in got] == want


@pytest.mark.parametrize("text", ["12英寸晶圆产能利用率", "約當8吋晶圓", "8寸晶圆"])
def test_wafer_size_is_no_quantity(text):
    assert find_quantities(text) == []


def test_a_screen_size_with_decimals_stays():
    assert [q.value for q in find_quantities("屏幕尺寸6.7英寸")] == [6.7]


def test_a_coded_name_is_the_company_again_without_its_code():
    from aigc_analysis.extract.names import find_unknown_names
    text = "聯芯半導體（6789.TW）點評\n聯芯半導體第四季營收成長。岳川（688123）同日公告，岳川表示。"
    got = [(text[n.start:n.end], n.type) for n in find_unknown_names(text)]
    assert got.count(("聯芯半導體", "company")) == 2
    # near-miss: a two-character coded name is not looked for again (too likely a word)
    assert got.count(("岳川", "company")) == 1
