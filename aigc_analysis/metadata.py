"""Publisher, title and publication date inferred from a report's text.

Used by the loader for documents without a sidecar row. Everything here is a pure function of
the text (and an optional reference date); nothing is guessed: a date that cannot be found is
``None``.

The publisher lexicon is ``data/publishers.csv`` (``name``: canonical English name, ``aliases``:
Chinese names in Simplified and Traditional separated by ``|``, ``kind``: ``broker``/
``outlet``/``aggregator``).
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .boilerplate import find_boilerplate
from .normalise import for_parsing, to_simplified
from .paths import DATA_DIR

PUBLISHERS_CSV = DATA_DIR / "publishers.csv"
PUBLISHER_KINDS = ("broker", "outlet", "aggregator")

#: A broker must be named at least this often to be taken as the author (a news story that
#: cites one broker's analyst once is not that broker's report).
MIN_BROKER_MENTIONS = 3


def _normalised(text: str, norm: str | None) -> str:
    """The parsing form of ``text`` (Simplified, ASCII punctuation), same length; reuse ``norm``."""
    if norm is None:
        return for_parsing(to_simplified(text))
    if len(norm) != len(text):
        raise ValueError("norm must have the length of text (offsets are shared)")
    return norm


@dataclass(frozen=True)
class Publisher:
    """One lexicon row."""

    name: str
    aliases: tuple[str, ...]
    kind: str


def load_publishers(path: str | Path = PUBLISHERS_CSV) -> tuple[Publisher, ...]:
    """Read the publisher lexicon.

    Raises
    ------
    ValueError
        On a row with an unknown kind, no aliases, or a duplicate name.
    """
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
            if row["kind"] not in PUBLISHER_KINDS or not aliases or not row["name"].strip():
                raise ValueError(f"{path}:{i}: bad publisher row {row!r}")
            rows.append(Publisher(row["name"].strip(), aliases, row["kind"]))
    names = Counter(p.name for p in rows)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise ValueError(f"{path}: duplicate publisher names {dupes}")
    return tuple(rows)


@lru_cache(maxsize=1)
def _publisher_matcher() -> tuple[re.Pattern, dict[str, Publisher]]:
    by_alias: dict[str, Publisher] = {}
    for pub in load_publishers():
        for alias in pub.aliases:
            # match on Simplified text: fold every alias to its Simplified form
            by_alias.setdefault(for_parsing(to_simplified(alias)), pub)
    # longest alias first so 国泰君安国际 is not read as 国泰君安
    pattern = re.compile("|".join(map(re.escape, sorted(by_alias, key=len, reverse=True))))
    return pattern, by_alias


# An outlet's dateline: ``财联社7月23日讯``, ``智通财经APP获悉``, ``新华社北京5月1日电``
# (not ``据彭博报道``: an outlet cited in the text did not write it).
_DATELINE_AFTER = re.compile(
    r"[^\S\n]*(?:APP|app|网|客户端)?[^\S\n]*(?:[\u4e00-\u9fff]{0,3}?)?"
    r"(?:(?:20\d{2}年)?\d{1,2}月\d{1,2}日)?[^\S\n]*(?:讯|电|获悉)"
)
_SOURCE_BEFORE = re.compile(r"(?:来源|来自|转载自|本文来自)[^\S\n]*:?[^\S\n]*$")


def infer_publisher(text: str, *, norm: str | None = None) -> tuple[str | None, str | None]:
    """Who wrote the document and who carried it, as canonical lexicon names.

    Rules, in order: a broker named at least :data:`MIN_BROKER_MENTIONS` times (most mentions
    wins) is the author; otherwise an outlet with a dateline (``财联社7月23日讯``) or a
    ``来源:`` credit is. The carrier is the dateline outlet of a broker's note, else an
    aggregator named in the text.

    Parameters
    ----------
    text : str
        Document text in either script.

    Returns
    -------
    (str or None, str or None)
        ``(publisher, carrier)``.

    Examples
    --------
    >>> infer_publisher("财联社7月23日讯,华西证券刘泽晶指出,行业增长。")
    ('Cailian Press', None)
    """
    norm = _normalised(text, norm)
    pattern, by_alias = _publisher_matcher()
    brokers: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    credited: list[str] = []  # outlets with a dateline or source credit, in text order
    aggregators: list[str] = []
    kinds = {}
    for m in pattern.finditer(norm):
        pub = by_alias[m.group(0)]
        kinds[pub.name] = pub.kind
        first_seen.setdefault(pub.name, m.start())
        if pub.kind == "broker":
            brokers[pub.name] += 1
        elif pub.kind == "outlet":
            if _DATELINE_AFTER.match(norm, m.end()) or _SOURCE_BEFORE.search(
                norm, max(0, m.start() - 12), m.start()
            ):
                credited.append(pub.name)
        else:
            aggregators.append(pub.name)
    author = None
    if brokers:
        name, count = max(brokers.items(), key=lambda kv: (kv[1], -first_seen[kv[0]]))
        if count >= MIN_BROKER_MENTIONS:
            author = name
    carrier = None
    if author is None and credited:
        author = credited[0]
    elif credited:
        carrier = credited[0]
    if carrier is None and aggregators:
        carrier = aggregators[0]
    return author, carrier


# --- dates --------------------------------------------------------------------------------------
_FULL_DATE = (
    r"(?P<y>(?:19|20)\d{2})[^\S\n]*(?:年[^\S\n]*(?P<m1>\d{1,2})[^\S\n]*月[^\S\n]*(?P<d1>\d{1,2})[^\S\n]*[日号]"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))"
)
FULL_DATE = re.compile(rf"(?<!\d){_FULL_DATE}(?!\d)")
_LABELS = r"(?:发布时间|发布日期|发表时间|发表日期|报告日期|出版日期|撰写日期|日期|时间)"
LABELLED_DATE = re.compile(rf"{_LABELS}[^\S\n]*:?[^\S\n]*{_FULL_DATE}(?!\d)")
# ``财联社7月23日讯``, ``北京2024年5月9日电``: the article's own date.
DATELINE = re.compile(
    r"(?<![\d年])(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^\S\n]*(?:讯|电)"
)
# A line holding nothing but a date (report covers): ``2023年5月15日``, ``2024-05-09``, ``2023年5月``.
STANDALONE_DATE = re.compile(
    rf"^[^\S\n]*(?:{_FULL_DATE}|(?P<ym_y>(?:19|20)\d{{2}})[^\S\n]*(?:年[^\S\n]*(?P<ym_m>\d{{1,2}})[^\S\n]*月|[-/.](?P<ym_m2>\d{{1,2}})))"
    r"[^\S\n]*(?:星期.|周.)?[^\S\n]*$",
    re.M,
)
#: Only the top of a document is searched for a cover date line (later dates are data).
COVER_CHARS = 1500


def _full(m: re.Match) -> dt.date | None:
    y = int(m.group("y"))
    mo = int(m.group("m1") or m.group("m2"))
    d = int(m.group("d1") or m.group("d2"))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _resolve_month_day(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The latest date with this month/day on or before ``ref`` (a dateline precedes a repost)."""
    for year in (ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue  # 2月29日 in a non-leap year: try the previous year
        if cand <= ref:
            return cand
    return None


def infer_date(
    text: str, published_hint: dt.date | None = None, *, norm: str | None = None
) -> tuple[dt.date | None, str | None, str | None]:
    """Publication date of a document, or ``None`` when the text does not say.

    Order of evidence: a dateline (``财联社7月23日讯``, year resolved against a labelled or
    cover date, else the latest full date in the text, else ``published_hint``); a labelled date
    (``发布时间:2024-05-09``); a cover line holding only a date near the top
    (``2023年5月15日``, or ``2023年5月`` with month precision). Dates in the body (``截至2024年6月
    13日``) are data, not the publication date, and are used only to resolve a dateline.

    Parameters
    ----------
    text : str
        Document text in either script, full-width digits allowed.
    published_hint : datetime.date, optional
        Reference date for resolving a month-day dateline when the text has no full date.

    Returns
    -------
    (datetime.date or None, str or None, str or None)
        ``(date, precision, evidence)``: precision ``"day"``/``"month"``; evidence is the
        matched text.

    Examples
    --------
    >>> infer_date("发布日期:2024-01-20\\n财联社7月23日讯(编辑)")
    (datetime.date(2023, 7, 23), 'day', '7月23日讯')
    >>> infer_date("没有日期的正文")
    (None, None, None)
    """
    norm = _normalised(text, norm)
    labelled = [(d, m.group(0)) for m in LABELLED_DATE.finditer(norm) if (d := _full(m))]
    cover = []
    for m in STANDALONE_DATE.finditer(norm, 0, min(len(norm), COVER_CHARS)):
        if m.group("y"):
            d = _full(m)
            if d:
                cover.append((d, "day", m.group(0).strip()))
        else:
            y, mo = int(m.group("ym_y")), int(m.group("ym_m") or m.group("ym_m2"))
            if 1 <= mo <= 12:
                cover.append((dt.date(y, mo, 1), "month", m.group(0).strip()))

    for m in DATELINE.finditer(norm):
        mo, d = int(m.group("m")), int(m.group("d"))
        if m.group("y"):
            try:
                return dt.date(int(m.group("y")), mo, d), "day", m.group(0)
            except ValueError:
                continue
        ref = None
        if labelled:
            ref = labelled[0][0]
        elif cover and cover[0][1] == "day":
            ref = cover[0][0]
        else:
            full = [d_ for fm in FULL_DATE.finditer(norm) if (d_ := _full(fm))]
            ref = max(full) if full else published_hint
        if ref is not None:
            resolved = _resolve_month_day(mo, d, ref)
            if resolved:
                return resolved, "day", m.group(0)
    if labelled:
        return labelled[0][0], "day", labelled[0][1]
    if cover:
        return cover[0]
    return None, None, None


# --- title --------------------------------------------------------------------------------------
#: Lines scanned for a title, and the length a title line may have.
TITLE_LINES = 40
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 4, 200
_NOT_TITLE = re.compile(
    r"^(?:[\d\s.,:/\-年月日]+|[-—=_*#]+.*|(?:资料|数据|图片)来源.*|.*研究(?:所|部|院)|第?\d+页)$"
)


def infer_title(
    text: str, boilerplate: list[tuple[int, int, str]] | None = None, *, norm: str | None = None
) -> str | None:
    """The first line near the top that is neither boilerplate, a date, a byline nor a caption.

    Parameters
    ----------
    text : str
        Document text (the title is returned exactly as written, stripped).
    boilerplate : list of (start, end, kind), optional
        Spans from :func:`aigc_analysis.boilerplate.find_boilerplate`; computed when omitted.

    Returns
    -------
    str or None

    Examples
    --------
    >>> infer_title("首页 > 研报 > 标题\\n\\nAIGC行业投资机会梳理\\n\\n正文")
    'AIGC行业投资机会梳理'
    """
    norm = _normalised(text, norm)
    spans = find_boilerplate(text, norm=norm) if boilerplate is None else boilerplate
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if n >= TITLE_LINES:
            break
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not (TITLE_MIN_CHARS <= len(stripped) <= TITLE_MAX_CHARS):
            continue
        first = start + (len(line) - len(line.lstrip()))
        if any(s <= first < e for s, e, _ in spans):
            continue
        if _NOT_TITLE.match(norm[first:first + len(stripped)]):
            continue
        return stripped
    return None


def infer_metadata(text: str, published_hint: dt.date | None = None,
                   boilerplate: list[tuple[int, int, str]] | None = None, *,
                   norm: str | None = None) -> dict:
    """Publisher, carrier, title and publication date inferred from a document's text.

    Parameters
    ----------
    text : str
        Document text as decoded.
    published_hint : datetime.date, optional
        Reference date for a month-day dateline when the text has no full date.
    boilerplate : list of (start, end, kind), optional
        Precomputed boilerplate spans (saves a pass).
    norm : str, optional
        ``for_parsing(to_simplified(text))`` if the caller has it (saves a pass).

    Returns
    -------
    dict
        ``publisher``, ``carrier``, ``title``, ``published`` (``datetime.date`` or None),
        ``published_precision`` (``"day"``/``"month"``/None), ``date_evidence``.

    Examples
    --------
    >>> meta = infer_metadata("标题很重要\\n发布时间:2024-05-09\\n华泰证券认为... 华泰证券预计... 华泰证券")
    >>> meta["publisher"], meta["title"], str(meta["published"])
    ('Huatai Securities', '标题很重要', '2024-05-09')
    """
    norm = _normalised(text, norm)
    publisher, carrier = infer_publisher(text, norm=norm)
    published, precision, evidence = infer_date(text, published_hint, norm=norm)
    return {
        "publisher": publisher,
        "carrier": carrier,
        "title": infer_title(text, boilerplate, norm=norm),
        "published": published,
        "published_precision": precision,
        "date_evidence": evidence,
    }
