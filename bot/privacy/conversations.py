"""What happens to stored conversations: delete one, export one, purge old ones.

The conversations are the rows of Rasa's `events` table, which only `bot.rasa.events`
knows; this module asks it. Rasa reads a conversation's rows afresh on every message and
caches nothing, so rows deleted here are gone from the conversation's next turn, even while
Rasa is running.

One trap: Rasa saves a turn at its END by counting the rows it already has and appending
the rest of its in-memory tracker. If the rows are deleted DURING a turn (by a custom
action, or by the dashboard while the young person is mid-message), that save would write
the whole session back. `bot.rasa.tracker_store.PrivacySQLTrackerStore` closes that gap:
it performs the deletion itself when the turn ran the delete action, and drops a turn that
started before a deletion. Each deletion leaves a short-lived "tombstone" (a keyed hash of
the conversation id and the time, in the table `privacy_deletions`) for that check; the
purge removes tombstones after a day.

All functions block; call them from a thread (`asyncio.to_thread`) in async code.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Optional

from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, delete, func, inspect, select
from sqlalchemy.engine import Connection

from bot.db import database_url, dispose_shared_engines, safe_url, shared_engine
from bot.paths import sqlite_file
from bot.privacy.logging import pseudonymise
from bot.rasa import events as tracker_events
from bot.settings import Settings
from offers.hours import LONDON

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
TOMBSTONE_LIFETIME = timedelta(days=1)
BATCH = 200

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


def _whole_days(raw: Optional[str], not_whole: str, minimum: int, too_small: str) -> Optional[int]:
    """`raw` as a number of days (None when unset), or a ValueError with the given words."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        days = int(raw)
    except ValueError:
        raise ValueError(f"{not_whole}, not {raw!r}") from None
    if days < minimum:
        raise ValueError(too_small)
    return days


def retention_days(env: Optional[dict] = None) -> int:
    """`RETENTION_DAYS` (default 30): how long a quiet conversation is kept."""
    days = _whole_days(Settings.from_env(env).retention_days, "RETENTION_DAYS must be a whole number of days",
                       1, "RETENTION_DAYS must be at least 1")
    return DEFAULT_RETENTION_DAYS if days is None else days


def case_retention_days(env: Optional[dict] = None) -> int:
    """`CASE_PSEUDONYMISE_DAYS` (default: the retention period): how long after it is
    resolved a triage case keeps the conversation id and free text."""
    days = _whole_days(Settings.from_env(env).case_pseudonymise_days, "CASE_PSEUDONYMISE_DAYS must be a whole number",
                       0, "CASE_PSEUDONYMISE_DAYS cannot be negative")
    return retention_days(env) if days is None else days


# ------------------------------------------------------------------ engines


def resolve_url(url: Optional[str], database: str) -> str:
    """The URL to use; relative SQLite paths are taken from the repository root."""
    return database_url(url, database)


_engine = shared_engine
dispose_engines = dispose_shared_engines  # tests switch databases between them


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
    if not tracker_events.has_table(connection):
        return 0
    record_tombstone(connection, sender_id, by)
    return tracker_events.delete_conversation(connection, sender_id)


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
    url = resolve_url(tracker_db_url, "tracker")
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return 0
    try:
        with _engine(url).begin() as connection:
            deleted = delete_events(connection, sender_id, by=by)
    except Exception as exc:
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

# The first line of every copy. The copy goes back to the user as a bot message, which
# Rasa stores; an earlier copy is left out of the next one, or each copy would hold all
# the earlier ones and double in size with each "download my chat".
EXPORT_TITLE = "Your chat with the care leavers' assistant"


def _iso(stamp) -> Optional[str]:
    if stamp is None:
        return None
    try:
        return datetime.fromtimestamp(float(stamp), tz=timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


# A message a duty worker sent into the conversation is stored as a `bot` event with this
# `sender` in its metadata, and their name (the dashboard's takeover). It is part of the
# conversation: exported (under the worker's name), deleted and purged with it.
PERSON = "person"


def _worker_name(payload: dict) -> Optional[str]:
    """The duty worker's name if this stored bot event is a message a worker sent, else None."""
    metadata = payload.get("metadata")
    if isinstance(metadata, dict) and metadata.get("sender") == PERSON:
        return str(metadata.get("name") or "").strip()
    return None


def _export_row(type_name: str, stamp, data: Optional[str]) -> Optional[dict]:
    try:
        payload = json.loads(data or "{}")
    except ValueError:
        payload = {}
    if not isinstance(payload, dict):
        payload = {}
    words = payload.get("text") or ""
    worker = _worker_name(payload) if type_name == "bot" else None
    if worker is not None:
        if not words:
            return None
        return {"speaker": PERSON, "name": worker, "text": str(words),
                "at": _iso(stamp if stamp is not None else payload.get("timestamp"))}
    if type_name == "bot":
        extra = payload.get("data") or {}
        buttons: list[Any] = [b.get("title") for b in (extra.get("buttons") or []) if isinstance(b, dict) and b.get("title")]
        if buttons:
            words = (words + "\n" if words else "") + "Buttons: " + " | ".join(buttons)
        if not words and extra.get("image"):
            words = "(a picture)"
    if not words or (type_name == "bot" and str(words).startswith(EXPORT_TITLE + "\n")):
        return None
    return {
        "speaker": "user" if type_name == "user" else "bot",
        "text": str(words),
        "at": _iso(stamp if stamp is not None else payload.get("timestamp")),
    }


def export_conversation(sender_id: str, tracker_db_url: Optional[str] = None) -> list[dict]:
    """Every message of the conversation, oldest first, for "download my chat".

    Each item is `{"speaker": "user" | "bot" | "person", "text": str, "at": ISO 8601 UTC or
    None}`; a duty worker's message ("person") has their `name` too. Covers every stored
    session. Raises `PrivacyStoreError` if the store cannot be read.
    """
    sender_id = "" if sender_id is None else str(sender_id)
    if not sender_id:
        return []
    url = resolve_url(tracker_db_url, "tracker")
    path = sqlite_file(url)
    if path is not None and not path.exists():
        return []
    try:
        with _engine(url).connect() as connection:
            if not tracker_events.has_table(connection):
                return []
            rows = tracker_events.messages(connection, sender_id)
    except Exception as exc:
        raise PrivacyStoreError(
            f"could not read the conversation from {safe_url(url)}: {type(exc).__name__}"
        ) from exc
    return _as_seen(rows)


def _as_seen(rows) -> list[dict]:
    """The export rows, with each button tap as the title of the button the young person
    tapped (or a plain description), never its payload (`/inform_authority{...}`)."""
    from bot.triage.transcript import describe_payload, entities_of, message_buttons

    out: list[dict] = []
    offered: dict[str, str] = {}  # payload -> title, of the bot messages since the last user one
    for row in rows:
        message = _export_row(*row)
        if message is None:
            continue
        if message["speaker"] == "bot":
            offered.update(message_buttons(row[2]))
        elif message["speaker"] == "user":
            title = offered.get(message["text"]) or describe_payload(message["text"], entities_of(row[2]))
            if title:
                message["text"] = title
            offered = {}
        out.append(message)
    return out


def _who(message: dict) -> str:
    """Who wrote an exported message, as the young person reads their copy."""
    if message["speaker"] == "user":
        return "You"
    if message["speaker"] == PERSON:
        name = message.get("name") or ""
        return f"{name} (duty worker)" if name else "Duty worker"
    return "Assistant"


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
        EXPORT_TITLE,
        f"Copied on {now.astimezone(LONDON):%d %B %Y at %H:%M} (UK time).",
        "",
    ]
    if not messages:
        lines.append("There are no messages saved for this chat.")
    for message in messages:
        who = _who(message)
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
    with engine.connect() as connection:
        if not tracker_events.has_table(connection):
            return 0, 0, 0, 0, ["the conversation store has no events table yet"]
        candidates, total = tracker_events.quiet_conversations(connection, cutoff)
    if dry_run:
        return len(candidates), sum(n for _, n in candidates), total - len(candidates), 0, notes
    conversations = deleted_events = 0
    for batch in _chunks([sender for sender, _ in candidates], BATCH):
        with engine.begin() as connection:
            gone, count = tracker_events.delete_quiet(connection, batch, cutoff)
            conversations += gone
            deleted_events += count
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
    return conversations, deleted_events, kept, removed, notes


def _pseudonymise_cases(url: str, before: datetime, dry_run: bool) -> tuple[int, list[str]]:
    from bot.privacy.cases import pseudonymise_resolved
    from bot.triage.database import TriageDatabase

    path = sqlite_file(url)
    if path is not None and not path.exists():
        return 0, [f"there is no triage store at {path} yet"]
    store = TriageDatabase(url, create=False)
    try:
        with store.engine.connect() as connection:
            if not _has_table(connection, "cases"):
                return 0, ["the triage store has no cases table yet"]
        return pseudonymise_resolved(store, before, pseudonymise, dry_run=dry_run), []
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
    tracker_url = resolve_url(tracker_db_url, "tracker")
    try:
        conversations, events, kept, tombstones, notes = _purge_tracker(
            tracker_url, cutoff.timestamp(), dry_run, now.timestamp()
        )
    except PrivacyStoreError:
        raise
    except Exception as exc:
        raise PrivacyStoreError(
            f"cannot reach the conversation store {safe_url(tracker_url)}: {_short(exc)}"
        ) from exc
    report: dict[str, Any] = dict(
        dry_run=dry_run, cutoff=cutoff, conversations=conversations, events=events,
        kept_conversations=kept, tombstones_removed=tombstones, tracker_url=safe_url(tracker_url),
    )
    if include_cases:
        triage_url = resolve_url(triage_db_url, "triage")
        case_cutoff = now - (older_than if cases_older_than is None else cases_older_than)
        try:
            cases, case_notes = _pseudonymise_cases(triage_url, case_cutoff, dry_run)
        except Exception as exc:
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
