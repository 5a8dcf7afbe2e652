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
from aigc_analysis.paths import NOTEBOOKS_DIR, PACKAGE_DIR, THEMES
from aigc_analysis.extract.token_volume import per_tokens, volume_words

#: metrics.csv columns holding the metric emitted for each kind of number.
KIND_COLUMNS = ("money", "count", "ratio", "pp", "multiple", "duration", "bytes", "price", "free")


def emitted_metrics() -> set[str]:
    """Every metric code metrics.csv lets the extractor emit, plus the forms it composes
    (``facts.py``: ``x_growth`` for amounts and counts, ``_qoq``/``_mom`` growth, price sides,
    ``_of_revenue`` shares, part and whole shares, multiples,
    ``share_of_companies_with_`` and per-volume prices)."""
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
            # a share of a use in an amount (facts.py allocation): inference_spend_share_of_capex
            composed |= {f"{r['ratio']}_of_{m}" for m in ("revenue", "capex", "profit")}
            # a share's gap to a base it is compared with (facts.py _gap_to_base: 高于同类产品7个百分点)
            composed.add(f"{r['ratio']}_gap")
        for c in ("money", "count"):
            if r.get(c):
                # a part's share (capex_share, users_share), a whole's share (share_of_market_size)
                # and a multiple of the level stated before (tokens_processed_multiple)
                composed |= {f"{r[c]}_share", f"share_of_{r[c]}", f"{r[c]}_multiple"}
    for m in base | composed:
        if m.endswith("_growth"):
            composed |= {f"{m}_qoq", f"{m}_mom"}
    with open(DATA_DIR / "unit_metrics.csv", encoding="utf-8", newline="") as fh:
        base |= {r["metric"] for r in csv.DictReader(fh) if r.get("metric")}
    # a number moved across a theme boundary takes the rule's metric (facts.py _theme_boundary)
    with open(DATA_DIR / "theme_boundaries.csv", encoding="utf-8", newline="") as fh:
        base |= {r["metric"] for r in csv.DictReader(fh) if r.get("metric")}
    # facts.py price metrics: a side, then _cache_hit, then _per_<volume>, then _before_cut
    volumes = {per_tokens(n).replace(" ", "_") for n in volume_words().values()} | {"1_tokens"}
    with open(DATA_DIR / "facts_words.csv", encoding="utf-8", newline="") as fh:
        volumes |= {r["value"] for r in csv.DictReader(fh) if r["group"] == "per_name"}  # 元/月: _per_month
    for m in {r["price"] for r in rows if r.get("price")} | {"price", "price_change"}:
        bare = m.removeprefix("input_").removeprefix("output_")
        for sided in {m, f"input_{bare}", f"output_{bare}"}:
            for hit in (sided, f"{sided}_cache_hit"):
                composed.add(hit)
                composed |= {f"{hit}_per_{v}" for v in volumes}
                composed |= {f"{hit}_per_{v}_before_cut" for v in volumes}
                composed.add(f"{hit}_before_cut")
    composed.add("share_of_companies_with_net_profit_growth")
    # facts.py adoption shares (40%的企业应用将内置AI): the metric is the verb's value in facts_words.csv
    with open(DATA_DIR / "facts_words.csv", encoding="utf-8", newline="") as fh:
        words = list(csv.DictReader(fh))
    shares = {r["value"] for r in words if r["group"] == "adoption_verb" and r["value"]}
    # ... their 较去年提升N个百分点 is the share's change; a penetration of a seat base is adoption
    composed |= shares | {f"{m}_change" for m in shares}
    composed |= {r["value"] for r in words if r["group"] == "base_penetration" and r["value"]}
    # table columns whose header word's value is the metric (facts.py _component_cost, _firms_revenue_share)
    composed |= {r["value"] for r in words if r["group"] in ("component_cost_header", "firm_revenue_share_header")
                 and r["value"]}
    # work done by AI and survey respondents (facts.py _share_base_theme, _respondent_word_share):
    # the shares, their changes and gaps, and the change AI brings to a unit of work
    work = {r["value"] for r in words if r["group"] in ("ai_work_metric", "respondent_metric")}
    shares = {r["value"] for r in words if r["group"] in ("ai_work_metric", "respondent_metric") and r["word"] == "share"}
    composed |= work | {f"{m}_{x}" for m in shares for x in ("change", "gap")}
    composed |= {f"{r['value']}_gap" for r in words if r["group"] == "ai_work_metric" and r["word"] == "rate"}
    composed |= {r["value"] for r in words if r["group"] == "ai_work_change" and r["value"]}
    # a level's change after a rise or fall word (etf_units_change); capex per unit of power
    # capacity (capex_per_mw) and a multiple of it
    composed |= {f"{r['word']}_change" for r in words if r["group"] == "level_change_metric"}
    # a balance-sheet item's change (inventory_change); a deal's term written N年期 (lease_term)
    composed |= {f"{r['word']}_change" for r in words if r["group"] == "balance_day_metric"}
    # (a value "theme metric" names the theme first: valuation convertible_bond_term)
    composed |= {r["value"].rpartition(" ")[2] for r in words
                 if r["group"] in ("term_noun", "led_term_noun") and r["value"]}  # 贷款期限: loan_term
    # a shopping platform's category GMV and price per order (facts.py _retail_platform_sales)
    composed |= {r["value"] for r in words if r["group"] == "retail_metric" and r["value"]}
    # a contract the reporting firm sells (facts.py _seller_contract): contract_value, its prepayment
    composed |= {r["value"] for r in words if r["group"] == "seller_contract_metric" and r["value"]}
    # a fund group's position written under another name (sample_size -> fund_count)
    composed |= {r["value"] for r in words if r["group"] == "fund_position_metric" and r["value"]}
    # a rate no keyword names, read by its ending (facts.py _unnamed_rate_level): "theme metric"
    composed |= {r["value"].split()[1] for r in words if r["group"] == "rate_level_theme" and r["value"]}
    # a count named by its counter or the verb before it (facts.py _counted_units): "theme metric"
    composed |= {r["value"].split()[1] for r in words
                 if r["group"] in ("unit_counter", "measure_counter", "unit_counter_verb", "ai_counted",
                                   "column_counter") and r["value"]}
    # an amount claimed or awarded in a dispute that names no metric (facts.py _legal_claim)
    composed |= {r["value"] for r in words if r["group"] == "legal_claim_keyword" and r["value"]}
    # a share of an offering's proceeds by its use (facts.py _use_of_proceeds)
    composed |= {r["value"] for r in words if r["group"] == "proceeds_metric" and r["value"]}
    # a count of people no keyword names (keywords.py find_people_counts, facts.py _people_count: people)
    composed |= {r["value"] for r in words if r["group"] == "people_count_metric" and r["value"]}
    # a points cell no keyword names (facts.py _unnamed_points_cell)
    composed |= {r["value"] for r in words if r["group"] == "unnamed_points_metric" and r["value"]}
    # a share saved (facts.py _saving_change: use_change) and a statute's cap on a fine (_fine_cap)
    composed |= {r["value"] for r in words if r["group"] in ("saving_keyword", "fine_cap_metric") and r["value"]}
    # a mass in tonnes named by what is weighed (facts.py _weight_keyword: "theme:metric")
    composed |= {r["value"].split(":")[1] for r in words if r["group"] == "weight_metric" and r["value"]}
    # a card fleet said to be owned or rented (facts.py _card_holding: accelerator_cards_rented)
    composed |= {f"accelerator_cards_{r['value']}" for r in words if r["group"] == "card_holding" and r["value"]}
    # a place's plan (facts.py _plan_support, _plan_goal): a support's rate, cap and amount, per
    # firm; a count or share it aims at (_target), a figure per year (_per_year)
    support = {r["value"] for r in words if r["group"] == "plan_support"}
    composed |= {f"{s}{x}" for s in support for x in ("", "_rate", "_cap", "_cap_per_firm_per_year")}
    composed |= {f"{r[c]}_target" for r in rows for c in ("count", "ratio") if r.get(c)}
    composed |= {f"{r['count']}_per_year_target" for r in rows if r.get("count")}
    composed |= {f"{r['money']}_per_year" for r in rows if r.get("money")}
    per_capacity = {f"capex_per_{r['value']}" for r in words if r["group"] == "capacity_unit"}
    composed |= per_capacity | {f"{m}_multiple" for m in per_capacity}
    # a capacity at a numeric precision (facts.py _precision_compute: fp4_inference_compute) and a
    # bare multiple after a spec (_multiple_of_spec: computing_capacity_multiple, hbm_capacity_multiple)
    precisions = {r["value"] for r in words if r["group"] == "compute_precision"}
    uses = {r["value"] for r in words if r["group"] == "compute_use"}
    composed |= {f"{p}_{u}_compute" for p in precisions for u in uses}
    composed |= {f"{p}_computing_capacity" for p in precisions}
    with open(DATA_DIR / "unit_metrics.csv", encoding="utf-8", newline="") as fh:
        unit_metrics = {r["metric"] for r in csv.DictReader(fh) if r["class"] in ("flops", "watts")}
    composed |= {f"{m}_multiple" for m in unit_metrics | {r["bytes"] for r in rows if r.get("bytes")}}
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


def _labels_used_by(metrics) -> set[tuple[str, str]]:
    """(kind, code) of every labels.csv row read while naming ``metrics`` in both languages."""
    import aigc_analysis.present.labels as labels

    used: set[tuple[str, str]] = set()

    class Traced(tuple):
        def __getitem__(self, i):
            used.add(self.key)
            return tuple.__getitem__(self, i)

    def traced(kind, code, pair):
        out = Traced(pair)
        out.key = (kind, code)
        return out

    table = {k: {c: traced(k, c, v) for c, v in d.items()} for k, d in label_table().items()}
    real = labels.label_table
    labels.label_table = lambda: table
    try:
        for metric in metrics:
            for lang in ("zh", "en"):
                metric_label(metric, lang)
    finally:
        labels.label_table = real
    return used


def test_no_metric_label_is_dead():
    """Every metric, suffix, prefix and volume row names some metric the extractor can emit."""
    used = _labels_used_by(sorted(emitted_metrics()))
    dead = [(kind, code) for kind in ("metric", "metric_suffix", "metric_prefix", "metric_per", "per")
            for code in label_table().get(kind, {}) if (kind, code) not in used]
    assert not dead, f"labels.csv rows no emitted metric uses: {dead}"


def _code_texts() -> str:
    """Package code, notebooks and data files: where a column, axis or value code is used."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(PACKAGE_DIR.rglob("*.py"))]
    parts += [p.read_text(encoding="utf-8") for p in sorted(NOTEBOOKS_DIR.glob("*.ipynb"))]
    parts += [p.read_text(encoding="utf-8") for p in sorted(DATA_DIR.glob("*.csv"))
              if p.name != "labels.csv"]
    return "\n".join(parts)


def test_no_column_axis_or_value_label_is_dead():
    text = _code_texts()
    dead = [(kind, code) for kind in ("column", "axis", "value")
            for code in label_table().get(kind, {})
            if f'"{code}"' not in text and f"'{code}'" not in text and f",{code}," not in text]
    assert not dead, f"labels.csv rows whose code no module, notebook or data file uses: {dead}"


def test_theme_and_entity_labels_name_real_themes_and_entities():
    assert set(label_table()["theme"]) == set(THEMES)
    names = set()
    for name in ("entities.csv", "concepts.csv"):
        with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
            names |= {r["entity"] for r in csv.DictReader(fh)}
    assert not set(label_table().get("entity", {})) - names


def test_the_metric_detector_sees_a_dead_row(monkeypatch):
    """The dead-label test can fail: a row no emitted metric reaches is reported."""
    import aigc_analysis.present.labels as labels

    table = {k: dict(v) for k, v in label_table().items()}
    table["metric"]["never_emitted_metric"] = ("从未出现", "never emitted")
    monkeypatch.setattr(labels, "label_table", lambda: table)
    used = _labels_used_by(["capex_growth"])
    assert ("metric", "never_emitted_metric") not in used


def test_chart_axes_use_axis_labels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from aigc_analysis.present.labels import axis_label
    from aigc_analysis.present.labels import _reader_labels

    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="drawdown")
    ax.plot([0, 1], [1, 0], label="capex_growth")
    ax.set_xlabel("period")
    ax.set_ylabel("capex_growth_ratio")
    ax.legend(title="move")
    _reader_labels(ax, "zh")
    assert ax.get_ylabel() == axis_label("capex_growth_ratio", "zh") == "增速"
    assert ax.get_xlabel() == "期间"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["回撤", "资本开支增速"]
    assert ax.get_legend().get_title().get_text() == "类型"
    plt.close(fig)


def test_every_qualifier_has_its_prose_and_chart_words():
    from aigc_analysis.tables.claims import _QUALIFIERS
    from aigc_analysis.present.labels import qualifier_label

    for kind in ("qualifier", "qualifier_short"):
        assert set(label_table()[kind]) == set(_QUALIFIERS), kind
    assert qualifier_label("over") == "超过" and qualifier_label("over", short=True) == "超"
    assert qualifier_label("at_least", "en") == "no less than "
    assert qualifier_label("exact") == ""


# ---------------------------------------------------------------------------------------------
# Interface words and figure titles (``ui`` and ``figure`` rows)
# ---------------------------------------------------------------------------------------------
#: Templates and the variable through which each reads one group of ``ui`` words.
_TEMPLATE_WORDS = {"source_document.html.j2": ("w", "provenance"),
                   "source_index.html.j2": ("w", "provenance"),
                   "report_index.html.j2": ("words", "report_index")}
#: Functions that return one group's words (``ui_words`` and the modules' thin wrappers).
_WORD_GETTERS = {"ui_words", "_words", "_ledger_words"}


def ui_keys_in_source(source: str) -> set[tuple[str, str]]:
    """(group, key) of every ``ui`` word a module's code reads: the module names its group in
    ``ui_words("group", ...)``; keys are constant subscripts of a variable assigned from a
    word getter (``w = _words(lang)`` ... ``w["source"]``)."""
    import ast

    tree = ast.parse(source)
    groups = {n.args[0].value for n in ast.walk(tree)
              if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "ui_words"
              and n.args and isinstance(n.args[0], ast.Constant)}
    assert len(groups) <= 1, f"one ui group per module, found {sorted(groups)}"
    if not groups:
        return set()
    group = groups.pop()
    holders = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
               and isinstance(n.value, ast.Call) and getattr(n.value.func, "id", "") in _WORD_GETTERS
               for t in n.targets if isinstance(t, ast.Name)}
    return {(group, n.slice.value) for n in ast.walk(tree)
            if isinstance(n, ast.Subscript) and getattr(n.value, "id", None) in holders
            and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str)}


def _ui_keys_used() -> set[tuple[str, str]]:
    import re

    from aigc_analysis.paths import PACKAGE_DIR

    used = set()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        used |= ui_keys_in_source(path.read_text(encoding="utf-8"))
    for name, (var, group) in _TEMPLATE_WORDS.items():
        text = (PACKAGE_DIR / "templates" / name).read_text(encoding="utf-8")
        used |= {(group, key) for key in re.findall(rf"\b{var}\.(\w+)", text)}
    return used


def test_every_ui_word_used_in_code_has_both_languages():
    used = _ui_keys_used()
    assert {g for g, _ in used} >= {"charts", "provenance", "report_index", "ledger"}
    ui = label_table().get("ui", {})
    missing = sorted(f"{g}.{k}" for g, k in used if f"{g}.{k}" not in ui)
    assert not missing, f"ui words read in code with no row in data/labels.csv: {missing}"
    for g, k in used:
        zh, en = ui[f"{g}.{k}"]
        assert zh.strip() and en.strip(), f"{g}.{k}"


def test_no_ui_word_is_dead():
    used = {f"{g}.{k}" for g, k in _ui_keys_used()}
    assert sorted(set(label_table().get("ui", {})) - used) == []


def test_the_ui_word_scanner_sees_a_missing_key():
    source = 'def f(lang):\n    w = _words(lang)\n    return w["nope"] + w["other"]\n\n\n' \
             'def _words(lang):\n    return ui_words("charts", lang)\n'
    assert ui_keys_in_source(source) == {("charts", "nope"), ("charts", "other")}
    assert "charts.nope" not in label_table()["ui"]


def test_ui_words_keep_their_spaces_and_reject_unknown_groups():
    from aigc_analysis.present.labels import ui_words

    words = ui_words("charts", "en")
    assert (words["source"], words["more"], words["sep"]) == ("Source: ", " et al.", "; ")
    assert ui_words("provenance")["page"].format(3) == "第 3 页"
    with pytest.raises(KeyError, match="no ui words"):
        ui_words("no_such_group")
    with pytest.raises(ValueError, match="lang must be one of"):
        ui_words("charts", "fr")


def test_every_figure_has_a_title_in_both_languages_and_no_title_is_dead():
    from aigc_analysis.present.figures import FIGURES
    from aigc_analysis.present.labels import figure_title

    for name in FIGURES:
        assert figure_title(name, "zh") and figure_title(name, "en"), name
    assert set(label_table().get("figure", {})) == set(FIGURES)
