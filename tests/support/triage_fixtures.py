"""Fixtures shared by the triage and web tests: private databases and spool file per test,
no notifier configured, a controllable clock, a store on SQLite or PostgreSQL."""
from __future__ import annotations

import pytest

import bot.triage
from tests.support.postgres import create_database
from tests.triage.helpers import Clock, make_store


@pytest.fixture(autouse=True)
def triage_env(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_DB_URL", f"sqlite:///{tmp_path / 'triage.db'}")
    monkeypatch.setenv("TRIAGE_SPOOL_PATH", str(tmp_path / "spool.jsonl"))
    monkeypatch.setenv("TRACKER_DB_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    for name in ("NOTIFY_SMTP_HOST", "NOTIFY_SMTP_PORT", "NOTIFY_SMTP_FROM", "NOTIFY_SMTP_TO",
                 "NOTIFY_WEBHOOK_URL", "NOTIFY_SEVERITIES", "DUTY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    bot.triage._reset_stores()
    yield tmp_path
    bot.triage._reset_stores()


@pytest.fixture
def triage_pg_url(postgres_url):
    """A fresh database on the throwaway PostgreSQL server, for one test."""
    import uuid

    return create_database(postgres_url, f"triage_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    s = make_store(f"sqlite:///{tmp_path / 'triage.db'}", clock)
    yield s
    s.dispose()
