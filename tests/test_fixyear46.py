"""fixyear46: a move nothing dates (接獲420間企業申請，按年增加25%) has no period of its own, so it
casts no vote on the document's principal period, as a count read by its counter alone does not
(_period_voters, _principal_period_fill); a move dated on its own still votes. Invented texts,
fictional names."""
import datetime as dt

from aigc_analysis.extract.facts import _DocExtractor, _period_voters, _principal_period_fill
from aigc_analysis.load.normalise import to_simplified


def _raw_rows(text: str) -> list[dict]:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2031, 10, 9), "publisher": "Test", "boilerplate": []}
    return _DocExtractor(doc).run()


def _flag(rows, metric):
    return [bool(r.get("_default_count")) for r in rows if r["metric"] == metric]


def _votes(rows, metric):
    """Whether each row of ``metric`` votes on the period, beside one dated figure of the document."""
    voters = _period_voters(rows + [_row("2031")])
    return [any(v is r for v in voters) for r in rows if r["metric"] == metric]


def test_growth_of_a_counter_count_casts_no_vote():
    rows = _raw_rows("翠嶺人才計劃：過去一個年度，計劃共接獲420間本地企業申請，按年增加25%。")
    assert _flag(rows, "institutions") == [True]
    assert _votes(rows, "institutions_growth") == [False]


def test_growth_in_another_sentence_is_no_counter_count():
    # the move of another sentence is no count read by its counter; undated, it leaves the vote
    # all the same (test_any_undated_move_leaves_the_vote)
    rows = _raw_rows("翠嶺人才計劃共接獲420間本地企業申請。參與機構數目按年增加25%。")
    assert _flag(rows, "institutions") == [True]
    assert not any(_flag(rows, "institutions_growth"))
    assert not any(_votes(rows, "institutions_growth"))


def test_growth_of_a_keyword_count_still_votes():
    # near miss: a count its keyword measures votes, and so does its growth
    rows = _raw_rows("2030年，青禾銀行手機銀行月活躍用戶達3,200萬戶，同比增長12%。")
    assert not any(r.get("_default_count") for r in rows)
    assert all(_votes(rows, r["metric"]) == [True] for r in rows)


def _row(period, theme="adoption", metric="users", **kw):
    return {"doc_id": "a.txt", "period": period, "theme": theme, "metric": metric,
            "published": "2031-10-09", **kw}


def test_flagged_moves_leave_the_share_of_the_principal_period():
    # 3 rows of FY2031 among 10 voters: 0.3, market's share; a flagged count and its move do not
    # count among the voters, so the undated salary takes FY2031
    salary = _row("", "market", "average_monthly_salary")
    rows = ([_row("FY2031")] * 3 + [_row("", "compute", "gpus") for _ in range(6)] + [salary]
            + [_row("", metric="institutions", _default_count=True),
               _row("", metric="institutions_growth")])
    _principal_period_fill(rows)
    assert salary["period"] == "FY2031"


def test_an_undated_level_still_lowers_the_share():
    # near miss: an undated level (no move) is an eleventh voter: 3/11 is below market's share
    salary = _row("", "market", "average_monthly_salary")
    rows = ([_row("FY2031")] * 3 + [_row("", "compute", "gpus") for _ in range(6)] + [salary]
            + [_row("", metric="institutions", _default_count=True),
               _row("", metric="institutions")])
    _principal_period_fill(rows)
    assert salary["period"] == ""


def test_a_dated_move_still_votes():
    # near miss: a move the text dates (2030年同比增长) votes for its period: 5 of FY2031 and the
    # dated move among 14 voters (6/14) reach capex's share, without its vote 5/13 do not
    plan = _row("", "capex", "capex")
    rows = ([_row("FY2031")] * 5 + [_row("", "compute", "gpus") for _ in range(7)] + [plan]
            + [_row("", metric="institutions", _default_count=True),
               _row("FY2031", metric="institutions_growth")])
    _principal_period_fill(rows)
    assert plan["period"] == "FY2031"


def test_any_undated_move_leaves_the_vote():
    # an undated growth no counter read (营收同比增长8%) has no period of its own either
    salary = _row("", "market", "average_monthly_salary")
    rows = ([_row("FY2031")] * 3 + [_row("", "compute", "gpus") for _ in range(6)] + [salary]
            + [_row("", "earnings", "revenue_growth"), _row("", "earnings", "margin_change")])
    _principal_period_fill(rows)
    assert salary["period"] == "FY2031"
