"""Reader labels (data/labels.csv): every metric the extractor can emit has a name in zh and
en; entities, publishers, dates and periods are shown in the chosen language."""
from __future__ import annotations

import csv
import datetime as dt

import pytest

from aigc_analysis.present.formatting import format_date, format_period
from aigc_analysis.present.labels import (
    DATA_DIR,
    entity_label,
    label_table,
    metric_label,
    publisher_label,
    theme_label,
)
from aigc_analysis.paths import THEMES

#: metrics.csv columns holding the metric emitted for each kind of number.
KIND_COLUMNS = ("money", "count", "ratio", "pp", "multiple", "duration", "bytes", "price", "free")


def emitted_metrics() -> set[str]:
    """Every metric code metrics.csv lets the extractor emit, plus the forms it composes
    (``facts.py``: ``x_growth`` for amounts and counts, ``_qoq``/``_mom`` growth, price sides,
    ``_of_revenue`` shares, ``share_of_companies_with_`` and per-volume prices)."""
    with open(DATA_DIR / "metrics.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    base = {r[c] for r in rows for c in KIND_COLUMNS if r.get(c)}
    composed = set()
    for r in rows:
        for c in ("money", "count"):
            if r.get(c):
                composed.add(f"{r[c]}_growth")
        if r.get("ratio"):
            composed.add(f"{r['ratio']}_of_revenue")
    for m in base | composed:
        if m.endswith("_growth"):
            composed |= {f"{m}_qoq", f"{m}_mom"}
    for m in (r.get("price") for r in rows):
        if m:
            composed |= {f"input_{m.removeprefix('input_').removeprefix('output_')}",
                         f"{m}_per_百万tokens", f"{m}_per_千tokens"}
    composed.add("share_of_companies_with_net_profit_growth")
    return base | composed


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_emittable_metric_has_a_label(lang):
    missing = []
    for metric in sorted(emitted_metrics()):
        try:
            label = metric_label(metric, lang, strict=True)
        except KeyError:
            missing.append(metric)
            continue
        assert "_" not in label, f"{metric}: label {label!r} holds a code"
    assert not missing, f"no {lang} label in data/labels.csv for: {missing}"


def test_base_metrics_have_their_own_row():
    """Base metrics are named directly (composition is for suffixes, not for new metrics)."""
    with open(DATA_DIR / "metrics.csv", encoding="utf-8", newline="") as fh:
        base = {r[c] for r in csv.DictReader(fh) for c in KIND_COLUMNS if r.get(c)}
    direct = set(label_table()["metric"])
    assert not sorted(base - direct), sorted(base - direct)


def test_unknown_metric_is_never_shown_as_a_code():
    assert metric_label("brand_new_metric") == "brand new metric"
    with pytest.raises(KeyError):
        metric_label("brand_new_metric", strict=True)


def test_composed_labels():
    assert metric_label("paid_users_growth_qoq") == "付费用户环比增速"
    assert metric_label("input_price_per_1m_tokens", "en") == "input price per million tokens"
    assert metric_label("capex_growth_change") == "资本开支增速变化"


def test_every_theme_is_labelled():
    for theme in THEMES:
        assert theme_label(theme, "zh") and theme_label(theme, "en")


def test_entities_in_the_build_language():
    assert entity_label("Microsoft", "zh") == "微软"
    assert entity_label("Microsoft", "en") == "Microsoft"
    assert entity_label("Big-4 US cloud providers", "zh") == "北美四大云厂商"
    assert entity_label("Big-4 US cloud providers", "en") == "Big-4 US cloud providers"
    assert entity_label("server market", "zh") == "服务器市场"  # concepts.csv
    assert entity_label("GPT-4o", "zh") == "GPT-4o"            # no Chinese name


def test_publishers_in_the_build_language():
    assert publisher_label("CITIC Securities", "zh") == "中信证券"
    assert publisher_label("CITIC Securities", "en") == "CITIC Securities"
    assert publisher_label("Unknown Research", "zh") == "Unknown Research"


def test_dates_and_periods_at_their_precision():
    assert format_date(dt.date(2024, 6, 1), "month", "zh") == "2024年6月"
    assert format_date(dt.date(2024, 6, 1), "month", "en") == "2024-06"
    assert format_date(dt.date(2024, 5, 9), "day", "zh") == "2024年5月9日"
    assert format_period("2022H1") == "2022年上半年"
    assert format_period("FY2024Q3") == "2024财年三季度"
    assert format_period("2024Q1", "en") == "2024 Q1"


def test_labels_file_rejects_duplicates(tmp_path, monkeypatch):
    import aigc_analysis.present.labels as labels

    (tmp_path / "labels.csv").write_text(
        "kind,code,zh,en,note\nmetric,capex,资本开支,capex,\nmetric,capex,资本开支,capex,\n",
        encoding="utf-8")
    monkeypatch.setattr(labels, "DATA_DIR", tmp_path)
    labels.label_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="labelled twice"):
            labels.label_table()
    finally:
        labels.label_table.cache_clear()
