"""Rasa's `events` table: the one module that knows it (privacy, triage and the dashboard ask).

Rasa 3.6's `SQLTrackerStore` keeps one row per event in the table `events` (`id`,
`sender_id`, `type_name`, `timestamp` (epoch seconds), `intent_name`, `action_name`,
`data` (the event as JSON)). Rasa reads a conversation's rows afresh on every message and
caches nothing, so rows deleted here are gone from the conversation's next turn.

No Rasa import here (plain SQLAlchemy), so the dashboard and the action server can use it
without loading Rasa. tests/rasa/test_contracts.py checks the table and the session query
against Rasa's own.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, delete, func, inspect, select, text
from sqlalchemy.engine import Connection

_metadata = MetaData()
events_table = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)
MESSAGE_TYPES = ("user", "bot")

# Rasa's `SQLTrackerStore._event_query`, written out once: the events of one conversation
# since its latest `session_started` (all of them if it has none), in stored order.
_LATEST_SESSION = """
    FROM events, (SELECT max(timestamp) AS session_start FROM events
                  WHERE sender_id = :sender_id AND type_name = 'session_started') AS latest
    WHERE events.sender_id = :sender_id
      AND (events.timestamp >= latest.session_start OR latest.session_start IS NULL)
"""
EVENTS_OF_LATEST_SESSION = sa.text("SELECT events.data" + _LATEST_SESSION + "ORDER BY events.id")
COUNT_OF_LATEST_SESSION = sa.text("SELECT count(*)" + _LATEST_SESSION)
EVENTS_OF_ALL_SESSIONS = sa.text("SELECT data FROM events WHERE sender_id = :sender_id ORDER BY id")


def has_table(connection: Connection) -> bool:
    """True once Rasa has created the table (a brand-new store has none)."""
    return inspect(connection).has_table(events_table.name)


def messages(connection: Connection, sender_id: str, *, newest_first: bool = False,
             limit: Optional[int] = None) -> list[Sequence[Any]]:
    """(type_name, timestamp, data) of the conversation's `user` and `bot` events, in stored
    order (or newest first), every session."""
    c = events_table.c
    query = (
        select(c.type_name, c.timestamp, c.data)
        .where(c.sender_id == sender_id, c.type_name.in_(MESSAGE_TYPES))
        .order_by(c.id.desc() if newest_first else c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(connection.execute(query))


def messages_after(connection: Connection, sender_id: str, after_id: int,
                   limit: int = 200) -> list[Sequence[Any]]:
    """(id, type_name, timestamp, data) of the conversation's `user` and `bot` events stored
    after the event `after_id`, oldest first (a takeover's live view on the dashboard)."""
    c = events_table.c
    query = (
        select(c.id, c.type_name, c.timestamp, c.data)
        .where(c.sender_id == sender_id, c.type_name.in_(MESSAGE_TYPES), c.id > after_id)
        .order_by(c.id)
        .limit(limit)
    )
    return list(connection.execute(query))


def last_id(connection: Connection, sender_id: str) -> int:
    """The id of the conversation's newest stored event (0 when it has none)."""
    c = events_table.c
    return connection.execute(select(func.max(c.id)).where(c.sender_id == sender_id)).scalar() or 0


def slot_values(connection: Connection, sender_id: str, limit: int = 500) -> list[Optional[str]]:
    """The `data` of the conversation's `slot` events, newest first (at most `limit`)."""
    c = events_table.c
    query = (
        select(c.data)
        .where(c.sender_id == sender_id, c.type_name == "slot")
        .order_by(c.id.desc())
        .limit(limit)
    )
    return [row[0] for row in connection.execute(query)]


def delete_conversation(connection: Connection, sender_id: str) -> int:
    """Delete every stored event of one conversation (all sessions); returns the count."""
    result = connection.execute(delete(events_table).where(events_table.c.sender_id == sender_id))
    return max(result.rowcount or 0, 0)


def quiet_conversations(connection: Connection, cutoff: float) -> tuple[list[tuple[str, int]], int]:
    """([(sender_id, event count)] of conversations whose last event is before `cutoff`,
    the number of conversations in all)."""
    c = events_table.c
    candidates = [
        (sender, count)
        for sender, count in connection.execute(
            select(c.sender_id, func.count(c.id)).group_by(c.sender_id).having(func.max(c.timestamp) < cutoff)
        )
    ]
    total = connection.execute(select(func.count(func.distinct(c.sender_id)))).scalar() or 0
    return candidates, total


def delete_quiet(connection: Connection, senders: Iterable[str], cutoff: float) -> tuple[int, int]:
    """Delete the conversations among `senders` with no event since `cutoff`, whole; returns
    (conversations deleted, events deleted). On PostgreSQL, Rasa's INSERTs wait
    (milliseconds) while the batch is checked and deleted, so a conversation that wakes up
    now is either kept whole or deleted whole."""
    c = events_table.c
    batch = list(senders)
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL lock_timeout = '10s'"))
        connection.execute(text("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE"))
    recent = select(c.sender_id).where(c.sender_id.in_(batch), c.timestamp >= cutoff).scalar_subquery()
    result = connection.execute(delete(events_table).where(c.sender_id.in_(batch), c.sender_id.not_in(recent)))
    events = max(result.rowcount or 0, 0)
    survivors = connection.execute(
        select(func.count(func.distinct(c.sender_id))).where(c.sender_id.in_(batch))
    ).scalar() or 0
    return len(batch) - survivors, events


def user_channels(connection: Connection, channel: str) -> dict[str, set[str]]:
    """{sender_id: the input channels of its user messages} for every conversation with at
    least one user message from `channel` (messages with no channel are left out)."""
    c = events_table.c
    # `data LIKE` only narrows the search (the JSON is read to be sure): a plain text
    # column on both SQLite and PostgreSQL, with no JSON operators shared by both.
    candidates = (
        select(c.sender_id)
        .where(c.type_name == "user", c.data.like(f"%{channel}%"))
        .distinct()
        .scalar_subquery()
    )
    found: dict[str, set[str]] = {}
    rows = connection.execute(
        select(c.sender_id, c.data).where(c.type_name == "user", c.sender_id.in_(candidates))
    )
    for sender_id, data in rows:
        try:
            value = json.loads(data or "{}").get("input_channel")
        except (ValueError, AttributeError):
            continue
        if value:
            found.setdefault(sender_id, set()).add(str(value))
    return {sender: channels for sender, channels in found.items() if channel in channels}


def count_events(connection: Connection, sender_ids: Iterable[str]) -> int:
    c = events_table.c
    senders, total = list(sender_ids), 0
    for start in range(0, len(senders), 500):  # SQLite's bound-parameter limit
        total += connection.execute(
            select(func.count(c.id)).where(c.sender_id.in_(senders[start:start + 500]))
        ).scalar() or 0
    return total


def existing_conversations(connection: Connection, sender_ids: Iterable[str]) -> set[str]:
    """Those of `sender_ids` that have any stored event."""
    c = events_table.c
    senders, found = list(sender_ids), set()
    for start in range(0, len(senders), 500):
        found.update(connection.execute(
            select(c.sender_id).where(c.sender_id.in_(senders[start:start + 500])).distinct()
        ).scalars())
    return found


def rename_conversation(connection: Connection, old: str, new: str) -> int:
    """Move every event of conversation `old` to `new` (kept in stored order, so when `new`
    has events already, `old`'s come first); returns the number of events moved."""
    result = connection.execute(
        events_table.update().where(events_table.c.sender_id == old).values(sender_id=new)
    )
    return max(result.rowcount or 0, 0)
