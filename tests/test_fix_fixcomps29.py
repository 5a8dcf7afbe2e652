"""English two-line table headers in a Chinese note: a metric line over a line of period labels
that carries the wrapped unit of a header above (``Mkt cap`` over ``(US$bn)``), and merged upper
cells standing left-aligned over their period columns (``Revenue (US$bn)`` over 2024A 2025E 2026E)."""
import datetime as dt

from aigc_analysis.extract.segment import split_sentences
from tests.text_facts import facts_of

TEXT = (
    "一、可比公司估值表\n"
    "\n"
    "Table 2: Invented cloud comps\n"
    "Company     Ticker  Mkt cap   Revenue (US$bn)           EV/EBITDA (x)\n"
    "                    (US$bn)   2024A    2025E    2026E   2025E    2026E\n"
    "Zetacloud   ZTC     910       41.5     52.3     61.7    21.4     18.2\n"
    "Orbitnet    ORB     240       12.2     14.9     17.1    25.6     20.3\n"
    "Source: 某证券研究所\n"
)


def test_period_line_with_wrapped_unit_is_a_header():
    rows = [s for s in split_sentences(TEXT) if s.is_row]
    assert [r.is_header for r in rows] == [True, True, False, False]


def test_merged_upper_cell_heads_all_its_period_columns():
    body = [s for s in split_sentences(TEXT) if s.is_row and not s.is_header][0]
    heads = [[TEXT[h.start:h.end] for h in hs] for hs in body.col_headers]
    assert heads[5] == ["Revenue (US$bn)", "2026E"]
    assert heads[6] == ["EV/EBITDA (x)", "2025E"]


def test_english_header_cells_are_facts():
    f = facts_of(TEXT, dt.date(2025, 10, 15))
    rev = f[(f["text"] == "61.7")]
    assert len(rev) == 1
    assert abs(rev.iloc[0]["value"] - 61.7e9) < 1 and rev.iloc[0]["unit"] == "USD"
    assert rev.iloc[0]["period"] == "2026" and rev.iloc[0]["metric"].startswith("revenue")
    ev = f[(f["text"] == "20.3")]
    assert len(ev) == 1 and ev.iloc[0]["unit"] == "multiple" and ev.iloc[0]["period"] == "2026"


def test_ebitda_margin_column_is_a_margin():
    text = (
        "Table 3: Invented data-centre comps\n"
        "Company     Ticker  Mkt cap   EBITDA margin  EV/EBITDA (x)\n"
        "                    (US$bn)   2025E (%)      2025E    2026E\n"
        "Zetacloud   ZTC     910       44.5           21.4     18.2\n"
        "Orbitnet    ORB     240       38.2           25.6     20.3\n"
    )
    f = facts_of(text, dt.date(2025, 10, 15))
    row = f[f["text"] == "44.5"]
    assert len(row) == 1
    assert row.iloc[0]["metric"].startswith("ebitda_margin") and abs(row.iloc[0]["value"] - 0.445) < 1e-9
