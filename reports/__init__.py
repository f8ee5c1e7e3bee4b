"""The HTML reports (ships as `qdiff.reports`): `pair` renders one comparison, `series` a series
over many quarters, from what `common` holds for both. They render core and output objects and
never query the database."""
