"""``aigc-analysis build``: extract once, run the notebooks, publish figures and the HTML report.

Steps, each skipped when its inputs are unchanged since the last successful build (a JSON
manifest in the output folder records the input hashes):

1. Extraction: ``load_corpus`` + ``extract_facts`` -> ``store.write_tables`` into the output
   folder. Key: sha256 of every corpus file and of the package's code and data files.
2. Notebooks: the numbered ones, and the theme template (``theme.ipynb``) once per row of
   ``data/themes.csv`` with ``theme`` set, each run named like a numbered notebook
   (``10_capex``: :func:`notebook_runs`). Run by papermill, ``--jobs`` at a time, on a pool of
   ``--jobs`` kernels that each run
   several notebooks one after another: :mod:`kernel_pool`; the kernels start and import the
   plotting stack while step 1 runs). Key of a notebook: its source (cells and tags,
   not outputs), the code hash, the build parameters and the facts it reads: a notebook whose
   ``theme`` parameter names a theme depends on that theme's facts only, any other notebook on
   all facts. Each run writes its figures to a staging folder; only a successful run's figures
   are moved into the figures folder, so a failing notebook leaves the previous good figures.
3. Report: one HTML page per re-run notebook, written as soon as that notebook ends, plus
   ``index.html`` and the provenance pages (see :mod:`report`). The report font is cut once
   per build to the characters its pages may show; each page's subset comes from that cut.

The no-op path (nothing changed) imports neither pandas nor matplotlib nor papermill: it hashes
files and compares with the manifest.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import files
from ..params import LANGS, seed_figures_problem
from ..pathcheck import PathProblem, input_problem, output_dir_problem, report
from ..paths import (NOTEBOOKS_DIR, PACKAGE_DIR, SEEDS_DIR, THEMES,
                    default_figures_dir, theme_rows)
from .workers import default_jobs

# Imports of the stages below stay inside the functions that use them, measured with
# ``python -X importtime -c "import aigc_analysis.pipeline.build"``: about 0.1-0.2 s as it is,
# against 3.6 s for pipeline.extraction (pandas, pandera) and 5.3 s for present.report
# (nbconvert, matplotlib) imported here. ``--help``, an up-to-date build and each engine worker's
# start-up must not pay for what they do not run.

MANIFEST_NAME = "build-manifest.json"
LOCK_NAME = ".build.lock"
#: Bump when the manifest layout or the meaning of a key changes.
MANIFEST_VERSION = 1
#: Notebooks the build runs: numbered, e.g. ``00_corpus.ipynb``.
NOTEBOOK_PATTERN = re.compile(r"^\d\d_[A-Za-z0-9_]+\.ipynb$")
#: The theme template, run once per row of ``data/themes.csv`` with ``theme`` set; each run
#: is named like a numbered notebook (``10_capex``) unless a numbered file has that name.
THEME_TEMPLATE = "theme.ipynb"
#: Parameters the build passes to a notebook, when the notebook declares them.
BUILD_PARAMETERS = ("corpus", "facts_path", "figures_dir", "lang")


#: A cell running longer than this fails its notebook (a build never hangs).
CELL_TIMEOUT_S = 900


def _first_line(value) -> str:
    text = str(value or "").strip()
    return text.splitlines()[0] if text else ""


class BuildError(Exception):
    """A problem that stops the build before any notebook runs (one-line message)."""


@dataclass(frozen=True)
class NotebookRun:
    """One notebook the build runs: a numbered notebook, or the theme template for a theme."""

    stem: str                   # name of its executed notebook, page and manifest entry
    path: Path                  # the notebook file papermill runs
    theme: str | None = None    # ``theme`` parameter of a template run

    @property
    def name(self) -> str:
        return f"{self.stem}.ipynb"


def theme_runs(notebooks_dir: Path) -> list[NotebookRun]:
    """The runs of the theme template in ``notebooks_dir`` (none without a template), one per
    row of ``data/themes.csv``: ``NN_theme`` from its ``number`` column."""
    template = notebooks_dir / THEME_TEMPLATE
    if not template.is_file():
        return []
    return [NotebookRun(f"{int(r['number']):02d}_{r['theme']}", template, r["theme"])
            for r in theme_rows()]


def write_theme_notebook(template: Path, theme: str, dest: Path) -> Path:
    """Write ``template`` to ``dest`` with its ``theme`` parameter's default set to ``theme``:
    one theme's notebook on its own (tests, benchmarks; the build passes the parameter)."""
    nb_json = _read_notebook_json(template)
    for cell in nb_json.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell["source"] = re.sub(r"^(theme\s*(?::[^=]+)?=\s*).*$", rf'\g<1>"{theme}"',
                                    _source(cell), count=1, flags=re.M)
    dest.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_text(dest, json.dumps(nb_json, ensure_ascii=False, indent=1) + "\n")
    return dest


def notebook_runs(notebooks_dir: Path) -> list[NotebookRun]:
    """Every notebook a build of ``notebooks_dir`` runs, by name: the numbered notebooks and
    a run of the theme template per theme (a numbered file of the same name replaces it)."""
    runs = {p.stem: NotebookRun(p.stem, p) for p in notebooks_dir.iterdir()
            if NOTEBOOK_PATTERN.match(p.name)}
    for run in theme_runs(notebooks_dir):
        runs.setdefault(run.stem, run)
    return [runs[k] for k in sorted(runs)]


@dataclass
class NotebookResult:
    """What happened to one notebook in this build."""

    name: str
    status: str                 # "ok", "failed" or "skipped" (up to date)
    seconds: float = 0.0
    detail: str = ""            # failing cell and error, one line
    executed: Path | None = None
    figures: list[str] = field(default_factory=list)
    title: str | None = None    # title of its report page, once the page is written


# ---------------------------------------------------------------------------------------------
# Hashing (standard library only: this is the no-op path)
# ---------------------------------------------------------------------------------------------
def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _sha256_text(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _visible_files(root: Path) -> list[Path]:
    """Regular files under ``root``, sorted, skipping hidden names and caches."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        files.extend(Path(dirpath) / f for f in filenames
                     if not f.startswith(".") and not f.endswith((".pyc", ".pyo")))
    return sorted(files)


def corpus_digest(corpus: Path) -> str:
    """sha256 over the names and contents of the corpus files (a file or a folder)."""
    files = [corpus] if corpus.is_file() else _visible_files(corpus)
    return _sha256_text(*(f"{f.relative_to(corpus.parent if corpus.is_file() else corpus)}"
                          f":{_sha256_file(f)}" for f in files))


def code_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the package's code and data files (any change re-runs everything)."""
    files = _visible_files(package_dir)
    return _sha256_text(*(f"{f.relative_to(package_dir)}:{_sha256_file(f)}" for f in files))


def _read_notebook_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{path}: not a readable notebook ({exc})") from None


def _notebook_code(path: Path) -> str:
    """The code cells' source of a notebook file (empty when it cannot be read)."""
    try:
        nb_json = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""  # reported as unreadable where the build reads it for real
    return "\n".join(_source(c) for c in nb_json.get("cells", []) if c.get("cell_type") == "code")


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def notebook_digest(nb_json: dict) -> str:
    """sha256 of a notebook's cells (type, source, tags); outputs and metadata do not count."""
    parts = [f"{c.get('cell_type')}|{','.join(c.get('metadata', {}).get('tags', []))}|"
             f"{_source(c)}" for c in nb_json.get("cells", [])]
    return _sha256_text(*parts)


_ASSIGN = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(.+?)\s*(?:#.*)?$")


def declared_parameters(nb_json: dict) -> dict[str, str]:
    """Names and default source text of the assignments in the cell tagged ``parameters``."""
    for cell in nb_json.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            found = {}
            for line in _source(cell).splitlines():
                m = _ASSIGN.match(line)
                if m:
                    found[m.group(1)] = m.group(2)
            return found
    return {}


def notebook_theme(nb_json: dict) -> str | None:
    """The theme a notebook is about (its ``theme`` parameter's default), or None."""
    default = declared_parameters(nb_json).get("theme", "")
    value = default.strip().strip("'\"")
    return value if value in THEMES else None


def facts_digests(facts_csv: Path) -> dict[str, str]:
    """sha256 of the stored facts rows per theme, plus ``"*"`` for the whole table."""
    text = facts_csv.read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {t: [] for t in THEMES}
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    theme_col = header.index("theme") if "theme" in header else None
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in reader:
        buf.seek(0)
        buf.truncate()
        writer.writerow(row)
        theme = row[theme_col] if theme_col is not None else ""
        rows.setdefault(theme, []).append(buf.getvalue())
    digests = {t: _sha256_text(",".join(header), *lines) for t, lines in sorted(rows.items())}
    digests["*"] = _sha256_text(text)
    return digests


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------
def _progress_bar(total: int, quiet: bool):
    """A tqdm bar over notebooks on a terminal; None in CI logs, pipes and quiet runs."""
    if not files.show_progress(quiet, total, minimum=2):
        return None
    return files.progress_bar(total, desc="notebooks", unit="nb", leave=False)


def _atomic_write_text(path: Path, text: str) -> None:
    files.write_text(path, text)


def _publish_file(src: Path, dest_dir: Path) -> None:
    """Copy ``src`` into ``dest_dir`` atomically (temp file in the target folder, then rename)."""
    files.copy_into(src, dest_dir)


#: A temporary figure file older than this was abandoned by a killed process.
STALE_FIGURE_TMP_S = 60


def remove_leftovers(out: Path, figures_dir: Path) -> list[Path]:
    """Delete what a killed build left behind: temporary files and half-run notebooks.

    Called with the build lock held, so no other build is writing into ``out``. In the figures
    folder a notebook run by hand may be saving a figure right now: only temporary files older
    than :data:`STALE_FIGURE_TMP_S` are removed there.
    """
    removed = []
    # Only the folders the build writes (never a recursive walk: --out may be any folder).
    found = [*out.glob(".*"), *(out / "notebooks").glob(".*"), *(out / "report").rglob(".*")]
    # ``.x.tmp.wal``: the write-ahead log of a database an earlier version was writing
    candidates = [p for p in found if p.is_file()
                  and p.name.endswith((".tmp", ".tmp.wal", ".running.ipynb"))]
    if figures_dir.is_dir():
        now = time.time()
        candidates += [p for p in figures_dir.glob(".*.tmp")
                       if p.is_file() and now - p.stat().st_mtime > STALE_FIGURE_TMP_S]
    for path in candidates:
        path.unlink(missing_ok=True)
        removed.append(path)
    staging = out / ".staging"
    if staging.is_dir():
        shutil.rmtree(staging, ignore_errors=True)
        removed.append(staging)
    return removed


def load_manifest(out: Path) -> dict:
    path = out / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}  # a corrupt manifest only means a full rebuild
    return manifest if manifest.get("version") == MANIFEST_VERSION else {}


def _save_manifest(out: Path, manifest: dict) -> None:
    _atomic_write_text(out / MANIFEST_NAME,
                       json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def extract_tables(corpus: Path, out: Path) -> tuple[int, int, dict[str, Path]]:
    """Load the corpus, extract the facts and store both tables in ``out``.

    Returns the number of facts, the number of documents and the paths written.
    """
    from ..tables.store import write_tables
    from .extraction import extract

    # every core for a corpus large enough to pay for the worker processes (same tables)
    found = extract(corpus, on_problem=lambda p: print(f"warning: {p}", file=sys.stderr), jobs=0)
    if found.documents.empty:
        raise BuildError(f"{corpus}: no document could be loaded")
    for problem in found.no_facts:
        print(f"warning: {problem}", file=sys.stderr)
    return len(found.facts), len(found.documents), write_tables(found.facts, found.documents, out)


def run_extract(corpus: str | os.PathLike | None = None,
                out: str | os.PathLike | None = None, quiet: bool = False) -> int:
    """CLI entry of ``aigc-analysis extract``: store facts and documents (CSV, Parquet, SQL views).

    Returns the exit code (2 when the corpus is missing or the output folder not writable).
    """
    from ..paths import DEFAULT_BUILD_DIR

    corpus_path = Path(corpus).expanduser().resolve() if corpus else SEEDS_DIR
    out_path = Path(out).expanduser().resolve() if out else DEFAULT_BUILD_DIR
    code = report("extract", [input_problem(corpus_path, "corpus"),
                              output_dir_problem(out_path, "output folder")])
    if code:
        return code
    n_facts, n_docs, paths = extract_tables(corpus_path, out_path)
    if not quiet:
        print(f"{n_facts} facts from {n_docs} documents")
        for key in sorted(paths):
            print(f"  {paths[key]}")
    return 0


# ---------------------------------------------------------------------------------------------
# The build
# ---------------------------------------------------------------------------------------------
@dataclass
class BuildConfig:
    """Resolved build settings (see :func:`run_build`)."""

    corpus: Path
    out: Path
    lang: str = "zh"
    jobs: int = 0
    figures_dir: Path | None = None
    quiet: bool = False
    notebooks_dir: Path = NOTEBOOKS_DIR

    def __post_init__(self):
        self.corpus = Path(self.corpus).expanduser().resolve()
        self.out = Path(self.out).expanduser().resolve()
        self.notebooks_dir = Path(self.notebooks_dir).resolve()
        if self.figures_dir is None:
            # The committed figures are the seeds' in the default language; another language
            # or corpus draws beside them (figures/en/) or into its build folder.
            self.figures_dir = default_figures_dir(
                self.corpus, self.lang if self.lang in LANGS else "zh", self.out)
        self.figures_dir = Path(self.figures_dir).expanduser().resolve()
        if not self.jobs:
            self.jobs = default_jobs()

    def problems(self) -> list[PathProblem | str]:
        """Every reason this build cannot start, checked before any work."""
        found: list[PathProblem | str | None] = [input_problem(self.corpus, "corpus")]
        if self.lang not in LANGS:
            found.append(f"--lang {self.lang!r} is not one of {', '.join(LANGS)}")
        if self.jobs < 1:
            found.append(f"--jobs {self.jobs} must be at least 1")
        found.append(output_dir_problem(self.out, "output folder"))
        found.append(output_dir_problem(self.figures_dir, "figures folder"))
        if seed_figures_problem(self.corpus, self.figures_dir):
            found.append(PathProblem(str(self.figures_dir), "--figures holds the committed seed "
                                     f"figures; pass another folder for corpus {self.corpus}"))
        if not self.notebooks_dir.is_dir():
            found.append(PathProblem(str(self.notebooks_dir), "notebooks folder does not exist"))
        return [p for p in found if p]


class Build:
    """One build run; :meth:`run` returns the exit code."""

    def __init__(self, config: BuildConfig):
        self.cfg = config
        self.results: list[NotebookResult] = []

    # -- output --------------------------------------------------------------------------------
    bar = None  # a tqdm bar over the notebooks while they run on a terminal
    _font_prepared = False  # prepare_page_font ran
    _sources = None  # future of write_sources when the page thread writes them
    _index_data = None  # future of the index's table part (report.index_data), likewise
    pool = None  # the kernel pool (kernel_pool.KernelPool) while notebooks may run

    def say(self, message: str) -> None:
        if self.bar is not None and not self.cfg.quiet:
            self.bar.write(message)
        elif not self.cfg.quiet:
            # One write per line: notebook threads print concurrently.
            sys.stdout.write(message + "\n")
            sys.stdout.flush()

    @staticmethod
    def error(message: str) -> None:
        sys.stderr.write(f"error: {message}\n")
        sys.stderr.flush()

    # -- steps ---------------------------------------------------------------------------------
    def notebooks(self) -> list[NotebookRun]:
        return notebook_runs(self.cfg.notebooks_dir)

    def tables_key(self, code: str) -> str:
        return _sha256_text("tables", corpus_digest(self.cfg.corpus), code)

    def extract(self, manifest: dict, key: str) -> dict:
        """Extract and store the tables unless the stored ones match ``key``."""
        out = self.cfg.out
        if self.tables_current(manifest, key):
            return manifest["tables"]
        start = time.perf_counter()
        self.say(f"extracting facts from {self.cfg.corpus}")
        n_facts, n_docs, paths = extract_tables(self.cfg.corpus, out)
        self.say(f"  {n_facts} facts from {n_docs} documents "
                 f"({time.perf_counter() - start:.1f} s) -> {paths['facts_parquet']}")
        return {"key": key, "digests": facts_digests(paths["facts_csv"])}

    def notebook_key(self, nb_json: dict, code: str, tables: dict,
                     theme_param: str | None = None) -> str:
        theme = theme_param or notebook_theme(nb_json)
        facts_part = tables["digests"].get(theme, "") if theme else tables["digests"]["*"]
        # A notebook without a theme (corpus overview, ledger) also reads the documents.
        docs_part = "" if theme else tables["key"]
        return _sha256_text("notebook", notebook_digest(nb_json), code, facts_part, docs_part,
                            self.cfg.lang, str(self.cfg.corpus), str(self.cfg.figures_dir),
                            theme_param or "")

    def outputs_present(self, name: str, entry: dict) -> bool:
        out = self.cfg.out
        files = [out / "notebooks" / f"{name}.ipynb", out / "report" / f"{name}.html"]
        files += [self.cfg.figures_dir / f for f in entry.get("figures", [])]
        return all(f.exists() for f in files)

    def run_notebook(self, nb_path: NotebookRun, declared: dict[str, str], kernel,
                     problem: str = "") -> NotebookResult:
        """Execute one notebook with papermill on a pooled kernel; figures are staged first.

        ``kernel`` is a :class:`kernel_pool.PooledKernel` already reset to its warm state, or
        None when no kernel could be started (``problem`` says why; the notebook fails).
        """
        import papermill as pm

        from .kernel_pool import ENGINE_NAME

        name = nb_path.stem
        out = self.cfg.out
        staging = out / ".staging" / name
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        values = {"corpus": str(self.cfg.corpus), "facts_path": str(out / "facts.parquet"),
                  "figures_dir": str(staging), "lang": self.cfg.lang}
        if nb_path.theme is not None:
            values["theme"] = nb_path.theme
        parameters = {k: v for k, v in values.items() if k in declared}
        executed = out / "notebooks" / f"{name}.ipynb"
        running = executed.with_name(f".{name}.running.ipynb")
        executed.parent.mkdir(parents=True, exist_ok=True)
        self.say(f"running {name}")
        start = time.perf_counter()
        result = NotebookResult(name=name, status="ok", executed=executed)
        try:
            if kernel is None:
                raise RuntimeError(problem or "no kernel")
            # No cwd here: papermill would chdir the whole build process, which runs several
            # notebooks in threads; the pooled kernel already works in the notebooks folder.
            pm.execute_notebook(str(nb_path.path), str(running), parameters=parameters,
                                kernel_name="python3", progress_bar=False, log_output=False,
                                execution_timeout=CELL_TIMEOUT_S, engine_name=ENGINE_NAME,
                                pooled=kernel)
        except pm.PapermillExecutionError as exc:
            result.status = "failed"
            result.detail = (f"cell {exc.cell_index} (In [{exc.exec_count}]): "
                             f"{exc.ename}: {_first_line(exc.evalue)}")
        except Exception as exc:  # kernel death, bad notebook: still one line, others go on
            result.status = "failed"
            result.detail = f"{type(exc).__name__}: {_first_line(exc)}"
        result.seconds = time.perf_counter() - start
        if running.exists():
            os.replace(running, executed)
        if result.status == "ok":
            result.figures = sorted(p.name for p in staging.iterdir() if p.is_file()
                                    and not p.name.startswith("."))
            for fname in result.figures:
                _publish_file(staging / fname, self.cfg.figures_dir)
            shutil.rmtree(staging, ignore_errors=True)
            self.say(f"  ok      {name}  {result.seconds:.1f} s, {len(result.figures)} files")
        else:
            shutil.rmtree(staging, ignore_errors=True)
            self.error(f"{name} failed at {result.detail}; partially executed notebook: "
                       f"{executed}")
        return result

    def write_page(self, res: NotebookResult) -> str | None:
        """Write the HTML page of a notebook that ran; return its title (None: no page).

        Runs on the page thread while the kernels go on with the next notebooks.
        """
        from .kernel_pool import skip_slow_optional_imports

        skip_slow_optional_imports()
        import nbformat

        from ..present.report import notebook_html, notebook_title

        if res.status == "skipped" or res.executed is None or not res.executed.exists():
            return None
        nb = nbformat.read(res.executed, as_version=4)
        title = notebook_title(nb) or res.name
        _atomic_write_text(self.cfg.out / "report" / f"{res.name}.html", notebook_html(nb, title))
        return title

    def prepare_page_font(self) -> None:
        """Cut the report font once to every character the build's pages may show.

        The corpus text, the package's code and data (labels, narrative words), the notebooks
        and Latin-1 (nbconvert's heading anchors, superscripts): each page's subset is then cut
        from this small font, byte for byte as from the full face (:func:`webfont.prepare_web_font`).
        Runs once per build, before the first page.
        """
        if self._font_prepared:
            return
        self._font_prepared = True
        from ..tables.store import read_documents
        from ..present.webfont import prepare_web_font

        documents = read_documents(self.cfg.out)
        parts = [documents[c].fillna("").str.cat() for c in ("text", "text_simplified")
                 if c in documents.columns]
        parts += [f.read_text(encoding="utf-8", errors="replace")
                  for f in [*_visible_files(PACKAGE_DIR), *{r.path for r in self.notebooks()}]
                  if f.suffix in (".py", ".csv", ".ipynb")]
        parts.append("".join(chr(c) for c in range(0xA0, 0x100)))
        prepare_web_font("".join(parts))

    def index_data(self) -> dict:
        """The index's coverage, headlines and contradictions (:func:`report.index_data`)."""
        from ..present.report import index_data

        return index_data(self.cfg.out, self.cfg.lang)

    def write_index(self, manifest_notebooks: dict) -> Path:
        """The report's index of every notebook page."""
        from ..present.report import Page, index_html

        data = self._index_data.result() if self._index_data is not None else None
        pages = [Page(name=name, title=entry.get("title", name), file=f"{name}.html",
                      status=entry.get("status", "ok"), detail=entry.get("detail", ""))
                 for name, entry in sorted(manifest_notebooks.items())]
        index = self.cfg.out / "report" / "index.html"
        _atomic_write_text(index, index_html(pages, self.cfg.lang, tables=self.cfg.out,
                                             data=data))
        return index

    def write_sources(self) -> None:
        """The provenance pages (``report/sources/``) the report's numbers link to.

        Each page is written atomically; pages of documents no longer in the corpus go.
        """
        from ..present.provenance import SOURCES_DIR, source_pages
        from ..tables.store import read_documents, read_facts

        report_dir = self.cfg.out / "report"
        pages = source_pages(read_facts(self.cfg.out), read_documents(self.cfg.out),
                             self.cfg.lang)
        for rel, text in sorted(pages.items()):
            _atomic_write_text(report_dir / rel, text)
        for old in sorted((report_dir / SOURCES_DIR).glob("*.html")):
            if f"{SOURCES_DIR}/{old.name}" not in pages:
                old.unlink()

    def remove_stale_figures(self, old: list[str], new: list[str]) -> None:
        """Delete figures an earlier run of the same notebook made and this one did not."""
        for fname in sorted(set(old) - set(new)):
            path = self.cfg.figures_dir / fname
            if path.exists():
                path.unlink()

    def run(self) -> int:
        cfg = self.cfg
        problems = cfg.problems()
        if problems:
            return report("build", problems)
        cfg.out.mkdir(parents=True, exist_ok=True)
        from filelock import FileLock, Timeout

        lock = FileLock(str(cfg.out / LOCK_NAME), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            self.error(f"another build is using {cfg.out} (lock {cfg.out / LOCK_NAME}); "
                       "wait for it to finish or use another --out")
            return 1
        try:
            return self._run_locked()
        finally:
            lock.release()

    def tables_current(self, manifest: dict, key: str) -> bool:
        """The stored tables were made from this corpus and code (no extraction needed)."""
        from ..tables.store import TABLE_FILES

        previous = manifest.get("tables", {})
        return (previous.get("key") == key
                and all((self.cfg.out / f).exists() for f in TABLE_FILES.values()))

    def start_kernels(self, notebooks: list[NotebookRun], count: int):
        """Start a pool of ``count`` kernels in the notebooks folder (they warm up at once).

        When the notebooks use the package, each kernel imports its plotting stack and sets
        up inline figures once, before the first notebook, instead of every notebook paying
        for it in its setup cell.
        """
        from .kernel_pool import WARM_IMPORTS, KernelPool

        uses_package = any("aigc_analysis" in _notebook_code(p.path) for p in notebooks)
        return KernelPool(count, cwd=self.cfg.notebooks_dir,
                          warm_modules=WARM_IMPORTS if uses_package else (),
                          matplotlib_inline=uses_package).start()

    def run_notebooks(self, pool, todo: list, old_entries: dict) -> list[NotebookResult]:
        """Run ``todo`` on the kernel pool; render each page as soon as its notebook is done.

        Notebooks that took longest last time (without a history: the longest code) go first,
        so no kernel is left with a long one at the end. Results come back in ``todo`` order.
        """
        import queue
        from concurrent.futures import ThreadPoolExecutor

        from .kernel_pool import Job

        done: queue.Queue = queue.Queue()
        pages = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aigc-pages")
        page_futures = {}

        def job(nb_path: NotebookRun, declared: dict):
            def run(kernel, problem: str) -> bool:
                try:
                    res = self.run_notebook(nb_path, declared, kernel, problem)
                    page_futures[res.name] = pages.submit(self.write_page, res)
                except BaseException as exc:
                    done.put(exc)
                    raise
                done.put(res)
                return res.status == "ok"
            return Job(nb_path.stem, run)

        def cost(item):
            nb_path = item[0]
            if known:
                return (-old_entries[nb_path.stem]["seconds"], nb_path.name)
            # No history (cold build): the longer a notebook's code, the longer it runs.
            return (-len(_notebook_code(nb_path.path)), nb_path.name)

        known = all(isinstance(old_entries.get(p.stem, {}).get("seconds"), (int, float))
                    for p, _, _ in todo)

        try:
            font = pages.submit(self.prepare_page_font)  # on the page thread, before any page
            # The provenance pages need only the tables: written while the kernels warm up
            # rather than after the last notebook.
            self._sources = pages.submit(self.write_sources)
            # The index's figures need only the tables too; after the last notebook only its
            # page list is left to write (0.7-0.9 s of CPU off the build's tail).
            self._index_data = pages.submit(self.index_data)
            for nb_path, _, declared in sorted(todo, key=cost):
                pool.submit(job(nb_path, declared))
            by_name = {}
            for _ in todo:
                item = done.get()
                if isinstance(item, BaseException):
                    raise item
                by_name[item.name] = item
                if self.bar is not None:
                    self.bar.update(1)
            font.result()
            for name, fut in page_futures.items():
                title = fut.result()
                if title is not None:
                    by_name[name].title = title
        finally:
            pages.shutdown(wait=True)
        return [by_name[nb_path.stem] for nb_path, _, _ in todo]

    def _run_locked(self) -> int:
        cfg = self.cfg
        t0 = time.perf_counter()
        remove_leftovers(cfg.out, cfg.figures_dir)
        manifest = load_manifest(cfg.out)
        code = code_digest()
        key = self.tables_key(code)
        notebooks = self.notebooks()
        try:
            if notebooks and not self.tables_current(manifest, key):
                # New facts almost always re-run notebooks: the kernels start and import
                # while the facts are extracted (a kernel left idle is shut down unused).
                self.pool = self.start_kernels(notebooks, min(cfg.jobs, len(notebooks)))
            return self._run_notebooks_locked(manifest, code, key, notebooks, t0)
        finally:
            self.close_kernels(cancel=True)  # only after an error or an interrupt

    def close_kernels(self, cancel: bool = False) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.close(cancel=cancel)

    def _run_notebooks_locked(self, manifest: dict, code: str, key: str,
                              notebooks: list[NotebookRun], t0: float) -> int:
        cfg = self.cfg
        try:
            tables = self.extract(manifest, key)
        except BuildError as exc:
            self.error(str(exc))
            return 1
        except Exception as exc:  # extraction failed: no notebook can run on stale facts
            self.error(f"extraction failed: {type(exc).__name__}: {exc}")
            return 1
        tables_changed = manifest.get("tables") != tables
        old_entries = manifest.get("notebooks", {})
        todo, entries = [], {}
        for nb_path in notebooks:
            nb_json = _read_notebook_json(nb_path.path)
            nb_key = self.notebook_key(nb_json, code, tables, nb_path.theme)
            old = old_entries.get(nb_path.stem, {})
            if (old.get("status") == "ok" and old.get("key") == nb_key
                    and self.outputs_present(nb_path.stem, old)):
                entries[nb_path.stem] = old
                self.results.append(NotebookResult(nb_path.stem, "skipped"))
            else:
                todo.append((nb_path, nb_key, declared_parameters(nb_json)))
        if not todo and not tables_changed and set(old_entries) == set(entries):
            self.say(f"up to date: {len(notebooks)} notebooks, nothing to do "
                     f"({time.perf_counter() - t0:.2f} s); report: "
                     f"{cfg.out / 'report' / 'index.html'}")
            return 0
        ran_results: list[NotebookResult] = []
        if todo:
            jobs = min(cfg.jobs, len(todo))
            self.say(f"{len(todo)} of {len(notebooks)} notebooks to run, {jobs} at a time")
            if self.pool is None:
                self.pool = self.start_kernels([p for p, _, _ in todo], jobs)
            self.bar = _progress_bar(len(todo), cfg.quiet)
            try:
                ran_results = self.run_notebooks(self.pool, todo, old_entries)
            finally:
                if self.bar is not None:
                    self.bar.close()
                    self.bar = None
            self.pool.finish()  # the kernels shut down while the index and sources are written
        ran = [(nb_path, nb_key, res) for (nb_path, nb_key, _), res in zip(todo, ran_results)]
        staging = cfg.out / ".staging"
        if staging.is_dir() and not any(staging.iterdir()):
            staging.rmdir()
        for nb_path, nb_key, res in ran:
            old = old_entries.get(nb_path.stem, {})
            if res.status == "ok":
                self.remove_stale_figures(old.get("figures", []), res.figures)
                entries[nb_path.stem] = {"key": nb_key, "status": "ok", "figures": res.figures,
                                         "seconds": round(res.seconds, 1)}
            else:
                # Keep the previous good figures (and their names, for later clean-up).
                entries[nb_path.stem] = {"key": "", "status": "failed", "detail": res.detail,
                                         "figures": old.get("figures", [])}
            if res.title is not None:
                entries[nb_path.stem]["title"] = res.title
            self.results.append(res)
        new_manifest = {"version": MANIFEST_VERSION, "tables": tables, "notebooks": entries,
                        "corpus": str(cfg.corpus), "figures_dir": str(cfg.figures_dir),
                        "lang": cfg.lang}
        self.prepare_page_font()
        index = self.write_index(entries)
        try:
            if self._sources is not None:
                self._sources.result()
            else:
                self.write_sources()
        except ValueError as exc:  # a fact whose text is not its document's characters
            self.error(f"provenance pages: {exc}")
            return 1
        _save_manifest(cfg.out, new_manifest)
        self.close_kernels()
        failed = [r for _, _, r in ran if r.status != "ok"]
        self.say(f"figures: {cfg.figures_dir}")
        self.say(f"report: {index}")
        self.say(f"done in {time.perf_counter() - t0:.1f} s: {len(ran) - len(failed)} ran, "
                 f"{len(notebooks) - len(ran)} up to date, {len(failed)} failed")
        if failed:
            for res in failed:
                self.error(f"{res.name} failed at {res.detail} ({res.executed})")
            return 1
        return 0


def run_build(corpus: str | os.PathLike | None = None, out: str | os.PathLike | None = None,
              lang: str = "zh", jobs: int = 0, figures_dir: str | os.PathLike | None = None,
              quiet: bool = False, notebooks_dir: str | os.PathLike | None = None) -> int:
    """Build facts, figures, executed notebooks and the HTML report; return the exit code.

    Parameters
    ----------
    corpus : path, optional
        Folder (or file) of reports; default the seeds.
    out : path
        Output folder for tables, executed notebooks and the report; default ``build/``.
    lang : {"zh", "en"}
        Language of titles, labels and narrative.
    jobs : int
        Notebooks run at the same time; 0 means the number of cores.
    figures_dir : path, optional
        Where figures (PNG, SVG, CSV) go; default ``figures/`` for the seeds in Chinese,
        ``figures/<lang>/`` for the seeds in another language and ``OUT/figures`` for any other
        corpus (:func:`paths.default_figures_dir`): the committed seed figures change only when
        they are named here.
    quiet : bool
        Print only errors.
    notebooks_dir : path, optional
        Folder of the numbered notebooks; default ``notebooks/``.

    Returns
    -------
    int
        0 when everything is built, 1 when a notebook or the extraction failed, 2 for bad
        arguments.
    """
    from ..paths import DEFAULT_BUILD_DIR

    config = BuildConfig(corpus=Path(corpus) if corpus else SEEDS_DIR,
                         out=Path(out) if out else DEFAULT_BUILD_DIR,
                         lang=lang, jobs=jobs, figures_dir=figures_dir, quiet=quiet,
                         notebooks_dir=Path(notebooks_dir) if notebooks_dir else NOTEBOOKS_DIR)
    return Build(config).run()


#: Architecture name of the build entry point.
build = run_build
