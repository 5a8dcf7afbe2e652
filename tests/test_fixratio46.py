"""Percents no keyword names, read as the change of the figure just before them.

``平均售价约2,380元，比普通眼镜高出约45%``: a percent that no keyword or rule claimed, after the
last row its own sentence made, with only words between that end on a comparison or change word
(facts_words.csv ``row_change_word``: 高出, 多出, 还多) and hold before it at most an adverb and a
base opened by 比 or 较, is the change of that row's measure (its theme, its metric with
``_change``). A fall word that signs the percent itself (下降约37.5%, 降幅37.5%) counts when only a
comma stands between. Near misses: a figure between them (then the percent compares that
figure), a semicolon between, or another measure named before the change word leave the percent
unread. Every example is invented (星槎云, 岚湖乐园 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


@pytest.mark.parametrize("text, level, change, value", [
    ("■ 价格：三季度AI眼镜平均售价约2,380元，比普通眼镜高出约45%", "约2,380元", "约45%", 0.45),
    ("今年前三季度国内机器人领域一级市场融资总额约420亿元，比去年同期多出两成左右。", "约420亿元", "两成左右", 0.2),
    ("据测算，2025年上半年星槎云收入约 $1.2bn，比2024全年的 $1.0bn 还多约18%。", "$1.0bn", "约18%", 0.18),
    ("与一期机房每兆瓦约5,800万元的造价相比，高出约19%。", "约5,800万元", "约19%", 0.19),
    ("按上表，算法工程师今年的年薪中位数约为38.5万元，比普通后端工程师高出约27%。", "38.5万元", "约27%", 0.27),
])
def test_a_comparison_after_a_figure_is_its_change(text, level, change, value):
    r = _rows(text)
    theme, metric = r[level][:2]
    assert r[change][0] == theme and r[change][2:] == (value, "ratio")
    assert r[change][1].startswith(metric) and r[change][1].endswith("_change")


@pytest.mark.parametrize("text, change", [
    ("- 岚湖乐园热门项目平均排队时间由72分钟降至45分钟，下降约37.5%；", "下降约37.5%"),
    ("（二）導入門市之平均結帳時間由48秒縮短為30秒，降幅37.5%。", "降幅37.5%"),
])
def test_a_signed_fall_after_a_comma_is_the_change_of_the_row_before(text, change):
    r = _rows(text)
    assert r[change][0] == "adoption" and r[change][1].endswith("_change") and r[change][2] == -0.375


def test_a_figure_between_keeps_the_percent_unread():
    r = _rows("■ 价格：三季度AI眼镜平均售价约2,380元，比2023年款高出约45%")
    assert "约45%" not in r


def test_another_measure_before_the_change_word_keeps_the_percent_unread():
    r = _rows("■ 价格：三季度AI眼镜平均售价约2,380元，包装回收量提高约45%")
    assert "约45%" not in r


def test_a_semicolon_between_keeps_the_percent_unread():
    r = _rows("■ 价格：三季度AI眼镜平均售价约2,380元；比普通眼镜高出约45%")
    assert "约45%" not in r
