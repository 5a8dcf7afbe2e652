"""How a report's figures were gathered is no claim: the counts of a line a methodology label
opens (采样范围：, 调研说明：) and the sample after 对 however long its population, on invented
reports of invented firms; the findings beside them stay."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 10)


def _texts(body: str) -> set[str]:
    df = facts_of_text("# 智算租赁月报（2026年3月）\n\n" + body + "\n", PUB)
    return {t.strip() for t in df["text"]} if len(df) else set()


@pytest.mark.parametrize("body, sample, finding", [
    ("采样范围：境外11家公有云厂商、境内27家算力服务商的挂牌报价\n\n本月境内服务商新增上架GPU约4.2万张。",
     ("11", "27"), "约4.2万"),
    ("调研说明：本次调研于2026年1月至2月开展，回收有效问卷3,718份，覆盖制造、零售、物流、教育等9个行业。\n\n"
     "调研显示，已有38%的企业部署了智能客服。", ("9",), "38%"),
])
def test_counts_of_a_methodology_line_are_no_facts(body, sample, finding):
    texts = _texts(body)
    for s in sample:
        assert s not in texts, (s, texts)
    assert finding in texts


def test_a_methodology_label_mid_line_is_no_note():
    # the label must open its line: a count in a later sentence of that line is a claim again
    texts = _texts("调研说明：本次调研由第三方机构执行。本月境内服务商新增上架GPU约4.2万张。")
    assert "约4.2万" in texts


def test_sample_after_dui_with_a_long_population_is_no_fact():
    body = "研究院于3—4月对214家县级医院信息科主任及分管院长进行了问卷调研。结果显示，已有47%的医院部署了至少一个大模型应用。"
    texts = _texts(body)
    assert "214" not in texts
    assert "47%" in texts
