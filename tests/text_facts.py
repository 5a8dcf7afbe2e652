"""Facts of an invented text, for the linking tests (one document, no file on disk)."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def facts_of(text: str, published: dt.date | None = dt.date(2025, 6, 30)) -> pd.DataFrame:
    """The facts table of ``text`` read as one report published on ``published``."""
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": published, "publisher": "Test", "boilerplate": []}
    return facts_frame(extract_document(doc))
