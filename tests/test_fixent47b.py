"""Round 47 (second wave), entity accuracy on found rows: an entity no lexicon row holds and
taken as written in Chinese characters (a table's row label naming a facility, a project or a
place) is written in English like a shaped name, never left in Chinese characters (the entity
column is English); a computing network's facility words (枢纽节点, 边缘节点群) are translated,
and a convertible bond's short name (岚枢转债) names its firm. Invented texts and names."""
from __future__ import annotations

import re

from aigc_analysis.extract.names import english_name, firm_english
from tests.text_facts import facts_of

_HAN = re.compile(r"[\u4e00-\u9fff]")


def test_facility_row_labels_are_written_in_english():
    text = (
        "澜川省算力网络建设进展通报\n\n"
        "表1　各节点智能算力规模（PFLOPS）\n"
        "节点　　2024年　　2025年　　2027年目标\n"
        "澄江枢纽节点　3,100　　　　4,800　　　　8,500\n"
        "岚山边缘节点群　560　　　　900　　　　1,700\n"
    )
    rows = facts_of(text)
    assert len(rows) >= 6, rows.to_string()
    assert not any(_HAN.search(e) for e in rows["entity"]), rows["entity"].tolist()
    assert "Chengjiang Hub Node" in set(rows["entity"])
    assert "Lanshan Edge Node Group" in set(rows["entity"])


def test_facility_type_words_are_translated():
    assert english_name("澄江枢纽节点") == "Chengjiang Hub Node"
    assert english_name("岚山边缘节点群") == "Lanshan Edge Node Group"
    assert english_name("澜南数据中心集群") == "Lannan Data-Centre Cluster"


def test_convertible_bond_names_its_firm():
    assert firm_english("岚枢转债") == "Lanshu"
    assert english_name("岚枢转债") == "Lanshu"


def test_near_misses_keep_their_names():
    # a Latin name is unchanged, and a hub alone is still a hub
    assert english_name("Zeta-9 Pro") == "Zeta-9 Pro"
    assert english_name("澄江枢纽") == "Chengjiang Hub"
    # a firm's type word is still peeled for its trade name, not taken for a facility word
    assert firm_english("岚峰科技") == "Lanfeng"
