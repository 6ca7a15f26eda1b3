"""The tracker store's connections: a dropped pooled connection is retried once, on a fresh one,
but never a write whose commit may have happened (bot/rasa/tracker_store.py). The whole path,
with a real PostgreSQL restart, is tests/faults/test_database_restart.py."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.rasa.tracker_store import _on_a_live_connection


def dropped() -> sa.exc.DBAPIError:
    error = sa.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    error.connection_invalidated = True
    return error


def test_work_that_failed_on_a_dropped_connection_runs_once_more() -> None:
    calls: list[int] = []

    def work(committing: list) -> str:
        calls.append(len(calls))
        if len(calls) == 1:
            raise dropped()
        return "read"

    assert _on_a_live_connection(work) == "read"
    assert len(calls) == 2


def test_a_failure_while_committing_is_not_retried_so_nothing_is_written_twice() -> None:
    calls: list[int] = []

    def work(committing: list) -> None:
        calls.append(1)
        committing.append(True)
        raise dropped()

    with pytest.raises(sa.exc.OperationalError):
        _on_a_live_connection(work)
    assert len(calls) == 1


def test_other_database_errors_are_not_retried() -> None:
    calls: list[int] = []

    def work(committing: list) -> None:
        calls.append(1)
        raise sa.exc.IntegrityError("INSERT", {}, Exception("duplicate key"))

    with pytest.raises(sa.exc.IntegrityError):
        _on_a_live_connection(work)
    assert len(calls) == 1


def test_a_second_drop_in_a_row_is_not_hidden() -> None:
    def work(committing: list) -> None:
        raise dropped()

    with pytest.raises(sa.exc.OperationalError):
        _on_a_live_connection(work)
