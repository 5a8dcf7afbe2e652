"""Numbers that are no facts or that a rule counted twice (SCHEMA: "What is not a fact").

Every example is invented (青禾科技, 澄光芯片 and 远峰微电子 exist in no report; codes 688000.SH
and 688001.SH are held by no listed firm).
"""
from __future__ import annotations

import datetime as dt

import aigc_analysis as aa
from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 20)


def _texts(text: str) -> list[str]:
    return list(facts_of_text(text, DAY)["text"])


def test_a_note_saying_the_shares_add_up_to_100_percent_is_no_share():
    t = ("2025年三季度青禾科技笔记本出货份额为31.5%，同比提升2.1个百分点。"
         "注：剩余份额为其他厂商，各家份额合计100%。")
    texts = _texts(t)
    assert "31.5%" in texts
    assert "100%" not in texts


def test_a_rounding_note_on_the_total_is_no_share():
    t = "青禾科技份额为28.4%。注：四舍五入后份额合计可能不等于100%。"
    assert "100%" not in _texts(t)


def test_a_total_that_grew_by_100_percent_stays():
    t = "2025年前三季度，澄光芯片与远峰微电子两家营收合计同比增长100%。"
    assert any(x.endswith("100%") for x in _texts(t))


def test_a_free_service_that_ends_is_no_price_cut():
    t = "青禾科技已于10月14日停止对旧版办公套件的免费安全更新，企业换机需求集中释放。"
    f = facts_of_text(t, DAY)
    assert not ((f["metric"] == "price_change") & (f["value"] == -1.0)).any()


def test_a_question_about_free_models_is_no_price_cut():
    t = "很多读者在后台问：到底哪些模型是真免费？5月21日，青禾科技宣布其轻量模型全面免费。"
    f = facts_of_text(t, DAY)
    free = f[(f["metric"] == "price_change") & (f["value"] == -1.0)]
    assert list(free["period"]) == ["2025-05-21"]  # the announcement's, not the question's


def test_a_bracketed_requirement_bound_names_a_segment_of_products():
    t = "满足青禾AI电脑标准（NPU算力45 TOPS以上）的机型占比不足一成，2025年三季度出货120万台。"
    texts = _texts(t)
    assert not any("TOPS" in x for x in texts)
    assert any(x.startswith("120万") for x in texts)


def test_a_note_defining_a_table_marker_has_no_facts():
    t = ("澄光芯片（688000.SH）市盈率为35.2倍。"
         "注：“不适用”指公司亏损或市盈率超过300倍。")
    texts = _texts(t)
    assert "35.2倍" in texts
    assert not any("300倍" in x for x in texts)


def test_both_names_then_respectively_pair_the_values_in_order():
    t = ("澄光芯片（688000.SH）今日跌2.20%，远峰微电子（688001.SH）跌3.15%，"
         "两者今年以来分别累升约138%及170%。")
    f = facts_of_text(t, DAY)
    got = sorted(zip(f["text"], f["entity"]))
    assert [e for x, e in got if x == "约138%"] == [f.loc[f["text"] == "跌2.20%", "entity"].iloc[0]]
    assert [e for x, e in got if x == "170%"] == [f.loc[f["text"] == "跌3.15%", "entity"].iloc[0]]


def test_a_tender_lot_number_is_no_count():
    t = "青禾移动2025年至2026年智算中心AI服务器集中采购（标包3）中标金额约12.6亿元，采购数量960台。"
    texts = _texts(t)
    assert not any(x in ("3", "3台") for x in texts)
    assert "约12.6亿元" in texts


def test_an_english_size_band_of_deals_is_no_capacity():
    t = ("Qinghe Data Centers: signed US$150mn of annualised rent in 3Q25, of which ~US$80mn came "
         "from >2 MW AI-related deals; asking rent for 300-600 kW requirements rose to US$190/kW/month.")
    f = facts_of_text(t, DAY)
    assert not (f["unit"] == "watts").any()


def test_numbers_under_a_selected_comments_heading_are_no_facts(tmp_path):
    body = ("大模型价格观察\n2024年5月23日\n\n5月22日，青禾科技宣布其轻量模型全面免费。\n\n"
            "精选留言\n用户A：轻量模型免费了，但是并发只有5，啥也干不了（赞 96）\n")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    f = aa.extract_facts(aa.load_corpus(tmp_path))
    assert list(f["text"]) == ["免费"]  # the announcement's; the comment's 免费 and 5 are gone
    assert not (f["value"] == 5).any()
