"""Live queue updates without shared memory between processes.

Cases are raised by the action server, another process, so the dashboard polls the
database: one cheap query per `poll_seconds` for the whole app (the newest case_events
id), whatever the number of workers watching. New events are fanned out to one
`asyncio.Queue` per open server-sent-events stream, which filters them by the worker's
authorities. The same loop replays the raise_case spool every `spool_replay_seconds`, and
then moves unknown-council cases whose council is now known (bot.triage.settle), and runs
the takeover timers (`bot.handoff.sweeper`).
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Optional

from bot.triage.cases import Change
from bot.triage.transcript import TranscriptReader
from bot.web.store import TriageStore

log = logging.getLogger(__name__)

RESYNC = "resync"  # told to a stream that fell behind: reload the whole queue
CLOSING = "closing"


class Broadcaster:
    def __init__(self, store: TriageStore, *, poll_seconds: float = 0.5,
                 spool_replay_seconds: float = 10.0, replay_url: Optional[str] = None,
                 transcripts: Optional[TranscriptReader] = None, sweeper: Any = None) -> None:
        self.store = store
        self.sweeper = sweeper  # a bot.handoff.sweeper.Sweeper, or None
        self.transcripts = transcripts
        self.poll_seconds = poll_seconds
        self.spool_replay_seconds = spool_replay_seconds
        self.replay_url = replay_url
        self.subscribers: set[asyncio.Queue] = set()
        self.last_event_id = 0
        self._task: Optional[asyncio.Task] = None
        self.closing = asyncio.Event()
        self._last_error_log = 0.0

    def _log_failure(self, what: str) -> None:
        # The database being down would otherwise log twice a second.
        now = time.monotonic()
        if now - self._last_error_log >= 60:
            self._last_error_log = now
            log.exception("live queue: %s failed (repeats are logged once a minute)", what)

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=200)
        self.subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self.subscribers.discard(queue)

    def _publish(self, item) -> None:
        for queue in list(self.subscribers):
            try:
                queue.put_nowait(item)
            except asyncio.QueueFull:
                # A stuck client: drop what it has not read and tell it to reload.
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(RESYNC)

    async def start(self) -> None:
        try:
            self.last_event_id = await asyncio.to_thread(self.store.last_event_id)
        except Exception:
            log.exception("live queue: could not read the last case event; starting from 0")
        self._task = asyncio.create_task(self._run(), name="duty-live-poller")

    async def stop(self) -> None:
        self.closing.set()
        self._publish(CLOSING)
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def poll_once(self) -> list[Change]:
        changes = await asyncio.to_thread(self.store.changes_since, self.last_event_id)
        if changes:
            self.last_event_id = changes[-1].event_id
            for change in changes:
                self._publish(change)
        return changes

    async def _replay_spool(self) -> None:
        from bot.triage import replay_spool, spool

        if await asyncio.to_thread(spool.pending):
            ids = await asyncio.to_thread(replay_spool, self.replay_url)
            if ids:
                log.warning("live queue: %d spooled case(s) recovered", len(ids))

    async def _settle_unknown(self) -> None:
        from bot.triage.settle import settle_unknown_cases

        if self.transcripts is not None:
            moved = await asyncio.to_thread(settle_unknown_cases, self.store, self.transcripts)
            if moved:
                log.info("live queue: %d unknown-council case(s) moved to their council", len(moved))

    async def _run(self) -> None:
        next_replay = time.monotonic()
        while not self.closing.is_set():
            try:
                await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001
                self._log_failure("polling the triage store")
            if self.sweeper is not None:
                try:
                    await self.sweeper.maybe_sweep()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001
                    self._log_failure("the takeover timers")
            if time.monotonic() >= next_replay:
                next_replay = time.monotonic() + self.spool_replay_seconds
                try:
                    await self._replay_spool()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001
                    self._log_failure("replaying the spool")
                try:
                    await self._settle_unknown()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001
                    self._log_failure("moving unknown-council cases")
            await asyncio.sleep(self.poll_seconds)
