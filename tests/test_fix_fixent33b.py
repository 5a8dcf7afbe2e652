"""A total row (合计) of a captioned breakdown table is the caption's whole, never the word 合计."""
from tests.text_facts import facts_of


def test_total_row_takes_caption_whole():
    text = ("中国AI算力产业链规模测算\n\n"
            "表1　中国AI服务器市场分环节规模\n"
            "单位：亿元\n"
            "环节              2024     2025E\n"
            "整机              3100     4200\n"
            "零部件            900      1300\n"
            "合计              4000     5500\n")
    rows = facts_of(text)
    total = rows[rows["text"].str.contains("4000")]
    assert len(total) == 1, rows[["entity", "value", "text"]].to_string()
    assert "合计" not in total.iloc[0]["entity"]
    assert "server" in total.iloc[0]["entity"].lower(), total.iloc[0]["entity"]
