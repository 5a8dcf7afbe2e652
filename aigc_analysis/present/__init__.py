"""Stage 4, present: labels, number formatting, house style, charts, narrative, provenance pages, report."""
