"""What happens to stored conversations: delete one, export one, purge old ones.

Rasa's SQL tracker store keeps one row per event in the table `events` (`id`, `sender_id`,
`type_name`, `timestamp` (epoch seconds), `intent_name`, `action_name`, `data`). Rasa
(3.6, `SQLTrackerStore._retrieve`) reads a conversation's rows afresh on every message and
caches nothing, so rows deleted here are gone from the conversation's next turn, even while
Rasa is running.

One trap: Rasa saves a turn at its END by counting the rows it already has and appending
the rest of its in-memory tracker. If the rows are deleted DURING a turn (by a custom
action, or by the dashboard while the young person is mid-message), that save would write
the whole session back. `bot.privacy.tracker_store.PrivacySQLTrackerStore` closes that gap:
it performs the deletion itself when the turn ran the delete action, and drops a turn that
started before a deletion. Each deletion leaves a short-lived "tombstone" (a keyed hash of
the conversation id and the time, in the table `privacy_deletions`) for that check; the
purge removes tombstones after a day.

All functions block; call them from a thread (`asyncio.to_thread`) in async code.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterable, Optional
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url

from bot.paths import anchored_url, sqlite_file
from bot.privacy.logging import pseudonymise
from bot.triage import store as triage_store
from bot.triage import transcript
from bot.triage.transcript import events_table

log = logging.getLogger(__name__)

DEFAULT_TRACKER_URL = transcript.DEFAULT_URL
DEFAULT_TRIAGE_URL = triage_store.DEFAULT_URL
DEFAULT_RETENTION_DAYS = 30
TOMBSTONE_LIFETIME = timedelta(days=1)
BATCH = 200
LONDON = ZoneInfo("Europe/London")

_tombstone_metadata = MetaData()
tombstones_table = Table(
    "privacy_deletions",
    _tombstone_metadata,
    Column("id", Integer, primary_key=True),
    # pseudonymise(sender_id): the raw id is never kept after a deletion.
    Column("sender_hash", String(64), nullable=False),
    Column("deleted_at", Float, nullable=False),
    Column("by", String(20), nullable=False, default="user"),
    Index("ix_privacy_deletions_sender", "sender_hash"),
)


class PrivacyStoreError(RuntimeError):
    """A store could not be reached or read; the message is safe to print."""


# ------------------------------------------------------------------ settings


def retention_days(env: Optional[dict] = None) -> int:
    """`RETENTION_DAYS` (default 30): how long a quiet conversation is kept."""
    env = os.environ if env is None else env
    raw = (env.get("RETENTION_DAYS") or "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
    except ValueError:
        raise ValueError(f"RETENTION_DAYS must be a whole number of days, not {raw!r}") from None
    if days < 1:
        raise ValueError("RETENTION_DAYS must be at least 1")
    return days


def case_retention_days(env: Optional[dict] = None) -> int:
    """`CASE_PSEUDONYMISE_DAYS` (default: the retention period): how long after it is
    resolved a triage case keeps the conversation id and free text."""
    env = os.environ if env is None else env
    raw = (env.get("CASE_PSEUDONYMISE_DAYS") or "").strip()
    if not raw:
        return retention_days(env)
    try:
        days = int(raw)
    except ValueError:
        raise ValueError(f"CASE_PSEUDONYMISE_DAYS must be a whole number, not {raw!r}") from None
    if days < 0:
        raise ValueError("CASE_PSEUDONYMISE_DAYS cannot be negative")
    return days


# ------------------------------------------------------------------ engines


def resolve_url(url: Optional[str], env_var: str, default: str) -> str:
    """The URL to use; relative SQLite paths are taken from the repository root."""
    return anchored_url(url or os.environ.get(env_var) or default)


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<unparseable URL>"


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _busy_timeout(dbapi_connection, _record):  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    connect_args = {"connect_timeout": 5} if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args)


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def _engine(url: str) -> Engine:
    """One engine per URL per process, made on first use (never at import)."""
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _make_engine(url)
            _engines[url] = engine
        return engine


def dispose_engines() -> None:
    """Close every cached engine (tests switch databases between them)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _has_table(connection: Connection, name: str) -> bool:
    return inspect(connection).has_table(name)


# ------------------------------------------------------------------ delete one


def record_tombstone(connection: Connection, sender_id: str, by: str, at: Optional[float] = None) -> None:
    tombstones_table.create(connection, checkfirst=True)
    connection.execute(
        tombstones_table.insert().values(
            sender_hash=pseudonymise(sender_id), deleted_at=time.time() if at is None else at, by=by[:20]
        )
    )


def delete_events(connection: Connection, sender_id: str, *, by: str = "user") -> int:
    """Delete every stored event of one conversation, leaving a tombstone. Returns the count."""
    if not _has_table(connection, events_table.name):
        return 0
    record_tombstone(connection, sender_id, by)
    result = connection.execute(delete(events_table).where(events_table.c.sender_id == sender_id))
    return max(result.rowcount or 0, 0)


def delete_conversation(sender_id: str, tracker_db_url: Optional[str] = None, *, by: str = "user") -> int:
    """Delete every stored event of the conversation `sender_id`; returns how many rows went.

    All sessions of the conversation go, in one transaction. `by` ("user", "duty_worker")
    is kept with the tombstone. Raises `PrivacyStoreError` if the store cannot be reached,
    so the caller can say the deletion did not happen. A conversation that was never stored
    deletes 0 rows.
    """
    sender_id = "" if sender_id is None else str(sender_id)
    if not sender_id:
        raise ValueError("delete_conversation needs a conversation id")
    url = resolve_url(tracker_db_url, "TRACKER_DB_URL", DEFAULT_TRACKER_URL)
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return 0
    try:
        with _engine(url).begin() as connection:
            deleted = delete_events(connection, sender_id, by=by)
    except Exception as exc:  # noqa: BLE001
        raise PrivacyStoreError(
            f"could not delete the conversation from {safe_url(url)}: {type(exc).__name__}"
        ) from exc
    log.info("conversation %s deleted (%d events, by %s)", pseudonymise(sender_id), deleted, by)
    return deleted


def deleted_since(connection: Connection, sender_id: str) -> Optional[float]:
    """The latest deletion time (epoch seconds) of this conversation, if it has a tombstone."""
    if not _has_table(connection, tombstones_table.name):
        return None
    return latest_deletion(connection, sender_id)


def latest_deletion(connection: Connection, sender_id: str) -> Optional[float]:
    """As `deleted_since`, for a database known to have the tombstones table (the tracker
    store creates it at start-up), without inspecting the schema on every turn."""
    return connection.execute(
        select(func.max(tombstones_table.c.deleted_at)).where(
            tombstones_table.c.sender_hash == pseudonymise(sender_id)
        )
    ).scalar()


# ------------------------------------------------------------------ export one


def _iso(stamp) -> Optional[str]:
    if stamp is None:
        return None
    try:
        return datetime.fromtimestamp(float(stamp), tz=timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _export_row(type_name: str, stamp, data: Optional[str]) -> Optional[dict]:
    try:
        payload = json.loads(data or "{}")
    except ValueError:
        payload = {}
    words = payload.get("text") or ""
    if type_name == "bot":
        extra = payload.get("data") or {}
        buttons = [b.get("title") for b in (extra.get("buttons") or []) if isinstance(b, dict) and b.get("title")]
        if buttons:
            words = (words + "\n" if words else "") + "Buttons: " + " | ".join(buttons)
        if not words and extra.get("image"):
            words = "(a picture)"
    if not words:
        return None
    return {
        "speaker": "user" if type_name == "user" else "bot",
        "text": str(words),
        "at": _iso(stamp if stamp is not None else payload.get("timestamp")),
    }


def export_conversation(sender_id: str, tracker_db_url: Optional[str] = None) -> list[dict]:
    """Every message of the conversation, oldest first, for "download my chat".

    Each item is `{"speaker": "user" | "bot", "text": str, "at": ISO 8601 UTC or None}`.
    Covers every stored session. Raises `PrivacyStoreError` if the store cannot be read.
    """
    sender_id = "" if sender_id is None else str(sender_id)
    if not sender_id:
        return []
    url = resolve_url(tracker_db_url, "TRACKER_DB_URL", DEFAULT_TRACKER_URL)
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return []
    query = (
        select(events_table.c.type_name, events_table.c.timestamp, events_table.c.data)
        .where(events_table.c.sender_id == sender_id, events_table.c.type_name.in_(("user", "bot")))
        .order_by(events_table.c.id)
    )
    try:
        with _engine(url).connect() as connection:
            if not _has_table(connection, events_table.name):
                return []
            rows = list(connection.execute(query))
    except Exception as exc:  # noqa: BLE001
        raise PrivacyStoreError(
            f"could not read the conversation from {safe_url(url)}: {type(exc).__name__}"
        ) from exc
    return [m for m in (_export_row(*row) for row in rows) if m is not None]


def export_text(
    sender_id: str,
    tracker_db_url: Optional[str] = None,
    *,
    messages: Optional[list[dict]] = None,
    now: Optional[datetime] = None,
) -> str:
    """The conversation as plain text (UK time), ready to send or save as a .txt file."""
    messages = export_conversation(sender_id, tracker_db_url) if messages is None else messages
    now = now or datetime.now(timezone.utc)
    lines = [
        "Your chat with the care leavers' assistant",
        f"Copied on {now.astimezone(LONDON):%d %B %Y at %H:%M} (UK time).",
        "",
    ]
    if not messages:
        lines.append("There are no messages saved for this chat.")
    for message in messages:
        who = "You" if message["speaker"] == "user" else "Assistant"
        when = ""
        if message.get("at"):
            when = datetime.fromisoformat(message["at"]).astimezone(LONDON).strftime("%d %b %Y %H:%M") + " "
        lines.append(f"{when}{who}: {message['text']}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ purge


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    cutoff: datetime
    # conversations (and their events) deleted, or that would be in a dry run
    conversations: int = 0
    events: int = 0
    # conversations with an event newer than the cutoff: kept whole
    kept_conversations: int = 0
    case_cutoff: Optional[datetime] = None
    cases_pseudonymised: int = 0
    tombstones_removed: int = 0
    tracker_url: str = ""
    triage_url: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.conversations or self.events or self.cases_pseudonymised)

    def lines(self) -> list[str]:
        verb = "would delete" if self.dry_run else "deleted"
        cut = self.cutoff.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        out = [
            "Purge: DRY RUN, nothing was changed." if self.dry_run else "Purge: done.",
            f"Conversation store {self.tracker_url}",
            f"  quiet since before {cut}: {verb} {self.conversations} conversation(s), "
            f"{self.events} event(s)",
            f"  active since then, kept whole: {self.kept_conversations} conversation(s)",
        ]
        if self.case_cutoff is not None:
            ccut = self.case_cutoff.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
            cverb = "would pseudonymise" if self.dry_run else "pseudonymised"
            out += [
                f"Triage store {self.triage_url}",
                f"  cases resolved before {ccut}: {cverb} {self.cases_pseudonymised} case(s)",
            ]
        out += [f"Note: {note}" for note in self.notes]
        return out


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _purge_tracker(url: str, cutoff: float, dry_run: bool, now: float) -> tuple[int, int, int, int, list[str]]:
    """Returns (conversations, events, kept, tombstones removed, notes)."""
    notes: list[str] = []
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return 0, 0, 0, 0, [f"there is no conversation store at {path} yet"]
    engine = _engine(url)
    c = events_table.c
    with engine.connect() as connection:
        if not _has_table(connection, events_table.name):
            return 0, 0, 0, 0, ["the conversation store has no events table yet"]
        last = func.max(c.timestamp)
        candidates = list(
            connection.execute(
                select(c.sender_id, func.count(c.id)).group_by(c.sender_id).having(last < cutoff)
            )
        )
        total = connection.execute(select(func.count(func.distinct(c.sender_id)))).scalar() or 0
    if dry_run:
        return len(candidates), sum(n for _, n in candidates), total - len(candidates), 0, notes
    conversations = events = 0
    postgres = engine.dialect.name == "postgresql"
    for batch in _chunks([sender for sender, _ in candidates], BATCH):
        with engine.begin() as connection:
            if postgres:
                # Rasa's INSERTs wait (milliseconds) while this batch is checked and deleted,
                # so a conversation that wakes up now is either kept whole or deleted whole.
                connection.execute(text("SET LOCAL lock_timeout = '10s'"))
                connection.execute(text("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE"))
            recent = (
                select(c.sender_id)
                .where(c.sender_id.in_(batch), c.timestamp >= cutoff)
                .scalar_subquery()
            )
            result = connection.execute(
                delete(events_table).where(c.sender_id.in_(batch), c.sender_id.not_in(recent))
            )
            events += max(result.rowcount or 0, 0)
            survivors = connection.execute(
                select(func.count(func.distinct(c.sender_id))).where(c.sender_id.in_(batch))
            ).scalar() or 0
            conversations += len(batch) - survivors
    kept = total - conversations
    removed = 0
    with engine.begin() as connection:
        if _has_table(connection, tombstones_table.name):
            result = connection.execute(
                delete(tombstones_table).where(
                    tombstones_table.c.deleted_at < now - TOMBSTONE_LIFETIME.total_seconds()
                )
            )
            removed = max(result.rowcount or 0, 0)
    return conversations, events, kept, removed, notes


def _pseudonymise_cases(url: str, before: datetime, dry_run: bool) -> tuple[int, list[str]]:
    from bot.triage.store import TriageStore

    path = sqlite_file(url)
    if path is not None and not path.exists():
        return 0, [f"there is no triage store at {path} yet"]
    store = TriageStore(url, create=False)
    try:
        with store.engine.connect() as connection:
            if not _has_table(connection, "cases"):
                return 0, ["the triage store has no cases table yet"]
        return store.pseudonymise_resolved(before, pseudonymise, dry_run=dry_run), []
    finally:
        store.dispose()


def purge(
    older_than: timedelta,
    dry_run: bool,
    tracker_db_url: Optional[str] = None,
    triage_db_url: Optional[str] = None,
    *,
    cases_older_than: Optional[timedelta] = None,
    include_cases: bool = True,
    now: Optional[datetime] = None,
) -> PurgeReport:
    """Apply the retention policy; safe to run from cron (idempotent, never half a conversation).

    - Deletes every event of each conversation whose LAST event is older than
      `now - older_than`. A conversation with any newer event is kept whole.
    - Pseudonymises triage cases resolved more than `cases_older_than` (default:
      `older_than`) ago: the conversation id becomes `pseudonymise(id)`, the summary and
      the duty workers' note texts are removed; severity, reason (the detector's rule
      name), authority, channel, times, status and outcome stay.
    - Removes deletion tombstones older than a day.

    With `dry_run` nothing changes and the report says what would. Raises
    `PrivacyStoreError` (message names the store, password hidden) when a store cannot
    be reached.
    """
    if older_than <= timedelta(0):
        raise ValueError("older_than must be positive: purge never deletes live conversations")
    now = now or datetime.now(timezone.utc)
    cutoff = now - older_than
    tracker_url = resolve_url(tracker_db_url, "TRACKER_DB_URL", DEFAULT_TRACKER_URL)
    try:
        conversations, events, kept, tombstones, notes = _purge_tracker(
            tracker_url, cutoff.timestamp(), dry_run, now.timestamp()
        )
    except PrivacyStoreError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise PrivacyStoreError(
            f"cannot reach the conversation store {safe_url(tracker_url)}: {_short(exc)}"
        ) from exc
    report = dict(
        dry_run=dry_run, cutoff=cutoff, conversations=conversations, events=events,
        kept_conversations=kept, tombstones_removed=tombstones, tracker_url=safe_url(tracker_url),
    )
    if include_cases:
        triage_url = resolve_url(triage_db_url, "TRIAGE_DB_URL", DEFAULT_TRIAGE_URL)
        case_cutoff = now - (older_than if cases_older_than is None else cases_older_than)
        try:
            cases, case_notes = _pseudonymise_cases(triage_url, case_cutoff, dry_run)
        except Exception as exc:  # noqa: BLE001
            raise PrivacyStoreError(
                f"cannot reach the triage store {safe_url(triage_url)}: {_short(exc)}"
            ) from exc
        notes += case_notes
        report.update(case_cutoff=case_cutoff, cases_pseudonymised=cases, triage_url=safe_url(triage_url))
    result = PurgeReport(notes=tuple(notes), **report)
    log.debug(
        "purge%s: %d conversation(s), %d event(s), %d case(s)",
        " (dry run)" if dry_run else "", result.conversations, result.events, result.cases_pseudonymised,
    )
    return result


def _short(exc: BaseException) -> str:
    """The first line of a database error, without the SQL or its parameters."""
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0] if message else ''}"[:300]
