"""Number, period and date formatting for charts and narrative, plus text escaping.

Every number a reader sees is formatted here from a fact value, once, at the end
(STYLE.md rule 6). Rounding is half-up on the decimal representation of the float so
that ``44.35`` shows as ``44.4`` and not ``44.3``.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

#: Chinese magnitudes, largest first.
_ZH_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
#: English magnitudes, largest first.
_EN_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
#: Decimal byte prefixes (SCHEMA: GB = 1e9, TB = 1e12).
_BYTE_SCALES = (
    (1e24, "YB"), (1e21, "ZB"), (1e18, "EB"), (1e15, "PB"), (1e12, "TB"), (1e9, "GB"),
    (1e6, "MB"), (1e3, "KB"),
)
_CURRENCY_ZH = {"USD": "美元", "CNY": "元", "HKD": "港元", "EUR": "欧元", "JPY": "日元", "KRW": "韩元",
                "TWD": "新台币", "GBP": "英镑", "INR": "卢比",
                "SGD": "新加坡元", "AUD": "澳元", "CAD": "加元", "CHF": "瑞士法郎", "AED": "迪拉姆", "SAR": "里亚尔", "RUB": "卢布",
                "MYR": "令吉", "THB": "泰铢", "IDR": "印尼盾", "VND": "越南盾",
                "BRL": "雷亚尔", "MXN": "墨西哥比索", "CLP": "智利比索",
                "MOP": "澳门元", "PHP": "菲律宾比索"}
_CURRENCY_EN = {"USD": "US$", "CNY": "RMB", "HKD": "HK$", "EUR": "€", "JPY": "JPY ", "KRW": "KRW ",
                "TWD": "NT$", "GBP": "£", "INR": "INR ",
                "SGD": "S$", "AUD": "A$", "CAD": "C$", "CHF": "CHF ", "AED": "AED ", "SAR": "SAR ", "RUB": "RUB ",
                "MYR": "MYR ", "THB": "THB ", "IDR": "IDR ", "VND": "VND ",
                "BRL": "R$", "MXN": "MXN ", "CLP": "CLP ",
                "MOP": "MOP ", "PHP": "PHP "}
# computing capacity (FLOP/s) and power (W) with SI prefixes, as reports write them (EFLOPS, GW)
_FLOPS_SCALES = ((1e21, "ZFLOPS"), (1e18, "EFLOPS"), (1e15, "PFLOPS"), (1e12, "TFLOPS"), (1e9, "GFLOPS"))
_WATTS_SCALES = ((1e12, "TW"), (1e9, "GW"), (1e6, "MW"), (1e3, "kW"))
# energy in watt-hours (183TWh) and in kilowatt-hours the way statistics write them (1650亿千瓦时)
_WATT_HOUR_SCALES = tuple((f, s + "h") for f, s in _WATTS_SCALES)
_LANGS = ("zh", "en")


# 26.5分钟, 198小时, 24天, 12周: the Chinese word of each short duration unit
_SHORT_DURATION_WORDS = {"minutes": "分钟", "hours": "小时", "days": "天", "weeks": "周", "seconds": "秒"}


def _check_lang(lang: str) -> None:
    if lang not in _LANGS:
        raise ValueError(f"lang must be one of {_LANGS}, got {lang!r}")


def _is_missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA or x is pd.NaT


def round_number(x: float, decimals: int) -> str:
    """Round half-up to at most ``decimals`` places and strip trailing zeros.

    >>> round_number(44.35, 1), round_number(443.5, 1), round_number(2.0, 2)
    ('44.4', '443.5', '2')
    """
    d = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _mantissa(x: float) -> str:
    """Scaled amounts: one decimal from 10 upwards, two below (2.86亿, 443.5亿)."""
    return round_number(x, 1 if abs(x) >= 10 else 2)


def _scaled(x: float, scales) -> tuple[str, str]:
    for factor, suffix in scales:
        if abs(x) >= factor * 0.99995:
            return _mantissa(x / factor), suffix
    return _mantissa(x), ""


def _one(value: float, unit: str, lang: str) -> str:
    zh = lang == "zh"
    if unit in _CURRENCY_ZH:
        if zh:
            num, suffix = _scaled(value, _ZH_SCALES)
            return f"{num}{suffix}{_CURRENCY_ZH[unit]}"
        num, suffix = _scaled(abs(value), _EN_SCALES)
        sign = "-" if value < 0 else ""
        return f"{sign}{_CURRENCY_EN[unit]}{num}{suffix}"
    if unit == "count":
        num, suffix = _scaled(value, _ZH_SCALES if zh else _EN_SCALES)
        return f"{num}{suffix}"
    if unit == "ratio":
        return f"{_mantissa(value * 100)}%"
    if unit == "pp":
        num = _mantissa(value * 100)
        return f"{num}个百分点" if zh else f"{num}pp"
    if unit == "multiple":
        num = _mantissa(value)
        return f"{num}倍" if zh else f"{num}x"
    if unit == "months":
        num = _mantissa(value)
        return f"{num}个月" if zh else f"{num} months"
    if unit == "years":
        num = _mantissa(value)
        return f"{num}年" if zh else f"{num} years"
    if unit in _SHORT_DURATION_WORDS:
        num = _mantissa(value)
        return f"{num}{_SHORT_DURATION_WORDS[unit]}" if zh else f"{num} {unit}"
    if unit == "bytes":
        num, suffix = _scaled(value, _BYTE_SCALES)
        return f"{num}{suffix or 'B'}"
    if unit == "flops":
        num, suffix = _scaled(value, _FLOPS_SCALES)
        return f"{num} {suffix or 'FLOPS'}"
    if unit == "watts":
        num, suffix = _scaled(value, _WATTS_SCALES)
        return f"{num}{suffix or 'W'}"
    if unit == "watt_hours":
        num, suffix = _scaled(value, _WATT_HOUR_SCALES)
        return f"{num}{suffix or 'Wh'}"
    if unit == "kWh":
        num, suffix = _scaled(value, _ZH_SCALES if zh else _EN_SCALES)
        return f"{num}{suffix}千瓦时" if zh else f"{num}{suffix} kWh"
    raise ValueError(f"format_value: unknown unit {unit!r}")


def format_value(value, unit: str, lang: str = "zh", per=None, value_high=None) -> str:
    """Format one fact value for a reader.

    Parameters
    ----------
    value : float
        The value in base units (SCHEMA value rules).
    unit : str
        One of ``paths.UNITS``.
    lang : {"zh", "en"}
    per : str, optional
        Volume a price refers to (``百万tokens``); appended as ``/per`` or `` per per``.
    value_high : float, optional
        Other end of a range.

    Examples
    --------
    >>> format_value(4.435e10, "USD"), format_value(4.435e10, "USD", "en")
    ('443.5亿美元', 'US$44.4bn')
    >>> format_value(0.26, "pp"), format_value(5e11, "count", "en")
    ('26个百分点', '500bn')
    >>> format_value(-0.6, "ratio", value_high=-0.7)
    '-60%至-70%'
    """
    _check_lang(lang)
    if _is_missing(value) or not math.isfinite(float(value)):
        raise ValueError(f"format_value: value must be a finite number, got {value!r}")
    out = _one(float(value), unit, lang)
    if not _is_missing(value_high) and float(value_high) != float(value):
        out += ("至" if lang == "zh" else " to ") + _one(float(value_high), unit, lang)
    if per is not None and not _is_missing(per) and str(per):
        out += f"/{per}" if lang == "zh" else f" per {per}"
    return out


def format_date(date, precision: str = "day", lang: str | None = None) -> str:
    """A date at the precision known; empty string when missing.

    ``lang=None`` (tables, CSV) and ``"en"`` give ISO (``2024-06-13``, ``2024-06``); ``"zh"``
    gives ``2024年6月13日`` / ``2024年6月``. A month-precision date is stored as the first of
    the month and never shown with a day.

    >>> format_date("2024-06-01", "month", "zh"), format_date("2024-06-01", "month", "en")
    ('2024年6月', '2024-06')
    """
    if lang is not None:
        _check_lang(lang)
    if _is_missing(date):
        return ""
    if isinstance(date, str):
        date = pd.Timestamp(date)
    if isinstance(date, pd.Timestamp):
        date = date.date()
    if not isinstance(date, _dt.date):
        raise ValueError(f"format_date: not a date: {date!r}")
    month = precision == "month"
    if lang == "zh":
        return f"{date.year}年{date.month}月" + ("" if month else f"{date.day}日")
    return date.strftime("%Y-%m" if month else "%Y-%m-%d")


_ZH_QUARTERS = {"1": "一", "2": "二", "3": "三", "4": "四"}
_PERIOD = re.compile(r"(?P<fy>FY)?(?P<y>\d{4})(?:Q(?P<q>[1-4])|H(?P<h>[12])"
                     r"|-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def _one_period(p: str, lang: str) -> str:
    m = _PERIOD.fullmatch(p)
    if not m:
        return p
    y, zh = m["y"], lang == "zh"
    if m["q"]:
        if m["fy"]:
            return f"{y}财年{_ZH_QUARTERS[m['q']]}季度" if zh else f"FY{y} Q{m['q']}"
        return f"{y}年{_ZH_QUARTERS[m['q']]}季度" if zh else f"{y} Q{m['q']}"
    if m["fy"]:
        return f"{y}财年" if zh else f"FY{y}"
    if m["h"]:
        return f"{y}年{'上' if m['h'] == '1' else '下'}半年" if zh else f"{y} H{m['h']}"
    if m["m"]:
        if not zh:
            return p
        day = f"{int(m['d'])}日" if m["d"] else ""
        return f"{y}年{int(m['m'])}月{day}"
    return f"{y}年" if zh else y


def format_period(period, lang: str = "zh") -> str:
    """A normalised period (SCHEMA grammar) in the reader's language.

    >>> format_period("2022H1"), format_period("2024Q1", "en"), format_period("2012/2023")
    ('2022年上半年', '2024 Q1', '2012年至2023年')
    """
    _check_lang(lang)
    if _is_missing(period) or not str(period):
        return ""
    parts = [_one_period(p, lang) for p in str(period).split("/")]
    return ("至" if lang == "zh" else " to ").join(parts)


#: One pass: backslash-escape Markdown/MathJax specials, entity-escape HTML and brace
#: characters (so neither Jinja ``{{ }}`` nor ``str.format`` ``{}`` survive).
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;",
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
    "(": "\\(", ")": "\\)", "$": "\\$", "#": "\\#", "|": "\\|", "~": "\\~", "!": "\\!",
})


def escape_text(s) -> str:
    """Escape report-derived text for Markdown, HTML, Jinja and format strings.

    >>> escape_text("<b>{x}</b> $y$")
    '&lt;b&gt;&#123;x&#125;&lt;/b&gt; \\\\$y\\\\$'
    """
    if _is_missing(s):
        return ""
    return str(s).translate(_ESCAPES)
