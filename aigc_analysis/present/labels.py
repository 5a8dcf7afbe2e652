"""Reader-facing names in the chosen language, read from data files.

The facts table keeps codes (``capex_growth``, ``Big-4 US cloud providers``, ``CITIC
Securities``); pages, charts and narrative show names. Where a name comes from:

- themes: the ``label_zh``/``label_en`` columns of their row of ``data/themes.csv`` (a theme
  is one row there);
- metrics, table columns, chart axes and category values: ``data/labels.csv``
  (``kind, code, zh, en``). Metrics the extractor composes (``x_growth``, ``x_growth_qoq``, ``input_x``,
  ``x_per_<volume>``) are named by the ``metric_suffix``/``metric_prefix``/``metric_per``
  templates of the same file, so a new base metric needs one row, not one per variant;
- entities: the English canonical name in ``en``; in ``zh`` an ``entity`` row of labels.csv if
  there is one, else the first Chinese alias in ``entities.csv`` (companies, models, groups) or
  ``concepts.csv`` (generic subjects), else the canonical name (a model such as ``GPT-4o`` has
  no Chinese name);
- publishers: ``publishers.csv`` (English name, Chinese aliases first);
- figure titles and interface words of charts and pages: the ``figure`` and ``ui`` rows of
  labels.csv (``ui`` codes are ``group.key``, read as one dict per group by :func:`ui_words`).

Nothing here is escaped: callers escape for their medium.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from ..paths import PACKAGE_DIR
from .formatting import format_date, format_period

DATA_DIR = PACKAGE_DIR / "data"
LANGS = ("zh", "en")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _check(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    return LANGS.index(lang)


def _rows(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def label_table() -> dict[str, dict[str, tuple[str, str]]]:
    """``kind -> code -> (zh, en)`` from ``data/labels.csv``, and kind ``theme`` from the
    ``label_zh``/``label_en`` columns of ``data/themes.csv``; one clear error per bad row."""
    out: dict[str, dict[str, tuple[str, str]]] = {}

    def rows():
        yield from (("labels.csv", i, row) for i, row in enumerate(_rows("labels.csv"), start=2))
        for i, row in enumerate(_rows("themes.csv"), start=2):
            yield "themes.csv", i, {"kind": "theme", "code": row.get("theme"),
                                    "zh": row.get("label_zh"), "en": row.get("label_en")}

    for name, i, row in rows():
        kind, code, zh, en = (row.get(k) or "" for k in ("kind", "code", "zh", "en"))
        if not (kind and code and zh and en):
            raise ValueError(f"{DATA_DIR / name}:{i}: kind, code, zh and en are required")
        table = out.setdefault(kind, {})
        if code in table:
            raise ValueError(f"{DATA_DIR / name}:{i}: {kind} {code!r} labelled twice")
        table[code] = (zh, en)
    return out


@lru_cache(maxsize=1)
def _chinese_names() -> dict[str, str]:
    """Entity -> its first Chinese alias (entities.csv first, then concepts.csv)."""
    names: dict[str, str] = {}
    for row in _rows("entities.csv"):
        han = [a for a in (row.get("aliases") or "").split("|") if _HAN.search(a)]
        if han:
            names.setdefault(row["entity"], han[0])
    for row in _rows("concepts.csv"):
        if _HAN.search(row.get("alias") or ""):
            names.setdefault(row["entity"], row["alias"])
    return names


@lru_cache(maxsize=1)
def _publisher_names() -> dict[str, str]:
    names = {}
    for row in _rows("publishers.csv"):
        han = [a for a in (row.get("aliases") or "").split("|") if _HAN.search(a)]
        if han:
            names[row["name"]] = han[0]
    return names


def _label(kind: str, code: str, lang: str) -> str | None:
    pair = label_table().get(kind, {}).get(code)
    return None if pair is None else pair[_check(lang)]


def theme_label(theme: str, lang: str = "zh") -> str:
    """``capex`` -> ``资本开支`` / ``Capital expenditure``."""
    found = _label("theme", theme, lang)
    if found is None:
        raise KeyError(f"theme {theme!r} has no label in data/themes.csv")
    return found


def _composed(metric: str, lang: str) -> str | None:
    i = _check(lang)
    table = label_table()
    if metric in table.get("metric", {}):
        return table["metric"][metric][i]
    # a known volume first (x_per_1m_tokens); x_per_1m_tokens_cache_hit is then a suffix of it
    for code, pair in table.get("metric_per", {}).items():
        base, sep, per = metric.partition(code)
        if sep and base and _label("per", per, lang) is not None:
            named = _composed(base, lang)
            if named is not None:
                return pair[i].format(named, _label("per", per, lang))
    for code, pair in sorted(table.get("metric_prefix", {}).items(), key=lambda kv: -len(kv[0])):
        if metric.startswith(code) and len(metric) > len(code):
            base = _composed(metric[len(code):], lang)
            if base is not None:
                return pair[i].format(base)
    for code, pair in sorted(table.get("metric_suffix", {}).items(), key=lambda kv: -len(kv[0])):
        if metric.endswith(code) and len(metric) > len(code):
            base = _composed(metric[: -len(code)], lang)
            if base is not None:
                return pair[i].format(base)
    for code, pair in table.get("metric_per", {}).items():
        base, sep, per = metric.partition(code)
        if sep and base and per:  # a volume with no label (元/月): shown as written
            named = _composed(base, lang)
            if named is not None:
                return pair[i].format(named, per.replace("_", " "))
    return None


def metric_label(metric: str, lang: str = "zh", strict: bool = False) -> str:
    """Reader-facing name of a metric code.

    >>> metric_label("capex_growth"), metric_label("paid_users_growth_qoq", "en")
    ('资本开支增速', 'paid users growth (qoq)')

    An unknown code shows with spaces for underscores (``strict=True`` raises ``KeyError``):
    a page never shows a snake_case name, and the test of labels.csv keeps that fallback for
    codes no extractor emits.
    """
    found = _composed(str(metric), lang)
    if found is None:
        if strict:
            raise KeyError(f"metric {metric!r} has no label in data/labels.csv")
        return str(metric).replace("_", " ")
    return found


def figure_title(name: str, lang: str = "zh") -> str:
    """A figure's title (``figure`` rows of ``data/labels.csv``).

    >>> figure_title("capex_growth"), figure_title("capex_growth", "en")
    ('资本开支同比增速', 'Capex growth')
    """
    found = _label("figure", name, lang)
    if found is None:
        raise KeyError(f"figure {name!r} has no title in data/labels.csv")
    return found


@lru_cache(maxsize=1)
def _ui_groups() -> dict[str, dict[str, tuple[str, str]]]:
    groups: dict[str, dict[str, tuple[str, str]]] = {}
    for code, pair in label_table().get("ui", {}).items():
        group, _, key = code.partition(".")
        groups.setdefault(group, {})[key] = pair
    return groups


def ui_words(group: str, lang: str = "zh") -> dict[str, str]:
    """The interface words of one page or chart in ``lang``: ``key -> text`` from the ``ui``
    rows ``group.key`` of ``data/labels.csv`` (a fresh dict: callers may change it).

    >>> ui_words("charts", "en")["other"], ui_words("charts")["other"]
    ('Other', '其他')
    """
    i = _check(lang)
    if group not in _ui_groups():
        raise KeyError(f"no ui words {group!r} in data/labels.csv")
    return {key: pair[i] for key, pair in _ui_groups()[group].items()}


def entity_label(entity, lang: str = "zh") -> str:
    """``Big-4 US cloud providers`` -> ``北美四大云厂商`` (zh) or itself (en)."""
    if entity is None or (not isinstance(entity, str) and entity != entity):
        return ""
    entity = str(entity)
    if _check(lang) == 1:
        return _label("entity", entity, "en") or entity
    return _label("entity", entity, "zh") or _chinese_names().get(entity, entity)


def publisher_label(publisher, lang: str = "zh") -> str:
    """``CITIC Securities`` -> ``中信证券`` (zh) or itself (en); unknown names unchanged."""
    if publisher is None or (not isinstance(publisher, str) and publisher != publisher):
        return ""
    publisher = str(publisher)
    return _publisher_names().get(publisher, publisher) if _check(lang) == 0 else publisher


def column_label(column: str, lang: str = "zh") -> str:
    """A table column's header; unknown columns keep their name with spaces."""
    return _label("column", column, lang) or column.replace("_", " ")


def axis_label(column: str, lang: str = "zh") -> str | None:
    """Name of a plotted column on a chart's axis or legend title (``axis`` rows); None if none.

    >>> axis_label("capex_growth_ratio"), axis_label("capex_growth_ratio", "en")
    ('增速', 'Growth')
    """
    return _label("axis", str(column), lang)


def qualifier_label(qualifier: str, lang: str = "zh", short: bool = False) -> str:
    """Words put before a qualified number (``约``/``about ``); ``""`` for no known qualifier.

    ``short`` gives the chart-bar form (``超`` rather than the prose ``超过``). English words
    end with the space that separates them from the number.

    >>> qualifier_label("over"), qualifier_label("over", short=True), qualifier_label("approx", "en")
    ('超过', '超', 'about ')
    """
    found = _label("qualifier_short" if short else "qualifier", str(qualifier), lang)
    if found is None:
        return ""
    return found if lang == "zh" else found + " "


def value_label(value, lang: str = "zh") -> str:
    """A category value shown to readers (``drawdown`` -> ``回撤``); others unchanged."""
    text = "" if value is None else str(value)
    return _label("value", text, lang) or text


#: Longest report title shown in place of an unknown publisher.
TITLE_CHARS = 24


def report_name(doc_id, publisher=None, title=None, lang: str = "zh") -> str:
    """How readers name a report: its publisher (in ``lang``), else its title (whitespace
    collapsed, cut to :data:`TITLE_CHARS`), else the file name without its extension."""
    _check(lang)
    if isinstance(publisher, str) and publisher.strip():
        return publisher_label(publisher, lang)
    if isinstance(title, str) and title.strip():
        text = re.sub(r"\s+", " ", title).strip()
        return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS].rstrip() + "…"
    stem = str(doc_id)
    return stem.rsplit(".", 1)[0] if "." in stem else stem


def report_names(documents, lang: str = "zh") -> dict[str, str]:
    """``doc_id -> report_name`` for every row of a documents frame."""
    titles = documents["title"] if "title" in documents.columns else [None] * len(documents)
    return {str(d): report_name(d, p, t, lang)
            for d, p, t in zip(documents["doc_id"], documents["publisher"], titles)}


def reader_data(data, lang: str, documents=None):
    """A copy of figure data whose name columns hold reader names in ``lang`` (entities,
    models, publishers, metrics, periods, category codes); the CSV keeps the codes. With
    ``documents``, rows also get their report's date precision (a month-precision report is
    never cited with a day)."""
    d = data.copy()
    if documents is not None and "doc_id" in d.columns \
            and "published_precision" in documents.columns:
        precision = dict(zip(documents["doc_id"], documents["published_precision"]))
        d["published_precision"] = [precision.get(x) for x in d["doc_id"]]
    names = {"entity": entity_label, "model": entity_label, "organisation": entity_label,
             "publisher": publisher_label, "metric": metric_label,
             "base_metric": metric_label, "period": format_period}
    for col, fn in names.items():
        if col in d.columns:
            d[col] = [fn(v, lang) if isinstance(v, str) and v else v for v in d[col]]
    for col in ("move",):
        if col in d.columns:
            d[col] = [value_label(v, lang) for v in d[col]]
    if "theme" in d.columns:
        d["theme"] = [theme_label(t, lang) if isinstance(t, str) and t else t for t in d["theme"]]
    if {"doc_id", "publisher", "published"} <= set(d.columns):
        # A report is named by its publisher and date, never by its file name.

        names = {}
        for doc_id, pub, date in zip(data["doc_id"], data["publisher"], data["published"]):
            if doc_id not in names:
                titled = report_names(documents, lang) if documents is not None else {}
                who = titled.get(str(doc_id)) or report_name(doc_id, pub, lang=lang)
                names[doc_id] = f"{who} {format_date(date, lang=lang)}".strip()
        taken: dict[str, int] = {}
        for doc_id in sorted(names):
            taken[names[doc_id]] = taken.get(names[doc_id], 0) + 1
            if taken[names[doc_id]] > 1:
                names[doc_id] += f" ({taken[names[doc_id]]})"
        d["doc_id"] = [names.get(x, x) for x in d["doc_id"]]
        if documents is not None:
            # no publisher: the source line falls back to doc_id, now the report's name
            # without its date (the date is written beside it)

            titled = report_names(documents, lang)
            d["publisher"] = [p if isinstance(p, str) and p else titled.get(str(x), p)
                              for p, x in zip(d["publisher"], data["doc_id"])]
    if "claim" in d.columns and {"entity", "metric"} <= set(d.columns):
        d["claim"] = [" · ".join(str(x) for x in (e, m, p) if isinstance(x, str) and x)
                      for e, m, p in zip(d["entity"], d["metric"],
                                         d["period"] if "period" in d else [""] * len(d))]
    return d


def _reader_labels(ax, lang: str) -> None:
    """Replace column names on the axes and metric codes in the legend by reader names.

    The data (and its CSV) keeps the codes; only the picture is translated. Names are the
    ``axis`` and ``value`` rows of ``data/labels.csv``.
    """
    for get, set_ in ((ax.get_xlabel, ax.set_xlabel), (ax.get_ylabel, ax.set_ylabel)):
        name = axis_label(get(), lang)
        if name is not None:
            set_(name)
    legend = ax.get_legend()
    if legend is None:
        return
    title = legend.get_title()
    name = axis_label(title.get_text(), lang)
    if name is not None:
        title.set_text(name)
    values = label_table().get("value", {})
    for text in legend.get_texts():
        code = text.get_text()
        if code in values:
            text.set_text(value_label(code, lang))
        elif code.isascii() and code.isidentifier() and code == code.lower():
            text.set_text(metric_label(code, lang))  # snake_case metric code
