"""A product class named by its kind words before a class head word (``刻蚀设备``, ``传统漫剧``:
``data/market_words.csv`` heads ``设备``, ``漫剧``) is the subject of the margin or cost its clause
gives, where it used to come out unspecified; after ``其`` (a firm's own line, one_firm_pointer)
it stays the firm's (invented texts)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import market_phrases
from helpers_text import facts_of_text

PUB = dt.date(2031, 6, 15)


def _entity(text, value):
    df = facts_of_text(text, PUB)
    rows = df[df["text"] == value]
    assert len(rows) == 1, df[["entity", "metric", "text"]].to_string()
    return rows.iloc[0]["entity"]


def test_equipment_kind_before_its_margin_is_the_subject():
    text = "行业毛利率：清洗设备毛利率约41%；刻蚀设备受新品导入影响，二季度毛利率同比或下滑1-2个百分点。"
    assert _entity(text, "约41%") == "Cleaning equipment"
    assert _entity(text, "下滑1-2个百分点") == "Etching equipment"


def test_comic_drama_kind_before_its_cost_is_the_subject():
    assert _entity("单集制作成本方面，传统漫剧的成本约为12万元。", "12万元") == "Traditional comic dramas"


def test_a_firms_own_line_after_its_is_no_class():
    assert [n.name for n in market_phrases("我们预计其刻蚀设备收入首次突破50亿元")] == []
    text = "岳川微电子上半年营收36亿元。我们预计其刻蚀设备全年收入首次突破50亿元。"
    assert _entity(text, "50亿元") != "Etching equipment"


def test_a_class_of_etfs_is_the_subject_of_its_size():
    # 类 before ETF: all funds of that kind taken together (index_words.csv suffix 类ETF), not one fund
    text = "截至5月末，机器人类ETF总规模升至860亿元，较4月末增加约6%。"
    assert _entity(text, "860亿元") == "Robotics ETFs"
    assert _entity(text, "约6%") == "Robotics ETFs"
    assert _entity("本周机器人ETF净流入9亿元。", "9亿元") == "Robotics ETF"  # one fund: unchanged
