"""Build rasa-sdk trackers and read dispatcher output: action tests need no trained model."""
from __future__ import annotations

from typing import Any

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.paths import ROOT

_DOMAIN: dict[str, Any] | None = None


def domain() -> dict[str, Any]:
    global _DOMAIN
    if _DOMAIN is None:
        _DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return _DOMAIN


def create_tracker(intent: str = "greet", text: str = "", slots: dict[str, Any] | None = None,
                   entities: list[dict[str, Any]] | None = None, sender_id: str = "test-user",
                   crisis: dict[str, str] | None = None, channel: str = "rest",
                   active_loop: str | None = None) -> Tracker:
    all_slots = {name: None for name in domain()["slots"]}
    all_slots.update(slots or {})
    latest = {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or [],
              "text": text}
    if crisis is not None:
        latest["crisis"] = crisis
    events = [{"event": "user", "text": text, "parse_data": latest,
               "input_channel": channel}]
    return Tracker(sender_id, all_slots, latest, events, False, None,
                   {"name": active_loop} if active_loop else {}, "action_listen")


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("response") for m in dispatcher.messages]


def message(dispatcher: CollectingDispatcher, response: str) -> dict[str, Any]:
    found = [m for m in dispatcher.messages if m.get("response") == response]
    assert found, f"{response} not uttered; got {responses(dispatcher)}"
    return found[0]


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
