"""The PostgreSQL test helper fails loudly (never skips) when PostgreSQL is missing."""
from __future__ import annotations

import pytest

from tests.support import postgres


def test_missing_postgres_fails_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(postgres.shutil, "which", lambda name: None)
    monkeypatch.setattr(postgres.glob, "glob", lambda pattern: [])
    with pytest.raises(postgres.PostgresUnavailable, match="install PostgreSQL"):
        postgres.find_bindir()
    with pytest.raises(pytest.fail.Exception, match="initdb, pg_ctl"):
        next(postgres._postgres_url())


def test_the_server_is_real(postgres_url):
    from sqlalchemy import create_engine, text
    engine = create_engine(postgres_url, future=True)
    with engine.connect() as conn:
        assert conn.execute(text("SHOW server_version")).scalar().split(".")[0].isdigit()
        assert conn.execute(text("SELECT current_database()")).scalar() == "offers_test"
    engine.dispose()
