"""Raise triage cases for duty workers without ever delaying or breaking the reply."""
from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Tracker

log = logging.getLogger(__name__)


def channel_of(tracker: Tracker) -> str:
    return (tracker.get_latest_input_channel() or "unknown")


def crisis_reason(tracker: Tracker) -> str:
    """The detector's matched reason (safe to show a duty worker), not the message text."""
    verdict = tracker.latest_message.get("crisis") or {}
    parts = [verdict.get("category"), verdict.get("reason")]
    return ": ".join(str(p) for p in parts if p) or "raised by the assistant"


async def raise_case(severity: str, reason: str, tracker: Tracker) -> None:
    """Create the case in a worker thread; failures are logged (raise_case spools them)."""
    from bot.triage import raise_case as _raise

    try:
        await asyncio.to_thread(_raise, severity, reason, tracker.get_slot("authority"),
                                channel_of(tracker), tracker.sender_id)
    except Exception:  # the reply must go out whatever happens here
        log.exception("could not raise a %s triage case", severity)
