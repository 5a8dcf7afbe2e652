"""Generic categories give way to the subject the document names.

- A technology's penetration written right after the base it penetrates
  (``边缘数据中心浸没式液冷渗透率``) is a share of that base: the base is the subject.
- In a place's own plan, a target that names only generic categories (data centres, AI agents,
  large models) is the place's target, as a national plan's is China's.

Every example is invented (岳川省 and 澄湖市 are no real places).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2026, 3, 2)


def test_penetration_after_its_base_is_the_base():
    f = facts_of_text("据第三方机构统计，AI服务器液冷渗透率有望从2025年的约18%升至2027年的约40%。", DAY)
    assert entity_of(f, "约18%") == entity_of(f, "约40%") == "AI servers"


def test_penetration_after_its_base_with_de_is_the_base():
    f = facts_of_text("我们测算，2026年AI数据中心的液冷渗透率将达到约35%。", DAY)
    assert entity_of(f, "约35%") == "AI data centres"


def test_a_lone_category_keeps_its_penetration():
    f = facts_of_text("我们预计2027年AI PC渗透率有望超过55%。", DAY)
    assert entity_of(f, "超过55%") == "AI PCs"


PLAN = ("《岳川省推动人工智能产业创新发展实施方案（2026—2028年）》解读\n"
        "研究所 2026年3月2日\n"
        "一、算力\n"
        "1．新建大型数据中心PUE不高于1.22，存量数据中心PUE降至1.35以下。\n"
        "2．到2028年，重点行业智能体应用覆盖率不低于60%，政务大模型在省直部门覆盖率达到100%。\n"
        "3．支持浪潮信息建设智算中心，总投资约45亿元。\n")


def test_a_provincial_plans_generic_targets_are_the_provinces():
    f = facts_of_text(PLAN, DAY)
    for text in ("不高于1.22", "1.35以下", "不低于60%", "100%"):
        assert entity_of(f, text).startswith("Yuechuan"), text


def test_a_firm_in_a_provincial_plan_keeps_its_figure():
    f = facts_of_text(PLAN, DAY)
    assert not entity_of(f, "约45亿元").startswith("Yuechuan Province")


SURVEY = ("2026中国企业生成式AI落地调研报告\n"
          "某咨询公司 2026年3月2日\n"
          "本次调研共回收有效问卷860份。\n"
          "已将生成式AI用于生产的受访企业占比为27.5%，较上年提高9.2个百分点。\n"
          "生成式AI在企业IT预算中的占比约为12%。\n"
          "另据海外机构预测，全球企业软件市场规模将增长8%。\n")


def test_a_survey_reports_shares_are_its_titled_population():
    f = facts_of_text(SURVEY, DAY)
    assert entity_of(f, "27.5%") == "China enterprises (survey)"
    assert entity_of(f, "9.2个百分点") == "China enterprises (survey)"


def test_the_survey_topic_is_no_subject_of_a_survey_report():
    f = facts_of_text(SURVEY, DAY)
    assert entity_of(f, "12%") == "China enterprises (survey)"
    assert not (f["text"] == "860").any()  # the sample is no fact (fixprec20)


def test_a_report_without_a_survey_title_keeps_its_names():
    f = facts_of_text(SURVEY.replace("调研报告", "行业点评"), DAY)
    assert entity_of(f, "27.5%") != "China enterprises (survey)"
