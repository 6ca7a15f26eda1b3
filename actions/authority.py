"""Work out which authority the user means from the latest message."""
from __future__ import annotations

from dataclasses import dataclass

from rasa_sdk import Tracker

from actions.store import offer_store, query
from offers.types import Authority


@dataclass(frozen=True)
class Resolution:
    """What the latest message says about the authority."""
    candidates: list[Authority]

    @property
    def single(self) -> Authority | None:
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _mentions(tracker: Tracker) -> list[str]:
    return [str(e.get("value")) for e in tracker.latest_message.get("entities", [])
            if e.get("entity") == "authority" and e.get("value")]


async def from_latest_message(tracker: Tracker, use_whole_text: bool = False) -> Resolution:
    """Authorities named in the latest message (entity values first, then the text).

    Button payloads carry the key ("derby_city"); typed messages carry what the entity
    ruler matched ("North Northants"). When the user is answering "which council?" we
    also try the whole message, which catches typos the ruler can't ("derbey").
    """
    store = offer_store()
    texts = _mentions(tracker)
    if use_whole_text and not texts:
        texts = [tracker.latest_message.get("text") or ""]
    seen: dict[str, Authority] = {}
    for text in texts:
        for authority in await query(store.resolve_authority, text):
            seen.setdefault(authority.key, authority)
    return Resolution(list(seen.values()))
