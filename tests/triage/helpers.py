"""Helpers shared by the triage and web tests."""
from __future__ import annotations

import asyncio
import json
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import create_engine

from bot.web.store import TriageStore
from bot.rasa.events import events_table

# Cheap argon2 parameters: the tests log in hundreds of times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery staple"


class Clock:
    """A clock the tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


def make_store(url: str, clock=None) -> TriageStore:
    kwargs = {"hasher": FAST_HASHER}
    if clock is not None:
        kwargs["clock"] = clock
    return TriageStore(url, **kwargs)


from tests.support.servers import free_port  # noqa: E402,F401 (re-exported for the tests)


def write_tracker(path: Path, sender_id: str, turns: list[tuple[str, str, float, dict | None]]) -> str:
    """Make a Rasa-style tracker store (table `events`) with the given turns.

    Each turn is (type_name, text, timestamp, crisis verdict or None). Also adds events a
    transcript must skip (action, slot). Returns the SQLAlchemy URL.
    """
    url = f"sqlite:///{path}"
    engine = create_engine(url, future=True)
    events_table.metadata.create_all(engine)
    with engine.begin() as connection:
        for type_name, text, stamp, crisis in turns:
            data = {"event": type_name, "timestamp": stamp, "text": text}
            if type_name == "user":
                data["parse_data"] = {"intent": {"name": "crisis" if crisis else "greet", "confidence": 1.0}}
                if crisis:
                    data["parse_data"]["crisis"] = crisis
            connection.execute(events_table.insert().values(
                sender_id=sender_id, type_name=type_name, timestamp=stamp,
                intent_name=None, action_name=None, data=json.dumps(data)))
            connection.execute(events_table.insert().values(
                sender_id=sender_id, type_name="action", timestamp=stamp + 0.1,
                intent_name=None, action_name="action_listen",
                data=json.dumps({"event": "action", "name": "action_listen"})))
        connection.execute(events_table.insert().values(
            sender_id="someone-else", type_name="user", timestamp=1.0, intent_name=None,
            action_name=None, data=json.dumps({"event": "user", "text": "not this conversation"})))
    engine.dispose()
    return url


class TinySMTP:
    """A minimal SMTP server on 127.0.0.1 (asyncio, in a thread) that keeps what it gets."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server = None
        self.received = threading.Event()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def send(line: str) -> None:
            writer.write((line + "\r\n").encode())

        send("220 tiny ESMTP ready")
        mail_from, rcpt, data_mode, lines = None, [], False, []
        while True:
            raw = await reader.readline()
            if not raw:
                break
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if data_mode:
                if line == ".":
                    data_mode = False
                    self.messages.append({"from": mail_from, "to": list(rcpt), "data": "\n".join(lines)})
                    self.received.set()
                    lines = []
                    send("250 OK queued")
                else:
                    lines.append(line[1:] if line.startswith("..") else line)
                await writer.drain()
                continue
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                send("250 tiny")
            elif verb == "MAIL":
                mail_from, rcpt = line.split(":", 1)[1].strip(), []
                send("250 OK")
            elif verb == "RCPT":
                rcpt.append(line.split(":", 1)[1].strip())
                send("250 OK")
            elif verb == "DATA":
                data_mode = True
                send("354 End data with <CR><LF>.<CR><LF>")
            elif verb == "QUIT":
                send("221 Bye")
                await writer.drain()
                break
            elif verb in ("RSET", "NOOP"):
                send("250 OK")
            else:
                send("502 Command not implemented")
            await writer.drain()
        writer.close()

    def __enter__(self) -> "TinySMTP":
        self._thread.start()

        async def start():
            return await asyncio.start_server(self._handle, "127.0.0.1", 0)

        self._server = asyncio.run_coroutine_threadsafe(start(), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc) -> None:
        async def stop():
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


async def save_with_rasa(url: str, sender_id: str, events: list) -> None:
    """Store `events` (Rasa event objects) the way the running bot does: Rasa's own
    SQLTrackerStore saving a tracker, so the rows are exactly what Rasa writes."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    from rasa.shared.core.trackers import DialogueStateTracker

    store = SQLTrackerStore(Domain.empty(), host=url)
    try:
        tracker = await store.retrieve(sender_id)
        if tracker is None:  # (get_or_create_tracker would add an action_listen stamped now)
            tracker = DialogueStateTracker.from_events(sender_id, [])
        for event in events:
            tracker.update(event)
        await store.save(tracker)
    finally:
        store.engine.dispose()


def tap(payload: str, intent: str, entities: dict | None = None, stamp: float | None = None):
    """A UserUttered for a button tap, as Rasa parses a '/intent{json}' payload."""
    from rasa.shared.core.events import UserUttered

    found = [{"entity": k, "value": v, "start": 0, "end": 0} for k, v in (entities or {}).items()]
    return UserUttered(payload, {"name": intent, "confidence": 1.0}, found, timestamp=stamp)


def bot_says(text: str | None, buttons: list[tuple[str, str]] = (), stamp: float | None = None,
             metadata: dict | None = None):
    """A BotUttered with buttons given as (title, payload)."""
    from rasa.shared.core.events import BotUttered

    data = {"buttons": [{"title": t, "payload": p} for t, p in buttons]} if buttons else {}
    return BotUttered(text, data, metadata, timestamp=stamp)


def says(text: str, stamp: float | None = None, crisis: dict | None = None, intent: str = "inform"):
    """A UserUttered typed by the young person (with the crisis detector's verdict)."""
    from rasa.shared.core.events import UserUttered

    parse_data = {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text}
    if crisis:
        parse_data["crisis"] = crisis
    return UserUttered(text, parse_data["intent"], [], parse_data, timestamp=stamp)
