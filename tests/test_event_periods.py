"""Periods that come from an event rather than a written date (invented sentences).

A count reached N months after a model's launch, a move over the months that follow a dated
event, a price stated against an older model, a net flow no date in the text covers, and a
count per unit of hardware (no period at all).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import LexiconError, release_dates
from text_facts import facts_of


def _by_text(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- the release dates data --------------------------------------------------------------


def test_release_dates_are_known_entities_with_dates():
    dates = release_dates()
    assert dates["ChatGPT"] == "2022-11-30"
    assert all(len(v) in (7, 10) for v in dates.values())


def test_release_dates_reject_an_unknown_entity_and_a_bad_date(tmp_path):
    bad = tmp_path / "release_dates.csv"
    bad.write_text("entity,released,note\nZeta-9 Ultra,2024-05,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"release_dates.csv line 2 \(Zeta-9 Ultra\): not an entity"):
        release_dates(bad)
    bad.write_text("entity,released,note\nGPT-4o,2024-13,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"line 2 \(GPT-4o\): released '2024-13'"):
        release_dates(bad)


# ---- N months after a launch -------------------------------------------------------------


def test_a_level_reached_n_months_after_a_known_launch_is_dated_launch_plus_n():
    # Llama 2: 2023-07 in release_dates.csv
    df = facts_of("Llama 2推出三个月下载量达到3000万次。", dt.date(2025, 3, 3))
    assert _by_text(df, "3000万")["period"] == "2023-10"


def test_the_duration_may_close_the_clause_before():
    df = facts_of("Llama 2上线仅一年，下载量突破3000万次。", dt.date(2025, 3, 3))
    assert _by_text(df, "3000万")["period"] == "2024-07"


def test_an_unknown_launch_date_gives_no_period():
    df = facts_of("Zeta-9推出两个月下载量达到500万次。", dt.date(2025, 3, 3))
    assert _by_text(df, "500万")["period"] == ""


def test_the_duration_itself_carries_no_period():
    df = facts_of("Llama 2推出三个月下载量达到3000万次。", dt.date(2025, 3, 3))
    durations = df[df["unit"] == "months"]
    assert durations.empty or set(durations["period"]) == {""}


# ---- the months that follow a dated event --------------------------------------------------


def test_a_move_over_the_months_after_a_dated_event_is_that_stretch():
    df = facts_of("2024年3月8日某公司宣布更名；奥罗拉指数上线后续两个月涨幅超过30%。", dt.date(2025, 1, 6))
    assert _by_text(df, "30%")["period"] == "2024-04/2024-05"


def test_a_move_with_no_event_words_keeps_the_stated_date():
    df = facts_of("2024年3月8日某公司宣布更名；奥罗拉指数当日涨幅超过30%。", dt.date(2025, 1, 6))
    assert _by_text(df, "30%")["period"] == "2024-03-08"


# ---- a price stated against another model ---------------------------------------------------


def test_a_price_change_against_an_older_model_holds_from_the_release_month():
    # GPT-4o mini: 2024-07-18 in release_dates.csv
    df = facts_of("据官网，GPT-4o mini的调用价格相对GPT-3.5 Turbo下降了60%。", dt.date(2025, 2, 10))
    assert _by_text(df, "60%")["period"] == "2024-07"


def test_a_price_change_of_an_unknown_model_stays_undated():
    df = facts_of("据官网，Zeta-9的调用价格相对Zeta-8下降了60%。", dt.date(2025, 2, 10))
    assert _by_text(df, "60%")["period"] == ""


def test_a_list_price_with_no_date_stays_undated():
    df = facts_of("GPT-4o mini的输入价格为每百万tokens 0.15美元。", dt.date(2025, 2, 10))
    assert _by_text(df, "0.15")["period"] == ""


# ---- net flows in the news ------------------------------------------------------------------


def test_an_undated_net_flow_takes_the_publication_month():
    df = facts_of("龙头股遭减持后，又遭北向资金净卖出超20亿元。", dt.date(2025, 9, 12))
    assert _by_text(df, "20亿元")["period"] == "2025-09"


def test_a_dated_net_flow_keeps_its_date():
    df = facts_of("9月10日，北向资金净卖出超20亿元。", dt.date(2025, 9, 12))
    assert _by_text(df, "20亿元")["period"] == "2025-09-10"


# ---- counts per unit of hardware ------------------------------------------------------------


def test_a_count_per_unit_of_hardware_carries_no_period():
    df = facts_of("2025年某集群方案中，平均单个GPU大约可对应3个光模块。", dt.date(2025, 6, 30))
    assert _by_text(df, "3")["period"] == ""


def test_a_count_of_hardware_keeps_its_period():
    df = facts_of("2025年某集群方案中，光模块出货量约2000万个。", dt.date(2025, 6, 30))
    assert _by_text(df, "2000万")["period"] == "2025"


def test_a_single_cluster_is_no_unit_of_a_ratio():
    df = facts_of("2025年某公司单个GPU集群规模达到20万卡。", dt.date(2025, 6, 30))
    rows = df[df["text"].str.contains("20万", regex=False)]
    assert not rows.empty and set(rows["period"]) == {"2025"}, df[["metric", "period", "text"]].to_string()
