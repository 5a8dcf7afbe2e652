"""Signs of falls, part 2 (SCHEMA: falls are negative): a drag verb before a measure, a cut with
its ceiling between word and number, a plus sign written by the number, a price level after a cut."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("存储涨价可能压缩青禾电子毛利率1-2个百分点。", "1-2个百分点", -0.01, -0.02),
    ("海外扩产将压低岚峰科技长期毛利率2-3个百分点。", "2-3个百分点", -0.02, -0.03),
    ("原材料涨价拖累公司毛利率约1.5个百分点。", "约1.5个百分点", -0.015, None),
    ("汇率波动侵蚀公司毛利率0.8个百分点。", "0.8个百分点", -0.008, None),
    ("价格战压制公司毛利率约2个百分点。", "约2个百分点", -0.02, None),
    ("儲存漲價可能壓縮青禾電子毛利率1-2個百分點。", "1-2個百分點", -0.01, -0.02),  # Traditional
    ("匯率波動侵蝕公司毛利率0.8個百分點。", "0.8個百分點", -0.008, None),
])
def test_a_drag_verb_before_a_measure_makes_its_change_a_fall(sentence, text, low, high):
    row = row_of(facts_of_text(sentence, DAY), text)
    assert row["value"] == pytest.approx(low)
    if high is not None:
        assert row["value_high"] == pytest.approx(high)


@pytest.mark.parametrize("sentence, text", [
    ("涨价拖累增速，毛利率提升2个百分点。", "2个百分点"),      # the drag is another clause's
    ("青禾电子毛利率提升2个百分点。", "2个百分点"),            # twin: no drag verb
    ("新厂拖累毛利率（+2个百分点）。", "+2个百分点"),           # a written plus wins
])
def test_a_rise_or_a_change_out_of_a_drags_reach_stays_positive(sentence, text):
    assert row_of(facts_of_text(sentence, DAY), text)["value"] > 0


@pytest.mark.parametrize("sentence, text, value", [
    ("青禾云曾将GPU实例按需价格下调最高45%。", "下调最高45%", -0.45),
    ("青禾云將GPU實例價格調降最多約30%。", "降最多約30%", -0.30),          # Traditional
    ("岚峰把旗舰模型价格下修最高达60%。", "下修最高达60%", -0.60),
    ("青禾云GPU价格降幅最大达50%。", "降幅最大达50%", -0.50),
    ("青禾云将GPU实例价格调降约20%。", "降约20%", -0.20),                 # twin: no ceiling word
])
def test_a_cut_with_its_ceiling_between_word_and_number_is_a_fall(sentence, text, value):
    assert row_of(facts_of_text(sentence, DAY), text)["value"] == pytest.approx(value)


@pytest.mark.parametrize("sentence, text", [
    ("青禾指数仅上涨11.3%，跑输沪深300指数（+16.9%）。", "+16.9%"),
    ("青禾指數僅上漲11.3%，跑輸滬深300指數（+16.9%）。", "+16.9%"),      # Traditional
])
def test_a_plus_sign_written_by_the_number_wins_over_a_fall_word(sentence, text):
    assert row_of(facts_of_text(sentence, DAY), text)["value"] == pytest.approx(0.169)


def test_a_plus_cell_under_a_cut_column_stays_a_rise():
    table = ("表：模型调价（%）\n"
             "模型　　降幅\n"
             "青禾Chat 2.1　　30\n"
             "岚峰Pro 3　　+5\n")
    df = facts_of_text(table, DAY)
    assert row_of(df, "30")["value"] == pytest.approx(-0.30)   # twin: an unsigned cut stays a fall
    assert row_of(df, "+5")["value"] == pytest.approx(0.05)


@pytest.mark.parametrize("sentence, text, value", [
    ("青禾降价后，输入2元，缓存命中0.2元。", "0.2元", 0.2),
    ("青禾降價後，輸入2元，快取命中0.2元。", "0.2元", 0.2),                 # Traditional
    ("青禾降价后，输入2元，缓存命中0.2元。", "2元", 2.0),
    ("青禾云GPU实例降价0.5元。", "降价0.5元", -0.5),                       # twin: the cut's own size
])
def test_a_price_after_a_cut_is_a_level_not_below_zero(sentence, text, value):
    assert row_of(facts_of_text(sentence, DAY), text)["value"] == pytest.approx(value)


def test_a_percent_in_brackets_after_the_benchmark_is_its_own_move():
    df = facts_of_text("青禾指数仅上涨11.3%，跑输沪深300指数（+16.9%）。", DAY)
    assert row_of(df, "+16.9%")["metric"] == "return"
    # twin: the points after the benchmark are the gap to it
    assert row_of(facts_of_text("组合跑输沪深300指数2.1个百分点。", DAY), "2.1个百分点")["metric"] == "relative_return"
