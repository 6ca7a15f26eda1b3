"""Issue 18 across two Rasa servers (PostgreSQL, Redis): a duty worker's message sent
through server 2's HTTP API reaches a website chat whose socket is on server 1, through
the socket.io servers' Redis manager (bot/rasa/channels/socketio.py).

Also times it (harness/takeover_latency.py): one server (socket and POST on server 1) and
two (socket on server 1, POST to server 2), p50 and max over 20 messages, written to
var/screenshots/takeover-latency-cluster.json.
"""
from __future__ import annotations

import asyncio
import json

import pytest

from bot.paths import VAR
from harness.takeover_latency import Chat, describe, measure, post_events, worker_event
from tests.support.cluster import Cluster

pytestmark = pytest.mark.server

TEXT = "Hi, I'm Sam from the duty team.\n\nI'm here now."


def url(cluster: Cluster, i: int) -> str:
    return f"http://127.0.0.1:{cluster.rasa[i].rasa_port}"


async def test_takeover_message_from_server_2_reaches_a_socket_on_server_1(cluster: Cluster) -> None:
    chat = await Chat(url(cluster, 0)).open()
    try:
        since = len(chat.events)
        status, body = await asyncio.to_thread(post_events, url(cluster, 1), cluster.settings.rasa_api_token,
                                               chat.session_id, [worker_event(TEXT)])
        assert status == 200, body
        await chat.wait_for(lambda e, d: e == "bot_uttered" and isinstance(d, dict) and d.get("sender"),
                            since=since, timeout=10)
        await asyncio.sleep(1)
        got = chat.bot_messages(since)
    finally:
        await chat.close()
    assert got == [{"text": TEXT, "sender": "person", "name": "Sam"}]


async def test_takeover_latency_one_and_two_servers(cluster: Cluster) -> None:
    token = cluster.settings.rasa_api_token
    one = await measure(url(cluster, 0), url(cluster, 0), token)
    two = await measure(url(cluster, 0), url(cluster, 1), token)
    print("\n" + describe("cluster, one server (socket and POST on server 1)", one))
    print(describe("cluster, two servers (socket on server 1, POST to server 2)", two))
    VAR.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    VAR.joinpath("screenshots", "takeover-latency-cluster.json").write_text(
        json.dumps({"one_server": one, "two_servers": two}, indent=2))
    assert one["max_ms"] < 2000 and two["max_ms"] < 2000
