"""The conversation's new messages for the worker's page, read from Rasa's tracker store.

`LiveReader` is the dashboard's `TranscriptReader` (same engine, read-only) plus a read of
the messages stored after a given event id, so the page asks for "what is new since
what I have" every half second or so, from any dashboard process.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Optional

from bot.rasa import events
from bot.triage.transcript import TranscriptReader, _message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LiveMessage:
    id: int
    speaker: str  # "user", "bot" or "person" (a duty worker)
    text: str
    at: Optional[str]  # ISO time
    name: Optional[str] = None  # the duty worker's name, for "person"
    crisis: Optional[dict] = None  # the detector's verdict on a user message

    def as_json(self) -> dict:
        return {"id": self.id, "speaker": self.speaker, "text": self.text, "at": self.at,
                "name": self.name, "crisis": self.crisis}


def _live(row) -> LiveMessage | None:
    event_id, type_name, timestamp, data = row
    message = _message(type_name, timestamp, data)
    if message is None:
        return None
    speaker, name = message.speaker, None
    if type_name == "bot":
        try:
            metadata = (json.loads(data or "{}").get("metadata") or {})
        except (ValueError, AttributeError):
            metadata = {}
        if isinstance(metadata, dict) and metadata.get("sender") == "person":
            speaker, name = "person", str(metadata.get("name") or "")[:60] or None
    return LiveMessage(event_id, speaker, message.text,
                       message.at.isoformat() if message.at else None, name, message.crisis)


class LiveReader:
    def __init__(self, transcripts: TranscriptReader) -> None:
        self.transcripts = transcripts

    def last_id(self, sender_id: str) -> int:
        engine = self.transcripts._get_engine()
        if engine is None or not sender_id:
            return 0
        with engine.connect() as connection:
            return events.last_id(connection, sender_id)

    def after(self, sender_id: str, after_id: int) -> list[LiveMessage]:
        """Messages stored after event `after_id`, oldest first. Blocks: use a thread."""
        engine = self.transcripts._get_engine()
        if engine is None or not sender_id:
            return []
        with engine.connect() as connection:
            rows = events.messages_after(connection, sender_id, after_id)
        return [m for m in (_live(row) for row in rows) if m is not None]
