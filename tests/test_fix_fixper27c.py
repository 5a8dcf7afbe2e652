"""fixper27c: a model's prices take effect the day the text dates its release to (invented
models, firms and figures).

- A prose clause holding one day, a model and a release act (``10月9日QX-5-Pro上线后``,
  ``QX-5-Pro：10月9日发布``, ``今天正式开源QX-5系列``) dates the model's release; the model's
  prices that nothing else dates, in prose or in a table row, take effect that day (SCHEMA: a
  price carries the date it took effect). A series' release covers its members (QX-5-Pro).
- A model made free until a day (``限时免费至12月31日``) is free from its release to that day.
- A list price of a model the text dates no release for stays undated; 开放至 is no release.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2031, 11, 18)


def _period(frame, entity: str, metric: str) -> str:
    rows = frame[(frame["entity"] == entity) & (frame["metric"] == metric)]
    assert len(rows) == 1, frame[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]["period"]


# --- a series released today: its members' prices --------------------------------------------
RELEASE_NOTE = ("开源周报 | 星河智能发布QX-5系列\n\n"
                "星河智能今天正式开源QX-5系列大模型，共3款，权重以Apache 2.0协议发布。\n\n"
                "四、API价格\n\n"
                "QX-5系列同步上线开放平台。QX-5-Pro定价为输入3元/百万tokens、输出9元/百万tokens；"
                "QX-5-Flash限时免费至12月31日。\n")


def test_prices_of_a_series_released_today_take_the_release_day():
    f = facts_of(RELEASE_NOTE, published=DAY)
    assert period_of(f, "3元/百万tokens") == "2031-11-18"
    assert period_of(f, "9元/百万tokens") == "2031-11-18"


def test_free_until_a_day_runs_from_the_release():
    f = facts_of(RELEASE_NOTE, published=DAY)
    assert _period(f, "QX-5-Flash", "price_change") == "2031-11-18/2031-12-31"


def test_without_a_dated_release_prices_stay_undated_and_free_until_keeps_its_end():
    text = RELEASE_NOTE.replace("星河智能今天正式开源QX-5系列大模型，共3款，", "星河智能的QX-5系列大模型共3款，")
    f = facts_of(text, published=DAY)
    assert period_of(f, "3元/百万tokens") == ""  # a list price with no date
    assert _period(f, "QX-5-Flash", "price_change") == "2031-12-31"


# --- a release day in prose dates the model's table rows ---------------------------------------
TABLE_NOTE = ("三、API价格\n"
              "10月9日QX-5-Pro上线后，官方称API调用成本降低一半。\n\n"
              "表1　主要模型官方价格（元/百万tokens）\n"
              "| 模型 | 输入（缓存命中） | 输入（缓存未命中） | 输出 |\n|---|---|---|---|\n"
              "| QX-5-Pro | 0.3 | 3 | 7 |\n"
              "| Lumen-4 | 0.5 | 5 | 11 |\n")


def test_a_table_row_of_a_released_model_takes_the_release_day():
    f = facts_of(TABLE_NOTE, published=DAY)
    assert _period(f, "QX-5-Pro", "output_price_per_1m_tokens") == "2031-10-09"
    assert _period(f, "QX-5-Pro", "input_price_cache_hit_per_1m_tokens") == "2031-10-09"
    # near-miss: a model the text dates no release for keeps its list price undated
    assert _period(f, "Lumen-4", "output_price_per_1m_tokens") == ""


# --- the day after the model's name, in a digest item ----------------------------------------
def test_a_digest_item_dating_a_release_dates_its_price():
    text = ("〔模型〕\n"
            "- QX-5-Pro：10月9日发布，总参数6850亿；官方API价格不变，缓存命中输入每百万tokens 0.3元。\n"
            "- Lumen-4仅限API调用，开放至12月15日。\n\n"
            "〔价格〕\n- Lumen-4缓存命中输入每百万tokens 0.4元。\n")
    f = facts_of(text, published=DAY)
    assert period_of(f, "0.3元") == "2031-10-09"
    # near-miss: 开放至12月15日 is the end of an offer, not a release
    assert period_of(f, "0.4元") == ""
