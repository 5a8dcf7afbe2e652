"""Table row labels left in Chinese where the row names a whole, an age band or a degree (fixrow43).

Over the fifty scored sets about 350 found rows carried a Chinese entity where gold writes
English. Three general causes are read here: a total row (合计, 合計, 整體) under a caption that
names no one, or under no caption, kept the word 合计 as its entity where the sum of the rows is
the section's or the document's subject; an age band (60-69歲, 80歲或以上) of a survey's table
stayed as written; a degree level (本科, 硕士, 博士) or a scenario (中性, 悲观) no company owns had
no English in ``label_words.csv``. Every example is invented.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import age_label_english, label_english
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 6, 10), "publisher": "Test Publisher", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _entity(df, value):
    rows = df[(df["value"] - value).abs() <= 1e-6 * abs(value)]
    assert len(rows) >= 1, df[["theme", "entity", "metric", "value", "text"]]
    return rows.iloc[0].entity


def test_total_row_under_a_caption_naming_no_one_is_the_documents_subject():
    text = ("澜湾数科2025年第三季度经营简报\n\n"
            "澜湾数科（Lanwan Digital）本季度继续加大AI投入。\n\n"
            "表2　AI相关投入（单位：百万美元）\n"
            "项目　　　　　　　　　2024年全年　　2025年前三季度\n"
            "算力及云服务　　　　　18.4　　　　　 21.7\n"
            "数据采购及标注　　　　 9.2　　　　　 11.3\n"
            "合计　　　　　　　　　27.6　　　　　 33.0\n")
    df = _facts(text)
    for value in (27.6e6, 33.0e6):
        assert _entity(df, value) == "Lanwan Digital"


def test_total_row_in_traditional_script_is_the_subject_too():
    text = ("瀾灣數科2025年第三季度經營簡報\n\n"
            "瀾灣數科（Lanwan Digital）本季度繼續加大AI投入。\n\n"
            "表2　AI相關投入（單位：百萬美元）\n"
            "項目　　　　　　　　　2024年全年　　2025年前三季度\n"
            "算力及雲服務　　　　　18.4　　　　　 21.7\n"
            "數據採購及標註　　　　 9.2　　　　　 11.3\n"
            "合計　　　　　　　　　27.6　　　　　 33.0\n")
    df = _facts(text)
    assert _entity(df, 33.0e6) == "Lanwan Digital"


def test_age_band_rows_are_written_in_english():
    text = ("青屿市长者数码使用调查（2025）\n\n"
            "表1　各年龄组别AI工具使用率（%）\n"
            "年齡組別　　　使用率\n"
            "60-69歲　　　 45\n"
            "70-79歲　　　 24\n"
            "80歲或以上　　 9\n")
    df = _facts(text)
    assert _entity(df, 0.45) == "Aged 60-69"
    assert _entity(df, 0.09) == "Aged 80+"


def test_age_band_reading_and_near_misses():
    assert age_label_english("18—29岁") == "Aged 18-29"
    assert age_label_english("18岁以下") == "Aged under 18"
    assert age_label_english("35岁及以下") == "Aged 35 and under"
    # a group of people named by an age is no band alone; a bare range is no age
    assert age_label_english("60岁以上老人") is None
    assert age_label_english("60-69") is None
    assert age_label_english("2025年") is None


def test_degree_rows_are_written_in_english():
    text = ("岚溪理工大学人工智能学院2025届毕业生就业质量报告\n\n"
            "表3　分学历就业情况\n"
            "学历　　毕业人数　　就业率（%）\n"
            "本科　　　412　　　　93.4\n"
            "硕士　　　236　　　　97.2\n"
            "博士　　　 31　　　 100.0\n")
    df = _facts(text)
    assert _entity(df, 0.934) == "Bachelor's"
    assert _entity(df, 0.972) == "Master's"


def test_degree_and_scenario_words_translate_only_whole():
    assert label_english("博士") == "PhD"
    assert label_english("悲观") == "Pessimistic scenario"
    # a label merely holding the word is no degree row (应届博士 is a job seeker, 博士后 a post)
    assert label_english("博士后") is None
    assert label_english("应届博士") is None


def test_chip_industry_links_as_row_labels_are_written_in_english():
    from aigc_analysis.extract.names import product_label_english

    assert product_label_english("IC设计业") == "IC design industry"
    assert product_label_english("IC封装业") == "IC packaging industry"
    assert product_label_english("背板与板对板连接器") == "Backplane and board-to-board connector"
    # a trade name before the word is no kind of product: the label stays as written
    assert product_label_english("岚峰设计业") is None


def test_market_phrases_with_new_product_words_and_taiwan_words():
    from aigc_analysis.extract.names import market_phrases

    names = [n.name for n in market_phrases("2024年中国视频监控设备市场规模约465亿元。")]
    assert names == ["China video surveillance equipment market"]
    text = to_simplified("澄島十月積體電路出口72.4億美元。")
    names = [n.name for n in market_phrases(text)]
    assert names == ["Integrated circuit exports"]


def test_zone_row_label_is_written_in_english_and_a_named_district_keeps_its_name():
    from aigc_analysis.extract.names import place_label_english

    assert label_english("高新区") == "High-tech Zone"
    assert place_label_english("澜东区") == "Landong District"
