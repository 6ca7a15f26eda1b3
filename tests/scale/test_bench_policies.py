"""bench/policies.py: the policy count `make bench` reports (no servers needed)."""
from __future__ import annotations

from bench import policies


def test_the_conversations_are_the_same_every_run_and_mix_kinds_of_message() -> None:
    first, again = policies.conversations(40), policies.conversations(40)
    assert first == again and len(first) == 40 and all(len(c) == 8 for c in first)
    flat = [m for c in first for m in c]
    assert set(policies.REPLIES) & set(flat)                  # short replies
    assert set(flat) - set(policies.REPLIES)                  # and real questions


def test_each_predicted_action_is_counted_under_its_policy() -> None:
    stored = [
        {"event": "action", "name": "action_session_start", "policy": None},
        {"event": "session_started"},
        {"event": "user", "text": "hi"},
        {"event": "action", "name": "utter_greet", "policy": "RulePolicy"},
        {"event": "action", "name": "action_listen", "policy": "RulePolicy"},
        {"event": "user", "text": "???"},
        {"event": "action", "name": "action_default_fallback", "policy": "RulePolicy"},
        {"event": "action", "name": "utter_greet", "policy": "MemoizationPolicy"},
    ]
    counts = policies.count_policies(stored)
    assert counts == {"RulePolicy": 3, "MemoizationPolicy": 1, "(no prediction)": 1,
                      "of which action_default_fallback": 1}


def test_play_sends_every_message_and_reads_back_those_conversations() -> None:
    said: list[tuple[str, str]] = []
    asked: list[list[str]] = []

    def events_of(senders: list[str]) -> dict[str, list[dict]]:
        asked.append(senders)
        return {s: [{"event": "action", "name": "utter_greet", "policy": "RulePolicy"}] for s in senders}

    sent, counts = policies.play(lambda sender, text: said.append((sender, text)), events_of, 3, prefix="p")
    assert sent == len(said) == 24
    assert asked == [["p-0", "p-1", "p-2"]]
    assert counts == {"RulePolicy": 3}
