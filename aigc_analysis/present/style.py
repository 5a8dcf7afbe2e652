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


# The report's web font lives in .webfont (no matplotlib); its public names stay importable here.
from .webfont import WEB_FONT_FAMILY, prepare_web_font, web_font_css, web_font_woff2  # noqa: E402,F401
