"""The session fixture over harness/redis.py (which tests and `make bench` share)."""
from __future__ import annotations

from typing import Iterator

import pytest

from harness.redis import *  # noqa: F403 (the helpers the tests import from here)
from harness.redis import RedisUnavailable, throwaway_redis


def _redis_url() -> Iterator[str]:
    try:
        with throwaway_redis() as server:
            yield server.url
    except RedisUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)


# Session-scoped fixture: one server for the whole test run.
redis_url = pytest.fixture(scope="session", name="redis_url")(_redis_url)
