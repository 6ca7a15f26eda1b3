"""Fixtures for the offer store tests.

Store and loader tests run twice: against a SQLite file and against a real PostgreSQL
server started for the test session (tests/support/postgres.py).
"""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Callable, Iterator

import pytest

from offers import config, loader
from offers.sources import SourceLibrary
from offers.store import OfferStore
from tests.support.postgres import create_database

BACKENDS = ["sqlite", "postgresql"]


DOCUMENTS_ABSENT = (
    "source documents not found in {directory}: the quotes in offers/data were still checked "
    "(tests/offers/test_sources.py, in-repository part), but not looked up in the documents. "
    "Set {env} to the folder that has them to run these checks.")


@pytest.fixture(scope="session")
def sources() -> SourceLibrary:
    """The published source documents, for the checks that need them.

    They are in the repository (offers/sources/), so a missing folder is an error, not a
    reason to skip the checks.
    """
    library = SourceLibrary()
    if not library.available():
        pytest.fail(DOCUMENTS_ABSENT.format(directory=library.directory, env=config.SOURCES_DIR_ENV))
    return library


def _new_url(backend: str, request: pytest.FixtureRequest, folder: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / f'offers-{uuid.uuid4().hex[:8]}.db'}"
    server = request.getfixturevalue("postgres_url")
    return create_database(server, f"offers_{uuid.uuid4().hex[:12]}")


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind, new for every test."""
    return _new_url(request.param, request, tmp_path)


@pytest.fixture(scope="session", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfferStore]:
    """The real data, loaded once per backend and shared by read-only tests."""
    url = _new_url(request.param, request, tmp_path_factory.mktemp("store"))
    loader.load(url)
    offer_store = OfferStore(url)
    yield offer_store
    offer_store.close()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of offers/data that a test may edit."""
    target = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, target)
    return target


@pytest.fixture
def write_data(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write small YAML files into a fresh folder: {"name.yml": text} -> folder."""
    def write(files: dict[str, str]) -> Path:
        folder = tmp_path / f"data-{uuid.uuid4().hex[:6]}"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder
    return write
