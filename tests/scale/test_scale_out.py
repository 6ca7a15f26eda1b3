"""Scale-out: two Rasa servers sharing a PostgreSQL tracker store and a Redis lock store,
one action server, offers and triage cases in PostgreSQL (tests/support/cluster.py).

A conversation's turns go alternately to both servers; the slots and the history must
come out as if one server had had it all. Then a bounded load test (loopback only) checks
in the tracker store that every message is stored exactly once with a reply after it.
"""
from __future__ import annotations

import json
import os
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.load import check_stored, run_load
from bot.settings import Settings
from tests.support.cluster import Cluster
from tests.support.servers import say, texts

pytestmark = [pytest.mark.server, pytest.mark.postgres]

# CI defaults: 8 conversations for 20 seconds; `make bench` runs a longer one.
LOAD_CONVERSATIONS = int(os.environ.get("LOAD_TEST_CONVERSATIONS", "8"))
LOAD_SECONDS = float(os.environ.get("LOAD_TEST_SECONDS", "20"))


def tracker(settings: Settings, sender: str) -> dict:
    url = (f"http://127.0.0.1:{settings.rasa_port}/conversations/{sender}/tracker"
           f"?token={settings.rasa_api_token}")
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.loads(reply.read())


def history(tracker_json: dict) -> list[tuple[str, str]]:
    return [(e["event"], e.get("text") or e.get("name") or "") for e in tracker_json["events"]
            if e["event"] in ("user", "bot", "slot", "action")]


def test_one_conversation_alternating_between_two_servers(cluster: Cluster) -> None:
    a, b = cluster.rasa
    assert a.rasa_port != b.rasa_port and a.tracker_db_url == b.tracker_db_url
    sender = "scale-alternate"
    turns = [
        (a, "how much is the setting up home allowance", "Which council"),
        (b, "north northants", "£3,000"),             # answers the question asked on server A
        (a, "do i have to pay council tax", "North Northamptonshire"),
        (b, "actually im from west northants", "West Northamptonshire"),
        (a, "can i get help with driving lessons", "West Northamptonshire"),
    ]
    for server, text, expected in turns:
        reply = texts(say(server, sender, text))
        assert expected in reply, (server.rasa_port, text, reply)

    seen_by_a, seen_by_b = tracker(a, sender), tracker(b, sender)
    assert seen_by_a["slots"]["authority"] == "west_northamptonshire"
    assert seen_by_a["slots"]["last_topic"] == "driving"
    assert seen_by_a["slots"] == seen_by_b["slots"]
    assert history(seen_by_a) == history(seen_by_b)
    users = [text for event, text in history(seen_by_a) if event == "user"]
    assert users == [text for _, text, _ in turns]  # each once, in order

    stored = cluster.tracker_events([sender])[sender]
    kinds = [e["event"] for e in stored if e["event"] in ("user", "bot")]
    assert kinds.count("user") == len(turns)
    for i, kind in enumerate(kinds):  # every user message is followed by a bot reply
        if kind == "user":
            assert i + 1 < len(kinds) and kinds[i + 1] == "bot", kinds


def test_one_conversation_on_both_servers_at_once(cluster: Cluster) -> None:
    """Two messages of one conversation arriving together at different servers are
    handled one after the other (the Redis lock), so neither is lost or interleaved."""
    a, b = cluster.rasa
    sender = "scale-same-moment"
    say(a, sender, "im from derby")
    messages = [(a, "do i have to pay council tax"), (b, "can i get help with driving lessons")] * 3
    with ThreadPoolExecutor(len(messages)) as pool:
        replies = list(pool.map(lambda m: say(m[0], sender, m[1]), messages))
    assert all(replies), replies
    stored = cluster.tracker_events([sender])[sender]
    users = [e["text"] for e in stored if e["event"] == "user"]
    assert sorted(users[1:]) == sorted(text for _, text in messages)
    # Turns are not interleaved: between two user messages there is a whole bot answer.
    kinds = [e["event"] for e in stored if e["event"] in ("user", "bot")]
    for i, kind in enumerate(kinds):
        if kind == "user":
            assert kinds[i + 1] == "bot", kinds
    assert tracker(a, sender)["slots"]["authority"] == "derby_city"


def test_load_every_message_stored_once_with_a_reply(cluster: Cluster) -> None:
    urls = [f"http://127.0.0.1:{s.rasa_port}/webhooks/rest/webhook" for s in cluster.rasa]
    # A quarter of a second between a reply and the next message: fast typing, well
    # inside the per-sender rate limit, which stays on as in production.
    result = run_load(urls, LOAD_CONVERSATIONS, LOAD_SECONDS, think=0.25, prefix="ci-load")
    cluster.check_alive()
    check = check_stored(result, cluster.tracker_events(result.senders))
    s = result.summary()
    print(f"\nload: {LOAD_CONVERSATIONS} conversations x {LOAD_SECONDS:.0f} s over {len(urls)} Rasa "
          f"servers: sent {s['sent']}, answered 200 {s['ok']}, stored {check.stored}, stored with a "
          f"reply {check.replied}; p50 {s['p50']:.0f} ms, p95 {s['p95']:.0f} ms, max {s['max']:.0f} ms, "
          f"{s['per_second']:.1f} messages/s")
    assert not result.errors, result.errors[:5]
    assert check.refused == 0, "the rate limit or an error refused a message"
    assert check.sent > LOAD_CONVERSATIONS * 5, "too few messages to mean anything"
    assert check.ok, check.problems[:10]
