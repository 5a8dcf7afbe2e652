"""Precision fixes of round 17: numbers in a note that state no claim of their own.

Every example is invented (星河软件, 青岚 and their figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 9, 3)


def _texts(text: str) -> list[str]:
    return list(facts_of_text(text, DAY)["text"])


def test_a_bound_amount_before_the_count_of_what_it_bounds_is_no_fact():
    t = _texts("星河软件二季度收入12.4亿元。ACV超过$3m的客户数为217家，同比增长约15%；"
               "交易中超过$2m的订单数量同比增长一倍以上。")
    assert "超过$3m" not in t and "超过$2m" not in t
    assert "217" in t and "约15%" in t and "12.4亿元" in t


def test_a_bound_capacity_before_a_counted_number_is_no_fact():
    t = _texts("截至2025年6月，全国智算中心项目超过300个，单体规模在800PFLOPS以上的大型智算中心约45个。")
    assert not any("PFLOPS" in x for x in t)
    assert "超过300" in t and any("45" in x for x in t)


def test_a_bound_amount_of_an_order_that_is_counted_by_nothing_stays():
    t = _texts("星河软件获得超过10亿元的AI订单，某智算中心投资超过50亿元。")
    assert "超过10亿元" in t and "超过50亿元" in t


_LINES_TABLE = """表1：2025年上半年分产品收入（单位：亿元）
产品线                    营业收入      同比
云端产品线                15.90         240.12%
边缘产品线                0.32          -40.50%
合计                      16.22         212.35%
资料来源：公司半年度报告
"""


def test_a_total_row_repeating_the_prose_is_one_claim_the_prose_names():
    f = facts_of_text("星河芯片（688000.SH）上半年实现营业收入16.22亿元，同比增长212.35%。\n\n" + _LINES_TABLE, DAY)
    rev = f[f["value"].round(0) == 1.622e9]
    assert len(rev) == 1 and rev["text"].iloc[0] == "16.22亿元"
    growth = f[(f["value"] - 2.1235).abs() < 1e-9]
    assert len(growth) == 1 and "合计" not in set(f["entity"])


def test_a_total_row_before_the_prose_takes_the_prose_name():
    f = facts_of_text(_LINES_TABLE + "\n星河芯片（688000.SH）上半年实现营业收入16.22亿元，同比增长212.35%。", DAY)
    rev = f[f["value"].round(0) == 1.622e9]
    assert len(rev) == 1 and rev["entity"].iloc[0] != "合计"


def test_a_total_row_the_prose_does_not_state_stays():
    f = facts_of_text("星河芯片（688000.SH）上半年业绩亮眼。\n\n" + _LINES_TABLE, DAY)
    assert (f["value"].round(0) == 1.622e9).sum() == 1


def _doc(title: str, body: str) -> list[str]:
    """The facts' texts of a note whose headline the loader found (the ``title`` field)."""
    text = f"青岚证券 2025年11月12日\n\n{title}\n\n{body}"
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text), "title": title,
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    return list(facts_frame(extract_document(doc))["text"])


def test_a_headline_multiple_restating_the_bodys_growth_in_per_cent_is_one_claim():
    t = _doc("星河眼镜季度追踪（2025Q2）：全球智能眼镜出货翻倍，星河一家独大",
             "1. 全球智能眼镜2025Q2出货量212万台，同比增长131%，环比增长18%。")
    assert "翻倍" not in t and "131%" in t
    t = _doc("台湾AI供应链月营收追踪（2025年10月）：星河电子年增近两倍",
             "星河电子（688000.SH）10月营收2,106.1亿元，月增14.7%，年增185.1%。")
    assert "近两倍" not in t and "185.1%" in t


def test_a_headline_multiple_the_body_does_not_round_stays():
    t = _doc("星河眼镜季度追踪（2025Q2）：全球智能眼镜出货翻倍，星河一家独大",
             "1. 全球智能眼镜2025Q2出货量212万台，同比增长12%，环比增长18%。")
    assert "翻倍" in t


def test_a_headline_rounding_a_campaign_the_body_dates_by_its_days_is_one_claim():
    t = _doc("星河学习机大促复盘：双11学习机GMV增长三成，星河眼镜成黑马",
             "◆ 双11（10月9日-11月11日）期间，线上学习机全渠道GMV约52.4亿元，同比增长28.5%；销量约132万台。")
    assert "三成" not in t and "28.5%" in t


def test_a_figure_dated_by_its_month_and_again_by_the_half_holding_it_is_one_claim():
    f = facts_of_text("星河办公（688000.SH）业绩会纪要\n截至6月末，星河办公累计年度付费个人用户数3,215万，同比增长7.6%。\n"
                      "问：个人付费用户增速放缓的原因？\n"
                      "答（CEO）：用户这块呢，我们今年上半年是3,215万，同比涨了百分之七点六，主要是主动收缩了低价渠道。", DAY)
    growth = f[(f["value"] - 0.076).abs() < 1e-9]
    assert len(growth) == 1 and growth["period"].iloc[0] == "2025-06"


def test_one_value_in_two_quarters_stays_two_claims():
    f = facts_of_text("星河办公（688000.SH）一季度收入同比增长7.6%，二季度收入同比增长7.6%。", DAY)
    assert ((f["value"] - 0.076).abs() < 1e-9).sum() == 2


def test_period_bounds_and_fits():
    from aigc_analysis.extract.facts import _headline_period_fits, _period_bounds, _periods_fit
    assert _period_bounds("2025H1") == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert _period_bounds("2025-02-30") is None and _period_bounds("FY2026Q2") is None
    assert _periods_fit("2025H1", "2025-06") and _periods_fit("2025Q2", "2025-05-20")
    assert not _periods_fit("2025Q2", "2025-01") and not _periods_fit("2025H1", "2025-01/2025-06")
    assert _headline_period_fits("2025-11", "2025-10-09/2025-11-11")
    assert not _headline_period_fits("2025-12", "2025-10-09/2025-11-11")
