"""Stage 1, load: files -> one Document row each (bytes, formats, normalisation, metadata, boilerplate)."""
