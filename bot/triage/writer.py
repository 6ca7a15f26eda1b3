"""One thread per process that writes raised cases to the triage database, in batches.

Why: a flood of crisis messages from rotating senders queued one thread-pool job per case,
each its own transaction (a connection, the SQLite write lock or a PostgreSQL commit, an
fsync). A real crisis's case queued behind a thousand of them and reached the database
about 6 s later (measured in one process, tests/triage/test_flood.py). Here every case
raised in the process joins one queue, and the writer takes everything waiting as one
batch: one transaction (`CaseStore.raise_many`), so the case asked for last is stored with
the ones before it, within about one batch's time (well under a second for a thousand).
It also keeps the flood off the shared default thread pool that other work needs.

`submit(job)` returns a `concurrent.futures.Future` of whatever `job.finish` returns;
`job.finish(raised)` (or `job.fail(exc)` when the batch could not be stored) runs on the
writer thread, so spooling and notification stay where `bot.triage` puts them; they must
be quick (bot.triage hands notifications to a thread of their own), since the next batch
waits for them. A caller that stops waiting (its future cancelled) still has its case
stored and finished. At exit, what is queued is written first.
"""
from __future__ import annotations

import atexit
import logging
import os
import queue
import threading
from collections import defaultdict
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

log = logging.getLogger(__name__)

# A batch bigger than this is split: one transaction must not hold the write lock for long.
MAX_BATCH = 500


class Job(Protocol):
    url: str
    request: Any  # a bot.triage.cases.Request

    def finish(self, raised: Any) -> Any: ...  # raised: a bot.triage.cases.Raised

    def fail(self, error: BaseException) -> Any: ...


@dataclass
class _Item:
    job: Job
    future: Future = field(default_factory=Future)


_STOP: Any = object()  # close(): write what came before it, then end the thread


class CaseWriter:
    def __init__(self, store_for: Callable[[str], Any], *,
                 after_batch: Callable[[str], None] | None = None) -> None:
        self._store_for = store_for
        self._after_batch = after_batch
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pid = 0

    def submit(self, job: Job) -> Future:
        item = _Item(job)
        self._queue.put(item)
        self._ensure_thread()
        return item.future

    def _ensure_thread(self) -> None:
        # Started on first use, and again in a forked child (threads don't survive a fork).
        with self._lock:
            if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
                self._pid = os.getpid()
                self._thread = threading.Thread(target=self._run, name="triage-case-writer",
                                                daemon=True)
                self._thread.start()
                atexit.register(self.close)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop (at exit: a daemon thread would be killed with
        cases still queued, where the thread pool it replaces finished its work first)."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        self._queue.put(_STOP)
        thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[_Item] = []
            while len(batch) < MAX_BATCH:
                try:
                    item = self._queue.get(block=not batch)
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                batch.append(item)
            if not batch:
                continue
            try:
                self._write(batch)
            except BaseException as exc:  # the thread must outlive any error
                log.exception("the triage case writer failed on a batch of %d", len(batch))
                for item in batch:
                    try:
                        item.future.set_exception(exc)
                    except InvalidStateError:  # settled already, or cancelled by its caller
                        pass

    def _write(self, batch: list[_Item]) -> None:
        by_url: dict[str, list[_Item]] = defaultdict(list)
        for item in batch:
            by_url[item.job.url].append(item)
        for url, items in by_url.items():
            self._write_to(url, items)

    def _write_to(self, url: str, items: list[_Item]) -> None:
        try:
            store = self._store_for(url)
            results: list[Any] = store.raise_many([i.job.request for i in items])
        except Exception as exc:  # noqa: BLE001
            if len(items) == 1 or _database_down(exc):
                # Down: every case in the batch goes to the spool (one by one would wait
                # out a connect timeout each).
                for item in items:
                    _settle(item, failed=exc)
                return
            # One bad request (a NUL on PostgreSQL, a duplicate) must not lose the others.
            log.warning("a batch of %d triage cases failed (%s); storing them one by one",
                        len(items), type(exc).__name__)
            for item in items:
                self._write_to(url, [item])
            return
        if self._after_batch is not None:
            # Before the callers hear back, as when each raised its own case: the database
            # took this batch, so cases spooled while it was down go in now.
            try:
                self._after_batch(url)
            except Exception:
                log.exception("after a batch of triage cases")
        for item, raised in zip(items, results):
            _settle(item, raised=raised)


def _settle(item: _Item, *, raised: Any = None, failed: BaseException | None = None) -> None:
    """Run the job's finish (or fail), then give the caller what it returned or raised.
    A caller that stopped waiting (its task was cancelled, which cancels the future) still
    gets its case stored and notified: only the answer has nobody to go to."""
    try:
        value, error = (item.job.fail(failed) if failed is not None
                        else item.job.finish(raised)), None
    except Exception as exc:  # noqa: BLE001 - report it to the caller, keep writing
        value, error = None, exc
    try:
        if error is not None:
            item.future.set_exception(error)
        else:
            item.future.set_result(value)
    except InvalidStateError:  # cancelled by the caller
        pass


def _database_down(exc: BaseException) -> bool:
    from bot.triage.spool import DATABASE_DOWN

    return isinstance(exc, DATABASE_DOWN)
