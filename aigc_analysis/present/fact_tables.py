"""Stage 4, fact tables for reading: each row's report named in the reader's language, and the
claims that two or more reports state, with every report's value (used by the notebooks and
the report's index alike).
"""
from __future__ import annotations

import pandas as pd

from ..tables.claims import assign_claims, ledger
from ..tables.memo import ledger_once
from .formatting import format_date, format_value
from .labels import report_name, report_names


def source_texts(d, documents, lang: str) -> list[str]:
    """``中信证券 2024年6月`` per row: the report's name in ``lang`` (publisher, else title) and
    its date at its precision."""
    precision, names = {}, {}
    if documents is not None:
        names = report_names(documents, lang)
        if "published_precision" in documents.columns:
            precision = dict(zip(documents["doc_id"], documents["published_precision"]))
    out = []
    for rec in d.to_dict("records"):
        name = names.get(str(rec["doc_id"])) or report_name(rec["doc_id"], rec.get("publisher"),
                                                            lang=lang)
        prec = precision.get(rec["doc_id"])
        date = format_date(rec.get("published"), prec if isinstance(prec, str) else "day", lang)
        out.append(f"{name} {date}".strip())
    return out


def report_values(group, lang: str, names=None) -> str:
    """``publisher date: value`` per fact of a claim, in publication order."""
    parts = []
    for rec in group.to_dict("records"):
        high = rec.get("value_high")
        value = format_value(rec["value"], rec["unit"], lang,
                             value_high=None if pd.isna(high) else high)
        who = (names or {}).get(str(rec["doc_id"])) or report_name(rec["doc_id"],
                                                                   rec.get("publisher"), lang=lang)
        date = format_date(rec.get("published"), lang=lang)
        who = f"{who} {date}".strip()
        parts.append(f"{who}：{value}" if lang == "zh" else f"{who}: {value}")
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def ledger_claims(facts, agree: bool, lang: str = "zh", top_n: int = 20, documents=None):
    """Claims stated by two or more reports that agree (``agree=True``) or contradict each
    other, with every report's value; largest spread first for contradictions."""
    table = ledger_once(ledger, facts)
    table = table.loc[(table["n_reports"] >= 2) & (table["agree"] == agree)]
    if not agree:
        table = table.sort_values("spread_ratio", ascending=False, kind="mergesort")
    table = table.head(top_n)
    claims = ledger_once(assign_claims, facts)
    names = report_names(documents, lang) if documents is not None else None
    rows = []
    for rec in table.to_dict("records"):
        ids = str(rec["fact_ids"]).split(";")
        group = claims.loc[claims["fact_id"].isin(ids)]
        rows.append({"entity": rec["entity"], "metric": rec["metric"], "period": rec["period"],
                     "reports": rec["n_reports"],
                     "spread": "" if pd.isna(rec["spread_ratio"]) else
                     f"{rec['spread_ratio']:.3g}x",
                     "values": report_values(group, lang, names)})
    return pd.DataFrame(rows, columns=["entity", "metric", "period", "reports", "spread",
                                       "values"])
