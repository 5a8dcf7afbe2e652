"""Theme by the kind of thing counted (SCHEMA's theme boundaries), on invented texts: servers
counted in 台 are market even where the sentence names their chips, chips counted in 片 are
compute even where only the chip's name says so, vendors' shares of shipments are market,
a foundry's capacity utilisation is earnings, a model's training data shares are compute."""
from __future__ import annotations

from tests.text_facts import facts_of


def _row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["theme", "entity", "metric", "text"]].to_string()
    return rows.iloc[0]


def _theme(text, number):
    return _row(facts_of(text), number)["theme"]


def test_servers_counted_in_tai_are_market_though_their_chips_are_named():
    f = facts_of("某研究院预计2025年全球AI服务器（搭载GPU或ASIC加速芯片）出货310万台，同比增长18.6%。")
    assert _row(f, "310万")["theme"] == "market"
    assert _row(f, "18.6%")["theme"] == "market"  # the growth of the units counted in 台


def test_chips_counted_in_pian_are_compute_by_the_chip_name_alone():
    f = facts_of("我们测算昇腾2025年出货约37万片，较2024年的约21万片明显提升。")
    assert _row(f, "约37万")["theme"] == "compute"
    assert _row(f, "约21万")["theme"] == "compute"
    # a chip word with 颗 stays compute; a panel counted in 片 stays market
    assert _theme("谷歌TPU今年出货量约180万颗。", "约180万") == "compute"
    assert _theme("京东方今年面板出货量约2.6亿片。", "约2.6亿") == "market"


def test_vendor_shares_of_accelerator_shipments_are_market():
    f = facts_of("某公司表示，旗舰芯片累计订单金额约3200亿美元。"
                 "我们估算2025年全球AI加速芯片出货中，甲公司占64%，乙公司占19%。")
    r = _row(f, "64%")
    assert (r["theme"], r["metric"]) == ("market", "share_of_shipments")
    assert _row(f, "19%")["theme"] == "market"


def test_foundry_capacity_utilisation_is_earnings_rack_use_stays_compute():
    r = _row(facts_of("华虹半导体第三季收入6.35亿美元，毛利率13.5%，产能利用率103.2%。"), "103.2%")
    assert (r["theme"], r["metric"]) == ("earnings", "utilization")
    assert _theme("某代工厂第三季產能利用率回升至81%。", "81%") == "earnings"
    assert _theme("某智算中心机柜上架率约67.5%。", "约67.5%") == "compute"


def test_a_share_of_training_data_is_compute():
    f = facts_of("据技术报告，Foo-3-Max的预训练语料超过18万亿tokens，其中代码数据占比约27%。")
    r = _row(f, "约27%")
    assert (r["theme"], r["metric"]) == ("compute", "training_data_share")
