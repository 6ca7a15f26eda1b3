"""Hostile input to the socket.io channel (bot/rasa/channels/socketio.py), without servers.

It must meet the same guards as the REST channel (bot/rasa/channels/rest.py): length, rate,
text cleaning, and a session id that is text of a sane length without control characters
(issue 17, hole 5). The handler runs here with a stand-in for the bot and for socket.io's emit.
"""
from __future__ import annotations

import pytest

from bot.rasa.channels import rest
from bot.rasa.channels.socketio import SocketIOInput

CRISIS = "i want to kill myself"
FILLER = "how much is the setting up home allowance and what about council tax. "
SESSION = "a1b2c3d4e5f6a7b8"


class Bot:
    def __init__(self) -> None:
        self.seen: list = []

    async def __call__(self, message) -> None:
        self.seen.append(message)


class Channel:
    """The channel's `user_uttered` handler, with what it emits recorded."""

    def __init__(self, persistence: bool = True, granted: str | None = SESSION, **credentials) -> None:
        self.input = SocketIOInput.from_credentials(dict(credentials, session_persistence=persistence))
        self.bot = Bot()

        async def session_granted(_sio, sid) -> str | None:
            # What session_request granted each socket (tests/bot/test_socketio_sessions.py
            # covers the granting itself, with a real client): the first socket SESSION.
            if granted is None:
                return None
            return granted if sid == "sid-1" else f"session-{sid}"

        self.input.granted = session_granted
        self.input.blueprint(self.bot)
        self.emitted: list = []

        async def emit(event, data=None, room=None, **_kwargs) -> None:
            self.emitted.append((event, data, room))

        self.input.sio.emit = emit
        self.handler = self.input.sio.handlers["/"]["user_uttered"]

    async def send(self, data, sid: str = "sid-1") -> None:
        await self.handler(sid, data)

    def replies(self) -> list[str]:
        return [data["text"] for event, data, _ in self.emitted if event == "bot_uttered"]


@pytest.mark.parametrize("session_id", [
    "abc\x00defghijk",            # a NUL: PostgreSQL refuses it, and the case went to the spool
    "x" * 1_000_000,              # any length
    12345678901234, {"a": 1}, ["x"], True, None, "",
], ids=["nul", "1MB", "int", "dict", "list", "bool", "none", "empty"])
async def test_an_odd_session_id_never_reaches_the_bot(session_id) -> None:
    channel = Channel()
    await channel.send({"session_id": session_id, "message": "hello"})
    assert [m.sender_id for m in channel.bot.seen] == [SESSION]  # the granted id, never the odd one
    ungranted = Channel(granted=None)
    await ungranted.send({"session_id": session_id, "message": "hello"})
    assert ungranted.bot.seen == []


async def test_nul_and_control_characters_are_cleaned_from_the_text() -> None:
    channel = Channel()
    await channel.send({"session_id": SESSION, "message": "hel\x00lo\x07 there\ud800"})
    assert [m.text for m in channel.bot.seen] == ["hello there\ufffd"]
    assert channel.bot.seen[0].sender_id == SESSION and channel.bot.seen[0].input_channel == "socketio"


@pytest.mark.parametrize("message", [None, 5, {"text": "hi"}, ["hi"], "", "   \u200b "])
async def test_a_message_that_is_not_text_or_is_empty_is_refused_politely(message) -> None:
    channel = Channel()
    await channel.send({"session_id": SESSION, "message": message})
    assert channel.bot.seen == [] and len(channel.replies()) == 1


async def test_a_non_object_payload_is_ignored() -> None:
    channel = Channel()
    for data in (None, "hello", ["hello"], 5):
        await channel.send(data)
    assert channel.bot.seen == []


async def test_a_long_message_is_refused_with_the_rest_limit() -> None:
    channel = Channel()
    await channel.send({"session_id": SESSION, "message": (FILLER * 20_000)[:1_000_000]})
    assert channel.bot.seen == []
    assert channel.replies() == [rest.TOO_LONG.format(limit=rest.DEFAULT_MAX_MESSAGE_CHARS)]


async def test_a_crisis_phrase_inside_a_long_message_still_reaches_the_bot() -> None:
    channel = Channel()
    text = (FILLER * 2000)[:100_000] + " " + CRISIS
    await channel.send({"session_id": SESSION, "message": text})
    passed = channel.bot.seen[0]
    assert CRISIS in passed.text and len(passed.text) <= rest.DEFAULT_MAX_MESSAGE_CHARS
    assert passed.metadata["shortened_from_chars"] == len(text)


async def test_a_flood_from_one_session_is_throttled_but_not_a_crisis_or_another_session() -> None:
    channel = Channel(rate_per_second=5, burst=10)
    for i in range(50):
        await channel.send({"session_id": SESSION, "message": f"message {i}"})
    assert 10 <= len(channel.bot.seen) <= 16, len(channel.bot.seen)
    assert rest.THROTTLED in channel.replies()
    await channel.send({"session_id": SESSION, "message": CRISIS})
    assert channel.bot.seen[-1].text == CRISIS
    await channel.send({"session_id": "another-session-1", "message": "hi"}, sid="sid-2")
    assert channel.bot.seen[-1].text == "hi" and channel.bot.seen[-1].sender_id == "session-sid-2"


async def test_without_session_persistence_the_socket_id_is_the_sender() -> None:
    channel = Channel(persistence=False)
    await channel.send({"message": "hi"}, sid="socket-abc")
    assert [m.sender_id for m in channel.bot.seen] == ["socket-abc"]


async def test_metadata_that_is_not_an_object_is_dropped_not_a_crash() -> None:
    channel = Channel()
    for metadata in ("{not json", "[1]", 5):
        await channel.send({"session_id": SESSION, "message": "hi", "metadata": metadata})
    await channel.send({"session_id": SESSION, "message": "hi", "metadata": '{"page": "x"}'})
    assert [m.metadata for m in channel.bot.seen] == [None, None, None, {"page": "x"}]
