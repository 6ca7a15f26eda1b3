"""`PrivacySQLTrackerStore`: Rasa's SQL tracker store, plus "delete my chat" and log redaction.

Use it in endpoints.yml (the URL must be `url:`, unquoted, so Rasa substitutes the variable):

    tracker_store:
      type: bot.rasa.tracker_store.PrivacySQLTrackerStore
      url: ${TRACKER_DB_URL}
      # delete_actions: [action_delete_conversation]   (the default)

What it adds to `rasa.core.tracker_store.SQLTrackerStore`:

1. Deleting from inside a turn works. Rasa saves a turn at its end by counting the rows
   it already has and appending the rest of its in-memory tracker, so a custom action that
   deleted the rows mid-turn would see them all written back. Here, when a turn's new
   events include one of `delete_actions` having run, `save` deletes every stored event of
   the conversation (all sessions) in the save's transaction, writes nothing and streams
   nothing to an event broker. The young person's next message starts a brand-new
   conversation (a new session, no slots).
2. A deletion made elsewhere (the duty dashboard, `bot.privacy.delete_conversation`) while
   a turn was in flight is not undone: a turn whose tracker holds events from before the
   latest deletion of that conversation is not saved.
3. Making the store (Rasa does it at start-up, before the first message) runs
   `bot.rasa.install()` in the Rasa process (redacted logs and the other patches), however
   Rasa was started.
4. Fewer, cheaper database round trips per turn, with the same rows and results as
   Rasa's (tests/privacy/test_tracker_store.py): one plain SQL read of the `data` column
   instead of an ORM object per event, one count, and the turn's events in one INSERT;
   a brand-new conversation is not saved empty before its first turn.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Callable, Iterable, Iterator, Optional, Text, TypeVar

import sqlalchemy as sa

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot import rasa as rasa_adapter
from bot.privacy import conversations
from bot.privacy import logging as privacy_logging
from bot.rasa.events import COUNT_OF_LATEST_SESSION, EVENTS_OF_ALL_SESSIONS, EVENTS_OF_LATEST_SESSION
from bot.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_DELETE_ACTIONS = ("action_delete_conversation",)

T = TypeVar("T")


def _delete_actions(configured: Optional[Iterable[str]]) -> frozenset:
    if configured is None:
        env = Settings.from_env().privacy_delete_actions
        configured = [a.strip() for a in env.split(",") if a.strip()] or DEFAULT_DELETE_ACTIONS
    elif isinstance(configured, str):
        configured = [configured]
    return frozenset(str(a) for a in configured)


class PrivacySQLTrackerStore(SQLTrackerStore):
    """An SQL tracker store that honours conversation deletions (see the module docstring)."""

    def __init__(
        self,
        domain: Any = None,
        host: Optional[Text] = None,
        delete_actions: Optional[Iterable[str]] = None,
        **kwargs: Any,
    ) -> None:
        rasa_adapter.install()
        super().__init__(domain=domain, host=host, **kwargs)
        self._rebuild_engine()
        self.delete_actions = _delete_actions(delete_actions)
        try:
            conversations.tombstones_table.create(self.engine, checkfirst=True)  # type: ignore[has-type]
            self._tombstones_ready = True
        except Exception as exc:  # noqa: BLE001 - several processes may race to create it
            log.debug("privacy_deletions table not created here: %s", exc)
            self._tombstones_ready = False  # look before each query instead

    def _rebuild_engine(self) -> None:
        """Rebuild Rasa's engine so a turn costs fewer round trips to the database, and add
        a second face of it for reads.

        - No `pool_pre_ping`: it sent a `SELECT 1` before every checkout, two extra round
          trips per turn. Connections the database dropped (a restart, a failover) are
          handled instead by `_on_a_live_connection`, which retries a statement that failed
          on a dead pooled connection once, on a fresh one (SQLAlchemy's "optimistic"
          disconnect handling; the failure invalidates the whole pool). Without either, on
          a failed turn Rasa falls back to an empty in-memory tracker, and the young
          person's next message would lose the conversation so far
          (tests/faults/test_database_restart.py).
        - Reads in autocommit: a conversation is read with one statement, which is
          consistent on its own, so the `BEGIN` before it and the `ROLLBACK` when the
          connection goes back to the pool were two more round trips doing nothing."""
        from rasa.core.tracker_store import create_engine_kwargs

        old = self.engine  # type: ignore[has-type]  # Rasa sets it in __init__, untyped
        self.engine = sa.create_engine(old.url, **create_engine_kwargs(old.url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        # Its own pool: an autocommit face of the same pool would cost a `SET` to undo it
        # each time a connection went back.
        self._reads = sa.create_engine(old.url, isolation_level="AUTOCOMMIT", **create_engine_kwargs(old.url))
        old.dispose()

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        """As Rasa's, reading only the `data` column with one plain SQL statement: Rasa
        builds an ORM query and an ORM object per stored event, which was most of the
        time a long conversation took to load (py-spy, `make bench`)."""
        sql = EVENTS_OF_ALL_SESSIONS if fetch_events_from_all_sessions else EVENTS_OF_LATEST_SESSION

        def read(committing: list) -> list:
            with self._reads.connect() as connection:
                return list(connection.execute(sql, {"sender_id": sender_id}).scalars())

        events = [json.loads(data) for data in _on_a_live_connection(read)]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    def _asks_for_deletion(self, new_events: list) -> bool:
        return any(
            isinstance(e, ActionExecuted) and e.action_name in self.delete_actions for e in new_events
        )

    def _deleted_after_start(self, connection: Any, tracker: DialogueStateTracker) -> bool:
        """True when the conversation was deleted after this tracker's oldest event."""
        stamps = [e.timestamp for e in tracker.events if getattr(e, "timestamp", None) is not None]
        if not stamps:
            return False
        lookup = conversations.latest_deletion if self._tombstones_ready else conversations.deleted_since
        deleted_at = lookup(connection, tracker.sender_id)
        return deleted_at is not None and deleted_at >= min(stamps)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events `SQLTrackerStore.save` writes, inside its own transaction: the turn's
        new events, or none when the turn deletes the conversation or the conversation was
        deleted while the turn ran."""
        stored = session.execute(COUNT_OF_LATEST_SESSION, {"sender_id": tracker.sender_id}).scalar_one()
        new_events = list(tracker.events)[stored:]
        if self._asks_for_deletion(new_events):
            count = conversations.delete_events(session.connection(), tracker.sender_id, by="user")
            log.info(
                "conversation %s deleted at the user's request (%d stored events)",
                privacy_logging.pseudonymise(tracker.sender_id), count,
            )
            return iter(())
        if stored == 0 and self._deleted_after_start(session.connection(), tracker):
            log.info(
                "conversation %s was deleted during this turn; the turn is not saved",
                privacy_logging.pseudonymise(tracker.sender_id),
            )
            return iter(())
        return iter(new_events)

    async def create_tracker(self, sender_id: Text, append_action_listen: bool = True) -> DialogueStateTracker:
        """As Rasa's, but a new tracker with no events is not "saved": Rasa would open a
        transaction and count rows just to write nothing, on every new conversation. Its
        events are stored with the rest of the first turn."""
        tracker = self.init_tracker(sender_id)
        if append_action_listen:
            tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
            await self.save(tracker)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """As `SQLTrackerStore.save` (same rows, same columns), but the turn's events go in
        as one multi-row INSERT: Rasa adds them through the ORM, which sends one INSERT per
        event to read back an id nothing uses (several round trips per turn)."""
        if not self._asks_for_deletion(_this_turn(tracker)):
            await self.stream_events(tracker)  # a no-op without an event broker

        def write(committing: list) -> None:
            with self.session_scope() as session:
                rows = [_row(tracker.sender_id, event) for event in self._additional_events(session, tracker)]
                if rows:
                    session.execute(self.SQLEvent.__table__.insert(), rows)
                committing.append(True)  # from here a failure may hide a commit that happened
                session.commit()

        _on_a_live_connection(write)


def _on_a_live_connection(work: Callable[[list], T]) -> T:
    """Run `work`, and once more if it failed because the database had dropped its pooled
    connection. `work` appends to the list it is passed just before it commits: a failure
    from then on may hide a commit that happened, so it is not retried and nothing can be
    written twice. Before that, the failed transaction never committed, and running it
    again is safe."""
    committing: list = []
    try:
        return work(committing)
    except sa.exc.DBAPIError as exc:
        if committing or not exc.connection_invalidated:
            raise
        log.warning("the tracker store's connection had been dropped; trying once more on a fresh one")
        return work([])


def _this_turn(tracker: DialogueStateTracker) -> list:
    """The events since the latest user message (all of them if there is none)."""
    events = list(tracker.events)
    for i in range(len(events) - 1, -1, -1):
        if isinstance(events[i], UserUttered):
            return events[i:]
    return events


def _row(sender_id: str, event: Any) -> dict[str, Any]:
    """One `events` row, exactly as `SQLTrackerStore.save` fills it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
