"""Property tests of the number parser (hypothesis, at least 2,000 examples each)."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_analysis.extract.quantities import find_quantities

MANY = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that real reports write, so that random text often holds numbers, units and context.
PIECES = [
    "亿", "万", "万亿", "元", "美元", "港元", "%", "％", "个百分点", "pct", "倍", "成", "折", "个月", "年",
    "约", "超过", "不足", "以上", "左右", "下降", "同比", "净亏损", "至", "-", "~", "—", "/", "$", "US$",
    "bn", "B", "GB", "tokens", "百万", "千", "两", "三", "十", "半", "翻番", "免费", "分之", "第", "Q",
    "H", "FY", "年", "月", "日", ".", ",", "，", "\t", " ", "\n", "(", ")", "、", "上亿", "多", "余",
    "億", "萬", "兩", "個月", "減少", "达", "GPT-", "Llama ", "H100", "2024", "0", "1", "5", "9",
    "１", "．", "12.5", "1,620.5", "3/4",
]
finance_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join)


@MANY
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_unicode(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


@MANY
@given(finance_text)
def test_spans_relocate_and_are_ordered(text):
    qs = find_quantities(text)
    last_end = 0
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are out of order"
        last_end = q.end
        assert float(q.exact) == q.value


decimals = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("99999"), places=3,
                       allow_nan=False, allow_infinity=False).filter(lambda d: d > 0)
FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def plain(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return s


def with_commas(d: Decimal) -> str:
    whole, _, frac = plain(d).partition(".")
    return f"{int(whole):,}" + ("." + frac if frac else "")


NOTATIONS = [
    # (render, scale, unit)
    (lambda d: f"收入为{plain(d)}亿元，", Decimal(10) ** 8, "CNY"),
    (lambda d: f"收入为{plain(d).translate(FULL)}億美元，", Decimal(10) ** 8, "USD"),
    (lambda d: f"开支{with_commas(d)}万港元。", Decimal(10) ** 4, "HKD"),
    (lambda d: f"增长{plain(d)}%，", Decimal("0.01"), "ratio"),
    (lambda d: f"提升{plain(d)}个百分点", Decimal("0.01"), "pp"),
    (lambda d: f"capex of ${plain(d)}bn.", Decimal(10) ** 9, "USD"),
    (lambda d: f"规模 {plain(d)} trillion", Decimal(10) ** 12, "count"),
    (lambda d: f"数据量{plain(d)}TB", Decimal(10) ** 12, "bytes"),
    (lambda d: f"速度提升{plain(d)}倍", Decimal(1), "multiple"),
]


@MANY
@given(decimals, st.sampled_from(range(len(NOTATIONS))))
def test_decimals_round_trip_in_each_notation(d, which):
    render, scale, unit = NOTATIONS[which]
    text = render(d)
    qs = find_quantities(text)
    assert len(qs) == 1, (text, [q.text for q in qs])
    assert qs[0].exact == d * scale, text
    assert qs[0].unit == unit


@MANY
@given(decimals, decimals)
def test_ranges_round_trip(a, b):
    text = f"毛利率{plain(a)}%-{plain(b)}%。"
    (q,) = find_quantities(text)
    assert q.exact == a / 100 and Decimal(str(q.value_high)) == Decimal(str(float(b / 100)))
    text = f"同比下降{plain(a)}%至{plain(b)}%"
    (q,) = find_quantities(text)
    assert q.signed and q.exact == -(a / 100)


CN = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    """Render 0 < n < 10**12 as a standard Chinese numeral (一亿零一, 一千零五十)."""
    def section(x: int) -> str:
        out, gap = "", False
        for unit, val in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            digit = x // val % 10
            if digit == 0:
                gap = gap or bool(out)
                continue
            if gap:
                out, gap = out + "零", False
            out += CN[digit] + unit
        return out

    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    text, pending_zero = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            pending_zero = pending_zero or bool(text)
            continue
        if text and (pending_zero or g < 1000):
            text += "零"
        text += section(g) + ("", "万", "亿")[i]
        pending_zero = False
    return text[1:] if text.startswith("一十") else text


@MANY
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_integers_round_trip(n):
    text = f"收入为{cn_int(n)}元。"
    qs = find_quantities(text)
    assert len(qs) == 1, (text, [q.text for q in qs])
    assert qs[0].exact == n, text


SOME = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SOME
@given(decimals, decimals, st.sampled_from(["\t", "\n", "\t\t", " \t"]))
def test_cells_never_join_into_a_range(a, b, gap):
    """A number, a tab or line break, then a negative percentage: two quantities, never a range."""
    text = f"公司A\t{plain(a)}{gap}-{plain(b)}%"
    qs = find_quantities(text)
    assert [q.value_high for q in qs] == [None] * len(qs), (text, [q.text for q in qs])
    assert qs[-1].exact == -(b / 100), text


@SOME
@given(st.sampled_from(["亿元", "百万美元", "万人", "千万元", "万亿元", "百万", "亿美元", "万港元"]),
       st.sampled_from(["（{}）", "({})", "单位：{}", "单位:{}", "(单位：{})"]))
def test_unit_labels_are_not_quantities(label, frame):
    from aigc_analysis.extract.quantities import find_unit_labels, parse_unit_label

    text = "营业收入" + frame.format(label) + "\n"
    assert find_quantities(text) == [], text
    found = find_unit_labels(text)
    assert len(found) == 1 and found[0][2:] == parse_unit_label(label), text
