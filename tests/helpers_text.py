"""Facts of one invented text, for the tests of linking: the document the loader would make of
it (Traditional text simplified, no boilerplate) extracted as one report."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def facts_of_text(text: str, published: dt.date) -> pd.DataFrame:
    """The facts table of ``text`` published on ``published`` by a test broker."""
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": published, "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def rows_by_text(text: str, published: dt.date) -> dict[str, tuple]:
    """The facts of ``text`` by their text: (theme, metric, value, unit) of each."""
    f = facts_of_text(text, published)
    return {r.text: (r.theme, r.metric, r.value, r.unit) for r in f.itertuples()}


def entity_of(df: pd.DataFrame, text: str) -> str:
    """The entity of the first fact whose text is ``text``; fails listing the facts when none is."""
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'entity', 'metric']].to_string()}"
    return rows.iloc[0]["entity"]


def row_of(df: pd.DataFrame, text: str) -> pd.Series:
    """The one fact whose text is ``text``; fails listing the facts when there is none or several."""
    rows = df[df["text"] == text]
    cols = ["text", "entity", "theme", "metric", "value", "period"]
    assert len(rows) == 1, f"{text!r} in:\n{df[cols].to_string()}"
    return rows.iloc[0]
