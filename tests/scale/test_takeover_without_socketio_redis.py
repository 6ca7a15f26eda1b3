"""Issue 18: what the socket.io Redis manager is for, and Messenger's HUMAN_AGENT tag, on
two Rasa servers started without SOCKETIO_REDIS_URL (locks still in Redis) and with
MESSENGER_HUMAN_AGENT_TAG=1.

- Website chat: a worker's message posted to server 2 for a chat whose socket is on server
  1 is accepted (200) and saved, but never reaches the chat: each process's socket.io
  server knows only its own sockets. (tests/scale/test_takeover_two_servers.py: with the
  manager, it arrives.)
- Messenger needs no manager (server 2 posts to the Graph API itself): 30 hours after the
  person last wrote, a worker's message goes with the HUMAN_AGENT tag; a bot message (no
  person metadata) is refused; after 8 days the worker's message is refused too.
"""
from __future__ import annotations

import asyncio
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from harness.takeover_latency import Chat, post_events, worker_event
from tests.bot.test_facebook import event, post, sign
from tests.support.cluster import Cluster, running_cluster
from tests.support.fake_graph import FakeGraph

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def plain_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with running_cluster(Path(tmp_path_factory.mktemp("plain-cluster")), rasa_servers=2, socketio_redis=False,
                         extra_env={"MESSENGER_HUMAN_AGENT_TAG": "1"}) as cluster:
        yield cluster


def url(cluster: Cluster, i: int) -> str:
    return f"http://127.0.0.1:{cluster.rasa[i].rasa_port}"


async def test_takeover_without_the_redis_manager_a_message_to_another_server_is_lost(
        plain_cluster: Cluster) -> None:
    chat = await Chat(url(plain_cluster, 0)).open()
    try:
        since = len(chat.events)
        status, _ = await asyncio.to_thread(post_events, url(plain_cluster, 1), plain_cluster.settings.rasa_api_token,
                                            chat.session_id, [worker_event("Hi, I'm Sam.")])
        assert status == 200  # accepted and saved...
        await asyncio.sleep(3)
        assert chat.bot_messages(since) == []  # ...but never shown
        # The same through server 1, which holds the socket, arrives.
        status, _ = await asyncio.to_thread(post_events, url(plain_cluster, 0), plain_cluster.settings.rasa_api_token,
                                            chat.session_id, [worker_event("Hi again.")])
        assert status == 200
        got = await chat.wait_for(lambda e, d: e == "bot_uttered", since=since, timeout=10)
    finally:
        await chat.close()
    assert got == {"text": "Hi again.", "sender": "person", "name": "Sam"}


def set_back(cluster: Cluster, conversation: str, hours: float) -> None:
    engine = create_engine(cluster.settings.tracker_db_url, future=True)
    with engine.begin() as connection:
        connection.execute(text("UPDATE events SET timestamp = timestamp - :s WHERE sender_id = :c"),
                           {"s": hours * 3600, "c": conversation})
    engine.dispose()


def test_takeover_messenger_human_agent_tag_after_24_hours(plain_cluster: Cluster) -> None:
    settings = plain_cluster.settings
    with FakeGraph(urllib.parse.urlsplit(settings.facebook_graph_url).port) as graph:
        psid = f"fb-takeover-{uuid.uuid4().hex[:8]}"
        conversation = f"messenger-{psid}"
        body = event(psid, "hello")
        assert post(settings, body, sign(body, settings.facebook_app_secret)) == (200, "success")
        graph.wait_for(lambda calls: any(c.sender_action == "typing_off" and c.recipient == psid for c in calls))
        set_back(plain_cluster, conversation, 30)
        graph.clear()

        api, token = url(plain_cluster, 1), settings.rasa_api_token
        status, _ = post_events(api, token, conversation, [worker_event("Sam here, checking in.")])
        assert status == 200
        [sent] = [c for c in graph.wait_for(lambda calls: any(c.message for c in calls), timeout=10) if c.message]
        assert sent.recipient == psid
        assert sent.body["messaging_type"] == "MESSAGE_TAG" and sent.body["tag"] == "HUMAN_AGENT"
        assert sent.message == {"text": "Sam (duty worker): Sam here, checking in."}

        graph.clear()
        status, refusal = post_events(api, token, conversation, [{"event": "bot", "text": "A bot reminder."}])
        assert status == 500 and "more than 24 hours ago" in refusal["message"]

        set_back(plain_cluster, conversation, 24 * 7)
        status, refusal = post_events(api, token, conversation, [worker_event("Still there?")])
        assert status == 500 and "more than 7 days ago" in refusal["message"]
        time.sleep(1)
        assert not [c for c in graph.snapshot() if c.message]
