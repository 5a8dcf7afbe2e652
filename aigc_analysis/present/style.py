"""House chart style: CJK font, palette, sizes, deterministic figure files.

matplotlib keeps registered fonts in memory only, so every process (and notebook kernel)
calls :func:`apply_style` once before drawing. Saving is the only I/O here
(:func:`save_figure`); chart functions in :mod:`aigc_analysis.present.charts` never write files.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.font_manager as font_manager
import seaborn as sns

from .. import files

#: Concrete font families per script; a LIST gives per-glyph fallback (NOTES.md).
FONT_FAMILIES = {
    "simplified": ["Noto Sans CJK SC", "DejaVu Sans"],
    "traditional": ["Noto Sans CJK TC", "DejaVu Sans"],
}

#: One qualitative palette for the whole report (colour-blind-safe, Okabe-Ito order).
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000",
]

#: Fixed salt so SVG element ids are identical across runs.
SVG_HASH_SALT = "aigc-analysis"

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register every face of the Noto Sans CJK .ttc (once per process).

    Returns
    -------
    list of str
        The family names the font file added (``Noto Sans CJK SC``, ``... TC``, ...).
    """
    if _registered:
        return list(_registered)
    import noto_cjk_sans_otc

    path = str(noto_cjk_sans_otc.FONT_PATH)
    before = len(font_manager.fontManager.ttflist)
    font_manager.fontManager.addfont(path)
    names = sorted({f.name for f in font_manager.fontManager.ttflist[before:]})
    needed = {fam[0] for fam in FONT_FAMILIES.values()}
    if not needed <= set(names):
        # matplotlib < 3.11 registers only face 0 (Japanese): charts would get JP glyphs.
        raise RuntimeError(f"{path}: faces {sorted(needed - set(names))} not registered "
                           f"(got {names}); matplotlib >= 3.11 is required")
    _registered.extend(names)
    return names


#: rcParams a text's measured size depends on besides its font properties: hinting, kerning,
#: and the generic families (``sans-serif``, ...) a property may name.
_METRIC_RC = ("text.hinting", "text.hinting_factor", "text.kerning_factor", "font.sans-serif",
              "font.serif", "font.monospace", "font.cursive", "font.fantasy")
#: Above this many entries the shared metrics start again (a kernel runs many notebooks).
_METRICS_MAX = 50_000
_metrics_original: list = []
#: The arguments of the matplotlib function shared (``matplotlib.text``, 3.11): a matplotlib
#: whose function takes others keeps its own cache.
_METRIC_ARGS = ("renderer", "text", "fontprop", "ismath", "dpi")
#: Renderers whose measure of a text depends on nothing but the key (PDF and PS renderers also
#: read their own rcParams, AFM fonts): the others keep matplotlib's cache.
_SHARED_RENDERERS = frozenset({"matplotlib.backends.backend_agg.RendererAgg",
                               "matplotlib.backends.backend_svg.RendererSVG"})


def share_text_metrics(enabled: bool = True) -> None:
    """Measure each plain text once per renderer kind and resolution, not once per renderer.

    matplotlib caches a text's width, height and descent per renderer object, but every saved
    file and every inline image makes two new renderers (one to lay out the tight bounding
    box, one to draw), so a figure shown inline and saved as PNG and SVG measured each label
    six or seven times, about 0.5 ms each with the CJK font. The measure depends only on the
    renderer's class and resolution, the text, its font properties and the font rcParams,
    which form the key here: the same numbers, so the same bytes in every file. Math and TeX
    texts, and renderers other than Agg's and SVG's, go to matplotlib's own cache.
    ``enabled=False`` restores matplotlib's function.
    """
    import inspect

    import matplotlib.text as mtext

    if not _metrics_original:
        found = getattr(mtext, "_get_text_metrics_with_cache", None)
        if found is None or list(inspect.signature(found).parameters) != list(_METRIC_ARGS):
            return  # another matplotlib: its own per-renderer cache, unchanged
        _metrics_original.append(found)
    original = _metrics_original[0]
    if not enabled:
        mtext._get_text_metrics_with_cache = original
        return
    if mtext._get_text_metrics_with_cache is not original:
        return
    measured: dict = {}
    rc = matplotlib.rcParams
    shared_types: dict[type, bool] = {}

    def text_metrics(renderer, text, fontprop, ismath, dpi):
        kind = type(renderer)
        shared = shared_types.get(kind)
        if shared is None:
            name = f"{kind.__module__}.{kind.__qualname__}"
            shared = shared_types[kind] = name in _SHARED_RENDERERS
        if ismath is not False or not shared:
            return original(renderer, text, fontprop, ismath, dpi)
        # the properties are copied: FontProperties is mutable and hashed by its state
        key = (kind, getattr(renderer, "dpi", None), text, fontprop.copy(), dpi,
               *(tuple(v) if isinstance(v, list) else v for v in map(rc.__getitem__, _METRIC_RC)))
        found = measured.get(key)
        if found is None:
            if len(measured) >= _METRICS_MAX:
                measured.clear()
            found = measured[key] = renderer.get_text_width_height_descent(text, fontprop,
                                                                           ismath)
        return found

    mtext._get_text_metrics_with_cache = text_metrics


class _SharedFontTables:
    """What ``matplotlib.text`` asks of its fonts when laying a text out, looked up once.

    Every layout of a text (each draw, each tight-box pass: about 800 per figure) finds its
    font files (``fontManager._find_fonts_by_props``) and reads two of the font's tables
    (``get_sfnt_table``: a new dict each call) to size its lines. Both depend only on the font
    properties, the font rcParams and the fonts registered, which key them here; the tables
    are the font file's own. Stands in for ``fontManager`` and ``get_font`` in
    ``matplotlib.text``, the one place that module uses them.
    """

    def __init__(self, manager, get_font):
        self._manager = manager
        self._get_font = get_font
        self._files: dict = {}
        self._tables: dict = {}

    def _find_fonts_by_props(self, prop):
        rc = matplotlib.rcParams
        key = (prop.copy(), len(self._manager.ttflist),
               *(tuple(v) if isinstance(v, list) else v for v in map(rc.__getitem__, _METRIC_RC)))
        found = self._files.get(key)
        if found is None:
            if len(self._files) >= _METRICS_MAX:
                self._files.clear()
            found = self._files[key] = (tuple(self._manager._find_fonts_by_props(prop)),)
        return found

    def get_font(self, files):
        # ``files`` is what _find_fonts_by_props returned here: a 1-tuple holding the paths
        return _FontTables(self, files[0])

    def sfnt_table(self, paths: tuple, name: str):
        key = (paths, name)
        if key not in self._tables:
            self._tables[key] = self._get_font(list(paths)).get_sfnt_table(name)
        return self._tables[key]


class _FontTables:
    """One font's tables as ``matplotlib.text`` reads them (:class:`_SharedFontTables`)."""

    __slots__ = ("_shared", "_paths")

    def __init__(self, shared: _SharedFontTables, paths: tuple):
        self._shared = shared
        self._paths = paths

    def get_sfnt_table(self, name: str):
        return self._shared.sfnt_table(self._paths, name)


def share_font_lookups(enabled: bool = True) -> None:
    """Install :class:`_SharedFontTables` in ``matplotlib.text`` (once per process; same
    numbers, so the same bytes in every figure file). A matplotlib whose ``text`` module does
    not import ``fontManager`` and ``get_font`` from ``font_manager`` is left as it is;
    ``enabled=False`` puts matplotlib's own back."""
    import matplotlib.font_manager as fm
    import matplotlib.text as mtext

    if isinstance(getattr(mtext, "fontManager", None), _SharedFontTables):
        if not enabled:
            mtext.fontManager, mtext.get_font = fm.fontManager, fm.get_font
        return
    if not enabled:
        return
    if getattr(mtext, "fontManager", None) is not fm.fontManager or \
            getattr(mtext, "get_font", None) is not fm.get_font:
        return
    shared = _SharedFontTables(fm.fontManager, fm.get_font)
    mtext.fontManager = shared
    mtext.get_font = shared.get_font


def apply_style(lang: str = "zh", script: str = "simplified") -> None:
    """Set the house style globally (seaborn theme first, then the fonts).

    Parameters
    ----------
    lang : {"zh", "en"}
        Kept for symmetry with the chart functions; the CJK font is used for both
        because English charts still carry Chinese names.
    script : {"simplified", "traditional"}
        Chooses the SC or TC face for Han characters.
    """
    if lang not in ("zh", "en"):
        raise ValueError(f"apply_style: lang must be 'zh' or 'en', got {lang!r}")
    if script not in FONT_FAMILIES:
        raise ValueError(f"apply_style: script must be one of {list(FONT_FAMILIES)}, got {script!r}")
    register_fonts()
    share_text_metrics()
    share_font_lookups()
    # set_theme resets font settings, so the font goes in after it.
    sns.set_theme(style="whitegrid", context="notebook", palette=PALETTE)
    matplotlib.rcParams.update({
        "font.family": list(FONT_FAMILIES[script]),
        "axes.unicode_minus": False,  # the CJK face's minus renders; avoid U+2212 gaps
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.labelsize": 11,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.fontsize": 10,
        "figure.figsize": (8.0, 4.8),
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "text.usetex": False,
        "svg.fonttype": "path",  # glyphs as paths: identical bytes, no font needed to view
        "svg.hashsalt": SVG_HASH_SALT,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    })


def _atomic_savefig(fig, target: Path, fmt: str, dpi: int) -> None:
    metadata = {"Date": None} if fmt in ("svg", "pdf") else {"Software": None}
    with files.atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fig.savefig(fh, format=fmt, dpi=dpi, metadata=metadata)


def save_figure(fig, path_without_suffix, formats=("png", "svg"), dpi: int = 150) -> list[Path]:
    """Write ``fig`` as PNG and SVG, deterministically and atomically.

    Each file is written to a temporary file in the same folder and moved into place with
    ``os.replace``, so a reader never sees half a figure. SVG carries no date and fixed
    element ids (``svg.hashsalt``); PNG carries no software/date text chunks.

    Returns
    -------
    list of Path
        The files written, in ``formats`` order.
    """
    base = Path(path_without_suffix)
    if base.suffix.lower() in (".png", ".svg", ".pdf"):
        raise ValueError(f"{base}: pass the path without a suffix")
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASH_SALT}):
        for fmt in formats:
            target = base.with_name(base.name + f".{fmt}")
            _atomic_savefig(fig, target, fmt, dpi)
            written.append(target)
    return written

