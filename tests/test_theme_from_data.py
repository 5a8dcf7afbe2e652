"""A theme is data: rows of the theme data files give a new theme its facts, view, schema,
label, page and notebook run, with no ``.py`` file touched (issue 16).

The package is copied to a temporary folder, rows of an invented theme (``robotics``) are
added to the copy's data files only, and a fresh interpreter importing the copy shows the
theme everywhere a theme appears. The views and schemas of the real themes are checked
against ``data/theme_views.csv`` here too.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from aigc_analysis.paths import NOTEBOOKS_DIR, PACKAGE_DIR, THEME_VIEWS_FILE, THEMES
from aigc_analysis.tables import schema, views

# Rows appended to the copy's data files: a theme, its view's columns, one metric word for
# the extractor and that metric's labels.
NEW_ROWS = {
    "themes.csv": 'robotics,85,机器人,Robotics,机器人,Robotics,人形机器人的出货量与订单。,'
                  '"Humanoid robot shipments and orders.",robots_count,1\n',
    "theme_views.csv": "robotics,label,maker,,,,entity,\n"
                       "robotics,measure,robots_count,count,,,,1\n"
                       "robotics,measure,orders_usd,USD,,,,2\n"
                       "robotics,measure,growth_ratio,ratio,growth,,,3\n",
    "metrics.csv": "人形机器人出货量,robotics,,robot_shipments,robot_shipments_growth,,,,,,,,,,\n",
    "labels.csv": "metric,robot_shipments,机器人出货量,Robot shipments,\n"
                  "metric,robot_shipments_growth,机器人出货量增速,Robot shipment growth,\n",
}

# Run by a fresh interpreter on the copy: prints what it saw as JSON.
PROBE = r'''
import json, pathlib, sys, warnings
import aigc_analysis as aa
from aigc_analysis.load.corpus import load_corpus
from aigc_analysis.paths import THEMES
from aigc_analysis.pipeline.build import notebook_runs
from aigc_analysis.present.fact_tables import key_table
from aigc_analysis.present.labels import theme_label
from aigc_analysis.present.narrative import narrate
from aigc_analysis.present.theme_pages import theme_page
from aigc_analysis.tables import schema
from aigc_analysis.tables.excel import to_excel

corpus_dir, notebooks_dir, out = (pathlib.Path(p) for p in sys.argv[1:4])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    facts = aa.extract_facts(load_corpus(corpus_dir))
view = aa.view("robotics", facts)
schema.validate_view("robotics", view)
to_excel(facts, out / "facts.xlsx")
import openpyxl
print(json.dumps({
    "package": aa.__file__,
    "themes": list(THEMES),
    "facts": facts[["theme", "metric", "value", "unit"]].values.tolist(),
    "columns": list(view.columns[: len(schema.view_columns("robotics"))]),
    "view_columns": list(schema.view_columns("robotics")),
    "measures": list(schema.VIEW_MEASURES["robotics"]),
    "labels": list(schema.VIEW_LABELS["robotics"]),
    "schema_columns": sorted(schema.VIEW_SCHEMAS["robotics"].columns),
    "rows": view[["measure", "maker", "robots_count", "growth_ratio"]].astype(object)
                .where(view[["measure", "maker", "robots_count", "growth_ratio"]].notna(), None)
                .values.tolist(),
    "label": [theme_label("robotics", "zh"), theme_label("robotics", "en")],
    "title": theme_page("robotics")["title_en"],
    "runs": [r.stem for r in notebook_runs(notebooks_dir)],
    "key_rows": len(key_table(facts, "robotics", "en")),
    "narrative": narrate("robotics", facts, lang="en"),
    "sheets": openpyxl.load_workbook(out / "facts.xlsx", read_only=True).sheetnames,
}, ensure_ascii=False))
'''


def _py_digests(root) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*.py"))}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("new_theme")
    copy = tmp / "src" / PACKAGE_DIR.name
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for name, rows in NEW_ROWS.items():
        with open(copy / "data" / name, "a", encoding="utf-8", newline="") as fh:
            fh.write(rows)
    assert _py_digests(copy) == _py_digests(PACKAGE_DIR), "the copy's code must be unchanged"
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "r.txt").write_text(
        "某证券 2025年3月1日\n特斯拉2024年人形机器人出货量达到1000台，同比增长150%。\n",
        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(corpus), str(NOTEBOOKS_DIR), str(tmp)],
                          cwd=copy.parent, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return copy, json.loads(done.stdout.strip().splitlines()[-1])


def test_the_copy_is_what_runs(probe):
    copy, seen = probe
    assert seen["package"].startswith(str(copy)), seen["package"]


def test_a_theme_row_makes_a_theme(probe):
    _, seen = probe
    assert seen["themes"] == list(THEMES) + ["robotics"]
    assert seen["label"] == ["机器人", "Robotics"]
    assert seen["title"] == "Robotics"
    # the build runs the theme template once more, named by the row's number
    assert "85_robotics" in seen["runs"]
    assert seen["runs"].index("85_robotics") == seen["runs"].index("80_compute") + 1


def test_the_extractor_emits_the_new_theme(probe):
    _, seen = probe
    assert ["robotics", "robot_shipments", 1000.0, "count"] in seen["facts"]
    assert ["robotics", "robot_shipments_growth", 1.5, "ratio"] in seen["facts"]


def test_view_rows_make_a_view_and_its_schema(probe):
    _, seen = probe
    assert seen["measures"] == ["robots_count", "orders_usd", "growth_ratio"]
    assert seen["labels"] == ["maker"]
    assert seen["columns"] == seen["view_columns"]
    assert {"maker", "robots_count", "robots_count_high", "orders_usd", "growth_ratio_high"} \
        <= set(seen["schema_columns"])
    rows = sorted(seen["rows"], key=lambda r: r[0])
    assert rows == [["growth_ratio", "Tesla", None, 1.5], ["robots_count", "Tesla", 1000.0, None]]


def test_the_new_theme_reaches_tables_and_pages(probe):
    _, seen = probe
    assert seen["key_rows"] == 1  # the row's key_column/key_rows: the largest robots_count only
    assert "Tesla Robot shipments (2024) is 1k" in seen["narrative"]
    assert "robotics" in seen["sheets"]


# --- the real themes -------------------------------------------------------------------------

def _view_rows() -> list[dict]:
    with open(THEME_VIEWS_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("theme", THEMES)
def test_view_columns_come_from_the_data_file(theme):
    rows = [r for r in _view_rows() if r["theme"] == theme]
    assert schema.VIEW_MEASURES[theme] == tuple(r["column"] for r in rows if r["kind"] == "measure")
    assert schema.VIEW_LABELS[theme] == tuple(r["column"] for r in rows if r["kind"] == "label")
    measures = [c for r in rows if r["kind"] == "measure" for c in (r["column"], r["column"] + "_high")]
    assert set(measures) <= set(schema.VIEW_SCHEMAS[theme].columns)
    assert views.VIEWS[theme].args == (theme,) and views.VIEWS[theme].func is views.build_view


def test_every_named_function_exists_and_bad_rows_fail_with_their_line(tmp_path):
    assert not views._unknown_functions()
    bad = tmp_path / "theme_views.csv"
    text = THEME_VIEWS_FILE.read_text(encoding="utf-8")
    bad.write_text(text + "capex,measure,capex_eur,EURO,,,,9\n", encoding="utf-8")
    n = text.count("\n") + 1
    with pytest.raises(ValueError, match=rf"theme_views.csv: line {n}: units 'EURO'"):
        schema.read_view_specs(bad)
    bad.write_text(text + "weather,measure,rain_count,count,,,,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line {n}: theme 'weather' is not in themes.csv"):
        schema.read_view_specs(bad)
    bad.write_text(text + "capex,measure,capex_usd,USD,,,,9\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line {n}: column 'capex_usd' is not a new"):
        schema.read_view_specs(bad)
    bad.write_text(text + "market,measure,duration_weeks,months,,months=x,,9\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line {n}: "):
        schema.read_view_specs(bad)
    bad.write_text(text + "pricing,measure,price_eur,EUR,,EUR=1,per_mtok,9\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line {n}: .*not both"):
        schema.read_view_specs(bad)
    bad.write_text(text + "capex,label,capex_kind,,,,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line {n}: a label needs a function"):
        schema.read_view_specs(bad)


def test_a_theme_without_view_rows_keeps_every_number_in_value(monkeypatch):
    from test_views import MIXED

    specs = schema.read_view_specs(THEME_VIEWS_FILE, THEMES + ("weather",))
    assert specs["weather"] == schema.ViewSpec()
    assert specs["capex"] == schema.VIEW_SPECS["capex"]
    monkeypatch.setattr(views, "VIEW_SPECS", specs)
    facts = MIXED.assign(theme=MIXED["theme"].where(MIXED["theme"] != "capex", "weather"))
    out = views.build_view("weather", facts)
    assert len(out) == (MIXED["theme"] == "capex").sum()
    assert list(out.columns) == list(schema.VIEW_COMMON + schema.VIEW_PROVENANCE)
    assert (out["measure"] == "value").all() and out["value"].notna().all()


def test_a_function_no_code_registers_is_named(monkeypatch):
    spec = schema.ViewSpec(labels=(schema.Label("kind", "no_such_label"),),
                           measures=(schema.Measure("x_count", ("count",), function="no_such_factor"),))
    monkeypatch.setattr(views, "VIEW_SPECS", {**schema.VIEW_SPECS, "capex": spec})
    assert views._unknown_functions() == ["capex.kind: label function 'no_such_label'",
                                          "capex.x_count: factor function 'no_such_factor'"]
