"""A price per month is ``price_per_month`` (English metric names); the investors of a round are
counted by ``家机构参与`` even beside the funding keyword.

Every example is invented (云杉智能 and 青禾科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 1)


def _metrics(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["metric"]))


def test_a_price_per_month_or_hour_is_named_in_english():
    m = _metrics("云杉智能的AI写作助手个人版定价19.9美元/月，算力租赁报价约2.5美元/小时。")
    assert m["19.9美元/月"] == "price_per_month"
    assert m["约2.5美元/小时"] == "price_per_hour"


def test_a_token_price_keeps_its_token_denominator():
    m = _metrics("云杉智能大模型API输入价格为每百万tokens 0.8元。")
    assert all("月" not in v and "month" not in v for v in m.values())
    assert any(v.endswith("_per_1m_tokens") for v in m.values())


def test_investors_of_a_round_are_counted_by_their_counter():
    m = _metrics("青禾科技宣布完成B轮融资，本轮融资吸引12家机构参与，融资金额达3亿元。")
    assert m["12"] == "investors_in_round"
    assert m["3亿元"] == "funding_amount"


def test_a_count_of_funding_deals_stays_deals():
    m = _metrics("今年以来具身智能赛道共发生融资约60起，披露金额超过200亿元。")
    assert m["约60"] == "funding_deals"


def test_a_big5_range_tilde_reads_the_same_under_either_big5_codec(tmp_path):
    # A1E3 is ～ in cp950 and ∼ (TILDE OPERATOR) in Big5-HKSCS, which the loader may pick
    from aigc_analysis import extract_facts, load_corpus

    line = "2025年10月1日 某投顧\n雲杉科技預估明年伺服器營收年增30%～40%。\n"
    raw = line.encode("cp950")
    assert raw.decode("big5hkscs") != raw.decode("cp950")
    (tmp_path / "a.txt").write_text(line.replace("～", "\u223c"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(line, encoding="utf-8")
    f = extract_facts(load_corpus(tmp_path))
    a, b = (f[f["doc_id"] == d].reset_index(drop=True) for d in ("a.txt", "b.txt"))
    assert len(b) == 1 and (b.loc[0, "value"], b.loc[0, "value_high"]) == (0.3, 0.4)
    assert a[["value", "value_high", "metric"]].equals(b[["value", "value_high", "metric"]])
