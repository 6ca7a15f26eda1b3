"""The takeover timers (safety.md rule 10), run by the dashboard's background loop
(`bot.web.live.Broadcaster`) every few seconds in every dashboard process.

- a crisis message the worker has not answered for `quiet` (2 minutes): the bot sends the
  crisis contacts itself;
- no message from the worker for `idle` (15 minutes): the takeover ends and the bot answers
  again, with a line to the young person;
- the case resolved or released while its chat is still held: the same, with the usual
  "has left" line.

Each action is claimed with a conditional UPDATE first, so with several dashboard
processes exactly one of them does it.
"""
from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta

from bot.handoff.service import Handoff

log = logging.getLogger(__name__)

QUIET = timedelta(minutes=2)
IDLE = timedelta(minutes=15)


class Sweeper:
    def __init__(self, handoff: Handoff, *, quiet: timedelta = QUIET, idle: timedelta = IDLE,
                 every_seconds: float = 2.0) -> None:
        self.handoff = handoff
        self.quiet = quiet
        self.idle = idle
        self.every_seconds = every_seconds
        self._next = 0.0

    async def maybe_sweep(self) -> None:
        """Sweep if `every_seconds` have passed since the last sweep."""
        if time.monotonic() < self._next:
            return
        self._next = time.monotonic() + self.every_seconds
        await self.sweep()

    async def sweep(self) -> tuple[int, int]:
        """(contacts sent, takeovers handed back)."""
        store = self.handoff.store
        sent = 0
        for takeover in await asyncio.to_thread(store.due_contacts, self.quiet):
            if await self.handoff.send_contacts(takeover):
                sent += 1
        ended = 0
        for takeover in await asyncio.to_thread(store.due_idle, self.idle):
            outcome = await self.handoff.hand_back(takeover.sender_id, None, "abandoned",
                                                   quiet_since=takeover.quiet_since)
            if outcome.ok:
                ended += 1
        for takeover in await asyncio.to_thread(store.due_closed):
            if (await self.handoff.hand_back(takeover.sender_id, None, "case_closed")).ok:
                ended += 1
        return sent, ended
