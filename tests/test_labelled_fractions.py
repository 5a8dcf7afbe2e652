"""A fraction in the facts table is written the way SCHEMA.md writes one: a repeating fraction to
four decimals (三分之二 0.6667), one that ends as it ends (1/400 0.0025). Invented text."""
import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 9, 1)


def test_a_repeating_fraction_is_written_to_four_decimals():
    df = facts_of_text("据测算，岚川云的AI收入已占其云业务收入的约三分之二。", PUB)
    assert row_of(df, "约三分之二")["value"] == 0.6667


def test_a_fraction_that_ends_keeps_its_value():
    df = facts_of_text("岚川云今年AI服务器采购额约占全球的1/400。", PUB)
    assert row_of(df, "1/400")["value"] == 0.0025
