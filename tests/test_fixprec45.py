"""Round 45, precision: numbers that are no claim.

- a lone Chinese numeral counted with 家/只 (新增两家客户, 本季度有四家直接客户) sizes a list of
  members the text names; the gold of every labelled set leaves it out, while a bound
  (至少八家, 不下八家) keeps it;
- the size of a report's own sample, right after the words naming whom it called back, sampled or
  interviewed (回访的, 样本, 有效调查企业, 成功访问), is how the figures were gathered.

Invented texts and names.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 20)


def _texts(text: str) -> list[str]:
    return list(facts_of(text, DAY)["text"])


@pytest.mark.parametrize("text, numeral", [
    ("岚枫半导体预计明年新增两家ASIC客户，带动定制芯片收入约40亿美元。", "两"),
    ("据10-Q披露，澄禾科技本季度有四家直接客户的收入占比超过10%，合计约52%。", "四"),
    ("星澜云已获三家国际云服务商预订，预订容量约120MW。", "三"),
])
def test_a_lone_chinese_numeral_count_is_no_fact(text, numeral):
    # the quantity reader still reads the numeral as a count; the facts leave it out
    assert any(q.text == numeral and q.unit == "count" for q in find_quantities(text))
    assert numeral not in _texts(text)


def test_the_other_figures_of_the_sentence_stay():
    texts = _texts("岚枫半导体预计明年新增两家ASIC客户，带动定制芯片收入约40亿美元。")
    assert "约40亿美元" in texts


@pytest.mark.parametrize("text, kept", [
    ("今年以来宣布降价的大模型厂商前后不下八家。", 8.0),  # a bound: a claim about how many
    ("今年以来宣布降价的云厂商至少有六家。", 6.0),  # the bound a word before 有
    ("截至三季度末，接入该平台的银行已达38家。", 38.0),  # digits: a count stated as a value
])
def test_bounded_or_written_counts_stay(text, kept):
    df = facts_of(text, DAY)
    assert kept in set(df.loc[df["unit"] == "count", "value"])


@pytest.mark.parametrize("text, sample", [
    ("从使用端看，我们回访的27家已部署客户中，约四成主要用于知识库问答。", "27"),
    ("与同年份设立的基金相比（数据库样本96只），本基金TVPI位于前四分之一分位。", "96"),
    ("本次调查覆盖全市9个区县，有效调查企业1,835家，其中数字经济核心产业企业占比31.2%。", "1,835"),
    ("协会以面谈形式成功访问864名长者，其中约四成曾使用AI语音助手。", "864"),
])
def test_the_size_of_a_reports_own_sample_is_no_fact(text, sample):
    texts = _texts(text)
    assert sample not in texts, texts


def test_a_count_of_members_found_in_the_sample_stays():
    # 样本中: what the sample showed (64 of its firms saw fewer shareholders) is a claim
    df = facts_of("在我们跟踪的AI算力样本中，64家公司股东户数较二季度末下降，占比51.2%。", DAY)
    assert 64.0 in set(df.loc[df["unit"] == "count", "value"])


def test_a_claim_after_a_sample_word_farther_away_stays():
    texts = _texts("据样本服务商反馈，在租GPU约3.8万张，环比增加4.1%。")
    assert "约3.8万" in texts
