"""Read a conversation from Rasa's SQL tracker store, read-only, without importing Rasa.

Rasa's `SQLTrackerStore` keeps one row per event in the table `events` (`id`, `sender_id`,
`type_name`, `timestamp` (epoch seconds), `intent_name`, `action_name`, `data` (the event
as JSON)). The transcript is the `user` and `bot` events of one sender, oldest first.

The URL is `TRACKER_DB_URL` (default `sqlite:///var/tracker.db`, from the repository
root). A SQLite file is opened read-only and never created.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, select
from sqlalchemy.engine import Engine, make_url

from bot.paths import sqlite_file

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///var/tracker.db"
MAX_MESSAGES = 500

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


@dataclass(frozen=True)
class Message:
    speaker: str  # "user" or "bot"
    text: str
    at: Optional[datetime]
    intent: Optional[str] = None
    crisis: Optional[dict] = None  # the crisis detector's verdict on a user message


@dataclass(frozen=True)
class Transcript:
    available: bool
    messages: tuple[Message, ...] = ()
    note: str = ""  # why it is not available, or that it was cut short


class TranscriptReader:
    def __init__(self, url: str | None = None) -> None:
        self.url = url or os.environ.get("TRACKER_DB_URL") or DEFAULT_URL
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._sqlite_path: Path | None = sqlite_file(self.url)

    def _get_engine(self) -> Engine | None:
        with self._lock:
            if self._engine is not None:
                return self._engine
            if self._sqlite_path is not None:
                if not self._sqlite_path.exists():
                    return None
                uri = f"file:{quote(str(self._sqlite_path))}?mode=ro"
                self._engine = create_engine(
                    "sqlite:///" + uri + "&uri=true",
                    future=True,
                    connect_args={"check_same_thread": False},
                )
            else:
                connect_args = {}
                if make_url(self.url).get_backend_name() == "postgresql":
                    connect_args = {
                        "connect_timeout": 5,
                        "options": "-c default_transaction_read_only=on",
                    }
                self._engine = create_engine(
                    self.url, future=True, pool_pre_ping=True, connect_args=connect_args
                )
            return self._engine

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    def read(self, sender_id: str, limit: int = MAX_MESSAGES) -> Transcript:
        if not sender_id:
            return Transcript(False, note="This case has no conversation id.")
        try:
            engine = self._get_engine()
            if engine is None:
                return Transcript(False, note="The conversation store has no records yet.")
            query = (
                select(events_table.c.type_name, events_table.c.timestamp, events_table.c.data)
                .where(
                    events_table.c.sender_id == sender_id,
                    events_table.c.type_name.in_(("user", "bot")),
                )
                .order_by(events_table.c.id.desc())
                .limit(limit + 1)
            )
            with engine.connect() as connection:
                rows = list(connection.execute(query))
        except Exception as exc:  # noqa: BLE001
            log.warning("could not read the transcript of a case: %s", exc)
            return Transcript(False, note="The conversation could not be read just now.")
        cut = len(rows) > limit
        rows = list(reversed(rows[:limit]))
        messages = tuple(m for m in (_message(*row) for row in rows) if m is not None)
        note = f"Showing the last {limit} messages only." if cut else ""
        if not messages:
            return Transcript(True, (), note or "No messages were found for this conversation.")
        return Transcript(True, messages, note)


def _message(type_name: str, timestamp: Optional[float], data: Optional[str]) -> Message | None:
    try:
        payload = json.loads(data or "{}")
    except ValueError:
        payload = {}
    text = payload.get("text")
    if not text:
        if type_name == "bot" and (payload.get("data") or {}).get("buttons"):
            text = "(buttons)"
        elif type_name == "bot" and (payload.get("data") or {}).get("image"):
            text = "(image)"
        else:
            return None
    at = None
    stamp = timestamp if timestamp is not None else payload.get("timestamp")
    if stamp is not None:
        try:
            at = datetime.fromtimestamp(float(stamp), tz=timezone.utc)
        except (TypeError, ValueError, OverflowError, OSError):
            at = None
    intent = None
    crisis = None
    if type_name == "user":
        parse_data = payload.get("parse_data") or {}
        intent = (parse_data.get("intent") or {}).get("name")
        verdict = parse_data.get("crisis")
        if isinstance(verdict, dict) and verdict.get("level") not in (None, "none"):
            crisis = {k: verdict.get(k) for k in ("level", "category", "reason")}
    return Message("user" if type_name == "user" else "bot", str(text), at, intent, crisis)
