"""Gold facts (shared/gold/seed_facts.csv) shaped like ``extract_facts`` output.

Used by the views/charts/narrative tests until the real extractor lands: the gold file
lacks offsets and provenance, so ``start``/``end`` are found in the seed text (the n-th
occurrence for the n-th gold row with the same text) and publisher/date come from
``seed_docs.csv``.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from aigc_analysis.paths import FACT_COLUMNS, SEEDS_DIR

GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "gold"


def require_gold(gold_dir: Path = GOLD_DIR) -> None:
    """Skip (the calling test, or a module that reads the gold at import) when ../shared is
    not beside the repository; any other missing folder stays an error."""
    if gold_dir == GOLD_DIR and not (gold_dir / "seed_facts.csv").is_file():
        pytest.skip(f"the shared gold files are not at {gold_dir} (../shared beside the repository)",
                    allow_module_level=True)


def _published(s: str) -> dt.date:
    parts = [int(p) for p in str(s).split("-")]
    return dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


def gold_documents(gold_dir: Path = GOLD_DIR, seeds_dir: Path = SEEDS_DIR) -> pd.DataFrame:
    """Minimal documents frame: doc_id, publisher, published, published_precision, text."""
    require_gold(gold_dir)
    docs = pd.read_csv(gold_dir / "seed_docs.csv", dtype=str, keep_default_na=False)
    return pd.DataFrame({
        "doc_id": docs["doc_id"],
        "publisher": docs["publisher"],
        "published": [_published(p) for p in docs["published"]],
        "published_precision": ["day" if p.count("-") == 2 else "month" for p in docs["published"]],
        "text": [(seeds_dir / d).read_text(encoding="utf-8") for d in docs["doc_id"]],
    })


def gold_facts(gold_dir: Path = GOLD_DIR, seeds_dir: Path = SEEDS_DIR) -> pd.DataFrame:
    """The gold facts with every ``paths.FACT_COLUMNS`` column, in that order."""
    require_gold(gold_dir)
    gold = pd.read_csv(gold_dir / "seed_facts.csv", dtype={"period": str})
    docs = gold_documents(gold_dir, seeds_dir).set_index("doc_id")
    seen: Counter = Counter()
    rows = []
    for rec in gold.to_dict("records"):
        doc = docs.loc[rec["doc_id"]]
        body, snippet = doc["text"], rec["text"]
        # n-th occurrence for the n-th row quoting the same text; the first if fewer.
        starts, pos = [], body.find(snippet)
        while pos != -1:
            starts.append(pos)
            pos = body.find(snippet, pos + 1)
        if not starts:
            raise ValueError(f"{rec['doc_id']}: gold text {snippet!r} not in the seed")
        start = starts[min(seen[(rec["doc_id"], snippet)], len(starts) - 1)]
        seen[(rec["doc_id"], snippet)] += 1
        end = start + len(snippet)
        rows.append({
            **rec,
            "period": "" if pd.isna(rec["period"]) else rec["period"],
            "start": start, "end": end,
            "quote": body[max(0, start - 20): end + 20],
            "qualifier": None, "per": None, "is_estimate": False,
            "publisher": doc["publisher"], "published": doc["published"],
        })
    out = pd.DataFrame(rows)[list(FACT_COLUMNS)]
    for col in ("doc_id", "theme", "entity", "metric", "unit", "period", "text", "quote",
                "qualifier", "per", "publisher"):
        out[col] = out[col].astype("string")
    out["value_high"] = out["value_high"].astype(float)
    out["is_estimate"] = out["is_estimate"].astype("boolean")
    return out
