"""Entity names left in Chinese, spelt in long pinyin or taken from a credit line (invented texts):
a minutes' compiler (纪要整理：K.L.) is no subject; a table row naming a kind of equipment and a
market of one country's "domestic" systems are written in English; 某 in a tender's project name
is never spelt; known brands and an index by their lexicon names."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import _PROJECT_WORDS
from aigc_analysis.extract.names import english_name, market_phrases, product_label_english
from tests.text_facts import facts_of

PUB = dt.date(2031, 3, 10)


def _entity(df, text):
    rows = df[df["text"] == text]
    assert len(rows) == 1, df[["entity", "metric", "value", "text"]].to_string()
    return rows.iloc[0]["entity"]


def test_a_minutes_compiler_is_no_subject():
    text = ("算力租赁专家交流纪要\n主持：岳川资本研究部　纪要整理：K.L.　发布：2031-03-08\n\n"
            "Q：租赁商还能赚钱吗？\nA：很难。租赁业务毛利率从高点的40%左右掉到现在10%-15%。\n")
    df = facts_of(text, PUB)
    assert not df.empty
    assert "K.L" not in set(df["entity"])


def test_an_equipment_row_is_written_in_english():
    assert product_label_english("光刻设备") == "Lithography equipment"
    assert product_label_english("离子注入机") == "Ion implanter"
    assert product_label_english("化学气相沉积设备") == "CVD equipment"
    assert product_label_english("岚峰设备") is None  # a trade name: no translation
    text = ("表1　2030年主要半导体设备进口情况（金额：亿美元；数量：台）\n"
            "品类（HS编码）　　　　　　　　　　进口金额　　同比　　　　进口数量\n"
            "光刻设备（8486.20.10）　　　　　　97.2　　　+21.4%　　731\n"
            "离子注入机（8486.20.31）　　　　　15.6　　　+8.3%　　388\n"
            "资料来源：海关总署。\n")
    df = facts_of(text, PUB)
    assert _entity(df, "97.2") == "Lithography equipment"
    assert _entity(df, "15.6") == "Ion implanter"


def test_a_countrys_domestic_market_is_that_countrys():
    names = [n.name for n in market_phrases("2030年韩国国内AI系统市场规模为4.1万亿韩元")]
    assert names == ["South Korea AI systems market"]
    assert [n.name for n in market_phrases("国内AI系统市场规模")] == ["China AI systems market"]


def test_an_anonymised_project_is_never_spelt():
    assert english_name("某省会城市人工智能公共算力平台", _PROJECT_WORDS) == \
        "Provincial Capital AI Public Computing Platform"
    assert english_name("甘肃庆阳某智算中心算力服务采购项目", _PROJECT_WORDS) == \
        "Gansu Qingyang Intelligent Computing Center Computing Service Procurement Project"


def test_brands_and_an_index_by_their_lexicon_names():
    df = facts_of("小猿搜题2030年12月月活跃用户达到1800万。步步高2030年营收同比增长12%。"
                  "国证机器人产业指数年初至今上涨31.5%。\n", PUB)
    assert _entity(df, "1800万") == "Xiaoyuan Soti"
    assert _entity(df, "12%") == "BBK"
    assert _entity(df, "31.5%") == "CNI Robot Industry Index"
