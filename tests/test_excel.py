"""Excel export: ``aa.to_excel`` and ``aigc-analysis export --xlsx`` (issue 17).

The workbooks are opened with openpyxl, as a user's script would, and checked for sheets, cell
types, number formats, frozen headers, filters, widths, inert formula-like text and identical
bytes for identical input.
"""
from __future__ import annotations

import datetime as dt
import doctest
import subprocess
import sys
import zipfile

import pandas as pd
import pytest

openpyxl = pytest.importorskip("openpyxl")

import aigc_analysis as aa  # noqa: E402
from aigc_analysis.tables import excel  # noqa: E402
from aigc_analysis.paths import FACT_COLUMNS, REPO_ROOT, THEMES  # noqa: E402

SHEETS = ["facts", *THEMES, "ledger", "documents"]
HOSTILE = ['=HYPERLINK("http://evil.example/x","click")', "+1+1", "@SUM(A1)", "-2+3",
           "\t=1+1", "\r=1+1", "#N/A", "=1+1"]


def _fact(**kw) -> dict:
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(doc_id="a.txt", theme="capex", entity="Acme", metric="capex", value=4.4e10,
               unit="USD", period="2024Q1", text="440亿美元", start=10, end=17,
               quote="Acme资本开支440亿美元。", is_estimate=False, publisher="CITIC Securities",
               published=dt.date(2024, 5, 9))
    row.update(kw)
    return row


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    df["value_high"] = pd.to_numeric(df["value_high"]).astype(float)
    df["is_estimate"] = df["is_estimate"].astype(bool)
    return df


def _headers(ws) -> list[str]:
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def _column(ws, header: str) -> list:
    """Cells of the column headed ``header`` (header row excluded)."""
    idx = _headers(ws).index(header)
    return [row[idx] for row in ws.iter_rows(min_row=2)]


# --------------------------------------------------------------------------- the seeds

@pytest.fixture(scope="module")
def seed_facts(corpus):
    return aa.extract_facts(corpus)


@pytest.fixture(scope="module")
def seed_book(seed_facts, corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "seeds.xlsx"
    assert aa.to_excel(seed_facts, path, documents=corpus) == path
    return path


@pytest.fixture(scope="module")
def wb(seed_book):
    return openpyxl.load_workbook(seed_book)


def test_lazy_export_is_the_module_function():
    assert aa.to_excel is excel.to_excel
    assert "to_excel" in dir(aa)


def test_sheets_and_row_counts(wb, seed_facts, corpus):
    assert wb.sheetnames == SHEETS
    assert wb["facts"].max_row == len(seed_facts) + 1
    for theme in THEMES:
        n = int((seed_facts["theme"] == theme).sum())
        assert wb[theme].max_row == n + 1, theme
    assert wb["ledger"].max_row == len(aa.ledger(seed_facts)) + 1
    assert wb["documents"].max_row == len(corpus) + 1
    docs = {c.value for c in _column(wb["documents"], "doc_id")}
    assert docs == set(corpus["doc_id"])


def test_numbers_are_numbers_with_unit_formats(wb, seed_facts):
    ws = wb["facts"]
    values = _column(ws, "value [unit column]")
    units = [c.value for c in _column(ws, "unit")]
    ordered = excel.workbook_tables(seed_facts)["facts"]
    assert [u for u in units] == list(ordered["unit"])
    for cell, want, unit in zip(values, ordered["value"], units):
        assert cell.data_type == "n"
        assert float(cell.value) == pytest.approx(float(want), rel=1e-12)
        if unit == "ratio":
            assert "%" in cell.number_format
        if unit == "USD" and float(want).is_integer():
            assert cell.number_format == "#,##0"
    # fractions come back as floats (a whole number such as -1.0 reads back as an int)
    ratios = [c for c, u in zip(values, units) if u == "ratio" and c.value % 1]
    assert ratios and all(isinstance(c.value, float) for c in ratios)
    starts = _column(ws, "start [characters]")
    assert all(c.data_type == "n" and isinstance(c.value, int) for c in starts)
    estimates = _column(ws, "is_estimate")
    assert {c.data_type for c in estimates} == {"b"}
    assert {c.value for c in estimates} == {True, False}


def test_dates_are_dates_at_their_precision(wb, corpus):
    precision = dict(zip(corpus["doc_id"], corpus["published_precision"]))
    published = dict(zip(corpus["doc_id"], corpus["published"]))
    for sheet in ("facts", "capex", "documents"):
        ws = wb[sheet]
        for doc, cell in zip(_column(ws, "doc_id"), _column(ws, "published")):
            assert cell.is_date, (sheet, doc.value)
            assert cell.value.date() == published[doc.value]
            want = "yyyy-mm" if precision[doc.value] == "month" else "yyyy-mm-dd"
            assert cell.number_format == want
    assert set(precision.values()) == {"day", "month"}  # both forms were exercised
    ledger = wb["ledger"]
    earliest = [c for c in _column(ledger, "earliest_published") if c.value is not None]
    assert earliest and all(c.is_date for c in earliest)


def test_headers_carry_units(wb):
    capex = _headers(wb["capex"])
    assert {"capex_usd [USD]", "capex_usd_high [USD]", "capex_cny [CNY]",
            "capex_growth_ratio [%]", "capex_growth_change_pp [pp as %]"} <= set(capex)
    assert "price_cny_per_mtok [CNY per 1M tokens]" in _headers(wb["pricing"])
    assert "parameters_count [count]" in _headers(wb["parameters"])
    assert "duration_months [months]" in _headers(wb["adoption"])
    assert {"value_min [unit column]", "spread_ratio [×]"} <= set(_headers(wb["ledger"]))
    # a measure cell is a number in its column's unit
    usd = [c for c in _column(wb["capex"], "capex_usd [USD]") if c.value is not None]
    assert usd and all(c.data_type == "n" and c.value >= 1e9 for c in usd)


def test_frozen_header_and_filter_on_every_sheet(wb):
    for ws in wb:
        assert ws.freeze_panes == "A2", ws.title
        last = openpyxl.utils.get_column_letter(ws.max_column)
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}", ws.title
        assert all(c.font.b for c in next(ws.iter_rows(min_row=1, max_row=1)))


def test_source_column_names_publisher_date_and_sentence(wb, seed_facts, corpus):
    ws = wb["facts"]
    ordered = excel.workbook_tables(seed_facts, corpus)["facts"]
    precision = dict(zip(corpus["doc_id"], corpus["published_precision"]))
    sources = [c.value for c in _column(ws, "source")]
    for source, row in zip(sources, ordered.itertuples()):
        fmt = "%Y-%m" if precision[row.doc_id] == "month" else "%Y-%m-%d"
        assert source == f'{row.publisher}, {row.published.strftime(fmt)}: "{row.quote.strip()}"'
    assert any(s.startswith("CITIC Securities, 2024-06: ") for s in sources)
    ledger_sources = [c.value for c in _column(wb["ledger"], "sources")]
    assert all(s for s in ledger_sources)
    assert set(sources) >= {line for s in ledger_sources for line in s.split("\n")}


def test_widths_fit_the_longest_cell_with_wide_characters_counted_twice(wb):
    ws = wb["facts"]
    for header in ("entity", "quote", "text"):
        idx = _headers(ws).index(header)
        letter = openpyxl.utils.get_column_letter(idx + 1)
        cells = [c.value for c in _column(ws, header) if c.value]
        widest = max(excel.display_width(v) for v in cells + [header + "   "])
        assert ws.column_dimensions[letter].width == min(excel.MAX_WIDTH, widest + 2), header


def test_display_width_counts_wide_and_full_width_characters():
    assert excel.display_width("北美四大云厂商") == 14
    assert excel.display_width("GPT-4o") == 6
    assert excel.display_width("ＡＢＣ") == 6  # full-width forms
    assert excel.display_width("一行\n两行两行") == 8  # the longest line


def test_chinese_column_is_wider_than_the_same_count_of_latin_letters(tmp_path):
    facts = _frame([_fact(entity="北美四大云厂商合计"), _fact(doc_id="b.txt", entity="x")])
    latin = _frame([_fact(entity="ABCDEFGHI"), _fact(doc_id="b.txt", entity="x")])
    widths = []
    for df, name in ((facts, "zh.xlsx"), (latin, "en.xlsx")):
        aa.to_excel(df, tmp_path / name)
        ws = openpyxl.load_workbook(tmp_path / name)["facts"]
        letter = openpyxl.utils.get_column_letter(_headers(ws).index("entity") + 1)
        widths.append(ws.column_dimensions[letter].width)
    assert widths == [18 + 2, max(9, len("entity") + 3) + 2]


# --------------------------------------------------------------------------- hostile text

def test_formula_like_text_is_stored_as_inert_strings(tmp_path):
    rows = [_fact(doc_id=f"h{i}.txt", entity=h, text=h, quote=h, start=i, end=i + 3,
                  publisher=h) for i, h in enumerate(HOSTILE)]
    rows.append(_fact(doc_id="ctl.txt", entity="bad\x01char", quote="a\x0bb"))
    path = aa.to_excel(_frame(rows), tmp_path / "hostile.xlsx")
    wb = openpyxl.load_workbook(path)
    for sheet in ("facts", "capex", "documents"):
        ws = wb[sheet]
        for header in ("entity", "text", "quote", "publisher"):
            if header not in _headers(ws):
                continue
            cells = {c.value: c for c in _column(ws, header)}
            for h in HOSTILE:
                stored = h.replace("\r", "\n")  # XML keeps no bare carriage return
                assert stored in cells, (sheet, header, h)
                cell = cells[stored]
                assert cell.data_type == "s", (sheet, header, h)
                if h[0] in "=+-@\t\r":
                    assert cell.quotePrefix, (sheet, header, h)
    entities = [c.value for c in _column(wb["facts"], "entity")]
    assert "bad\ufffdchar" in entities
    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            xml = zf.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
            assert 't="e"' not in xml, name
    # the same values evaluate to nothing in a formula-aware reader either
    values = openpyxl.load_workbook(path, data_only=True)["facts"]
    assert {c.value for c in _column(values, "text")} >= {h.replace("\r", "\n") for h in HOSTILE}


def test_theme_with_no_fact_keeps_its_header(tmp_path):
    path = aa.to_excel(_frame([_fact()]), tmp_path / "one.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["pricing"]
    assert ws.max_row == 1
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}1"
    # without a documents table the documents sheet comes from the facts
    docs = wb["documents"]
    assert _headers(docs) == ["doc_id", "publisher", "published", "n_facts"]
    assert [c.value for c in next(docs.iter_rows(min_row=2))][:2] == ["a.txt", "CITIC Securities"]


def test_facts_missing_a_column_are_refused(tmp_path):
    with pytest.raises(ValueError, match="lacks columns"):
        aa.to_excel(_frame([_fact()]).drop(columns=["quote"]), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


# --------------------------------------------------------------------------- determinism

def test_same_input_gives_the_same_bytes(seed_book, seed_facts, corpus, tmp_path):
    again = aa.to_excel(seed_facts.sample(frac=1, random_state=3), tmp_path / "again.xlsx",
                        documents=corpus)
    assert again.read_bytes() == seed_book.read_bytes()
    with zipfile.ZipFile(seed_book) as zf:
        assert {i.date_time for i in zf.infolist()} == {excel.ZIP_DATE}
        core = zf.read("docProps/core.xml").decode()
    newest = max(corpus["published"]).isoformat()
    assert core.count(f"{newest}T00:00:00Z") == 2  # created and modified


def test_no_dated_document_pins_the_fallback_date(tmp_path):
    path = aa.to_excel(_frame([_fact(published=None)]), tmp_path / "nodate.xlsx")
    props = openpyxl.load_workbook(path).properties
    assert props.created == props.modified == excel.FALLBACK_DATE


# --------------------------------------------------------------------------- paths

def test_target_problems_name_the_path(tmp_path):
    facts = _frame([_fact()])
    with pytest.raises(excel.ExportError, match=r"workbook is a folder, not a file"):
        aa.to_excel(facts, tmp_path)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(excel.ExportError, match=r"file.txt is a file, not a folder"):
        aa.to_excel(facts, blocker / "out.xlsx")
    nested = aa.to_excel(facts, tmp_path / "new" / "dir" / "out.xlsx")
    assert nested.exists()
    assert [p.name for p in nested.parent.iterdir()] == ["out.xlsx"]  # no temporary left


def test_stored_tables_problems(tmp_path):
    with pytest.raises(excel.ExportError, match="no such folder"):
        excel.read_stored_tables(tmp_path / "missing")
    with pytest.raises(excel.ExportError, match=r"facts.parquet: no stored facts"):
        excel.read_stored_tables(tmp_path)
    (tmp_path / "facts.parquet").write_bytes(b"not parquet")
    with pytest.raises(excel.ExportError, match=r"facts.parquet: not a readable Parquet"):
        excel.read_stored_tables(tmp_path)


def test_doctests():
    result = doctest.testmod(excel)
    assert result.attempted >= 2 and result.failed == 0


# --------------------------------------------------------------------------- the command

def _cli(*args, cwd=REPO_ROOT):
    return subprocess.run([sys.executable, "-m", "aigc_analysis.pipeline.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def test_cli_from_corpus_and_from_stored_tables_give_the_same_workbook(seeds_dir, tmp_path,
                                                                       seed_book):
    direct = tmp_path / "direct.xlsx"
    res = _cli("export", seeds_dir, "--xlsx", direct)
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    assert str(direct) in res.stdout and "facts from 5 documents" in res.stdout
    assert direct.read_bytes() == seed_book.read_bytes()  # CLI == API

    db = tmp_path / "db"
    assert _cli("extract", seeds_dir, "--out", db, "-q").returncode == 0
    stored = tmp_path / "stored.xlsx"
    res = _cli("export", "--db", db, "--xlsx", stored, "-q")
    assert res.returncode == 0, res.stderr
    assert res.stdout == ""
    assert stored.read_bytes() == direct.read_bytes()


@pytest.mark.parametrize("case", ["missing corpus", "missing db", "db without facts",
                                  "target is a folder", "target under a file", "both inputs"])
def test_cli_path_problems_are_one_line_exit_2(case, tmp_path, seeds_dir):
    (tmp_path / "empty").mkdir()
    (tmp_path / "file.txt").write_text("x")
    args, named = {
        "missing corpus": (["export", tmp_path / "nope", "--xlsx", tmp_path / "o.xlsx"],
                           "nope: no such file or folder"),
        "missing db": (["export", "--db", tmp_path / "nodb", "--xlsx", tmp_path / "o.xlsx"],
                       "nodb: no such folder"),
        "db without facts": (["export", "--db", tmp_path / "empty", "--xlsx",
                              tmp_path / "o.xlsx"], "facts.parquet: no stored facts"),
        "target is a folder": (["export", seeds_dir, "--xlsx", tmp_path / "empty"],
                               "empty: workbook is a folder, not a file"),
        "target under a file": (["export", seeds_dir, "--xlsx", tmp_path / "file.txt" / "o.xlsx"],
                                "file.txt is a file, not a folder"),
        "both inputs": (["export", seeds_dir, "--db", tmp_path, "--xlsx", tmp_path / "o.xlsx"],
                        "not both"),
    }[case]
    res = _cli(*args)
    assert res.returncode == 2, res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("error: cannot export: ") and named in lines[0]
    assert not (tmp_path / "o.xlsx").exists()


def test_cli_help_documents_both_inputs():
    res = _cli("export", "--help")
    assert res.returncode == 0
    text = " ".join(res.stdout.split())
    for words in ("--xlsx FILE", "--db DIR", "facts.parquet", "documents.csv", "PATH"):
        assert words in text


def test_every_unit_of_the_facts_contract_has_a_header_and_formats():
    from aigc_analysis.paths import UNITS

    units = excel._units()
    assert set(UNITS) <= set(units)
    for unit in units.values():
        assert unit.header and unit.number_format and unit.fraction_format
    for column, unit in excel._column_units().items():
        assert unit == "row" or unit in units, column


def test_a_sheet_too_long_for_excel_is_refused_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(excel, "SHEET_LIMIT_ROWS", 2)
    facts = _frame([_fact(), _fact(doc_id="b.txt")])
    with pytest.raises(ValueError, match="sheet 'facts' would have 2 rows"):
        aa.to_excel(facts, tmp_path / "long.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_month_strings_stay_months_without_a_documents_table(tmp_path):
    facts = _frame([_fact(published="2024-06"), _fact(doc_id="b.txt", published="2024-05-09")])
    wb = openpyxl.load_workbook(aa.to_excel(facts, tmp_path / "m.xlsx"))
    cells = {d.value: c for d, c in zip(_column(wb["facts"], "doc_id"),
                                        _column(wb["facts"], "published"))}
    assert cells["a.txt"].is_date and cells["a.txt"].number_format == "yyyy-mm"
    assert cells["a.txt"].value == dt.datetime(2024, 6, 1)
    assert cells["b.txt"].number_format == "yyyy-mm-dd"
    sources = [c.value for c in _column(wb["facts"], "source")]
    assert sources[0].startswith("CITIC Securities, 2024-06: ")
    assert sources[1].startswith("CITIC Securities, 2024-05-09: ")
