"""The genre's vocabulary: the stage ladder's verbs, quantities and their units, Chinese
numerals and deadlines. Read by the parser and by the alignment alike (DOMAIN.md)."""
