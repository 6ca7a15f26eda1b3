"""Score the trained NLU on the held-out split (tests/nlu/) through the running server.

Uses Rasa's HTTP API (`/model/parse`, token required) on the server the other server
tests share, so no second model is loaded. The held-out examples are never trained on.
"""
from __future__ import annotations

import json
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data
from sklearn.metrics import accuracy_score, f1_score

from bot.settings import Settings

HELD_OUT = Path(__file__).resolve().parents[1] / "nlu"


@dataclass
class NluScore:
    accuracy: float
    macro_f1: float
    total: int
    confusions: list[tuple[str, str, int]]   # (expected, predicted, count), most common first
    entity_f1: float


def parse(settings: Settings, text: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{settings.rasa_port}/model/parse?token={settings.rasa_api_token}",
        data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.loads(reply.read())


def score(settings: Settings, folder: Path = HELD_OUT) -> NluScore:
    examples = [e for f in sorted(folder.glob("*.yml")) for e in load_data(str(f)).intent_examples]
    texts = [e.get("text") for e in examples]
    expected = [e.get("intent") for e in examples]
    with ThreadPoolExecutor(4) as pool:
        parsed = list(pool.map(lambda t: parse(settings, t), texts))
    predicted = [p["intent"]["name"] for p in parsed]
    pairs = Counter((e, p) for e, p in zip(expected, predicted) if e != p)
    return NluScore(
        accuracy=accuracy_score(expected, predicted),
        macro_f1=f1_score(expected, predicted, average="macro", zero_division=0),
        total=len(examples),
        confusions=[(e, p, n) for (e, p), n in pairs.most_common()],
        entity_f1=authority_entity_f1(settings),
    )


# Authority mentions as people type them, with the authority the bot should resolve.
AUTHORITY_MENTIONS = [
    ("im from derby", "derby"), ("i was in care in north northants", "north northants"),
    ("West Northamptonshire looked after me", "west northamptonshire"),
    ("does NNC pay for driving lessons", "nnc"), ("derby city council", "derby city council"),
    ("my council is west northants", "west northants"), ("how much does derby give", "derby"),
    ("Northamptonshire Children’s Trust", "northamptonshire children’s trust"),
    ("what do u get in north northamptonshire", "north northamptonshire"),
    ("how much is the bursary", None), ("i live in a flat", None), ("my pa is great", None),
]


def authority_entity_f1(settings: Settings) -> float:
    tp = fp = fn = 0
    for text, mention in AUTHORITY_MENTIONS:
        found = [e["value"].lower() for e in parse(settings, text)["entities"] if e["entity"] == "authority"]
        if mention is None:
            fp += len(found)
        elif mention in found:
            tp += 1
            fp += len(found) - 1
        else:
            fn += 1
            fp += len(found)
    return 2 * tp / max(2 * tp + fp + fn, 1)
