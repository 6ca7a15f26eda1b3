"""Read a conversation from Rasa's SQL tracker store, read-only, without importing Rasa.

The transcript is the `user` and `bot` events of one sender, oldest first, asked of
`bot.rasa.events` (the one module that knows Rasa's `events` table).

The URL is `TRACKER_DB_URL` (default `sqlite:///var/tracker.db`, from the repository
root). A SQLite file is opened read-only and never created.
"""
from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from sqlalchemy.engine import Engine

from bot.db import database_url, make_engine
from bot.paths import sqlite_file
from bot.rasa import events

log = logging.getLogger(__name__)

MAX_MESSAGES = 500


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
        self.url = database_url(url, "tracker")
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._sqlite_path: Path | None = sqlite_file(self.url)

    def _get_engine(self) -> Engine | None:
        with self._lock:
            if self._engine is not None:
                return self._engine
            if self._sqlite_path is not None and not self._sqlite_path.exists():
                return None
            self._engine = make_engine(self.url, read_only=True)
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
            with engine.connect() as connection:
                rows = events.messages(connection, sender_id, newest_first=True, limit=limit + 1)
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

    def slot(self, sender_id: str, name: str) -> Optional[str]:
        """The latest value the conversation's `name` slot was set to (None if never set,
        reset, or the store can't be read)."""
        if not sender_id:
            return None
        try:
            engine = self._get_engine()
            if engine is None:
                return None
            with engine.connect() as connection:
                rows = events.slot_values(connection, sender_id)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not read a slot of a case's conversation: %s", exc)
            return None
        for data in rows:
            try:
                payload = json.loads(data or "{}")
            except ValueError:
                continue
            if isinstance(payload, dict) and payload.get("name") == name:
                value = payload.get("value")
                return value if isinstance(value, str) and value else None
        return None


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
