"""Fault: Redis goes away and comes back while a website chat is open on server 1 of two.

The socket.io servers' Redis manager (bot/rasa/channels/socketio.py) loses its
subscription; python-socketio subscribes again with a back-off (1, 2, 4... s, at most
60). This measures how long after Redis is back a duty worker's message posted to server
2 reaches the chat again, and shows that the socket itself (a local emit) is not lost.
"""
from __future__ import annotations

import asyncio
import time

import pytest

from harness.takeover_latency import Chat, post_events, worker_event
from tests.support.cluster import Cluster

pytestmark = [pytest.mark.server, pytest.mark.postgres]


async def test_takeover_messages_cross_servers_again_after_redis_restarts(cluster: Cluster) -> None:
    assert cluster.redis is not None
    one, two = (f"http://127.0.0.1:{s.rasa_port}" for s in cluster.rasa)
    token = cluster.settings.rasa_api_token
    chat = await Chat(one).open()
    try:
        cluster.redis.stop()
        await asyncio.sleep(2)
        cluster.redis.start()
        back = time.monotonic()
        delivered_after = None
        sent = 0
        lost: list[int] = []  # the API's answer for each message that did not show
        while time.monotonic() - back < 90:
            since = len(chat.events)
            sent += 1
            text = f"try {sent}"
            status, _ = await asyncio.to_thread(post_events, two, token, chat.session_id, [worker_event(text)])
            if status == 200:
                try:
                    await chat.wait_for(lambda e, d, text=text: e == "bot_uttered" and isinstance(d, dict)
                                        and d.get("text") == text, since=since, timeout=1)
                    delivered_after = time.monotonic() - back
                    break
                except TimeoutError:
                    pass
            lost.append(status)
            await asyncio.sleep(0.5)
        assert chat.sio.connected
    finally:
        await chat.close()
    print(f"\ncross-server delivery again {delivered_after:.1f} s after Redis was back; before that "
          f"{len(lost)} message(s) not shown, the API answering {lost} (200 = accepted, yet lost)"
          if delivered_after is not None else f"\nnever delivered again; the API answered {lost}")
    assert delivered_after is not None and delivered_after < 70
