"""The report's own web font: WOFF2 subsets of the pip Noto Sans CJK face, same bytes every time.

Apart from the chart style (:mod:`aigc_analysis.present.style`) because the build process cuts
the pages' fonts and never draws: importing the style would load matplotlib and seaborn there
(about 0.6 s of CPU per build) for nothing.
"""
from __future__ import annotations

from . import font_cache

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


def _stage_one_options():
    """The subsetter's options of a stage-one cut: a page's, plus everything stage two reads,
    so that both stages equal one cut."""
    options = _subset_options(None)
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = True
    options.legacy_kern = True
    options.symbol_cmap = True
    options.prune_unicode_ranges = False
    options.recalc_bounds = False
    return options


def _cut_stage_one(chars: str) -> bytes:
    """The face cut to ``chars`` (sorted) as an OTF, for the page subsets to come."""
    import io

    from fontTools import subset

    font = _open_face()
    try:
        subsetter = subset.Subsetter(_stage_one_options())
        subsetter.populate(text=chars)
        subsetter.subset(font)
        out = io.BytesIO()
        font.save(out)
    finally:
        font.close()
    return out.getvalue()


_FACE_KEY: list[str] = []


def _face_key() -> str:
    """What every cut's bytes depend on besides its options and characters: the font file's
    bytes, the face and the versions of fontTools and brotli (WOFF2's compressor)."""
    if not _FACE_KEY:
        import brotli
        import fontTools
        import noto_cjk_sans_otc

        _FACE_KEY.append(font_cache.cut_key(font_cache.file_digest(noto_cjk_sans_otc.FONT_PATH),
                                            _WEB_FONT_FACE, fontTools.version,
                                            getattr(brotli, "__version__", "")))
    return _FACE_KEY[0]


def _options_text(options) -> str:
    return repr(sorted(vars(options).items()))


def _cut_key(stage: str, options, chars: str) -> str:
    """The cache key of a cut: the face, the stage, the options and the characters."""
    return font_cache.cut_key(_face_key(), stage, _options_text(options), chars)


def prepare_web_font(text: str) -> bool:
    """Cut the face once to the characters of ``text`` (plus ASCII) for the subsets to come.

    Opening the full face costs most of a subset (its glyph, metrics and cmap indexes cover
    65 000 glyphs); a build writes a dozen pages, so it cuts the face once to every character
    its pages can show (the corpus, the labels, the notebooks) and each page's subset is then
    taken from that small font. The page fonts are byte for byte those cut from the full face
    (tests/test_report_font.py checks it); a page showing a character outside ``text`` is cut
    from the full face as before. The cut is kept between builds (:mod:`font_cache`): the
    same characters are cut once per machine. Returns False (and prepares nothing) when
    ``text`` holds more than :data:`STAGE_ONE_MAX_CHARS` characters.
    """
    chars = frozenset(text) | frozenset(_ALWAYS)
    if len(chars) > STAGE_ONE_MAX_CHARS:
        return False
    ordered = "".join(sorted(chars))
    data = font_cache.cached(_cut_key("stage-one", _stage_one_options(), ordered),
                             lambda: _cut_stage_one(ordered))
    _STAGE_ONE[:] = [(chars, data)]
    return True


_SUBSETS: dict[str, bytes] = {}


def web_font_woff2(text: str) -> bytes:
    """WOFF2 subset of the pip Noto Sans CJK SC face holding every character of ``text``.

    Deterministic: the same characters give the same bytes (no timestamps; brotli is
    deterministic). A report page's costs 0.2-0.6 s of CPU after :func:`prepare_web_font` (half
    of it brotli), more from the full face; cached per character set in memory and on disk
    (:mod:`font_cache`).
    """
    chars = "".join(sorted(set(text) | set(_ALWAYS)))
    if chars not in _SUBSETS:
        stage = _STAGE_ONE[0] if _STAGE_ONE else None
        source = stage[1] if stage is not None and stage[0].issuperset(chars) else None
        # Keyed as a cut from the full face: a cut from stage one is the same bytes.
        key = _cut_key("woff2", _subset_options("woff2"), chars)
        _SUBSETS[chars] = font_cache.cached(key, lambda: _subset_woff2(chars, source))
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
