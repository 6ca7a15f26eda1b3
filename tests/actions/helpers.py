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


def answer_texts(dispatcher: CollectingDispatcher) -> list[str]:
    """The composed text of every `utter_offer_answer` message, in order."""
    return [m["answer"] for m in dispatcher.messages if m.get("response") == "utter_offer_answer"]


def answer_text(dispatcher: CollectingDispatcher) -> str:
    """The composed text of the one answer message (issue 15: one fact is one message)."""
    found = answer_texts(dispatcher)
    assert len(found) == 1, f"expected one utter_offer_answer; got {responses(dispatcher)}"
    return found[0]


def paragraphs(dispatcher: CollectingDispatcher) -> list[str]:
    """The answer's parts (headline, caution, details, how to get it, source). A message
    with buttons keeps blank lines between them; one without has single line breaks."""
    return [p for p in answer_text(dispatcher).split("\n") if p.strip()]


def headline(dispatcher: CollectingDispatcher) -> str:
    """The answer's first line: what is offered, as firmly as the source says."""
    return paragraphs(dispatcher)[0]


def button_titles(dispatcher: CollectingDispatcher, response: str) -> list[str]:
    return [b["title"] for b in message(dispatcher, response).get("buttons") or []]


def frozen_clock(monkeypatch: Any, module: Any, when: Any) -> None:
    """Fix `module.datetime.now()` (actions.contact reads the clock itself)."""
    from datetime import datetime

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return when.astimezone(tz) if tz else when

    monkeypatch.setattr(module, "datetime", Frozen)


def earlier_user_message(tracker: Tracker, intent: str, text: str) -> Tracker:
    """The tracker with a user message before its latest one (multi-turn cases)."""
    tracker.events.insert(0, {"event": "user", "text": text, "input_channel": "rest",
                              "parse_data": {"intent": {"name": intent, "confidence": 1.0},
                                             "entities": [], "text": text}})
    return tracker


def said(dispatcher: CollectingDispatcher) -> str:
    """Everything the bot said, as the user reads it: composed answers as they are, other
    responses filled from domain.yml. One line per message."""
    from actions.compose import fill

    parts = []
    for m in dispatcher.messages:
        name = m.get("response")
        if name == "utter_offer_answer":
            parts.append(m["answer"])
        elif name:
            parts.append(fill(domain(), name, {k: v for k, v in m.items() if isinstance(v, str)}))
        elif m.get("text"):
            parts.append(m["text"])
    return "\n".join(parts)


def said_lines(dispatcher: CollectingDispatcher) -> list[str]:
    return [line for line in said(dispatcher).splitlines() if line.strip()]


def all_buttons(dispatcher: CollectingDispatcher) -> list[str]:
    """Titles of every button offered, from the action or from the response in domain.yml."""
    titles = []
    for m in dispatcher.messages:
        buttons = m.get("buttons") or []
        if not buttons and m.get("response") in domain()["responses"]:
            buttons = domain()["responses"][m["response"]][0].get("buttons") or []
        titles += [b["title"] for b in buttons]
    return titles


async def run(action: Any, tracker: Tracker) -> tuple[CollectingDispatcher, dict[str, Any]]:
    """Run a custom action; its dispatcher and the slots it set."""
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain())
    return dispatcher, slot_events(events)


def places(text: str, *names: str) -> list[dict[str, Any]]:
    """Authority entities for each place name, where it is in the text (as the ruler gives)."""
    found = []
    for name in names:
        start = text.lower().index(name.lower())
        found.append({"entity": "authority", "value": name, "start": start, "end": start + len(name)})
    return found


def user(text: str, intent: str) -> dict[str, Any]:
    """A user event with its parse data, for a tracker's history."""
    return {"event": "user", "text": text,
            "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text}}



async def say(action: Any, intent: str, text: str, *place: str, **slots: Any) -> str:
    """What the action says to `text`, with the named places as authority entities."""
    tracker = create_tracker(intent, text, entities=places(text, *place), slots=slots or None)
    dispatcher, _ = await run(action, tracker)
    return said(dispatcher)
