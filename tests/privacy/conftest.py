"""Every privacy test gets its own databases, its own pseudonym key and no notifier."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest

import bot.privacy.logging as privacy_logging
import bot.triage
from bot.privacy import conversations
from tests.support.postgres import create_database


@pytest.fixture(autouse=True)
def privacy_env(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_DB_URL", f"sqlite:///{tmp_path / 'triage.db'}")
    monkeypatch.setenv("TRIAGE_SPOOL_PATH", str(tmp_path / "spool.jsonl"))
    monkeypatch.setenv("TRACKER_DB_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    monkeypatch.setenv("PSEUDONYM_KEY_FILE", str(tmp_path / "pseudonym.key"))
    for name in ("PSEUDONYM_KEY", "RETENTION_DAYS", "CASE_PSEUDONYMISE_DAYS", "PRIVACY_DELETE_ACTIONS",
                 "NOTIFY_SMTP_HOST", "NOTIFY_SMTP_PORT", "NOTIFY_SMTP_FROM", "NOTIFY_SMTP_TO",
                 "NOTIFY_WEBHOOK_URL", "NOTIFY_SEVERITIES", "DUTY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    privacy_logging._key_cache.clear()
    bot.triage._reset_stores()
    yield tmp_path
    conversations.dispose_engines()
    privacy_logging._key_cache.clear()
    bot.triage._reset_stores()


@pytest.fixture(autouse=True)
def restore_logging(monkeypatch):
    """install() is process-wide; undo it after each test so other packages' tests see
    their log records as they wrote them."""
    factory = logging.getLogRecordFactory()
    monkeypatch.setattr(privacy_logging, "_installed", privacy_logging._installed)
    yield
    logging.setLogRecordFactory(factory)
    loggers = [logging.getLogger()] + [
        lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            for f in [f for f in handler.filters if f is privacy_logging._filter]:
                handler.removeFilter(f)


@pytest.fixture
def tracker_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def tracker_pg_url(postgres_url) -> str:
    """A fresh database on the throwaway PostgreSQL server, for one test."""
    return create_database(postgres_url, f"tracker_{uuid.uuid4().hex[:12]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_tracker_url(request, tmp_path) -> str:
    """The test runs twice: on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tracker.db'}"
    server = request.getfixturevalue("postgres_url")
    return create_database(server, f"tracker_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def key_file(tmp_path) -> Path:
    return tmp_path / "pseudonym.key"
