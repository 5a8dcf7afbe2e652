"""Tables and units the extractor read no fact from (invented text).

* a table whose cells take their per cent from its caption (``（单位：%）``) and whose caption,
  header and labels name no measure a keyword reads: each cell is a part's share (market), and
  in a survey's table (``（%，N=600）``, or a survey report) the share of the respondents
  (adoption);
* a caption bracket holding a unit and then a sample size (``（%，N=600）``) is the unit label;
* a flattened PDF table whose header writes its years with 年 (``类别 2023年 2024年``) is a table;
* 瓩, the Taiwanese kilowatt (``35萬瓩``).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis import find_quantities
from aigc_analysis.extract.quantities import find_unit_labels
from aigc_analysis.extract.segment import split_sentences

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 3)

_SURVEY_TABLE = ("星河证券 行业点评\n2025年11月3日\n\n"
                 "图表 4：制造企业工业视觉方案采用阶段（%，N=600）\n"
                 "阶段 2023年 2024年\n"
                 "全面上线 8.6 17.9\n"
                 "小范围试用 26.4 33.2\n"
                 "资料来源：星河证券\n")

_MIX_TABLE = ("星河证券 行业点评\n2025年11月3日\n\n"
              "表2：某省电源装机构成（单位：%）\n"
              "类别　　　　2023年　　2024年\n"
              "水电　　　　36.5　　　33.8\n"
              "风电　　　　21.2　　　24.7\n"
              "资料来源：省能源局\n")


def test_a_sample_size_after_the_unit_keeps_the_label():
    assert find_unit_labels("构成（%，N=600）") == [(3, 4, Decimal("0.01"), "ratio")]
    assert find_unit_labels("构成（%, n=1,250）") == [(3, 4, Decimal("0.01"), "ratio")]
    assert find_unit_labels("（亿元，2025年）") == []  # a note that is no sample size: prose


def test_a_flattened_header_of_years_in_words_heads_its_table():
    rows = [s for s in split_sentences(_SURVEY_TABLE) if s.is_row]
    assert [s.is_header for s in rows] == [True, False, False]


def test_a_survey_table_without_a_keyword_gives_respondent_shares():
    df = facts_of_text(_SURVEY_TABLE, PUB)
    row = row_of(df, "17.9")
    assert (row["theme"], row["unit"], row["value"], row["period"]) == ("adoption", "ratio", 0.179, "2024")
    assert row_of(df, "26.4")["theme"] == "adoption"


def test_a_percent_table_without_a_keyword_gives_shares():
    df = facts_of_text(_MIX_TABLE, PUB)
    row = row_of(df, "24.7")
    assert (row["theme"], row["metric"], row["unit"], row["value"], row["period"]) == (
        "market", "share", "ratio", 0.247, "2024")


def test_the_taiwanese_kilowatt():
    got = [(q.text, q.value, q.unit) for q in find_quantities("尖峰负载升至3,920万瓩，储能目标85万瓩")]
    assert got == [("3,920万瓩", 3.92e10, "watts"), ("85万瓩", 8.5e8, "watts")]
