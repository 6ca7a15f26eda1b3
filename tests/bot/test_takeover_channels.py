"""Issue 18: how a duty worker's message leaves each channel, in-process (no servers).

A worker's message is a bot event with `{"sender": "person", "name": ...}` metadata, which
Rasa merges into the message it hands the output channel (`BotUttered.message()`). The
server tests are in test_takeover_delivery.py.
"""
from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from rasa.shared.core.events import BotUttered
from sqlalchemy import create_engine, insert

from bot.rasa.channels.facebook import (HUMAN_AGENT, RESPONSE, MessagingWindow, MessengerBot, NotDelivered,
                                        graph_client)
from bot.rasa.channels.socketio import SocketIOInput, SocketIOOutput, speaker
from bot.rasa.events import events_table
from bot.settings import Settings
from tests.support.fake_graph import FakeGraph

WORKER = {"sender": "person", "name": "Sam"}
TWO_PARAGRAPHS = "Hi, I'm Sam from the leaving care team.\n\nAre you safe right now?"


class Recorder:
    """Stands in for the AsyncServer (or the write-only Redis manager): keeps every emit."""

    def __init__(self) -> None:
        self.emits: list[tuple[str, Any, dict]] = []

    async def emit(self, event: str, data: Any = None, **kwargs: Any) -> None:
        self.emits.append((event, data, kwargs))


def worker_message(text: str = TWO_PARAGRAPHS, **metadata: Any) -> dict:
    return BotUttered(text, metadata={**WORKER, **metadata}).message()


# ------------------------------------------------------------------ who is speaking


def test_takeover_speaker_is_only_a_checked_person() -> None:
    assert speaker({"sender": "person", "name": "Sam"}) == {"sender": "person", "name": "Sam"}
    assert speaker({"sender": "person"}) == {"sender": "person"}
    assert speaker({"sender": "bot", "name": "Sam"}) == {}
    assert speaker({"sender": "Person", "name": "Sam"}) == {}
    assert speaker({"name": "Sam"}) == {}
    assert speaker({"sender": "person", "name": {"first": "Sam"}}) == {"sender": "person"}
    assert speaker({"sender": "person", "name": "  Sam\u200b \n Jones\x00 "}) == {"sender": "person", "name": "Sam Jones"}
    assert speaker({"sender": "person", "name": "x" * 500})["name"] == "x" * 60


# ------------------------------------------------------------------ socket.io


async def test_takeover_socketio_person_message_is_one_bubble_with_sender_and_name_only() -> None:
    sio = Recorder()
    output = SocketIOOutput(sio, "bot_uttered")
    message = worker_message(case_id=42, secret="internal note")
    await output.send_response("web-abc", message)
    assert sio.emits == [("bot_uttered", {"text": TWO_PARAGRAPHS, "sender": "person", "name": "Sam"},
                          {"room": "web-abc", "namespace": None})]


async def test_takeover_socketio_bot_message_is_still_split_and_unmarked() -> None:
    sio = Recorder()
    await SocketIOOutput(sio, "bot_uttered").send_response(
        "web-abc", BotUttered(TWO_PARAGRAPHS, metadata={"utter_action": "utter_x"}).message())
    assert [data for _, data, _ in sio.emits] == [{"text": "Hi, I'm Sam from the leaving care team."},
                                                   {"text": "Are you safe right now?"}]


async def test_takeover_socketio_person_message_with_buttons_stays_whole() -> None:
    sio = Recorder()
    message = BotUttered(TWO_PARAGRAPHS, data={"buttons": [{"title": "Yes", "payload": "yes"}]},
                         metadata=WORKER).message()
    await SocketIOOutput(sio, "bot_uttered").send_response("web-abc", message)
    assert len(sio.emits) == 1
    data = sio.emits[0][1]
    assert data["text"] == TWO_PARAGRAPHS and data["sender"] == "person" and data["name"] == "Sam"
    assert data["quick_replies"] == [{"content_type": "text", "title": "Yes", "payload": "yes"}]


def test_takeover_socketio_output_channel_without_a_server_needs_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process with no socket.io server of its own gets a write-only Redis emitter."""
    channel = SocketIOInput()
    monkeypatch.setattr(Settings, "from_env", classmethod(lambda cls, env=None: Settings(
        socketio_redis_url="redis://127.0.0.1:1/0")))
    output = channel.get_output_channel()
    assert isinstance(output, SocketIOOutput)
    assert type(output.sio).__name__ == "AsyncRedisManager" and output.sio.write_only

    off = SocketIOInput()
    monkeypatch.setattr(Settings, "from_env", classmethod(lambda cls, env=None: Settings(
        lock_store_url="redis://127.0.0.1:1/0", socketio_redis_url="off")))
    with pytest.warns(UserWarning, match="cannot be recreated"):
        assert off.get_output_channel() is None


def test_takeover_socketio_redis_defaults_to_the_lock_store() -> None:
    assert Settings(lock_store_url="redis://r:6379/1").socketio_manager_url == "redis://r:6379/1"
    assert Settings(lock_store_url="redis://r:6379/1", socketio_redis_url="redis://s:6379/2").socketio_manager_url \
        == "redis://s:6379/2"
    assert Settings(lock_store_url="redis://r:6379/1", socketio_redis_url="off").socketio_manager_url == ""
    assert Settings().socketio_manager_url == ""
    env = Settings.from_env({"SOCKETIO_REDIS_URL": "redis://s/0", "MESSENGER_HUMAN_AGENT_TAG": "1"})
    assert env.socketio_redis_url == "redis://s/0" and env.uses_human_agent_tag
    assert not Settings.from_env({}).uses_human_agent_tag


# ------------------------------------------------------------------ Messenger


@pytest.fixture
def tracker_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = create_engine(url, future=True)
    events_table.metadata.create_all(engine)
    engine.dispose()
    return url


def wrote(url: str, conversation: str, at: float) -> None:
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(insert(events_table).values(sender_id=conversation, type_name="user", timestamp=at,
                                                       data="{}"))
    engine.dispose()


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def messenger(graph: FakeGraph, window: MessagingWindow | None) -> MessengerBot:
    client = graph_client("page-token")
    client.graph_url = graph.url
    return MessengerBot(client, window)


NOW = 1_800_000_000.0


@pytest.mark.parametrize("hours_ago, tag_setting, person, expected", [
    (1, False, True, RESPONSE),
    (23.9, False, False, RESPONSE),
    (25, True, True, HUMAN_AGENT),
    (24 * 6.9, True, True, HUMAN_AGENT),
])
async def test_takeover_messenger_window_allows(tracker_db: str, hours_ago: float, tag_setting: bool,
                                                person: bool, expected: tuple) -> None:
    wrote(tracker_db, "messenger-111", NOW - hours_ago * 3600)
    window = MessagingWindow(tracker_db, human_agent_tag=tag_setting, clock=lambda: NOW)
    assert await window.messaging("messenger-111", person=person) == expected


@pytest.mark.parametrize("hours_ago, tag_setting, person, says", [
    (25, False, True, "more than 24 hours ago"),
    (25, True, False, "more than 24 hours ago"),  # the tag is only for a person's message
    (24 * 7.1, True, True, "more than 7 days ago"),
    (None, True, True, "never written"),
])
async def test_takeover_messenger_window_refuses(tracker_db: str, hours_ago: float | None, tag_setting: bool,
                                                 person: bool, says: str) -> None:
    if hours_ago is not None:
        wrote(tracker_db, "messenger-111", NOW - hours_ago * 3600)
    wrote(tracker_db, "messenger-222", NOW)  # someone else wrote just now: not this person
    window = MessagingWindow(tracker_db, human_agent_tag=tag_setting, clock=lambda: NOW)
    with pytest.raises(NotDelivered, match=says):
        await window.messaging("messenger-111", person=person)


async def test_takeover_messenger_person_message_goes_whole_with_name_and_tag(tracker_db: str,
                                                                              graph: FakeGraph) -> None:
    wrote(tracker_db, "messenger-111", time.time() - 30 * 3600)
    bot = messenger(graph, MessagingWindow(tracker_db, human_agent_tag=True))
    await bot.send_response("messenger-111", worker_message())
    [call] = graph.snapshot()
    assert call.recipient == "111"
    assert call.body["messaging_type"] == "MESSAGE_TAG" and call.body["tag"] == "HUMAN_AGENT"
    assert call.message == {"text": "Sam (duty worker): " + TWO_PARAGRAPHS}


async def test_takeover_messenger_refused_sends_nothing(tracker_db: str, graph: FakeGraph) -> None:
    wrote(tracker_db, "messenger-111", time.time() - 30 * 3600)
    bot = messenger(graph, MessagingWindow(tracker_db, human_agent_tag=False))
    with pytest.raises(NotDelivered, match="Messenger won't deliver"):
        await bot.send_response("messenger-111", worker_message())
    await asyncio.sleep(0.2)
    assert graph.snapshot() == []


async def test_takeover_messenger_replies_in_a_turn_are_unchanged(graph: FakeGraph) -> None:
    """No window (a reply to a message just received): RESPONSE, split, never refused."""
    bot = messenger(graph, None)
    await bot.send_response("messenger-111", BotUttered(TWO_PARAGRAPHS).message())
    calls = graph.snapshot()
    assert [c.message["text"] for c in calls] == ["Hi, I'm Sam from the leaving care team.",
                                                   "Are you safe right now?"]
    assert all(c.body["messaging_type"] == "RESPONSE" and "tag" not in c.body for c in calls)


async def test_takeover_messenger_person_message_with_buttons_stays_whole(tracker_db: str, graph: FakeGraph) -> None:
    wrote(tracker_db, "messenger-111", time.time() - 60)
    message = BotUttered(TWO_PARAGRAPHS, data={"buttons": [{"title": "Yes", "payload": "/affirm"}]},
                         metadata=WORKER).message()
    await messenger(graph, MessagingWindow(tracker_db)).send_response("messenger-111", message)
    [call] = graph.snapshot()
    assert call.message["text"] == "Sam (duty worker): " + TWO_PARAGRAPHS
    assert [q["title"] for q in call.message["quick_replies"]] == ["Yes"]
    assert call.body["messaging_type"] == "RESPONSE"
