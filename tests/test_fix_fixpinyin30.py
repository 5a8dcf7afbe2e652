"""Firms written in pinyin although the lexicon knows them, or with a generic word spelt.

The forms fixed here: a holdings table whose row opens with a bare stock code, blanks, then a
firm the lexicon holds (``300308　　中际旭创``): the code is no count of the firm, so the firm is
named by its lexicon row, not spelt (Zhongjixuchuang); and the generic word 计算 of an unknown
computing firm's name is translated, never spelt (Chengqingjisuan)."""
from __future__ import annotations

from aigc_analysis.extract.names import english_name, firm_english
from tests.text_facts import facts_of

HOLDINGS = """三、前五大重仓股（截至2025年6月30日）
序号　股票代码　股票名称　　　公允价值（万元）　　占基金资产净值比例（%）
1　　688256　　寒武纪　　　　12,345.60　　　　　6.21
2　　300502　　新易盛　　　　11,020.35　　　　　5.54
3　　688981　　中芯国际　　　9,876.50　　　　　4.97
"""


def test_stock_code_before_known_firm_is_no_count():
    rows = facts_of(HOLDINGS)
    entities = set(rows["entity"])
    assert {"Cambricon", "Eoptolink", "SMIC"} <= entities, rows[["entity", "metric", "text"]].to_string()
    assert not entities & {"Hanwuji", "Xinyisheng", "Zhongxinguoji"}


def test_count_with_classifier_still_counts_a_firms_goods():
    # 采购1万台浪潮服务器: the classifier keeps the firm a counted thing, not the buyer
    rows = facts_of("云启数据宣布采购1万台浪潮服务器，合同金额12亿元。")
    assert not any("Inspur" in e for e in rows["entity"]), rows[["entity", "metric", "text"]].to_string()


def test_computing_word_of_unknown_firm_translated():
    assert firm_english("澄擎计算科技股份有限公司") == "Chengqing"
    assert english_name("澄擎计算科技") == "Chengqing Computing Technology"
    assert "jisuan" not in english_name("澄擎计算").lower()
