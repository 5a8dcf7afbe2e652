"""A Chinese table row label no lexicon translates names a line of the table's or the
document's subject (its products, units, tiers): the row's entity is that subject in English,
never the Chinese characters. A label closed by an ordinal of a project's or a facility's part
(二号井, 一期, a bare 第二期) is written in English with its number (data/label_words.csv
ordinal rows); a bare ordinal is its subject's. Every name below is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import bare_ordinal_label, ordinal_label_english
from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2025, 11, 12)


@pytest.mark.parametrize("label, english", [
    ("岚川煤电三号井", "Lanchuan Coal and Power No. 3 shaft"),  # a firm's name, then its shaft
    ("岫丰矿业二号井", "Xiufeng Mining No. 2 shaft"),
    ("第三期", "phase 3"),  # a bare ordinal: the part alone
    ("二期", "phase 2"),
    ("5号线", "Line 5"),
    ("第二标段", "lot 2"),
])
def test_ordinal_labels_in_english(label, english):
    assert ordinal_label_english(label) == english


@pytest.mark.parametrize("label", ["二期工程", "同期", "本期", "期末", "上年同期", "某某二号井", "二号"])
def test_no_ordinal_reading(label):
    # a word after the ordinal no row holds, a period word (同期, 本期), a head that does not
    # translate, a bare 号: none is a part's ordinal in English
    assert ordinal_label_english(label) is None


def test_bare_ordinal_only_alone():
    assert bare_ordinal_label("第四期") == "phase 4"
    assert bare_ordinal_label("岚川煤电三号井") is None
    assert bare_ordinal_label("期初份额") is None


_STEEL = """岚汀钢铁股份有限公司2025年10月生产经营快报

发布日期：2025年11月12日

一、主要产品产量
| 指标（单位：万吨） | 2025年10月 | 同比(%) |
|---|---|---|
| 生铁 | 171.3 | -2.7 |
| 粗钢 | 186.5 | -3.6 |
| 其中：汽车板 | 28.9 | 9.4 |

岚汀钢铁10月营业收入52.3亿元，同比增长4.1%。岚汀钢铁当月利润总额1.8亿元。
"""


def test_untranslated_labels_are_the_subjects_lines():
    df = facts_of_text(_STEEL, _DAY)
    for cell in ("171.3", "186.5", "28.9"):
        entity = entity_of(df, cell)
        assert entity == "Lanting", (cell, entity)  # the firm, never 生铁 nor Shengtie


_PARK = """三、澄岫智慧科技园区

表3　园区分期建设（单位：兆瓦）
| 分期 | 规划容量 | 已投运 |
|---|---|---|
| 第一期 | 40 | 40 |
| 第二期 | 60 | 25 |

澄岫智慧科技园区由澄岫市政府投资建设，总投资约120亿元。澄岫智慧科技园区规划总容量100兆瓦。
"""


def test_bare_ordinal_row_follows_the_subject():
    df = facts_of_text(_PARK, _DAY)
    rows = df[df["text"] == "25"]
    assert len(rows) >= 1, df[["text", "entity", "metric"]].to_string()
    # a bare ordinal is a part of the heading's subject: its name, never 第二期
    assert rows.iloc[0]["entity"].startswith("Chengxiu"), rows.iloc[0]["entity"]
    assert not any("第" in e for e in df["entity"])


def test_translated_label_stays_its_own():
    # near miss: a label the lexicons translate (a region) keeps its own English name, not the
    # subject's
    text = """岚汀钢铁股份有限公司2025年10月销售快报

| 销量（单位：万吨） | 2025年10月 | 同比(%) |
|---|---|---|
| 甘肃 | 32.6 | 5.2 |
| 粗钢 | 186.5 | -3.6 |

岚汀钢铁10月营业收入52.3亿元，同比增长4.1%。岚汀钢铁当月利润总额1.8亿元。
"""
    df = facts_of_text(text, _DAY)
    assert entity_of(df, "5.2") == "Gansu"
    assert entity_of(df, "-3.6") == "Lanting"  # beside it, an untranslated line is the firm's
