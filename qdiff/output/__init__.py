"""Output formats: the JSON contracts, terminal text, and the summaries and orderings that the
terminal, the JSON and the HTML reports share (computed once, here)."""
