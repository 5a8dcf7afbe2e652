"""An organisation's own report whose first line is its masthead: a Latin-script name (as a brand
is written, mixed case) straight followed by Chinese words naming a body (集团, 社区, 实验室).
Figures that name no one are the organisation's own, not those of a model or a tool mentioned
in passing. Invented texts and made-up names; near-misses keep the entity they had."""
import datetime as dt

import pytest

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 2, 10)

GROUP = ("NovaLend 南洋数字金融集团 2025年第四季度经营与AI应用报告\n发布日期：2026年2月10日\n\n"
         "集团自研的风控模型以开源模型Gemma-9B为底座训练。\n"
         "・营业收入4.26亿美元，同比增长31%；\n"
         "・每笔贷款审核成本由1.6美元降至0.42美元。\n")
COMMUNITY = ("# TorchLite 社区月报 · 2026年1月\n\n> 由社区工作组整理\n\n"
             "本月在 Llama-3-8B 上的推理测试显示：\n"
             "新增贡献者88人，累计贡献者突破2,300人。\n")


@pytest.mark.parametrize("text", ["4.26亿美元", "31%"])
def test_group_masthead_is_the_subject(text):
    df = facts_of_text(GROUP, PUB)
    assert row_of(df, text)["entity"] == "NovaLend", text


def test_community_masthead_is_the_subject():
    df = facts_of_text(COMMUNITY, PUB)
    assert row_of(df, "2,300")["entity"] == "TorchLite"


@pytest.mark.parametrize("head", [
    "AI 应用投放月报（2026年1月）\n\n",            # an all-caps acronym before a column's name
    "NovaLend 季度观察\n\n",                        # no body word: a column title, not a masthead
    "Pacific Wire | NovaLend 南洋数字金融集团快讯\n\n",  # the name does not open the line
])
def test_near_misses_name_no_masthead(head):
    df = facts_of_text(head + "风控模型以Gemma-9B为底座训练。\n・营业收入4.26亿美元，同比增长31%；\n", PUB)
    assert row_of(df, "4.26亿美元")["entity"] not in ("NovaLend", "AI", "Pacific")



LETTER_HEAD = "澜湖人寿保险股份有限公司\n投资管理部　资产配置说明（第二季）\n2026年8月12日\n\n"
LETTER_BODY = ("一、整体资金运用\n国内寿险业今年保费收入增长。截至2026年6月底，本公司可运用资金总额为人民币1.35万亿元，"
               "较去年底增加4.2%，国外投资占比为58.1%。\n二、风险指标\n压力测试假设美国科技股下跌25%，"
               "本公司资本充足率将由305%降至约280%。\n")


@pytest.mark.parametrize("text", ["58.1%", "305%"])
def test_letterhead_firm_is_the_subject_of_its_own_figures(text):
    df = facts_of_text(LETTER_HEAD + LETTER_BODY, PUB)
    assert row_of(df, text)["entity"] == "Lanhu", text


def test_letterhead_needs_the_name_alone_on_the_first_line():
    # a title naming the firm among other words is not its letterhead
    df = facts_of_text("澜湖人寿保险股份有限公司投资的数据中心项目观察\n\n" + LETTER_BODY, PUB)
    assert row_of(df, "58.1%")["entity"] != "Lanhu"
