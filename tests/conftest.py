"""Fixtures shared by every test package.

The real servers are expensive (Rasa takes ~30 s to load a model), so one set is started
per test session and shared by every test that asks for `bot_servers`.
"""
from __future__ import annotations

from typing import Iterator

import pytest

from bot.rasa import install
from bot.settings import Settings
from tests.support.postgres import postgres_url  # noqa: F401 (session fixture: a throwaway PostgreSQL)
from tests.support.servers import running_bot

# The same Rasa as `make run`, `rasa test` and `make shell` (bot/rasa/__init__.py).
install("rasa")


@pytest.fixture(scope="session")
def bot_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    with running_bot(tmp_path_factory.mktemp("bot")) as settings:
        yield settings
