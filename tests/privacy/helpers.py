"""Helpers for the privacy tests: Rasa-shaped tracker rows, a seeded store, dates."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine

from bot.rasa.events import events_table

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc)


def add_events(url: str, sender_id: str, turns: list[tuple[str, str, float]]) -> None:
    """Write Rasa-shaped rows: each turn is (type_name, text, epoch seconds).

    Every user/bot event is followed by an `action` row, so counts include events a
    transcript never shows.
    """
    engine = create_engine(url, future=True)
    events_table.metadata.create_all(engine)
    with engine.begin() as connection:
        for type_name, text, stamp in turns:
            data = {"event": type_name, "timestamp": stamp}
            if text is not None:
                data["text"] = text
            if type_name == "user":
                data["parse_data"] = {"intent": {"name": "greet", "confidence": 1.0}}
            connection.execute(events_table.insert().values(
                sender_id=sender_id, type_name=type_name, timestamp=stamp, intent_name=None,
                action_name=None, data=json.dumps(data)))
            connection.execute(events_table.insert().values(
                sender_id=sender_id, type_name="action", timestamp=stamp + 0.01, intent_name=None,
                action_name="action_listen", data=json.dumps({"event": "action", "name": "action_listen"})))
    engine.dispose()


def count_events(url: str, sender_id: str | None = None) -> int:
    from sqlalchemy import func, select

    engine = create_engine(url, future=True)
    try:
        query = select(func.count()).select_from(events_table)
        if sender_id is not None:
            query = query.where(events_table.c.sender_id == sender_id)
        with engine.connect() as connection:
            return connection.execute(query).scalar()
    finally:
        engine.dispose()


def days_ago(days: float, now: datetime = NOW) -> float:
    return (now - timedelta(days=days)).timestamp()


def seed_store(url: str, now: datetime = NOW) -> dict[str, int]:
    """Old and new conversations; returns each one's event count.

    - old-a: quiet for 40 days (3 turns)       -> purged
    - old-b: quiet for 31 days (1 turn)        -> purged
    - new-c: last message yesterday (2 turns)  -> kept
    - mixed-d: started 60 days ago, wrote again 2 days ago -> kept WHOLE
    """
    plan = {
        "old-a": [("user", "hi", days_ago(40.2, now)), ("bot", "Hello!", days_ago(40.1, now)),
                  ("user", "bye", days_ago(40, now))],
        "old-b": [("user", "council tax?", days_ago(31, now))],
        "new-c": [("user", "hello", days_ago(1.1, now)), ("bot", "Hi there", days_ago(1, now))],
        "mixed-d": [("user", "hi", days_ago(60, now)), ("user", "me again", days_ago(2, now))],
    }
    for sender, turns in plan.items():
        add_events(url, sender, turns)
    return {sender: 2 * len(turns) for sender, turns in plan.items()}


def closed_port_pg_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"postgresql+psycopg2://worker:s3cret-pw@127.0.0.1:{port}/tracker"
