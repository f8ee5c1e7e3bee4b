"""Shared fixtures: paths into fixtures/, the real 2021Q1 notice, and archive databases on
SQLite (always) and PostgreSQL (when QDIFF_TEST_DATABASE_URL points at a server)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from qdiff.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "yangpu_2021Q1.txt"
VARIANTS = FIXTURES / "variants"
PG_ENVIRONMENT = "QDIFF_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text output follows the locale (LC_ALL, LC_MESSAGES, LANG); the tests assert English
    unless they ask for --lang zh, so they run in a neutral locale whatever the developer's."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def postgres_base_url() -> str | None:
    return os.environ.get(PG_ENVIRONMENT) or None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty archive database: an SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'archive.sqlite3'}"
        return
    yield from _postgres_schema_url()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _postgres_schema_url()


def _postgres_schema_url() -> Iterator[str]:
    base = postgres_base_url()
    if base is None:
        pytest.skip(
            f"PostgreSQL tests need {PG_ENVIRONMENT}, e.g. "
            "postgresql+psycopg://postgres@127.0.0.1:5432/test (.ci/run sets it)"
        )
    schema = f"qdiff_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    with engine.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    # Every connection of this test lands in its own schema: tests never see each other.
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


def run_cli(db_url: str | None, *args: str, input: bytes | str | None = None) -> Result:
    """Run qdiff in process, as a user would type it (with --db when given)."""
    prefix = ["--db", db_url] if db_url else []
    return CliRunner().invoke(cli, [*prefix, *args], input=input, catch_exceptions=False)


def run_process(db_url: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run qdiff in a real process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "qdiff", "--db", db_url, *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
