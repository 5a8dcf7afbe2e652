"""Report keywords: the corpus notebook's TF-IDF equals jieba.analyse's, without its import."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd

from aigc_analysis.present import fact_tables

# Invented text: Chinese, English stop words, digits, repeats, a one-character word.
TEXT = ("星河证券认为，大模型推理需求持续增长，算力租赁价格在2025年下降。The model and the price of "
        "tokens is falling; 推理芯片出货量与推理需求同步增长，云厂商资本开支继续上调，芯片、芯片、算力。"
        "我们预计 AI 应用的付费用户在明年翻倍，应用厂商的毛利率因此改善。")


def test_tfidf_keywords_equal_jieba_analyse():
    import jieba.analyse

    for top_k in (0, 3, 8, 20):
        assert fact_tables.tfidf_keywords(TEXT, top_k) == \
            jieba.analyse.extract_tags(TEXT, topK=top_k), top_k
    assert fact_tables.tfidf_keywords("", 8) == jieba.analyse.extract_tags("", topK=8) == []


def test_stop_words_and_idf_are_jieba_analyse_s():
    from jieba.analyse import default_tfidf

    assert fact_tables.keyword_stop_words() == frozenset(default_tfidf.STOP_WORDS)
    idf, median = fact_tables.jieba_idf()
    assert idf == default_tfidf.idf_freq
    assert median == default_tfidf.median_idf


def test_keywords_table_leaves_out_boilerplate():
    docs = pd.DataFrame([{"doc_id": "b.txt", "publisher": "", "title": "",
                          "text_simplified": "免责声明免责声明免责声明。芯片出货量增长，芯片价格下降。",
                          "boilerplate": [(0, 13, "disclaimer")]}])
    words = fact_tables.keywords(docs, top_k=3)["keywords"].iloc[0].split()
    assert "免责声明" not in words
    assert "芯片" in words


def test_keywords_do_not_import_posseg():
    code = ("import sys\n"
            "from aigc_analysis.present.fact_tables import tfidf_keywords\n"
            f"print(tfidf_keywords({TEXT!r}, 3))\n"
            "assert 'jieba.posseg' not in sys.modules and 'jieba.analyse' not in sys.modules\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "'" in out.stdout
