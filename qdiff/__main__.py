"""`python -m qdiff` runs the command line."""

from qdiff.cli import main

main()
