"""Metadata: the five seeds against seeds/seeds.csv, and inference from text without a sidecar."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aigc_analysis.load.corpus import load_corpus, parse_published
from aigc_analysis.load.metadata import (
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
    # 000 and 002 print no publication date: empty, never made up, and one summary line says so
    assert got["000"] == (None, None) and got["002"] == (None, None)
    assert dict(zip(docs.index.str[:3], docs["published_source"])) == {
        "000": "none", "001": "header", "002": "none", "003": "body", "004": "header"}
    messages = [str(w.message) for w in record]
    undated = [m for m in messages if "no publication date" in m]
    assert undated == [f"{tmp_path}: 2 of 5 documents have no publication date (published left empty): "
                       "000_434e71317170df33.txt, 002_c2718aa2ea74afdc.txt; the published_source column "
                       "of documents.csv (or `aigc-analysis corpus`) shows which"]
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
    # a masthead with the date aligned right after a layout gap (full-width or ASCII blanks)
    ("星海证券　半导体行业周报　　　　　　　　2031年9月7日\n标题\n正文", (dt.date(2031, 9, 7), "day")),
    ("远帆研究  传媒        2031-10-02\n\n标题（2031年9月）\n正文", (dt.date(2031, 10, 2), "day")),
    ("2031.01.05      远帆研究 电子\n标题\n正文", (dt.date(2031, 1, 5), "day")),
    ("某公司于2031年9月7日发布新品\n正文", (None, None)),     # a headline's date, no gap: data
    # a report-type word beside the date makes a masthead
    ("某某研究 半导体行业周报 2031年9月7日\n标题\n正文", (dt.date(2031, 9, 7), "day")),
    ("行业点评：星澜科技2031年9月7日发布新品\n正文", (None, None)),  # a headline with a report type: data
    # a broker of publishers.csv, a team, the date (single blanks)
    ("中信证券 海外科技 2031年9月7日\n标题\n正文", (dt.date(2031, 9, 7), "day")),
    ("中信证券发布报告称2031年9月7日起调整\n正文", (None, None)),  # glued to a sentence: data
    # a byline whose date carries its clock time
    ("李四 某某财经 2031-09-07 08:30\n标题\n正文", (dt.date(2031, 9, 7), "day")),
    # numeric dates with the day first or the month first, read only when unambiguous
    ("某某国际研究部 28/08/2031\n标题\n正文", (dt.date(2031, 8, 28), "day")),
    ("Flash Note | 08/28/2031\n标题\n正文", (dt.date(2031, 8, 28), "day")),
    ("某某国际研究部 03/04/2031\n标题\n正文", (None, None)),
])
def test_infer_date(text, expected):
    assert infer_date(text)[:2] == expected


def test_seed_metadata_sidecar_source(corpus):
    assert (corpus["published_source"] == "sidecar").all()


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


# --- dates as headers print them (invented examples) --------------------------------------------
_BODY = "正文第一段说明行业情况，需求持续回暖，订单同比增长，利润率稳步提升，我们看好后续表现。\n"


@pytest.mark.parametrize("text, expected", [
    # masthead with a time
    ("青松证券研究所    2031年07月31日 08:15\n新能源车点评\n" + _BODY, (dt.date(2031, 7, 31), "day", "header")),
    ("行业周报\n2031/11/20\n" + _BODY, (dt.date(2031, 11, 20), "day", "header")),
    ("青松研究院  |  宏观    2031.11.03\n" + _BODY, (dt.date(2031, 11, 3), "day", "header")),
    ("周度观察\n发布时间：2031-03-04\n" + _BODY, (dt.date(2031, 3, 4), "day", "header")),
    ("周度观察\n日期：2031年7月31日    第12期\n" + _BODY, (dt.date(2031, 7, 31), "day", "header")),
    ("周度观察\n更新于 2031-03-04T08:00\n" + _BODY, (dt.date(2031, 3, 4), "day", "header")),
    ("Weekly Note\nNov 21, 2031 · 5 min read\n" + _BODY, (dt.date(2031, 11, 21), "day", "header")),
    ("Weekly Note\n21 March 2031\n" + _BODY, (dt.date(2031, 3, 21), "day", "header")),
    # ROC calendar: year + 1911, with the era or as a bare three-digit year
    ("產業快報\n民國120年5月2日\n" + _BODY, (dt.date(2031, 5, 2), "day", "header")),
    ("產業快報\n120年5月2日（星期五）\n" + _BODY, (dt.date(2031, 5, 2), "day", "header")),
    ("产业快报\n２０３１年３月４日\n" + _BODY, (dt.date(2031, 3, 4), "day", "header")),        # full-width
    ("青松证券· 2031-06-18 20:00\n一篇点评\n" + _BODY, (dt.date(2031, 6, 18), "day", "header")),  # byline
    ("首页 > 研究 > 正文    2031-03-04 10:20\n一篇点评\n" + _BODY, (dt.date(2031, 3, 4), "day", "header")),
    ("深度报告\n\n青松证券研究所\n2031年8月\n" + _BODY, (dt.date(2031, 8, 1), "month", "header")),  # cover
    ("Deep Dive\nMarch 2031\n" + _BODY, (dt.date(2031, 3, 1), "month", "header")),
    # a date set apart at the right of a masthead line whose words are spaced by full-width blanks
    ("青松证券研究　　电子　　　　　　　　　　　　　　2031年04月30日\n一篇点评\n" + _BODY,
     (dt.date(2031, 4, 30), "day", "header")),
])
def test_header_dates(text, expected):
    date, precision, _, source = infer_date(text)
    assert (date, precision, source) == expected


@pytest.mark.parametrize("text", [
    "周报\n统计区间：2031.11.03—2031.11.09\n" + _BODY,           # a range is not a date
    "周报\n截至2031年6月30日\n" + _BODY,                          # a cut-off date is data
    "2031年7月31日美股收评：纳指收涨\n" + _BODY,                   # a date inside the headline
    "周报\n" + _BODY + "截至2031年3月1日，营收增长。\n",            # a date in the body is data
    "周报\n" + _BODY + "据新华社北京5月1日电，消费回暖。\n",         # a quoted dateline, mid-sentence
    "周报\n2031年第33期\n" + _BODY,                               # an issue number
])
def test_dates_that_are_not_the_publication_date(text):
    assert infer_date(text) == (None, None, None, "none")


def test_header_date_wins_over_body_dates():
    text = "周报\n2031-01-05\n" + _BODY + "截至2031年3月1日，营收增长。据新华社北京5月1日电，消费回暖。\n"
    assert infer_date(text)[::3] == (dt.date(2031, 1, 5), "header")


def test_labelled_date_in_the_body_is_used_with_source_body():
    text = "周报\n" + _BODY + "报告日期：2031年2月3日\n"
    assert infer_date(text) == (dt.date(2031, 2, 3), "day", "2031年2月3日", "body")


def test_find_dates_forms():
    from aigc_analysis.load.metadata import find_dates

    got = [(str(h.date), h.precision) for h in find_dates(
        "2031年07月31日 08:15、2031/11/20、2031.11.03、Sept 9, 2031、民國120年5月2日、2031年8月、2031年2月30日")]
    assert got == [("2031-07-31", "day"), ("2031-11-20", "day"), ("2031-11-03", "day"),
                   ("2031-09-09", "day"), ("2031-05-02", "day"), ("2031-08-01", "month")]


# --- publisher from the header (invented names) -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("青松证券股份有限公司 研究所      行业点评\n" + _BODY, "青松证券研究所"),     # masthead
    ("青松證券有限公司\n標題\n" + _BODY + "資料來源：彭博、青松證券研究部\n", "青松證券研究部"),  # caption
    ("中信证券研究部\n标题\n" + _BODY, "CITIC Securities"),                           # lexicon name
    ("山海笔记\n原创 小李 山海笔记 2031年1月2日 09:00 北京\n标题\n" + _BODY, "山海笔记"),  # WeChat
    ("林间观察 · 2031.01.02\n标题一则\n" + _BODY, "林间观察"),                          # byline
    ("山海小站 · 记录技术\n首页 / 博客 / 文章\n标题一则\n" + _BODY, "山海小站"),         # site banner
    ("标题一则\n" + _BODY + "资料来源：彭博、路透\n", None),     # a data caption names no author
    ("国泰君安证券研究\n2031.05.09\n电子行业周报\n" + _BODY, "Guotai Junan Securities"),  # masthead
    ("中信证券：算力需求强劲\n2031-05-14 来源：证券时报\n" + _BODY, "Securities Times"),   # quoted in a headline
])
def test_publisher_from_header(text, expected):
    assert infer_publisher(text)[0] == expected


# --- title: the headline, not furniture --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("山海笔记\n原创 小李 山海笔记 2031年1月2日\n▲点击上方蓝字关注我们，设为星标\n\n年度复盘：价格战谁赢了\n" + _BODY,
     "年度复盘：价格战谁赢了"),
    ("青松证券研究所    证券研究报告 · 行业点评\n电力设备    2031.01.02\n行业评级：买入（维持）\n\n"
     "新能源车点评：销量超预期\n" + _BODY, "新能源车点评：销量超预期"),
    ("深度报告：需求回暖，\n盈利修复可期\n——系列报告之三\n" + _BODY, "深度报告：需求回暖，盈利修复可期"),
    ("山海小站 · 记录技术\n首页 / 博客 / 文章\n\n模型盘点：参数越来越大\n" + _BODY, "模型盘点：参数越来越大"),
    ("青松證券研究部　晨報\n今日焦點：港股反彈　科技股領漲\n" + _BODY, "港股反彈　科技股領漲"),
    # report type, stock-and-ticker line and classification lines are not the headline ...
    ("公司研究 | 点评报告\n青松科技（600000.SH）\n业绩稳健，分红提升\n2031年10月27日\n" + _BODY, "业绩稳健，分红提升"),
    ("Company Update\n14 May 2031\nHong Kong | Technology\nQingsong (9999 HK): Games recover\n" + _BODY,
     "Qingsong (9999 HK): Games recover"),
    # ... unless nothing else is; a lexicon broker as masthead is not the headline either
    ("2031年5月9日 星期五\n晨会纪要\n" + _BODY, "晨会纪要"),
    ("国泰君安证券研究\n2031.05.09\n电子行业周报：服务器需求强劲\n" + _BODY, "电子行业周报：服务器需求强劲"),
])
def test_title_is_the_headline(text, expected):
    assert infer_metadata(text)["title"] == expected


# --- rating and target price ---------------------------------------------------------------------
def _rating(text):
    from aigc_analysis.load.metadata import infer_rating

    r = infer_rating(text)
    return r["rating"], r["rating_change"], r["target_price"], r["target_currency"]


@pytest.mark.parametrize("text, expected", [
    ("行业周报\n行業評級：中性（下調）\n" + _BODY, ("中性", "下调", None, None)),
    ("青松科技(600000)\n买入（维持）\n目标价：88.5元\n" + _BODY, ("买入", "维持", 88.5, "CNY")),
    ("青松科技\n增持（首次）\n目標價：HK$120\n" + _BODY, ("增持", "首次", 120.0, "HKD")),
    ("青松科技\n投资评级：维持“买入”\n" + _BODY, ("买入", "维持", None, None)),
    ("Qingsong Tech\nRating: Buy (Maintain)\nTarget price: US$42.5\n" + _BODY, ("Buy", "维持", 42.5, "USD")),
    # the report's own call in the body
    ("行业周报\n" + _BODY + "综上，我们维持行业“增持”评级。\n", ("增持", "维持", None, None)),
])
def test_rating_and_target_price(text, expected):
    assert _rating(text) == expected


@pytest.mark.parametrize("text", [
    # another broker's call quoted in the body
    "行业周报\n" + _BODY + "高盛将其评级由“中性”上调至“买入”，目标价上调至120美元。\n",
    "行业周报\n" + _BODY + "摩根士丹利维持“买入”评级。\n",
    # rating-scale definitions in a disclaimer or on their own
    "行业周报\n" + _BODY + "投资评级说明\n买入——预期未来6个月内涨幅超过20%\n",
    "行业周报\n行业评级：增持——预期未来6个月内行业指数跑赢基准10%以上\n" + _BODY,
])
def test_ratings_that_are_not_the_reports_own(text):
    assert _rating(text) == (None, None, None, None)


def test_header_vocabulary_files_are_well_formed(tmp_path):
    from aigc_analysis.load.metadata import HEADER_WORD_KINDS, load_header_words, load_ratings

    words = load_header_words()
    assert set(words) == set(HEADER_WORD_KINDS) and all(words[k] for k in HEADER_WORD_KINDS)
    assert {int(v) for v in words["month"].values()} == set(range(1, 13))
    ratings = load_ratings()
    assert {"买入", "增持", "中性", "减持"} <= set(ratings["rating"].values())
    assert set(ratings["change"].values()) == {"维持", "首次", "上调", "下调"}
    bad = tmp_path / "h.csv"
    bad.write_text("kind,word,value\nnonsense,词,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad header word row"):
        load_header_words(bad)
    bad.write_text("word,kind,canonical\n买入,rating,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad rating row"):
        load_ratings(bad)


# --- the development set: every header date, with no sidecar ------------------------------------
DEV_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"


@pytest.mark.skipif(not (DEV_DIR / "docs.csv").is_file(),
                    reason=f"dev set not found at {DEV_DIR} (../shared beside the checkout)")
def test_dev_set_dates_from_headers(tmp_path):
    import csv
    import shutil
    import warnings

    for p in sorted((DEV_DIR / "docs").glob("*.txt")):
        shutil.copy(p, tmp_path / p.name)  # no sidecar beside them
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every dev report prints its date: no warning at all
        docs = load_corpus(tmp_path).set_index("doc_id")
    with open(DEV_DIR / "docs.csv", encoding="utf-8", newline="") as fh:
        gold = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert sorted(docs.index) == sorted(gold)
    for doc_id, row in gold.items():
        expected = parse_published(row["published"])
        got = (docs.at[doc_id, "published"], docs.at[doc_id, "published_precision"])
        assert got == expected, doc_id
        assert docs.at[doc_id, "published_source"] == "header", doc_id
        # the gold titles of reports with a one-line or broken headline are found exactly
        if doc_id[:3] != "d02":
            assert docs.at[doc_id, "title"] == row["title"], doc_id


def test_cover_date_line_after_the_summary_is_used_with_source_body():
    text = "深度报告\n核心观点\n" + _BODY + "2031年5月9日\n" + _BODY
    assert infer_date(text) == (dt.date(2031, 5, 9), "day", "2031年5月9日", "body")
    # a month alone there is a timeline entry, not a date of publication
    assert infer_date("深度报告\n" + _BODY + "2031年5月\n" + _BODY)[0] is None


def test_reporting_period_is_not_the_publication_date():
    assert infer_date("季度数据\n报告期：2031-03\n" + _BODY)[0] is None


@pytest.mark.parametrize("text, expected", [
    ("青松科技\n目标价(港元)：480\n" + _BODY, ("HKD", 480.0)),
    ("高盛：上调青松科技目标价至480港元\n" + _BODY, (None, None)),   # another broker's target
])
def test_target_price_forms(text, expected):
    assert _rating(text)[:1:-1] == expected


def test_labelled_rating_of_another_broker_in_the_body_is_not_taken():
    assert _rating("行业周报\n" + _BODY + "摩根大通最新评级：增持。\n")[0] is None


def test_a_byline_with_by_names_the_publisher_without_it():
    from aigc_analysis.load.metadata import infer_metadata

    meta = infer_metadata("Zeta Weekly｜本周要闻\nBy 星辰观察 · Dec 5, 2025\n\n正文第一段写得很长，包含标点，说明这是正文而不是页眉的一部分。")
    assert meta["publisher"] == "星辰观察"


def test_a_date_line_ending_with_the_outlet_names_the_publisher():
    from aigc_analysis.load.metadata import infer_metadata

    meta = infer_metadata("某公司法说会重点整理\n2025/10/17 星海财经网\n\n正文第一段写得很长，包含标点，说明这是正文而不是页眉的一部分。")
    assert meta["publisher"] == "星海财经网"


def test_body_rating_verbs_and_their_changes_come_from_data():
    """Rating verbs (header_words.csv ``rating_verb``) carry the change they state as their value."""
    from aigc_analysis.load.metadata import _vocab

    verbs = _vocab()["rating_verb"]
    assert verbs["调低至"] == "下调" and verbs["首次覆盖,给予"] == "首次" and verbs["给予"] == ""


@pytest.mark.parametrize("line, expected", [
    ("《华南商报》2031年3月4日　第05版：财经观察", dt.date(2031, 3, 4)),
    ("北港日报　2030年5月6日　星期一　第A3版 要闻", dt.date(2030, 5, 6)),
    ("《滨海晚报》 2029年7月8日 B2版：科技", dt.date(2029, 7, 8)),
])
def test_newspaper_edition_line_gives_the_publication_date(line, expected):
    """A print edition's masthead (paper, day, page marker ``第N版``, section) is furniture,
    even with a colon before the section name."""
    body = "\n\n标题一行\n\n正文第一段写得很长，包含标点，说明这是正文，而不是页眉的一部分，还有更多文字。"
    from aigc_analysis.load.metadata import find_published

    pub = find_published(line + body)
    assert (pub.date, pub.source) == (expected, "header")
