"""Issue 18: "The young person is typing…" on a takeover, from the socket.io channel's
`user_typing` handler (bot/rasa/channels/socketio.py), in-process with a stand-in for
socket.io's sessions and for the store's update."""
from __future__ import annotations

import logging
import threading

import pytest

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.store import TakeoverStore, _shared
from bot.rasa.channels import socketio as channel_module
from bot.rasa.channels.socketio import TYPING_EVENT, SocketIOInput
from bot.triage.models import Worker
from tests.support.triage_fixtures import clock, store, triage_env  # noqa: F401
from tests.triage.helpers import PASSWORD

SESSION = "web-a1b2c3d4e5f6a7b8"


class Typing:
    """The channel with `user_typing` registered, granted sessions and the update faked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, granted: dict[str, str] | None = None,
                 fail: Exception | None = None, fake_store: bool = True) -> None:
        self.input = SocketIOInput.from_credentials({"session_persistence": True})
        self.granted = granted if granted is not None else {"sid-1": SESSION}
        self.noted: list[tuple[str, str]] = []  # (sender, thread name)
        self.now = 100.0

        async def session_granted(_sio, sid):
            return self.granted.get(sid)

        def note(sender: str) -> bool:
            self.noted.append((sender, threading.current_thread().name))
            if fail is not None:
                raise fail
            return True

        self.input.granted = session_granted  # type: ignore[method-assign]
        if fake_store:
            monkeypatch.setattr(SocketIOInput, "_note_typing", staticmethod(note))
        self.input.typing_clock = lambda: self.now
        self.input.blueprint(lambda message: None)  # type: ignore[arg-type, return-value]
        self.handler = self.input.sio.handlers["/"][TYPING_EVENT]

    async def type(self, sid: str = "sid-1", data=None) -> None:
        await self.handler(sid, data)

    def senders(self) -> list[str]:
        return [sender for sender, _ in self.noted]


async def test_takeover_typing_without_a_granted_session_is_ignored(monkeypatch) -> None:
    typing = Typing(monkeypatch, granted={})
    await typing.type("sid-1")
    await typing.type("sid-2", {"session_id": SESSION})  # naming a conversation changes nothing
    assert typing.noted == []


async def test_takeover_typing_is_noted_for_the_granted_conversation_on_a_worker_thread(monkeypatch) -> None:
    typing = Typing(monkeypatch)
    await typing.type("sid-1", {"session_id": "web-someone-else", "text": "never read"})
    assert typing.senders() == [SESSION]
    assert typing.noted[0][1] != threading.main_thread().name  # not on the event loop's thread


async def test_takeover_typing_is_throttled_per_socket(monkeypatch) -> None:
    typing = Typing(monkeypatch, granted={"sid-1": SESSION, "sid-2": "web-other-conversation"})
    await typing.type("sid-1")
    for step in (0.1, 0.5, 1.0, 1.9):  # within 2 s of the last one kept: ignored
        typing.now = 100.0 + step
        await typing.type("sid-1")
    await typing.type("sid-2")  # another socket has its own allowance
    assert typing.senders() == [SESSION, "web-other-conversation"]
    typing.now = 102.0
    await typing.type("sid-1")
    typing.now = 103.0
    await typing.type("sid-1")
    assert typing.senders() == [SESSION, "web-other-conversation", SESSION]
    # A socket that went away is forgotten.
    await typing.input.sio.handlers["/"]["disconnect"]("sid-1")
    assert "sid-1" not in typing.input._typed


async def test_takeover_typing_database_error_is_logged_without_failing_the_socket(monkeypatch, caplog) -> None:
    typing = Typing(monkeypatch, fail=RuntimeError("database is locked: web-a1b2c3d4e5f6a7b8"))
    with caplog.at_level(logging.DEBUG, logger=channel_module.__name__):
        await typing.type("sid-1")  # does not raise
    assert typing.senders() == [SESSION]
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "database is locked" not in logged and SESSION not in logged


async def test_takeover_typing_notes_an_active_takeover_in_the_store(monkeypatch, store) -> None:  # noqa: F811
    """The real update, through `shared_store()` (TRIAGE_DB_URL, the `store`'s database)."""
    typing = Typing(monkeypatch, fake_store=False)
    store.add_worker("asha", PASSWORD, ["derby_city"])
    with Session(store.engine) as session:
        asha = session.execute(select(Worker.id).where(Worker.username == "asha")).scalar_one()
    case = store.raise_case("crisis", "x", "derby_city", "socketio", SESSION)
    takeovers = TakeoverStore(store.url)
    try:
        assert await typing.input.user_typing(typing.input.sio, "sid-1") is False  # no takeover
        assert takeovers.start(case, SESSION, asha, "asha").ok
        typing.now += 2
        assert await typing.input.user_typing(typing.input.sio, "sid-1") is True
        assert takeovers.active(SESSION).young_person_typing_at is not None
    finally:
        takeovers.dispose()
        _shared.dispose_all()
