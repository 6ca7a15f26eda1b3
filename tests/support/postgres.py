"""The session fixture over harness/postgres.py (which tests and `make bench` share)."""
from __future__ import annotations

from typing import Iterator

import pytest

from harness.postgres import *  # noqa: F403 (the helpers the tests import from here)
from harness.postgres import PostgresUnavailable, throwaway_postgres


def _postgres_url() -> Iterator[str]:
    try:
        with throwaway_postgres() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)


# Session-scoped fixture: one server for the whole test run.
postgres_url = pytest.fixture(scope="session", name="postgres_url")(_postgres_url)
