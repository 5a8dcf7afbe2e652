"""pandera schemas of the facts table and the views."""
import datetime as dt

import pandas as pd
import pandera.pandas as pa
import pytest

from aigc_analysis.tables import schema, views
from aigc_analysis.paths import FACT_COLUMNS
from helpers_facts import gold_facts


def fact(**kw):
    row = dict.fromkeys(FACT_COLUMNS)
    row.update(doc_id="a.txt", theme="capex", entity="Acme", metric="capex", value=1e9,
               unit="USD", period="2024Q1", text="10亿美元", start=3, end=9,
               publisher="某证券", published=dt.date(2024, 5, 1), is_estimate=False)
    row.update(kw)
    return row


def frame(*rows):
    return pd.DataFrame(list(rows) or [fact()])


def test_gold_facts_pass():
    df = gold_facts()
    assert schema.validate_facts(df) is df


@pytest.mark.parametrize("period", ["", "2024", "2024Q1", "2023H1", "2024-06", "2024-06-13",
                                    "FY2024Q3", "2012/2023", "2024Q4/2025Q3", "2021-11/2022-01"])
def test_period_grammar_accepts(period):
    schema.validate_facts(frame(fact(period=period)))


@pytest.mark.parametrize("field, bad, needle", [
    ("period", "24Q1", "period"),
    ("period", "2024Q5", "period"),
    ("period", "2024年", "period"),
    ("theme", "weather", "theme"),
    ("unit", "BTC", "unit"),
    ("value", float("inf"), "value"),
    ("value", float("nan"), "value"),
    ("value_high", float("inf"), "value_high"),
    ("entity", "  ", "entity"),
    ("text", "", "text"),
    ("doc_id", "", "doc_id"),
    ("metric", "", "metric"),
])
def test_facts_schema_rejects(field, bad, needle):
    with pytest.raises(pa.errors.SchemaError, match=needle):
        schema.validate_facts(frame(fact(**{field: bad})))


def test_start_must_precede_end():
    with pytest.raises(pa.errors.SchemaError, match="start must be < end"):
        schema.validate_facts(frame(fact(start=9, end=9)))


def test_missing_column_named():
    with pytest.raises(pa.errors.SchemaError, match=r"missing columns \['quote'\]"):
        schema.validate_facts(frame().drop(columns=["quote"]))


def test_validate_does_not_mutate():
    df = frame()
    before = df.copy()
    schema.validate_facts(df)
    pd.testing.assert_frame_equal(df, before)


def test_error_message_lists_each_problem_once_per_line():
    df = frame(fact(unit="BTC"), fact(theme="weather"))
    with pytest.raises(pa.errors.SchemaError) as err:
        schema.validate_facts(df)
    lines = str(err.value).splitlines()
    assert any("'unit'" in line and "BTC" in line for line in lines)
    assert any("'theme'" in line and "weather" in line for line in lines)


def test_every_view_has_a_schema_and_gold_views_validate():
    facts = gold_facts()
    lex = pd.DataFrame({"entity": ["GPT-3"], "org": ["OpenAI"]})
    assert set(schema.VIEW_SCHEMAS) == set(views.VIEWS)
    for name, fn in views.VIEWS.items():
        kw = {"entities": lex} if name in ("parameters", "pricing") else {}
        out = fn(facts, **kw)
        assert schema.validate_view(name, out) is out


def test_validate_view_rejects_reordered_or_bad_columns():
    out = views.capex(frame())
    with pytest.raises(pa.errors.SchemaError, match="columns out of contract"):
        schema.validate_view("capex", out.drop(columns=["capex_usd"]))
    bad = out.copy()
    bad["measure"] = "nonsense"
    with pytest.raises(pa.errors.SchemaError, match="measure"):
        schema.validate_view("capex", bad)
    with pytest.raises(KeyError, match="unknown view"):
        schema.validate_view("weather", out)


def test_vectorised_checks_answer_as_the_per_row_ones():
    values = pd.Series([1.0, float("inf"), float("nan"), -2.5, float("-inf")])
    per_row = values.apply(lambda v: pd.notna(v) and abs(v) != float("inf"))
    assert schema._finite(values).tolist() == per_row.tolist() == [True, False, False, True, False]
    dates = pd.Series([dt.date(2031, 1, 2), None, pd.Timestamp("2031-02-03")], dtype=object)
    assert schema._date_like(dates).tolist() == [True, True, True]
    mixed = pd.Series([dt.date(2031, 1, 2), "not a date", float("nan")], dtype=object)
    assert schema._date_like(mixed).tolist() == [True, False, True]
    text = pd.Series(["a", " ", None, "\u3000b"], dtype=schema._str_dtype().type)
    assert schema._non_empty(text).tolist() == [True, False, False, True]


def test_string_dtype_check_still_fails_a_wrong_column():
    from pandera.engines import pandas_engine

    ok = pd.Series(["a", "b"], dtype=schema._str_dtype().type)
    assert schema._str_dtype().check(pandas_engine.Engine.dtype(ok.dtype), ok) is True
    wrong = pd.Series([1, 2])
    assert not schema._str_dtype().check(pandas_engine.Engine.dtype(wrong.dtype), wrong)
