"""Engine creation (never at import time): SQLite under var/ by default, PostgreSQL by URL."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.future import create_engine
from sqlalchemy.pool import QueuePool

from offers import config

# Execution option marking a transaction that will write (see `writer()`).
WRITE_OPTION = "offers_write"


def make_engine(url: str | None = None) -> Engine:
    """A 2.0-style engine for `url` (default: `OFFERS_DB_URL` or var/offers.db)."""
    url = url or config.default_db_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    return create_engine(url, future=True, pool_pre_ping=True)


def writer(engine: Engine) -> Engine:
    """The same engine, flagged so SQLite transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        # Keep connections open between queries (SQLAlchemy 1.4 would reconnect every
        # time); pooled connections may then be used from another thread.
        engine = create_engine(url, future=True, poolclass=QueuePool,
                               connect_args={"timeout": 30, "check_same_thread": False})
    else:
        engine = create_engine(url, future=True)

    # pysqlite's own transaction handling skips BEGIN before SELECTs and DDL; take control
    # so a load (and its reads) is one real transaction (SQLAlchemy's documented recipe).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # pragma: no cover - driver hook
        # Writers take the write lock up front, so two processes loading at once queue up
        # instead of deadlocking on a read-then-write upgrade.
        writing = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine
