"""Outcome rates of a process (fixrate41): a rate named by a word in 率 that says how often a step
of a process succeeds or fails (录用率, 驳回率, 通过率, 转诊率, 缓存命中率, 误报率) is a fact about
the institution or service that runs the process: adoption, as gold files it in DN, DM, DJ, CY,
CQ, CK, CJ and DA, with the metric named by the rate word and its 个百分点 move as the rate's
change. Rates that are margins, growth, valuation yields or market shares keep their reading; a
lender's NPL column and the target attainment of revenue (达成率) keep gold's earnings. A model's accuracy on a named benchmark stays no fact (SCHEMA).

Every example is invented: the institutions, products and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 3, 2)


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Institute", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _by_value(text: str) -> dict:
    f = _facts(text)
    return {round(v, 4): (t, m, u) for v, t, m, u in zip(f["value"], f["theme"], f["metric"], f["unit"])}


@pytest.mark.parametrize("text, value, theme, metric, unit", [
    # was nothing: a conference's or journal's acceptance rate and its move in points
    ("人工智能学术会议ACAI 2026共收到有效投稿9,100篇，录用率为21.7%，较上届下降2.2个百分点。",
     0.217, "adoption", "acceptance_rate", "ratio"),
    ("人工智能学术会议ACAI 2026共收到有效投稿9,100篇，录用率为21.7%，较上届下降2.2个百分点。",
     -0.022, "adoption", "acceptance_rate_change", "pp"),
    ("本刊2025年度出版AI論文212篇，整體錄用率約為16%。", 0.16, "adoption", "acceptance_rate", "ratio"),
    # was a market share: an office's rejection rate of applications
    ("该局上半年以恶意抢注为由驳回人工智能相关商标申请1,730件，驳回率64.2%。",
     0.642, "adoption", "rejection_rate", "ratio"),
    # was nothing: pass, approval, referral, hit and false-positive rates of a service
    ("该中心2025年完成AI产品评测130项，复测后通过率提升至88%。", 0.88, "adoption", "pass_rate", "ratio"),
    ("本批次受理AI标准立项申请90项，立项率41.1%。", 0.411, "adoption", "approval_rate", "ratio"),
    ("试点社区医院的AI眼底初筛阳性转诊率为6.4%。", 0.064, "adoption", "referral_rate", "ratio"),
    ("日志显示AI爬虫请求的缓存命中率只有37%。", 0.37, "adoption", "cache_hit_rate", "ratio"),
    ("该AI查重系统全年拦截可疑稿件6千余篇，误报率控制在2%以下。",
     0.02, "adoption", "false_positive_rate", "ratio"),
    ("工厂上线AI视觉质检后，漏检率下降60%。", -0.6, "adoption", "miss_rate", "ratio"),
    ("政务热线启用大模型后，工单自动分派准确率达93%。", 0.93, "adoption", "accuracy", "ratio"),
])
def test_outcome_rate_is_adoption(text, value, theme, metric, unit):
    got = _by_value(text)
    assert got.get(value) == (theme, metric, unit), got


@pytest.mark.parametrize("text, value, theme, metric", [
    # a lender's overdue ratio and a table column headed NPL: earnings, not the rate column before it
    ("表3 各地区AI信贷指标\n　地区　　　放款额　　　AI自动审批率　　NPL\n"
     "　甲省　　　15亿元　　　 72%　　　　　　2.4%\n", 0.024, "earnings", "npl_ratio"),
    ("表3 各地区AI信贷指标\n　地区　　　放款额　　　AI自动审批率　　NPL\n"
     "　甲省　　　15亿元　　　 72%　　　　　　2.4%\n", 0.72, "adoption", "approval_rate"),
    ("该AI项目2025年实现收入0.9亿元，效益达成率为64.5%。", 0.645, "earnings", "attainment_rate"),
    ("本月全省算力采购项目流标率约7.3%。", 0.073, "market", "failed_tender_rate"),
    # the success rate of drug candidates in trials is an industry statistic
    ("据统计，AI发现分子的II期临床成功率约45%。", 0.45, "market", "clinical_success_rate"),
])
def test_rates_of_other_themes(text, value, theme, metric):
    got = _by_value(text)
    assert got.get(value)[:2] == (theme, metric), got


@pytest.mark.parametrize("text, value, theme, metric", [
    ("参评AI产品平均整改周期约3.5个月。", 3.5, "adoption", "remediation_time"),
    ("今年获批的AI医疗器械平均审评周期为12.5个月。", 12.5, "market", "average_review_time"),
])
def test_process_times(text, value, theme, metric):
    got = _by_value(text)
    assert got.get(value) == (theme, metric, "months"), got


@pytest.mark.parametrize("text", [
    "在MMLU基准测试上，该模型准确率达87.5%。",
    "新模型在GSM8K上的准确率为92%，较上一代提升明显。",
    "该模型在HumanEval上的一次通过率为89%。",
])
def test_benchmark_accuracy_is_no_fact(text):
    f = _facts(text)
    assert not (f["unit"] == "ratio").any(), f[["theme", "metric", "value"]]


@pytest.mark.parametrize("text, value, theme, metric", [
    # rate words of margins, growth and valuation keep their reading
    ("公司AI业务毛利率为52.3%，较上年提升3.1个百分点。", 0.523, "earnings", None),
    ("预计2025-2030年中国AI服务器市场规模年复合增长率约28%。", 0.28, "market", None),
])
def test_other_rates_keep_their_reading(text, value, theme, metric):
    got = _by_value(text)
    assert got.get(value, ("?",))[0] == theme, got


def test_royalty_rate_column_is_pricing():
    """was a market unit-sales growth: a royalty statement's 版税率 column is the licence's price."""
    text = ("一、AI有声书版税（单位：元；销量单位：册）\n"
            "书名                      定价     版税率   本期销量    应付版税\n"
            "《星河彼岸》              59.00     9%      3,100      16,461.00\n")
    assert _by_value(text).get(0.09) == ("pricing", "royalty_rate", "ratio")


def test_rate_compared_with_something_else_states_no_level():
    """a rate word followed by 比 compares it; the share after the colon is no hit rate."""
    f = _facts("对调用方来说，AI接口的缓存命中率比标价更重要：过半的输入命中缓存意味着成本更低。")
    assert "cache_hit_rate" not in set(f["metric"]) if len(f) else True
