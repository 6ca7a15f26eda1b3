"""The one engine factory for the project's own databases (triage cases; the tracker store
as privacy, triage and the dashboard read it). `offers/` keeps its own (offers/db.py): it
stands alone. Rasa makes the tracker store's engine itself (bot/rasa/tracker_store.py).

SQLite: usable from worker threads, waits up to 30 s for a lock; relative paths are taken
from the repository root. PostgreSQL: 5 s connect timeout, connections checked before use
(a database restart costs one retry, not a failed request).
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Generic, TypeVar
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

from bot.paths import sqlite_file

T = TypeVar("T")


def make_engine(url: str, *, read_only: bool = False, foreign_keys: bool = False,
                wal: bool = False) -> Engine:
    """A new engine for `url`. `read_only`: a SQLite file opened read-only (it must exist),
    a PostgreSQL session that can't write. `foreign_keys` and `wal`: SQLite pragmas for a
    database the project owns (never Rasa's tracker store)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and read_only:
        path = sqlite_file(url)
        uri = f"file:{quote(str(path))}?mode=ro"
        return create_engine("sqlite:///" + uri + "&uri=true", future=True,
                             connect_args={"check_same_thread": False})
    if backend == "sqlite":
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            if foreign_keys:
                cursor.execute("PRAGMA foreign_keys=ON")
            if wal and parsed.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    connect_args: dict[str, Any] = {}
    if backend == "postgresql":
        connect_args["connect_timeout"] = 5
        if read_only:
            connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args)


class PerUrl(Generic[T]):
    """One `make(url)` per URL per process, made on first use (never at import); each has
    a `dispose()`."""

    def __init__(self, make: Callable[[str], T]) -> None:
        self.make = make
        self._made: dict[str, T] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> T:
        with self._lock:
            made = self._made.get(url)
            if made is None:
                made = self._made[url] = self.make(url)
            return made

    def dispose_all(self) -> None:
        """Close and forget every one (tests switch databases between them)."""
        with self._lock:
            for made in self._made.values():
                made.dispose()  # type: ignore[attr-defined]
            self._made.clear()


_engines: PerUrl[Engine] = PerUrl(make_engine)
shared_engine = _engines.get
dispose_shared_engines = _engines.dispose_all


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - any unparseable text
        return "<unparseable URL>"


def database_url(url: str | None, database: str) -> str:
    """`url`, else the configured URL of `database` ("tracker", "triage"), with a relative
    SQLite path taken from the repository root."""
    from bot.paths import anchored_url
    from bot.settings import Settings

    if not url:
        settings = Settings.from_env()
        url = {"tracker": settings.tracker_db_url, "triage": settings.triage_db_url}[database]
    return anchored_url(url)
