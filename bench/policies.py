"""Which dialogue policy chose each of the bot's actions, read back from the tracker store.

config.yml has no TEDPolicy because rules decide every turn of this assistant. This keeps
that claim checked on each `make bench`: it plays seeded random conversations over REST
(the bench script, held-out questions from tests/nlu, crisis messages, council names,
yes/no answers and small talk, eight messages each), then counts the `policy` Rasa stored
with every predicted action. A rise in "action_default_fallback" or any policy other than
RulePolicy / MemoizationPolicy is a sign the rules have a gap.
"""
from __future__ import annotations

import collections
import json
import random
from pathlib import Path
from typing import Callable, Iterable

import yaml

ROOT = Path(__file__).resolve().parents[1]
REPLIES = ("north northants", "derby", "west northants", "yes", "no", "19", "18", "thanks", "hi",
           "what about derby", "I'm safe for now", "bye")


def messages() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "nlu").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            texts += [line[2:].strip() for line in item["examples"].splitlines() if line.startswith("- ")]
    crisis = yaml.safe_load((ROOT / "tests" / "crisis" / "crisis_set.yml").read_text(encoding="utf-8"))
    return texts + [case["text"] for case in crisis["crisis"][:60]]


def conversations(count: int, length: int = 8, seed: int = 7) -> list[list[str]]:
    """`count` conversations, the same ones every run (a fixed seed)."""
    rng = random.Random(seed)
    pool = messages() + list(REPLIES) * 8  # short replies are common in real chats
    return [[rng.choice(pool) for _ in range(length)] for _ in range(count)]


def count_policies(stored: Iterable[dict]) -> collections.Counter:
    """Stored event dicts -> how many predicted actions each policy chose. Actions Rasa runs
    without a prediction (action_session_start, action_listen after a session starts,
    form follow-ups) carry no policy and are counted as "(no prediction)"."""
    counts: collections.Counter = collections.Counter()
    for event in stored:
        if event.get("event") != "action":
            continue
        policy = event.get("policy") or "(no prediction)"
        counts[policy] += 1
        if event.get("name") == "action_default_fallback":
            counts["of which action_default_fallback"] += 1
    return counts


def play(say: Callable[[str, str], object], events_of: Callable[[list[str]], dict[str, list[dict]]],
         count: int, prefix: str = "bench-policy") -> tuple[int, collections.Counter]:
    """Send the conversations through `say(sender, text)`, then count from the tracker store."""
    senders, sent = [], 0
    for i, conversation in enumerate(conversations(count)):
        sender = f"{prefix}-{i}"
        senders.append(sender)
        for text in conversation:
            say(sender, text)
            sent += 1
    stored = events_of(senders)
    return sent, count_policies(e for events in stored.values() for e in events)


if __name__ == "__main__":  # the conversations, for reading
    print(json.dumps(conversations(5), indent=1))
