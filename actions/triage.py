"""Raise triage cases for duty workers without ever breaking the reply."""
from __future__ import annotations

from rasa_sdk import Tracker

from bot.crisis import case_reason
from bot.triage import raise_case_async


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def crisis_reason(tracker: Tracker) -> str:
    """The detector's matched reason (safe to show a duty worker), not the message text."""
    return case_reason(tracker.latest_message.get("crisis") or {}) or "raised by the assistant"


async def raise_case(severity: str, reason: str, tracker: Tracker) -> int | None:
    """Create the case on a worker thread. bot.triage never raises: if its database is
    down it spools the case to disk and replays it later, so nothing is lost."""
    return await raise_case_async(severity, reason, tracker.get_slot("authority"),
                                  channel_of(tracker), tracker.sender_id)
