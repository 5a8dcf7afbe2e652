"""Facts of an invented text, for the linking tests (one document, no file on disk)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def facts_of(text: str, published: dt.date | None = dt.date(2025, 6, 30),
             publisher: str = "Test") -> pd.DataFrame:
    """The facts table of ``text`` read as one report of ``publisher`` published on ``published``."""
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": published, "publisher": publisher, "boilerplate": []}
    return facts_frame(extract_document(doc))


def period_containing(text: str, published: dt.date, number: str) -> str:
    """The period of the one fact of ``text`` whose text holds ``number`` (fails listing the
    facts when not exactly one row does)."""
    rows = facts_of(text, published)
    hit = rows[rows["text"].str.contains(number, regex=False)]
    assert len(hit) == 1, rows[["metric", "value", "unit", "period", "text"]].to_string()
    return hit.iloc[0]["period"]


def battery_hit(text: str, published: dt.date, value: float, unit: str) -> pd.Series:
    """The one fact of ``text`` with this value and unit (fails listing the facts when not exactly
    one row matches)."""
    rows = facts_of(text, published)
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() <= 1e-9 * max(1.0, abs(value)))]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "value_high", "unit", "period",
                                "text"]].to_string()
    return hit.iloc[0]


def out_of_scope(reason: str):
    """A battery row judged out of scope: a strict xfail, so that fixing it shows up."""
    return pytest.mark.xfail(strict=True, reason=reason)


def assert_battery_form(text: str, published: dt.date, theme: str, value: float,
                        high: float | None, unit: str, carried: str) -> None:
    """The one fact of ``text`` with this value and unit has this theme and high end (NaN when
    ``high`` is None) and its text holds the characters ``carried`` (or lies inside them)."""
    row = battery_hit(text, published, value, unit)
    assert row["theme"] == theme
    if high is None:
        assert row["value_high"] != row["value_high"]  # NaN: no range
    else:
        assert abs(row["value_high"] - high) <= 1e-9 * max(1.0, abs(high))
    assert carried in row["text"] or row["text"] in carried, row["text"]


def assert_battery_row(text: str, published: dt.date, theme: str, entity: str, value: float,
                       unit: str, period: str) -> None:
    """The one fact of ``text`` with this value and unit has this theme and period, and names
    ``entity`` when one is given (fails listing the facts when not exactly one row matches)."""
    row = battery_hit(text, published, value, unit)
    assert (row["theme"], row["period"]) == (theme, period)
    if entity:
        assert entity.lower() in row["entity"].lower()


def period_of(frame: pd.DataFrame, text: str) -> str:
    """The period of the one fact whose text holds ``text`` (fails naming every fact otherwise)."""
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, frame[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]["period"]


def period_values(text: str, published: dt.date) -> list[str]:
    """The normalised periods ``find_periods`` reads in ``text`` published on ``published``."""
    from aigc_analysis.extract.periods import find_periods

    return [p.value for p in find_periods(text, published)]


def linked_extractor(text: str):
    """The extractor of ``text`` with its whole-document scans and link indexes built, for tests
    that compare the indexes' lookups with plain scans."""
    from aigc_analysis.extract.facts import _DocExtractor

    ex = _DocExtractor({"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
                        "published": dt.date(2025, 9, 1), "publisher": "Test Broker", "boilerplate": []})
    ex._link_indexes()
    return ex
