"""Metamorphic tests: change a report the way real reports differ and check the facts follow.

Each case is invented text. A transformation that should not change the claims (script, digit
width, column order) must leave values, units, metrics and periods as they were; one that should
(a year shift, a renamed company) must change exactly the field it touches.
"""
from __future__ import annotations

import datetime as dt

import opencc
import pytest

from text_facts import facts_of


PROSE = ("某研究所2025年11月20日发布点评：英伟达2025年第三季度营收300亿美元，同比增长45%；"
         "微软2025年资本开支合计约800亿美元。全球AI服务器市场规模2024年约1500亿美元。")
TABLE = ("表1　几款模型的官方价格（元/百万tokens）\n"
         "| 模型 | 输入 | 输出 |\n|---|---|---|\n| Zorblax-7 | 0.8 | 3.2 |\n| Quillon Max | 2 | 8 |\n")
PUBLISHED = dt.date(2025, 11, 21)


def _facts(text: str, published=PUBLISHED):
    return facts_of(text, published)


def _claims(df, with_entity=True):
    cols = ["theme", "metric", "value", "unit", "period"] + (["entity"] if with_entity else [])
    return sorted(tuple(r) for r in df[cols].itertuples(index=False))


@pytest.fixture(scope="module")
def base():
    return _facts(PROSE)


def test_the_base_text_has_the_expected_claims(base):
    assert len(base) >= 4
    assert set(base["entity"]) >= {"Nvidia", "Microsoft"}


def test_traditional_script_changes_nothing(base):
    trad = opencc.OpenCC("s2t").convert(PROSE)
    assert trad != PROSE
    assert _claims(_facts(trad)) == _claims(base)


def test_full_width_digits_change_nothing(base):
    wide = PROSE.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."})
    assert _claims(_facts(wide)) == _claims(base)


def test_a_year_shift_moves_every_period_by_one_year(base):
    shifted = _facts(PROSE.replace("2025年", "2024年").replace("2024年约", "2023年约"),
                     published=dt.date(2024, 11, 21))

    def back(period: str) -> str:
        return period.replace("2024", "2025").replace("2023", "2024") if period else period

    moved = sorted((t, m, v, u, back(p), e) for t, m, v, u, p, e in _claims(shifted))
    assert moved == _claims(base)


def test_renamed_companies_are_found_by_their_new_names(base):
    renamed = _facts(PROSE.replace("英伟达", "ZorVex").replace("微软", "QuantalSoft"))
    assert _claims(renamed, with_entity=False) == _claims(base, with_entity=False)
    assert {"ZorVex", "QuantalSoft"} <= set(renamed["entity"])


def test_moving_a_table_column_changes_nothing():
    table = _facts(TABLE)
    swapped = _facts(TABLE.replace("| 模型 | 输入 | 输出 |", "| 模型 | 输出 | 输入 |")
                     .replace("| 0.8 | 3.2 |", "| 3.2 | 0.8 |").replace("| 2 | 8 |", "| 8 | 2 |"))
    assert len(table) == 4
    assert _claims(swapped) == _claims(table)
