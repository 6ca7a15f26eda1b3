"""Read a conversation from Rasa's SQL tracker store, read-only, without importing Rasa.

The transcript is the `user` and `bot` events of one sender, oldest first, asked of
`bot.rasa.events` (the one module that knows Rasa's `events` table), shown as the young
person saw it: a bot message with its buttons' titles, and a button the young person tapped
as that button's title (from the buttons of the bot messages just before it), never its
payload (`/inform_authority{"authority": "derby_city"}`). A tap whose button can't be found
is described from its intent and entities ("Chose: Derby City Council"). A message a duty
worker sent into the conversation (a `bot` event with metadata `{"sender": "person",
"name": ...}`) is the worker's, not the assistant's.

The URL is `TRACKER_DB_URL` (default `sqlite:///var/tracker.db`, from the repository
root). A SQLite file is opened read-only and never created.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from sqlalchemy.engine import Engine

from bot.db import database_url, make_engine
from bot.paths import sqlite_file
from bot.rasa import events

log = logging.getLogger(__name__)

MAX_MESSAGES = 500


# A button payload as Rasa parses it: "/intent", "/intent{json}", "/intent@0.9{json}".
_PAYLOAD = re.compile(r"^/(?P<intent>[\w.-]+)(?:@[\d.]+)?(?P<entities>\{.*\})?\s*$", re.DOTALL)

# What a tap on a button without a known title says, by its intent.
INTENT_WORDS = {
    "affirm": "Yes",
    "deny": "No",
    "greet": "Hello",
    "goodbye": "Goodbye",
    "thank": "Thank you",
    "dont_know": "I don't know",
    "request_human": "Talk to a person",
    "ask_overview": "What else can I get?",
    "ask_eligibility": "Can I get this?",
    "ask_compare": "Compare councils",
    "friend_in_danger": "Someone else is in danger",
    "safe_yes": "I'm safe",
    "safe_no": "I'm not safe",
    "delete_conversation": "Delete my chat",
    "download_conversation": "Download my chat",
}
PERSON = "person"  # the `sender` metadata of a message a duty worker sent


@dataclass(frozen=True)
class Message:
    speaker: str  # "user", "bot" (the assistant) or "person" (a duty worker)
    text: str
    at: Optional[datetime]
    intent: Optional[str] = None
    crisis: Optional[dict] = None  # the crisis detector's verdict on a user message
    buttons: tuple[str, ...] = ()  # a bot message's buttons, by title
    tapped: bool = False  # a user message that was a button tap (text: the button's title)
    name: str = ""  # the duty worker's name, for speaker "person"


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
        messages = _messages(rows)
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


def _messages(rows) -> tuple[Message, ...]:
    """The rows as messages; a button tap becomes the title of the button tapped, looked up
    in the buttons of the bot messages since the young person's previous message."""
    out: list[Message] = []
    offered: dict[str, str] = {}  # payload -> title, of the bot messages since the last user one
    for row in rows:
        message = _message(*row)
        if message is None:
            continue
        if message.speaker == "bot":
            offered.update(message_buttons(row[2]))
        elif message.speaker == "user":
            if message.text in offered:
                message = replace(message, text=offered[message.text], tapped=True)
            else:
                described = describe_payload(message.text, entities_of(row[2]))
                if described is not None:
                    message = replace(message, text=described, tapped=True)
            offered = {}
        out.append(message)
    return tuple(out)


def _payload_of(data: Optional[str]) -> dict:
    try:
        payload = json.loads(data or "{}")
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def _buttons(payload: dict) -> list[dict]:
    extra = payload.get("data") or {}
    found = extra.get("buttons") if isinstance(extra, dict) else None
    return [b for b in (found or []) if isinstance(b, dict)]


def message_buttons(data: Optional[str]) -> dict[str, str]:
    """payload -> title of a stored bot event's buttons."""
    return {str(b["payload"]): str(b["title"]) for b in _buttons(_payload_of(data))
            if b.get("payload") and b.get("title")}


def entities_of(data: Optional[str]) -> list[dict]:
    """The entities Rasa parsed from a stored user event."""
    entities = (_payload_of(data).get("parse_data") or {}).get("entities") or []
    return [e for e in entities if isinstance(e, dict)]


def _entity_words(name: str, value: object) -> str:
    text = str(value)
    if name == "authority":
        from bot.triage.authorities import display_name

        return display_name(text)
    return text.replace("_", " ").strip().capitalize()


def describe_payload(text: str, entities: list[dict] | None = None) -> Optional[str]:
    """Plain words for a button payload the young person sent ("/inform_authority{...}" ->
    "Chose: Derby City Council"), or None when `text` is not a payload. Never the payload."""
    match = _PAYLOAD.match(text or "")
    if match is None:
        return None
    intent = match.group("intent")
    values: list[tuple[str, object]] = []
    if match.group("entities"):
        try:
            parsed = json.loads(match.group("entities"))
        except ValueError:
            parsed = {}
        if isinstance(parsed, dict):
            values = [(str(k), v) for k, v in parsed.items() if isinstance(v, (str, int, float))]
    if not values:
        values = [(str(e.get("entity")), e.get("value")) for e in entities or []
                  if e.get("entity") and isinstance(e.get("value"), (str, int, float))]
    if values:
        return "Chose: " + ", ".join(_entity_words(k, v) for k, v in values)
    if intent in INTENT_WORDS:
        return "Chose: " + INTENT_WORDS[intent]
    return "Chose: " + intent.replace("_", " ").replace(".", " ").strip().capitalize()


def _message(type_name: str, timestamp: Optional[float], data: Optional[str]) -> Message | None:
    payload = _payload_of(data)
    text = payload.get("text")
    buttons = tuple(str(b["title"]) for b in _buttons(payload) if b.get("title")) if type_name == "bot" else ()
    if not text:
        if buttons:
            text = ""
        elif type_name == "bot" and isinstance(payload.get("data"), dict) and payload["data"].get("image"):
            text = "(a picture)"
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
    if type_name == "user":
        return Message("user", str(text), at, intent, crisis)
    metadata = payload.get("metadata")
    if isinstance(metadata, dict) and metadata.get("sender") == PERSON:
        return Message(PERSON, str(text), at, name=str(metadata.get("name") or "").strip())
    return Message("bot", str(text), at, buttons=buttons)
