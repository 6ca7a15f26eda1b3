"""Fault: the action server is killed (SIGKILL) in the middle of a conversation.

Crisis messages still get the crisis reply (a domain response), other questions get
"I can't look that up right now" with the council's duty number, and when a new action
server comes up on the same port the Rasa servers use it again without being restarted.
Runs on the two-server cluster (tests/support/cluster.py).
"""
from __future__ import annotations

import time

import pytest

from tests.support.cluster import Cluster
from tests.support.crisis_eval import is_crisis_reply, is_urgent_reply
from tests.support.servers import say, texts

pytestmark = [pytest.mark.server, pytest.mark.postgres]

DERBY_DUTY = "01332"  # Derby City's numbers start with the area code


def test_action_server_killed_mid_conversation_then_back(cluster: Cluster) -> None:
    a, b = cluster.rasa
    sender = "fault-actions"
    rasa_pids = cluster.rasa_pids()

    assert "Derby" in texts(say(a, sender, "im from derby"))
    assert "Derby City Council" in texts(say(b, sender, "how much is the setting up home allowance"))

    cluster.kill_action_server()
    try:
        crisis = say(a, sender, "i want to end it all tonight")
        assert is_crisis_reply(crisis[0]["text"]), texts(crisis)
        urgent = say(b, "fault-actions-urgent", "my boyfriend hit me and i'm scared to go home")
        assert is_urgent_reply(urgent[0]["text"]), texts(urgent)
        lookup = texts(say(b, sender, "do i have to pay council tax"))
        assert "can't look that up right now" in lookup and DERBY_DUTY in lookup, lookup
        unknown_council = texts(say(a, "fault-actions-2", "how much is the setting up home allowance"))
        assert "can't look that up right now" in unknown_council and "116 123" in unknown_council
        print(f"\naction server killed: crisis -> crisis contacts first; urgent -> 999/Shelter; "
              f"offer question -> {lookup.splitlines()[0]!r}")
    finally:
        cluster.start_action_server()

    # Back without restarting Rasa: the same processes answer from the new action server.
    deadline = time.monotonic() + 30
    while True:
        answer = texts(say(a, sender, "can i get help with driving lessons"))
        if "can't look that up" not in answer or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert "Derby" in answer and "can't look that up" not in answer, answer
    assert "Derby" in texts(say(b, sender, "do i have to pay council tax"))
    assert cluster.rasa_pids() == rasa_pids
    print(f"action server back on the same port: {answer.splitlines()[0]!r} (same Rasa processes)")
    cluster.check_alive()
