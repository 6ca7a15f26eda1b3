"""Triage cases for the duty workers.

The one API the actions use (docs/contracts.md, "Triage cases"):

    from bot.triage import raise_case
    case_id = raise_case("crisis", verdict.reason, authority, channel, sender_id)

`raise_case` never raises. If the database is down it logs, writes the case to a spool
file under `var/` and returns None; the next successful call (and the dashboard, every
few seconds) replays the spool, so nothing raised is lost. For crisis cases (or the
severities in NOTIFY_SEVERITIES) it notifies the on-call worker on a background thread.

Floods (issue 17): a sender with a case open from the last 30 minutes gets that case
updated, not a new one (`CaseStore.raise_or_repeat`), and notifications are capped across
processes (`bot.triage.notify_gate`): a few a minute, then one digest per window.

Every case raised in a process is written by one thread (`bot.triage.writer`), in batches:
one transaction for everything waiting, so a real crisis's case is stored within a moment
even behind a flood's thousand. `raise_case` blocks until its case is stored (or, with
PostgreSQL down, up to its 5 s connect timeout); from an `async def run`, use
`await raise_case_async(...)`, which waits without a thread of its own.
"""
from __future__ import annotations

import asyncio
import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Optional

from bot.db import PerUrl
from bot.triage.models import OUTCOMES, SEVERITIES

__all__ = ["raise_case", "raise_case_async", "replay_spool", "SEVERITIES", "OUTCOMES"]

log = logging.getLogger(__name__)

def _case_store(url: str) -> Any:
    from bot.triage.cases import CaseStore

    return CaseStore(url)


_stores: PerUrl[Any] = PerUrl(_case_store)


def _reset_stores() -> None:
    """Tests switch TRIAGE_DB_URL between them: finish what is queued (cases, then their
    notifications) and forget every engine."""
    global _dispatch
    if _writer is not None:
        _writer.close()
    with _dispatch_lock:
        if _dispatch is not None:
            _dispatch[1].shutdown(wait=True)
            _dispatch = None
    _stores.dispose_all()
    _gates.dispose_all()


def _store(url: str | None = None) -> Any:
    """One case store (engine) per database URL per process, made on first use."""
    from bot.triage.database import resolve_url

    return _stores.get(resolve_url(url))


def _insert(store, record: dict):
    """The case raised (or repeated on the sender's open case): a `cases.Raised`."""
    from bot.triage.spool import parse_time

    return store.raise_or_repeat(
        record["severity"],
        record.get("reason", ""),
        record.get("authority"),
        record.get("channel", ""),
        record.get("sender_id", ""),
        record.get("summary", ""),
        created_at=parse_time(record.get("created_at")),
        spool_id=record.get("spool_id"),
    )


def replay_spool(url: str | None = None, *, notify: bool = True) -> list[int]:
    """Insert spooled cases into the store; returns the new case ids. Raises if the store fails."""
    from bot.triage import spool

    store = _store(url)
    replayed: list[tuple[int, dict]] = []

    def insert(record: dict) -> int:
        raised = _insert(store, record)
        if raised.new or raised.escalated:
            replayed.append((raised.id, record))
        return raised.id

    ids = spool.replay(insert)
    if notify:
        for case_id, record in replayed:
            _notify_later(store, case_id, record["severity"], record.get("authority"),
                          spool.parse_time(record.get("created_at")))
    return ids


def _gate(url: str) -> Any:
    from bot.triage.notify_gate import NotificationGate

    return NotificationGate(url)


_gates: PerUrl[Any] = PerUrl(_gate)


def _notify_later(store, case_id: int, severity: str, authority: str | None,
                  raised_at: datetime | None) -> None:
    from bot.triage import notify
    from bot.triage.authorities import normalise

    if severity not in notify.notify_severities():
        return
    alert = notify.alert_for(case_id, severity, normalise(authority),
                             raised_at or datetime.now(timezone.utc))
    notifier = notify.notifier_from_env()
    if isinstance(notifier, notify.NullNotifier):
        # Nothing to wait for: no thread (a flood's thousand threads slowed the case writer).
        notifier.notify(alert)
        return

    def send() -> None:
        nonlocal alert
        try:
            verdict = _gates.get(store.url).admit(case_id)
        except Exception:  # recall first: a broken budget must not silence a crisis
            log.exception("notification budget unavailable; notifying case %s anyway", case_id)
            verdict = "send"
        if verdict == "held":
            log.warning("on-call notification for case %s held: over the cap, digest sent", case_id)
            return
        if verdict == "digest":
            alert = notify.digest_for(alert)
        try:
            result = notifier.notify(alert)
        except Exception as exc:  # noqa: BLE001
            log.error("on-call notification for case %s failed: %s", case_id, exc)
            result = f"failed: {type(exc).__name__}"
        try:
            store.record_event(case_id, "notified", f"On-call worker notification: {result}")
        except Exception:
            log.exception("could not record the notification of case %s", case_id)

    threading.Thread(target=send, name=f"triage-notify-{case_id}", daemon=True).start()


@dataclass
class _RaiseJob:
    """One case for the writer thread (bot.triage.writer): what to store, and what to do
    once it is stored (notify) or could not be (spool)."""

    url: str | None  # None: TRIAGE_DB_URL, read on the writer thread
    request: Any  # bot.triage.cases.Request
    record: dict[str, Any]

    def finish(self, raised: Any) -> int:
        try:
            if raised.new or raised.escalated:  # a repeat from the same sender is not news
                _dispatcher().submit(_notify_later, _store(self.url), raised.id,
                                     self.record["severity"], self.record["authority"], None)
        except Exception:
            log.exception("raise_case: could not start the notification for case %s", raised.id)
        return int(raised.id)


_dispatch_lock = threading.Lock()
_dispatch: tuple[int, ThreadPoolExecutor] | None = None


def _dispatcher() -> ThreadPoolExecutor:
    """One thread that starts notifications, so the case writer's thread does database
    work only (deciding whether and how to notify took 0.3 ms a case: 0.3 s a thousand,
    which held up the next batch). Made again in a forked child."""
    global _dispatch
    with _dispatch_lock:
        if _dispatch is None or _dispatch[0] != os.getpid():
            _dispatch = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="triage-notify"))
        return _dispatch[1]

    def fail(self, error: BaseException) -> None:
        log.error("raise_case: the triage store failed; spooling the %s case",
                  self.record["severity"], exc_info=error)
        _spool(self.record)
        return None


def _spool(record: dict[str, Any]) -> None:
    try:
        from bot.triage import spool

        spool.append(record)
    except Exception:
        log.critical("raise_case: CASE NOT STORED AND NOT SPOOLED: %r", record, exc_info=True)


def _replay_if_pending(url: str | None) -> None:
    """After each batch the writer stores: a case spooled while the database was down."""
    from bot.triage import spool

    try:
        if spool.pending():
            replay_spool(url)
    except Exception:
        log.exception("raise_case: spool replay failed; it will be tried again")


def _make_writer() -> Any:
    from bot.triage.writer import CaseWriter

    return CaseWriter(_store, after_batch=_replay_if_pending)


_writer_lock = threading.Lock()
_writer: Any = None


def _submit(record: dict[str, Any]) -> Future:
    """Queue `record` for the process's case writer (one thread, batched transactions)."""
    global _writer
    from bot.triage.cases import Request
    from bot.triage.spool import parse_time

    with _writer_lock:
        if _writer is None:
            _writer = _make_writer()
    request = Request(record["severity"], record.get("reason", ""), record.get("authority"),
                      record.get("channel", ""), record.get("sender_id", ""),
                      record.get("summary", ""), created_at=parse_time(record.get("created_at")))
    return _writer.submit(_RaiseJob(None, request, record))


def _record(severity: Any, reason: Any, authority: Any, channel: Any, sender_id: Any,
            summary: Any) -> dict[str, Any]:
    """The case as the store and the spool take it; never raises."""
    try:
        severity = str(severity)
        if severity not in SEVERITIES:
            # Recall first: an unexpected severity must not be filed below urgent.
            log.warning("raise_case: unknown severity %r filed as urgent", severity)
            reason = f"{reason} (severity given: {severity})"
            severity = "urgent"
        return {
            "severity": severity,
            "reason": str(reason or ""),
            "authority": None if authority is None else str(authority),
            "channel": str(channel or ""),
            "sender_id": str(sender_id or ""),
            "summary": str(summary or ""),
            "created_at": datetime.now(timezone.utc).isoformat(),
        }
    except Exception:
        log.exception("raise_case: bad arguments")
        return {"severity": "urgent", "reason": repr(reason), "authority": None,
                "channel": repr(channel), "sender_id": repr(sender_id), "summary": "",
                "created_at": datetime.now(timezone.utc).isoformat()}


def raise_case(
    severity: str,
    reason: str,
    authority: Optional[str],
    channel: str,
    sender_id: str,
    summary: str = "",
) -> int | None:
    """Record a case for the duty workers. Returns its id, or None if it was spooled."""
    record = _record(severity, reason, authority, channel, sender_id, summary)
    try:
        return _submit(record).result()
    except Exception:
        log.exception("raise_case: the case writer failed; spooling the %s case", record["severity"])
        _spool(record)
        return None


async def raise_case_async(
    severity: str,
    reason: str,
    authority: Optional[str],
    channel: str,
    sender_id: str,
    summary: str = "",
) -> int | None:
    """`raise_case` for async code: the case writer's thread does the work, so the event
    loop never blocks and the default thread pool is not used."""
    record = _record(severity, reason, authority, channel, sender_id, summary)
    try:
        future = _submit(record)
    except Exception:
        log.exception("raise_case: the case writer failed; spooling the %s case", record["severity"])
        await asyncio.to_thread(_spool, record)
        return None
    try:
        return await asyncio.wrap_future(future)
    except Exception:
        log.exception("raise_case: the case writer failed; spooling the %s case", record["severity"])
        await asyncio.to_thread(_spool, record)
        return None
