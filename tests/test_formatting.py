"""Number formatting and escaping (aigc_analysis.present.formatting)."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from aigc_analysis.present.formatting import escape_text, format_date, format_value, round_number


@pytest.mark.parametrize("value, unit, lang, expected", [
    (4.435e10, "USD", "zh", "443.5亿美元"),
    (4.435e10, "USD", "en", "US$44.4bn"),
    (2.86e8, "CNY", "zh", "2.86亿元"),
    (2.86e8, "CNY", "en", "RMB286m"),
    (-4.4e7, "CNY", "zh", "-4400万元"),
    (-2.3e8, "CNY", "en", "-RMB230m"),
    (1e12, "CNY", "zh", "1万亿元"),
    (3e9, "HKD", "en", "HK$3bn"),
    (15, "USD", "en", "US$15"),
    (0.35, "ratio", "zh", "35%"),
    (0.0641, "ratio", "en", "6.41%"),
    (-0.097, "ratio", "zh", "-9.7%"),
    (0.26, "pp", "zh", "26个百分点"),
    (0.26, "pp", "en", "26pp"),
    (5e11, "count", "zh", "5000亿"),
    (5e11, "count", "en", "500bn"),
    (1.8e6, "count", "zh", "180万"),
    (8, "count", "zh", "8"),
    (10, "multiple", "zh", "10倍"),
    (10, "multiple", "en", "10x"),
    (2, "months", "zh", "2个月"),
    (2.5, "years", "en", "2.5 years"),
    (4.5e13, "bytes", "zh", "45TB"),
    (5e9, "bytes", "en", "5GB"),
])
def test_format_value_examples(value, unit, lang, expected):
    assert format_value(value, unit, lang) == expected


def test_format_value_range_and_per():
    assert format_value(-0.6, "ratio", "zh", value_high=-0.7) == "-60%至-70%"
    assert format_value(-0.6, "ratio", "en", value_high=-0.7) == "-60% to -70%"
    assert format_value(15, "USD", "zh", per="百万tokens") == "15美元/百万tokens"
    assert format_value(1, "ratio", "zh", value_high=1) == "100%"  # equal ends: no range


def test_half_up_rounding():
    assert round_number(44.35, 1) == "44.4"
    assert round_number(0.125, 2) == "0.13"
    assert round_number(-0.0001, 2) == "0"


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), None])
def test_format_value_rejects_non_finite(bad):
    with pytest.raises(ValueError, match="finite"):
        format_value(bad, "USD")


def test_format_value_rejects_unknown_unit_and_lang():
    with pytest.raises(ValueError, match="unknown unit 'BTC'"):
        format_value(1, "BTC")
    with pytest.raises(ValueError, match="lang"):
        format_value(1, "USD", "fr")


def test_format_value_of_the_newer_units():
    assert format_value(1.17e10, "EUR", "en") == "€11.7bn" and format_value(1.17e10, "EUR") == "117亿欧元"
    assert format_value(7.15e19, "flops") == "71.5 EFLOPS" and format_value(1e10, "watts") == "10GW"


def test_format_date():
    assert format_date(dt.date(2024, 6, 13)) == "2024-06-13"
    assert format_date(dt.date(2024, 6, 1), "month") == "2024-06"
    assert format_date(None) == ""


@pytest.mark.parametrize("hostile, expected", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
    ("$x^2$", "\\$x^2\\$"),
    ("{__class__}", "&#123;\\_\\_class\\_\\_&#125;"),
    ("{{ 7*7 }}", "&#123;&#123; 7\\*7 &#125;&#125;"),
    ("[a](http://x)", "\\[a\\]\\(http://x\\)"),
])
def test_escape_text_hostile(hostile, expected):
    assert escape_text(hostile) == expected


@given(st.text())
def test_escape_text_leaves_no_live_specials(s):
    out = escape_text(s)
    assert not any(c in out for c in "<>{}")
    # entities (&#123;) carry a '#' of their own: drop them before scanning
    for entity in ("&#123;", "&#125;", "&lt;", "&gt;", "&amp;"):
        out = out.replace(entity, "")
    # every markdown special is preceded by a backslash
    i = 0
    while i < len(out):
        if out[i] == "\\":
            i += 2
            continue
        assert out[i] not in "`*_[]()$#|~!"
        i += 1


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
       st.sampled_from(["USD", "CNY", "count", "ratio", "pp", "multiple", "bytes", "months"]),
       st.sampled_from(["zh", "en"]))
def test_format_value_total(value, unit, lang):
    if unit == "bytes":
        value = abs(value)
    out = format_value(value, unit, lang)
    assert out and any(ch.isdigit() for ch in out)
