"""A duration right before a doubling: the window it doubled in, or the time it takes to double.

Every example is invented (青禾 exists in no report).
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _rows(text: str) -> list[tuple[str, float, str]]:
    f = facts_of(text)
    return list(zip(f["text"], f["value"], f["unit"]))


def test_a_half_year_before_a_past_doubling_is_its_window_not_a_fact():
    rows = _rows("截至今年六月，青禾平台用户规模达到三亿人，较去年十二月增加一亿五千万人，半年时间翻了一番。")
    assert ("翻了一番", 2.0, "multiple") in rows
    assert not any(unit in ("years", "months") for _, _, unit in rows)


def test_a_window_written_with_nei_keeps_the_doubling():
    rows = _rows("青禾平台用户规模在半年内翻番，达到3.2亿人。")
    assert ("翻番", 2.0, "multiple") in rows
    assert not any(unit in ("years", "months") for _, _, unit in rows)


def test_a_doubling_time_stays_a_duration():
    rows = _rows("青禾测算，头部模型训练算力需求3-4个月翻一番；芯片计算性能大约每18-24个月翻一番。")
    assert ("3-4个月", 3.0, "months") in rows
    assert ("18-24个月", 18.0, "months") in rows
    assert not any(unit == "multiple" for _, _, unit in rows)


def test_a_duration_straight_after_a_window_word_is_a_period_not_a_fact():
    for text in ("青禾云容量拍卖出清价为329.17美元，上一年为269.92美元。",
                 "报价下探的背景是前两年集中上马的青禾项目陆续交付，机房利用率不足40%。",
                 "青禾发布新版应用，月活超过6.5亿；发布后两周，日下载量一度超过同类产品。"):
        rows = _rows(text)
        assert rows and not any(unit in ("years", "months", "weeks") for _, _, unit in rows), text


def test_a_contract_term_after_its_lead_stays():
    rows = _rows("青禾数据与客户签订算力服务合同，金额12.5亿元，服务期限5年。")
    assert ("服务期限5年", 5.0, "years") in rows or ("5年", 5.0, "years") in rows


def test_the_cards_of_one_machine_are_its_configuration_not_a_count():
    for text in ("青禾云8卡整机月租跌破8万元，较年初下降约30%。",
                 "青禾云的h100-8g实例（8×H100）按需价约每小时88.25美元。",
                 "青禾推理卡以8卡基板套件形式销售，套件报价约12.5万美元。"):
        rows = _rows(text)
        assert rows and (8.0, "count") not in [(v, u) for _, v, u in rows], text


def test_a_fleet_of_cards_stays_a_count():
    rows = _rows("青禾计划于2026年底前部署10万颗GPU，首期容量230MW。")
    assert ("10万", 100000.0, "count") in rows


def test_a_bare_like_counter_is_no_count():
    rows = _rows("🔥 热帖5｜@芯片青禾兔（阅读 7.3万 · 赞 866）\n《国产替代另一条线》\n"
                 "· 青禾信息今年涨了七成多，市值突破5,000亿。")
    assert not any(v == 866.0 for _, v, _ in rows)
    assert ("5,000亿", 5e11, "CNY") in rows
