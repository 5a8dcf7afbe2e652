"""The chart of how a figure moved from report to report (the ledger's revisions)."""
from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

from aigc_analysis.extract.facts import extract_document, facts_frame  # noqa: E402
from aigc_analysis.load.normalise import to_simplified  # noqa: E402


def _facts(text: str, doc_id: str, published: dt.date):
    doc = {"doc_id": doc_id, "text": text, "text_simplified": to_simplified(text),
           "published": published, "publisher": "星河证券", "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_a_revised_figure_is_drawn_relative_to_its_first_statement():
    import pandas as pd

    from aigc_analysis.pipeline import notebook_api as nb

    first = _facts("我们预计2026年全球AI服务器市场规模达到2000亿美元。", "a.txt", dt.date(2025, 3, 1))
    later = _facts("我们预计2026年全球AI服务器市场规模达到2500亿美元。", "b.txt", dt.date(2025, 9, 1))
    facts = pd.concat([first, later], ignore_index=True)
    data = nb.figure_data("ledger_revisions", facts)
    assert list(data["ratio_to_first"]) == [1.0, 1.25]
    assert list(data["revision"]) == ["kept", "revised"]
    nb.apply_style("zh")  # as a notebook's setup does; without it the Chinese labels have no glyphs
    ax = nb.draw("ledger_revisions", data, lang="zh")
    labels = [t.get_text() for t in ax.get_yticklabels()] + [ax.get_xlabel()]
    assert not any("ratio_to_first" in t for t in labels)
