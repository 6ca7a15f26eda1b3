"""`PrivacySQLTrackerStore`: Rasa's SQL tracker store, plus "delete my chat" and log redaction.

Use it in endpoints.yml (the URL must be `url:`, unquoted, so Rasa substitutes the variable):

    tracker_store:
      type: bot.privacy.tracker_store.PrivacySQLTrackerStore
      url: ${TRACKER_DB_URL}
      # delete_actions: [action_delete_conversation]   (the default)

What it adds to `rasa.core.tracker_store.SQLTrackerStore`:

1. Deleting from inside a turn works. Rasa saves a turn at its end by counting the rows
   it already has and appending the rest of its in-memory tracker, so a custom action that
   deleted the rows mid-turn would see them all written back. Here, when a turn's new
   events include one of `delete_actions` having run, `save` deletes every stored event of
   the conversation (all sessions) and writes nothing. The young person's next message
   starts a brand-new conversation (a new session, no slots).
2. A deletion made elsewhere (the duty dashboard, `bot.privacy.delete_conversation`) while
   a turn was in flight is not undone: a turn whose tracker holds events from before the
   latest deletion of that conversation is not saved.
3. Making the store (Rasa does it at start-up, before the first message) runs
   `bot.privacy.logging.install()` in the Rasa process, so its logs are redacted however
   Rasa was started.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Iterable, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy import conversations
from bot.privacy import logging as privacy_logging

log = logging.getLogger(__name__)

DEFAULT_DELETE_ACTIONS = ("action_delete_conversation",)


def _delete_actions(configured: Optional[Iterable[str]]) -> frozenset:
    if configured is None:
        env = os.environ.get("PRIVACY_DELETE_ACTIONS", "")
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
        privacy_logging.install()
        super().__init__(domain=domain, host=host, **kwargs)
        self._ping_pooled_connections()
        self.delete_actions = _delete_actions(delete_actions)
        try:
            conversations.tombstones_table.create(self.engine, checkfirst=True)
        except Exception as exc:  # noqa: BLE001 - several processes may race to create it
            log.debug("privacy_deletions table not created here: %s", exc)

    def _ping_pooled_connections(self) -> None:
        """Rebuild Rasa's engine with `pool_pre_ping`, so connections the database dropped
        (a restart, a failover) are replaced instead of failing the next turn: on a failed
        turn Rasa falls back to an empty in-memory tracker, so the young person's next
        message would lose the conversation so far and never be stored
        (tests/faults/test_database_restart.py)."""
        import sqlalchemy as sa
        from rasa.core.tracker_store import create_engine_kwargs

        old = self.engine
        self.engine = sa.create_engine(old.url, pool_pre_ping=True, **create_engine_kwargs(old.url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        old.dispose()

    def _stored_count(self, tracker: DialogueStateTracker) -> int:
        with self.session_scope() as session:
            return self._event_query(
                session, tracker.sender_id, fetch_events_from_all_sessions=False
            ).count()

    def _asks_for_deletion(self, new_events: list) -> bool:
        return any(
            isinstance(e, ActionExecuted) and e.action_name in self.delete_actions for e in new_events
        )

    def _deleted_after_start(self, tracker: DialogueStateTracker) -> bool:
        """True when the conversation was deleted after this tracker's oldest event."""
        stamps = [e.timestamp for e in tracker.events if getattr(e, "timestamp", None) is not None]
        if not stamps:
            return False
        with self.engine.connect() as connection:
            deleted_at = conversations.deleted_since(connection, tracker.sender_id)
        return deleted_at is not None and deleted_at >= min(stamps)

    async def save(self, tracker: DialogueStateTracker) -> None:
        stored = self._stored_count(tracker)
        new_events = list(tracker.events)[stored:]
        if self._asks_for_deletion(new_events):
            with self.engine.begin() as connection:
                count = conversations.delete_events(connection, tracker.sender_id, by="user")
            log.info(
                "conversation %s deleted at the user's request (%d stored events)",
                privacy_logging.pseudonymise(tracker.sender_id), count,
            )
            return
        if stored == 0 and self._deleted_after_start(tracker):
            log.info(
                "conversation %s was deleted during this turn; the turn is not saved",
                privacy_logging.pseudonymise(tracker.sender_id),
            )
            return
        await super().save(tracker)
