"""Stage 2, extract: a document's text -> fact rows (numerals, quantities, periods, structure, names, lexicons, linking)."""
