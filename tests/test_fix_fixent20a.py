"""Row labels that no lexicon name holds: a sub-row's 其中 prefix is no name, and a label made of
region, industry or segment words (label_words.csv, regions.csv) is written in English.

Every example is invented (the tables, firms and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 2, 10)

RENT_TABLE = """表4：批发机柜月租金（单位：元/kW/月）
区域            2024年     2025年
杭州及周边       121        117
中卫/庆阳         58         52
"""

SEGMENT_TABLE = """图表5：全球智能体市场规模分部门预测（亿美元）
部门 2024 2026E
营销与客服 11.2 24.6
IT运维与安全 3.7 8.8
"""

SCHOOL_TABLE = """表6：学校部署AI平台情况
学校类型          已部署比例
高职院校            66.1%
幼儿园              12.4%
"""

PART_TABLE = """表2：某集团2025年四季度分部业绩（单位：亿元）
分部              营收      同比
青禾集团          812.0     9.1%
  其中：云业务    245.5     31.2%
"""


def _by_text(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_a_region_and_its_surroundings_and_a_pair_of_regions_are_written_in_english():
    ents = _by_text(RENT_TABLE)
    assert ents["121"] == "Hangzhou and surrounding"
    assert ents["58"] == "Zhongwei/Qingyang"


def test_a_compound_segment_label_joins_its_parts_english():
    ents = _by_text(SEGMENT_TABLE)
    assert ents["11.2"] == "Marketing and customer service"
    assert ents["3.7"] == "IT operations and security"


def test_a_kind_of_school_is_written_in_english():
    ents = _by_text(SCHOOL_TABLE)
    assert ents["66.1%"] == "Vocational colleges"
    assert ents["12.4%"] == "Kindergartens"


def test_a_sub_row_names_its_part_without_the_prefix():
    ents = _by_text(PART_TABLE)
    assert ents["245.5"] == "云业务"
    assert "其中" not in ents["245.5"]


SURVEY = """2025年校园AI使用抽样调查
本次调查共回收有效问卷8,000份。
中学生使用提速。高中生使用率为61.5%，初中生为33.2%，小学生（家长陪同）为18.9%。"""


def test_a_kind_of_student_is_the_subject_of_its_share_an_aside_after_it_too():
    ents = _by_text(SURVEY)
    assert ents["33.2%"] == "Junior high students"
    assert ents["18.9%"] == "Primary school students"


MEMORY_TABLE = """表3：存储业务季度业绩（单位：万亿韩元）
公司            营收      同比
三星电子        91.20     7.7%
  其中：DS部门  35.40     12.2%
"""


def test_a_division_sub_row_is_the_division_not_its_parent():
    ents = _by_text(MEMORY_TABLE)
    assert ents["91.20"] == "Samsung Electronics"
    assert ents["35.40"] == "Samsung Device Solutions"
