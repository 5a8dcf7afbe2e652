"""Subjects carried in prose: a comparison's rival after 超过…成了, and side-by-side name and
value pairs on one line (invented examples)."""
from tests.text_facts import facts_of


def _entity_of(frame, text: str) -> str:
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["entity", "metric", "value", "text"]].to_string()
    return rows.iloc[0]["entity"]


def test_rival_after_chaoguo_chengle_is_no_subject():
    # 超过X成了…: X is only what the subject overtook; the next item is still the subject's
    text = ("· 中科曙光股价一度冲上120元，超过浪潮信息成了板块龙头。\n"
            "· 上半年营收52.36亿，同比增长19%。\n")
    frame = facts_of(text)
    assert _entity_of(frame, "52.36亿") == "Sugon"


def test_side_by_side_pairs_give_each_value_to_its_own_name():
    # 名称 值　　名称 值 on one line: the second value is the second name's
    text = ("【投资要点】\n"
            "目标价：百度　150港元（前值：140港元）　　快手　88港元（前值：80港元）\n"
            "潜在升幅：百度　21%　　快手　17%\n")
    frame = facts_of(text)
    assert _entity_of(frame, "150港元") == "Baidu"
    assert _entity_of(frame, "88港元") == "Kuaishou"
    assert _entity_of(frame, "80港元") == "Kuaishou"
    assert _entity_of(frame, "21%") == "Baidu"
    assert _entity_of(frame, "17%") == "Kuaishou"
