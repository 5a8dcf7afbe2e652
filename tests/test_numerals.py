"""Chinese numerals -> exact Decimal, and the length-preserving fold."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aigc_analysis.extract.numerals import fold, parse_chinese_numeral, parse_decimal


@pytest.mark.parametrize("s,expected", [
    ("一", "1"), ("十", "10"), ("十五", "15"), ("二十", "20"), ("一百零五", "105"),
    ("两千", "2000"), ("兩千", "2000"), ("一千五", "1500"), ("两万五", "25000"),
    ("十万", "100000"), ("三十五万", "350000"), ("千万", "10000000"), ("百万", "1000000"),
    ("一亿五千万", "150000000"), ("一千七百五十亿", "175000000000"), ("万亿", "1000000000000"),
    ("萬億", "1000000000000"), ("两万亿", "2000000000000"), ("亿", "100000000"),
    ("三点五", "3.5"), ("零点五", "0.5"), ("一兆", "1000000000000"),
    ("三分之二", "0.6666666666666666666666666667"), ("四分之一", "0.25"), ("一半", "0.5"),
    ("半", "0.5"), ("百分之十五", "0.15"), ("百分之三点五", "0.035"),
    ("2.5万亿", "2500000000000"), ("1.2万亿", "1200000000000"), ("16.4亿", "1640000000"),
    ("４４３.５億", "44350000000"), ("1,620.5亿", "162050000000"), ("405B", "405000000000"),
    ("1.3trillion", "1300000000000"), ("70bn", "70000000000"), ("3兆", "3000000000000"),
])
def test_parse(s, expected):
    assert parse_chinese_numeral(s) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "   ", "百度", "三分之", "1.2.3", "abc", "5亿美"])
def test_bad_numerals_raise_clear_errors(bad):
    with pytest.raises(ValueError):
        parse_chinese_numeral(bad)


def test_parse_decimal():
    assert parse_decimal("１，６２０．５") == Decimal("1620.5")
    with pytest.raises(ValueError, match="not a decimal"):
        parse_decimal("1..2")


def test_fold_keeps_length_and_maps():
    s = "４４３．５億美元，淨虧損兩個月　％"
    f = fold(s)
    assert len(f) == len(s)
    assert f == "443.5亿美元，净亏损两个月　%"


def test_docstring_examples_run():
    import doctest

    import aigc_analysis.extract.numerals as numerals
    import aigc_analysis.extract.periods as periods
    import aigc_analysis.extract.quantities as quantities

    for module in (numerals, periods, quantities):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_fold_minus_sign_and_comparison_word():
    # U+2212 (typeset minus) and full-width minus both become an ASCII minus; 較 -> 较
    assert fold("−5%\uff0d3%較") == "-5%-3%较"
