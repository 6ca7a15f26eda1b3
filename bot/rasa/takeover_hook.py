"""While a duty worker holds a conversation, the crisis detector still counts (safety.md
rule 10).

Rasa's `MessageProcessor._handle_message_with_tracker` runs the NLU pipeline (with the
crisis detector) and logs the `UserUttered` even while the tracker is paused; only the
prediction loop is skipped (`_should_handle_message`). Wrapped here: after the message is
logged on a paused tracker, a verdict of crisis or urgent goes to
`bot.handoff.alerts.message_while_paused` on a worker thread, without waiting for it, so the
event loop and the young person's message never wait on SQL.

Installed by `bot.rasa.install("rasa")`; tests/rasa/contracts.yml pins the source it wraps.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger(__name__)

_pending: set[asyncio.Task] = set()
_installed = False


def pending() -> list[asyncio.Task]:
    """Alerts still being recorded (for tests)."""
    return list(_pending)


def alert_if_flagged(tracker: Any, channel: str) -> None:
    """If the paused tracker's latest message was flagged, alert the takeover in the background."""
    from bot.handoff.alerts import message_while_paused, severity_of

    message = tracker.latest_message
    verdict = (message.parse_data or {}).get("crisis") if message is not None else None
    if not isinstance(verdict, dict) or severity_of(verdict) is None:
        return
    task = asyncio.get_running_loop().create_task(
        asyncio.to_thread(message_while_paused, tracker.sender_id, dict(verdict), channel or ""),
        name="takeover-crisis-alert",
    )
    _pending.add(task)
    task.add_done_callback(_pending.discard)


def install() -> None:
    global _installed
    if _installed:
        return
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor._handle_message_with_tracker

    async def _handle_message_with_tracker(self: MessageProcessor, message: Any, tracker: Any) -> None:
        await original(self, message, tracker)
        if tracker.is_paused():
            try:
                alert_if_flagged(tracker, message.input_channel)
            except Exception:
                log.exception("could not start a takeover alert")

    _handle_message_with_tracker.__wrapped__ = original  # type: ignore[attr-defined]
    MessageProcessor._handle_message_with_tracker = _handle_message_with_tracker
    _installed = True
