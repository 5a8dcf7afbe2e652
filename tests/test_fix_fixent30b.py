"""Entity fixes of fixent30b: a bilingual table row label (``模拟 Analog``) names its row by the
English it gives itself.

Every example is invented (no report holds these tables).
"""
from __future__ import annotations

from tests.text_facts import facts_of

TABLE = """表1　全球传感芯片市场分品类预测（单位：US$ bn）

| 品类 | 2024 | 2025F |
|---|---:|---:|
| 模拟 Analog | 12.4 | 13.1 |
| 亚太 Asia Pacific | 8.2 | 9.5 |
| 存储 Memory | 30.6 | 33.9 |
| 合计 Total | 51.2 | 56.5 |
"""


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text)
    return dict(zip(f["text"], f["entity"]))


def test_a_bilingual_row_label_takes_its_english():
    e = _entities(TABLE)
    assert e["12.4"] == e["13.1"] == "Analog"
    assert e["8.2"] == "Asia Pacific"
    assert e["30.6"] == "Memory"


def test_a_total_row_is_not_named_total():
    e = _entities(TABLE)
    assert e.get("51.2", "") != "Total"
