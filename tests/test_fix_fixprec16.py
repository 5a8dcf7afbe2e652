"""Numbers that are no claim (precision): rating-scale bounds, screens on a per cent, bounds and
grades naming a segment or a class, spans and biographies, the step of a sensitivity.

Every example is invented (青禾科技, 星川集团 exist in no report; numbers made up).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 6, 3)


def _texts(text: str) -> list[str]:
    return list(facts_of_text(text, DAY)["text"])


def test_a_line_naming_three_grades_is_a_rating_scale_whatever_its_bound_words():
    t = _texts("青禾科技2024年营收12.3亿元。\n"
               "投资评级：以报告发布后6个月内相对沪深300指数的涨跌幅为准，买入>20%，增持10%~20%，中性-10%~10%，减持<-10%。\n"
               "【评级说明】增持：未来6个月行业指数涨幅相对沪深300指数超过8%；中性：相对涨跌幅介于-8%与8%之间；减持：相对跌幅超过8%。")
    assert "12.3亿元" in t
    assert not [x for x in t if "%" in x], t


def test_a_move_beside_a_rating_change_stays():
    t = _texts("青禾科技（688000.SH）昨日升3.71%，为表现最佳个股。星川证券将其评级由「中性」上调至「增持」，维持买入。")
    assert "3.71%" in t


def test_a_per_cent_screen_before_de_gongsi_is_who_is_counted():
    t = _texts("在覆盖的15家公司中，营收增速超过40%的公司有6家，净利润增速超过40%的公司有5家。"
               "调查显示，62.1%的企业计划增加投入，其中计划增幅超过20%的企业占17.3%。")
    assert "超过40%" not in t and "超过20%" not in t
    assert "62.1%" in t and "17.3%" in t


def test_a_bound_glued_to_a_kind_of_item_names_a_segment():
    t = _texts("2025年5月共监测到中标项目520个，单个项目平均金额约288万元，千万元以上大单27个，300万元以下项目占项目总数的79%。"
               "国内市场方面，800美元以上高端机中AI手机占比已超过七成。主流AI PC中，64GB及以上机型占比约33%。"
               "青禾科技2024年营收达到50亿元以上，签下超过20亿元的订单。")
    for gone in ("千万元以上", "300万元以下", "800美元以上", "64GB"):
        assert gone not in t, t
    for kept in ("约288万元", "27", "超过七成", "约33%", "50亿元以上", "超过20亿元"):
        assert kept in t, (kept, t)


def test_a_price_band_row_label_is_no_price():
    t = _texts("表1：分价格带渗透率（%）\n"
               "价格带            2024年5月     2025年5月\n"
               "15万元以下        1.2           3.3\n"
               "15-25万元         6.1           18.4\n"
               "25万元以上        40.3          61.7\n")
    assert "15-25万元" not in t
    assert "6.1" in t and "61.7" in t


def test_an_order_of_magnitude_grade_names_a_class():
    t = _texts("单柜功率从\"十千瓦级\"跨入\"百千瓦级\"，青禾科技整柜功耗约110kW。"
               "国内ASP 1,650元，同比下降9%，主要因千元级拍摄眼镜放量。")
    assert "十千瓦" not in t and "百千瓦" not in t and "千元" not in t
    assert "约110kW" in t and "1,650元" in t


def test_spans_horizons_and_careers_are_no_durations():
    t = _texts("——2026-2030年算力产业五年展望\n"
               "青禾科技与星川集团宣布80亿美元合作，五年内部署300MW算力。\n"
               "访谈对象：某头部云厂商前资深架构师，从业11年。\n"
               "青禾科技的投资回收期约4年，交付周期约6个月，与客户签订为期3年的合同。")
    assert "五年" not in t and "11年" not in t
    for kept in ("300MW", "约4年", "约6个月", "3年"):
        assert kept in t, (kept, t)


def test_the_step_of_a_sensitivity_is_no_claim_its_effect_is():
    t = _texts("以一个80MW的智算中心测算，年用电量约6.2亿千瓦时，电价每下降0.2元/千瓦时，年电费可节省约12400万元。"
               "以星川B-7项目为例，上架率每下降5个百分点，IRR下降约0.8个百分点。青禾科技营收下降12%。")
    assert "下降0.2元" not in t and "下降5个百分点" not in t
    for kept in ("约12400万元", "下降约0.8个百分点", "下降12%"):
        assert kept in t, (kept, t)


def _rows(text: str):
    f = facts_of_text(text, DAY)
    return list(zip(f["text"], f["entity"], f["metric"]))


def test_names_summed_by_a_group_word_or_joined_by_a_slash_are_one_row():
    rows = _rows("客户结构上，微软是最大买家，占今年订单的30%左右，Meta、甲骨文、亚马逊加起来约占40%。"
                 "GB200/GB300机柜出货量季增约25%。美国商务部批准向G42与Humain各出口最多20,000颗Blackwell芯片。")
    assert [e for t, e, _ in rows if t == "40%"] == ["Meta, Oracle and Amazon"]
    assert [e for t, e, _ in rows if t == "约25%"] == ["GB200/GB300"]
    assert sorted(e for t, e, _ in rows if t == "20,000") == ["G42", "Humain"]  # 各: one row each


def test_a_table_cell_repeating_the_prose_under_its_own_metric_name_is_one_row():
    rows = _rows("青禾科技（688000.SH）FY26Q2剩余履约义务（RPO）达4120亿美元，同比增长三倍。\n\n"
                 "表1：云厂商订单情况\n"
                 "公司　　　　季度　　　　收入（亿美元）　　　订单（亿美元）\n"
                 "青禾科技　　FY26Q2　　　153　　　　　　　　4120\n")
    assert [t for t, _, _ in rows if t in ("4120亿美元", "4120")] == ["4120亿美元"], rows


def test_a_series_version_and_a_servers_cards_are_no_counts():
    t = _texts("青禾2.5系列模型发布后的调用价格调整；星川6系列芯片出货约12万片。"
               "国产8卡推理服务器整机价格目前在90万-120万元人民币，青禾科技采购了300台服务器。")
    assert "2.5" not in t and "6" not in t and "8" not in t
    assert "约12万" in t and "300" in t


def test_the_same_words_for_one_subject_in_summary_and_body_are_one_row_whatever_their_periods():
    f = facts_of_text("【核心观点】\n- 青禾科技（688000.SH）：3Q25收入增长12%，一次性减值拖累净利润同比下降67%。\n\n"
                      "二、季度业绩\n本季度青禾科技确认一次性减值，净利润同比下降67%，下季度将恢复。\n", DAY)
    assert list(f["text"]).count("下降67%") == 1, f[["text", "entity", "metric", "period"]]


def test_a_bounded_order_or_market_size_stays_a_claim():
    t = _texts("青禾科技获得10亿元以上订单，有望打开千亿元以上市场空间。")
    assert "10亿元以上" in t and "千亿元以上" in t
