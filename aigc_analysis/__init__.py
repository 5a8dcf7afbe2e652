"""aigc-analysis: quantitative facts from Chinese sell-side AI research notes."""
