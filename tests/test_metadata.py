"""Metadata: the five seeds against seeds/seeds.csv, and inference from text without a sidecar."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.load import load_corpus, parse_published
from aigc_analysis.metadata import (
    infer_date,
    infer_metadata,
    infer_publisher,
    infer_title,
    load_publishers,
)


def test_seed_metadata_matches_sidecar(corpus, seed_sidecar):
    assert sorted(corpus["doc_id"]) == sorted(seed_sidecar)
    for doc in corpus.to_dict("records"):
        row = seed_sidecar[doc["doc_id"]]
        assert doc["publisher"] == row["publisher"]
        assert doc["title"] == row["title"]
        assert doc["script"] == row["script"]
        assert doc["kind"] == row["kind"]
        published, precision = parse_published(row["published"])
        assert (doc["published"], doc["published_precision"]) == (published, precision)
        assert doc["metadata_source"] == "sidecar"


def test_seed_metadata_inferred_without_sidecar(corpus, seed_sidecar):
    """What the text alone gives agrees with the sidecar wherever the text states it."""
    for doc in corpus.to_dict("records"):
        row = seed_sidecar[doc["doc_id"]]
        meta = infer_metadata(doc["text"])
        assert meta["publisher"] == row["publisher"], doc["doc_id"]
        assert meta["title"] == row["title"], doc["doc_id"]
        if meta["published"] is not None:
            assert meta["published"].isoformat().startswith(row["published"]), doc["doc_id"]


def test_inferred_dates_of_seeds(seeds_dir, tmp_path):
    # copy the seeds to a folder without a sidecar, load them, compare dates
    for p in sorted(seeds_dir.glob("*.txt")):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    with pytest.warns(Warning) as record:
        docs = load_corpus(tmp_path).set_index("doc_id")
    assert (docs["metadata_source"] == "text").all()
    precision = docs["published_precision"].astype(object).where(docs["published_precision"].notna(), None)
    got = {d[:3]: (v, p) for d, v, p in zip(docs.index, docs["published"], precision)}
    assert got["001"] == (dt.date(2024, 5, 9), "day")       # 发布时间:2024-05-09
    assert got["003"] == (dt.date(2023, 7, 23), "day")      # 财联社7月23日讯, repost 2024-01-20
    assert got["004"] == (dt.date(2023, 5, 15), "day")      # cover line 2023年5月15日
    # 000 and 002 print no publication date: empty, never made up, and a warning says so
    assert got["000"] == (None, None) and got["002"] == (None, None)
    messages = [str(w.message) for w in record]
    assert sum("no publication date" in m for m in messages) == 2
    assert any("000_434e71317170df33.txt: no publication date" in m for m in messages)
    assert dict(zip(docs.index.str[:3], docs["carrier"].astype(object).where(docs["carrier"].notna(), None))) == {
        "000": "Zhitong Finance", "001": "Wukong Zhiku (wkzk.com)", "002": None, "003": None, "004": None,
    }


@pytest.mark.parametrize("text, expected", [
    ("2023年5月15日\n正文", (dt.date(2023, 5, 15), "day")),
    ("标题\n发布时间:2024-05-09 / 整理", (dt.date(2024, 5, 9), "day")),
    ("标题\n發佈時間：２０２４－０５－０９", (dt.date(2024, 5, 9), "day")),
    ("标题\n发布日期：2024/1/20\n财联社7月23日讯 正文", (dt.date(2023, 7, 23), "day")),
    ("财联社7月23日讯 截至2023年9月30日的数据", (dt.date(2023, 7, 23), "day")),
    ("新华社北京2024年3月5日电 正文", (dt.date(2024, 3, 5), "day")),
    ("报告\n2023年5月\n正文", (dt.date(2023, 5, 1), "month")),
    ("正文说截至2024年6月13日指数上涨", (None, None)),     # a date in the body is data
    ("财联社7月23日讯 没有年份", (None, None)),               # no year anywhere: do not guess
    ("标题\n发布时间:2024-02-30", (None, None)),              # impossible date
])
def test_infer_date(text, expected):
    assert infer_date(text)[:2] == expected


def test_month_day_dateline_uses_hint_without_full_date():
    assert infer_date("财联社7月23日讯 正文", published_hint=dt.date(2024, 1, 20))[:2] == (dt.date(2023, 7, 23), "day")
    assert infer_date("财联社2月29日讯 正文", published_hint=dt.date(2025, 3, 1))[0] == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text, expected", [
    ("中信證券認為…中信證券預計…中信證券估算", ("CITIC Securities", None)),
    ("智通财经APP获悉,中信证券认为…中信证券预计…中信证券估算", ("CITIC Securities", "Zhitong Finance")),
    ("财联社7月23日讯,华西证券刘泽晶指出…", ("Cailian Press", None)),
    ("国泰君安国际研究部。国泰君安国际认为…国泰君安国际", ("Guotai Junan International", None)),
    ("据彭博报道,行业增长。", (None, None)),          # a cited outlet is not the publisher
    ("无机构名称的文字", (None, None)),
])
def test_infer_publisher(text, expected):
    assert infer_publisher(text) == expected


def test_infer_title_skips_navigation_and_dates():
    text = "炒股配资_股票配资开户_免息配资\n你的位置:首页 > 新闻 > 标题\n\n2024-01-20\n\nAI大模型进入下半场\n正文"
    assert infer_title(text) == "AI大模型进入下半场"


def test_publisher_lexicon_schema():
    pubs = load_publishers()
    assert len(pubs) >= 100
    kinds = {p.kind for p in pubs}
    assert kinds == {"broker", "outlet", "aggregator"}
    aliases = [a for p in pubs for a in p.aliases]
    assert len(aliases) == len(set(aliases)), "an alias names two publishers"
    by_name = {p.name: p for p in pubs}
    # Simplified and Traditional forms are both listed
    assert {"中信证券", "中信證券"} <= set(by_name["CITIC Securities"].aliases)
    assert {"智通财经", "智通財經"} <= set(by_name["Zhitong Finance"].aliases)
    for seed_publisher in ["Huatai Securities", "Huaxi Securities", "Cailian Press", "Essence International Securities"]:
        assert seed_publisher in by_name


def test_publisher_lexicon_rejects_bad_rows(tmp_path):
    bad = tmp_path / "publishers.csv"
    bad.write_text("name,aliases,kind\nFoo,福,bank\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad publisher row"):
        load_publishers(bad)
