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


# ---------------------------------------------------------------------------------------------
# The report's own web font
# ---------------------------------------------------------------------------------------------
#: CSS family name of the font embedded in every report page. A name no system font has, so a
#: page can only draw with it through its own ``@font-face`` (NOTES.md: Debian's chromium has
#: no CJK font; a page naming only "Noto Sans CJK SC" shows boxes on a fresh machine).
WEB_FONT_FAMILY = "AIGC Report Sans"
#: Face of the .ttc used for pages: Simplified Chinese glyph shapes (index 2 of the collection).
_WEB_FONT_FACE = "Noto Sans CJK SC"
#: Always in the subset: printable ASCII, so Latin text and digits share the face's metrics.
_ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F))


def _face_number(path: str, family: str) -> int:
    from fontTools.ttLib import TTCollection

    collection = TTCollection(path, lazy=True)
    try:
        for i, font in enumerate(collection.fonts):
            if font["name"].getDebugName(1) == family:
                return i
    finally:
        collection.close()
    raise RuntimeError(f"{path}: no face named {family!r}")


def _subset_options(flavor: str | None):
    from fontTools import subset

    options = subset.Options()
    options.flavor = flavor
    options.hinting = False         # browsers rasterise CJK well without CFF hints
    options.desubroutinize = True   # compresses smaller under brotli
    # Horizontal running text needs no layout tables; not decompiling Noto CJK's large
    # GSUB/GPOS and vertical metrics halves the time (about 1.4 s for 250 characters).
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    return options


def _open_face(source=None):
    """The SC face of the pip font (``source`` None), or a stage-one cut of it (bytes)."""
    import io

    import noto_cjk_sans_otc
    from fontTools.ttLib import TTFont

    # recalcTimestamp=False keeps head.modified as shipped: same characters, same bytes.
    if source is not None:
        return TTFont(io.BytesIO(source), lazy=True, recalcTimestamp=False, recalcBBoxes=False)
    path = str(noto_cjk_sans_otc.FONT_PATH)
    return TTFont(path, fontNumber=_face_number(path, _WEB_FONT_FACE), lazy=True,
                  recalcTimestamp=False, recalcBBoxes=False)


def _subset_woff2(chars: str, source: bytes | None = None) -> bytes:
    import io

    from fontTools import subset

    font = _open_face(source)
    options = _subset_options("woff2")
    if source is not None:
        # A stage-one cut has neither hints nor subroutines left: removing them again only
        # re-decompiles and recompiles every charstring (same bytes, 15% of a page's subset).
        options.hinting = True
        options.desubroutinize = False
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        font.flavor = "woff2"  # Options.flavor only applies through subset.save_font
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()
    finally:
        font.close()


#: Stage one of a build's subsets (:func:`prepare_web_font`): its characters and OTF bytes.
_STAGE_ONE: list[tuple[frozenset, bytes]] = []
#: Above this many characters a stage-one cut saves nothing (the face has about 44 000).
STAGE_ONE_MAX_CHARS = 6000


def prepare_web_font(text: str) -> bool:
    """Cut the face once to the characters of ``text`` (plus ASCII) for the subsets to come.

    Opening the full face costs most of a subset (its glyph, metrics and cmap indexes cover
    65 000 glyphs); a build writes a dozen pages, so it cuts the face once to every character
    its pages can show (the corpus, the labels, the notebooks) and each page's subset is then
    taken from that small font. The page fonts are byte for byte those cut from the full face
    (tests/test_report_font.py checks it); a page showing a character outside ``text`` is cut
    from the full face as before. Returns False (and prepares nothing) when ``text`` holds
    more than :data:`STAGE_ONE_MAX_CHARS` characters.
    """
    import io

    from fontTools import subset

    chars = frozenset(text) | frozenset(_ALWAYS)
    if len(chars) > STAGE_ONE_MAX_CHARS:
        return False
    font = _open_face()
    try:
        options = _subset_options(None)
        # Stage one keeps everything stage two reads, so both stages equal one cut.
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.glyph_names = True
        options.legacy_kern = True
        options.symbol_cmap = True
        options.prune_unicode_ranges = False
        options.recalc_bounds = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(sorted(chars)))
        subsetter.subset(font)
        out = io.BytesIO()
        font.save(out)
    finally:
        font.close()
    _STAGE_ONE[:] = [(chars, out.getvalue())]
    return True


_SUBSETS: dict[str, bytes] = {}


def web_font_woff2(text: str) -> bytes:
    """WOFF2 subset of the pip Noto Sans CJK SC face holding every character of ``text``.

    Deterministic: the same characters give the same bytes (no timestamps; brotli is
    deterministic). About 0.5 s per call on a report page (0.15 s after :func:`prepare_web_font`), cached
    per character set.
    """
    chars = "".join(sorted(set(text) | set(_ALWAYS)))
    if chars not in _SUBSETS:
        stage = _STAGE_ONE[0] if _STAGE_ONE else None
        source = stage[1] if stage is not None and stage[0].issuperset(chars) else None
        _SUBSETS[chars] = _subset_woff2(chars, source)
    return _SUBSETS[chars]


def web_font_css(text: str) -> str:
    """``@font-face`` rule embedding (as a data URI) the subset for ``text``.

    A data URI rather than a file next to the page: a page opened from disk on its own, or
    sent by mail, still carries its font, and ``file://`` font loads meet no origin rules.
    """
    import base64

    data = base64.b64encode(web_font_woff2(text)).decode("ascii")
    return (f'@font-face {{ font-family: "{WEB_FONT_FAMILY}"; font-style: normal; '
            f'font-weight: 100 900; font-display: block; '
            f'src: url(data:font/woff2;base64,{data}) format("woff2"); }}')
