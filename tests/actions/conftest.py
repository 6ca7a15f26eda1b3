"""Action tests run against a real offer store (SQLite, loaded from offers/data) and a real
triage database, each in a temporary folder. No trained model and no servers."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

import bot.triage
from actions.store import offer_store


@pytest.fixture(scope="session")
def offers_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from offers.store import ensure_loaded

    url = f"sqlite:///{tmp_path_factory.mktemp('offers') / 'offers.db'}"
    ensure_loaded(url)
    return url


@pytest.fixture(autouse=True)
def isolated_stores(offers_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("OFFERS_DB_URL", offers_db_url)
    monkeypatch.setenv("TRIAGE_DB_URL", f"sqlite:///{tmp_path / 'triage.db'}")
    offer_store.cache_clear()
    # The triage stores are cached per process: each test gets its own database.
    bot.triage._reset_stores()
    yield tmp_path
    offer_store.cache_clear()
    bot.triage._reset_stores()
