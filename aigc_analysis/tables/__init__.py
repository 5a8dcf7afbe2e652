"""Stage 3, tables: the facts table and what derives from it (schema, store, views, ledger, plausibility, Excel)."""
