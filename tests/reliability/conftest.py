"""Shared by the reliability tests: how many rounds the long loops run."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def long_rounds() -> int:
    """Rounds of a kill or race loop: `QDIFF_LONG_ROUNDS` (CI sets a bounded number), else 10."""
    return int(os.environ.get("QDIFF_LONG_ROUNDS", "10"))
