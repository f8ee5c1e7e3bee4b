"""The click commands, one module per family; `qdiff.cli` assembles them."""
