"""Fault: Redis (the shared lock store) goes away and comes back while two Rasa servers run.

Without a lock Rasa won't handle a message, so while Redis is down the REST channel's
safety net answers: the crisis contacts for a crisis message, a polite "try again" (503)
with the Samaritans number for anything else. When Redis is back, the next messages are
handled normally, with the conversation intact, without restarting anything.
"""
from __future__ import annotations

import time

import pytest

from bot.rasa.channels import rest
from tests.faults.test_database_restart import post
from tests.support.cluster import Cluster
from tests.support.crisis_eval import is_crisis_reply
from tests.support.servers import texts

pytestmark = [pytest.mark.server, pytest.mark.postgres]


def test_lock_store_down_then_back(cluster: Cluster) -> None:
    assert cluster.redis is not None
    a, b = cluster.rasa
    sender = "fault-redis"
    assert "Derby" in texts(post(a, sender, "im from derby")[1])

    cluster.redis.stop()
    try:
        status, crisis = post(b, sender, "i want to kill myself")
        assert status == 200 and crisis and is_crisis_reply(crisis[0]["text"]), (status, crisis)
        status, other = post(a, sender, "do i have to pay council tax")
        assert status == 503 and other[0]["text"] == rest.FAILED, (status, other)
        print(f"\nwhile Redis was down: crisis message -> 200 with the crisis contacts; "
              f"a question -> {status} {other[0]['text']!r}")
    finally:
        cluster.redis.start()

    # The bot never saw the crisis message, so the channel raised the duty workers' case.
    from bot.web.store import TriageStore

    store = TriageStore(a.triage_db_url)
    deadline = time.monotonic() + 15
    try:
        while not (cases := [c for c in store.queue(["unknown", "derby_city"]) if c.sender_id == sender]):
            assert time.monotonic() < deadline, "no triage case for the crisis message"
            time.sleep(0.5)
    finally:
        store.dispose()
    assert [c.severity for c in cases] == ["crisis"] and "REST channel" in cases[0].reason, cases

    for server in (a, b):
        status, reply = post(server, sender, "can i get help with driving lessons")
        assert status == 200 and "Derby" in texts(reply), (server.rasa_port, status, texts(reply))
    cluster.check_alive()
