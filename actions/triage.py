"""Raise triage cases for duty workers without ever breaking the reply."""
from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Tracker

from bot.crisis import case_reason
from bot.triage import raise_case_async

log = logging.getLogger(__name__)

# How long a reply waits for its case before going out anyway. A flood of fake crisis
# messages can queue thousands of inserts ahead of a real one (issue 17): the case is
# still raised, in the background, but the young person's reply does not wait for it.
RAISE_WAIT_SECONDS = 1.0
_pending: set[asyncio.Future] = set()


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def crisis_reason(tracker: Tracker) -> str:
    """The detector's matched reason (safe to show a duty worker), not the message text."""
    return case_reason(tracker.latest_message.get("crisis") or {}) or "raised by the assistant"


def pending() -> list[asyncio.Future]:
    """Cases still being raised in the background (for tests and shutdown)."""
    return list(_pending)


async def raise_case(severity: str, reason: str, tracker: Tracker,
                     authority: str | None = None) -> int | None:
    """Create the case on a worker thread, for `authority` if given (a council named in
    the crisis message itself), else the slot's. bot.triage never raises: if its database is
    down it spools the case to disk and replays it later, so nothing is lost. Returns the
    case id, or None when it was spooled or is still being raised after RAISE_WAIT_SECONDS."""
    task = asyncio.ensure_future(raise_case_async(severity, reason, authority or tracker.get_slot("authority"),
                                                  channel_of(tracker), tracker.sender_id))
    _pending.add(task)
    task.add_done_callback(_pending.discard)
    try:
        return await asyncio.wait_for(asyncio.shield(task), RAISE_WAIT_SECONDS)
    except asyncio.TimeoutError:
        log.warning("the %s case is taking a while to raise; replying without waiting", severity)
        return None
