"""The triage database: one URL, one engine, one clock, shared by the stores that use it.

`TriageDatabase(url=None)` makes its engine from `url`, or `TRIAGE_DB_URL`, or
`sqlite:///var/triage.db` (relative SQLite paths are taken from the repository root, and
their folder is created). The stores built on it each do one job:
`bot.triage.cases.CaseStore` (triage cases), `bot.triage.audit.AuditLog` (who did what),
`bot.web.accounts.AccountStore` (duty workers, logins and dashboard sessions) and
`bot.privacy.cases` (pseudonymising closed cases). Each method is one unit of work with
its own `Session(engine)` and returns plain frozen dataclasses, never ORM objects.
Methods block: call them from a thread (`asyncio.to_thread`) in async code.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from bot import db
from bot.db import database_url
from bot.paths import sqlite_file
from bot.triage.models import Base, utcnow


def resolve_url(url: str | None) -> str:
    """The database URL to use (`url`, else TRIAGE_DB_URL, else var/triage.db), with relative
    SQLite paths anchored at the repository root and their folder created."""
    url = database_url(url, "triage")
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return url


class TriageError(Exception):
    """A request the store refuses (bad input); the message is safe to show a worker."""


class TriageDatabase:
    def __init__(self, url: str | None = None, *, clock: Callable[[], datetime] = utcnow,
                 create: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = db.make_engine(self.url, foreign_keys=True, wal=True)
        self.clock = clock
        if create:
            self.create_all()

    def create_all(self) -> None:
        """Tables, and the nullable columns and indexes added to a table since it was made
        (create_all alone only makes new tables)."""
        Base.metadata.create_all(self.engine)
        self._add_columns()
        for table in Base.metadata.sorted_tables:
            for index in table.indexes:
                index.create(self.engine, checkfirst=True)

    def _add_columns(self) -> None:
        """`ALTER TABLE ... ADD COLUMN` for each nullable column the model has and the
        database's table lacks (SQLite and PostgreSQL both add one without a rewrite). Two
        processes starting at once may both try: the loser's error is ignored if the
        column is there afterwards."""
        existing = inspect(self.engine)
        for table in Base.metadata.sorted_tables:
            have = {c["name"] for c in existing.get_columns(table.name)}
            for column in table.columns:
                if column.name in have or not column.nullable or column.primary_key:
                    continue
                kind = column.type.compile(dialect=self.engine.dialect)
                preparer = self.engine.dialect.identifier_preparer
                statement = text(f"ALTER TABLE {preparer.format_table(table)} "
                                 f"ADD COLUMN {preparer.format_column(column)} {kind}")
                try:
                    with self.engine.begin() as connection:
                        connection.execute(statement)
                except DBAPIError:
                    columns = inspect(self.engine).get_columns(table.name)
                    if column.name not in {c["name"] for c in columns}:
                        raise

    def dispose(self) -> None:
        self.engine.dispose()
