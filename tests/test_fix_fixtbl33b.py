"""Table forms: a caption whose unit is a magnitude of tonnes (``单位：万吨；占比：%``) counts its
bare cells in tonnes, as ``2.7万吨`` in prose is counted (the schema has no mass unit).

Every example is invented (青禾 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

TABLE = """表1　全球青禾服务器用铝需求测算（单位：万吨；占比：%）
| 项目 | 2024 | 2025E | 2026E |
|---|---|---|---|
| 全球服务器 | 45.2 | 58.3 | 70.4 |
| AI服务器占比 | 31.2 | 37.7 | 44.7 |
资料来源：测算。
"""


def test_a_caption_in_ten_thousand_tonnes_scales_its_cells():
    f = facts_of(TABLE, dt.date(2025, 11, 20))
    got = {(t, u): v for t, u, v in zip(f["text"], f["unit"], f["value"])}
    assert abs(got[("45.2", "count")] - 452000) < 1e-6
    assert abs(got[("70.4", "count")] - 704000) < 1e-6
    # the share row keeps its own scoped per cent
    assert abs(got[("31.2", "ratio")] - 0.312) < 1e-9
