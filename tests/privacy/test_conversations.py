"""delete_conversation and export_conversation, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, select

from bot.privacy import PrivacyStoreError, delete_conversation, export_conversation, export_text, pseudonymise
from bot.privacy.conversations import tombstones_table
from bot.rasa.events import events_table
from tests.privacy.helpers import add_events, closed_port_pg_url, count_events


def test_delete_removes_every_event_of_that_conversation_only(any_tracker_url):
    add_events(any_tracker_url, "me", [("user", "hi", 100.0), ("bot", "Hello", 101.0)])
    add_events(any_tracker_url, "me", [("user", "later session", 9000.0)])
    add_events(any_tracker_url, "someone-else", [("user", "not mine", 102.0)])
    assert count_events(any_tracker_url, "me") == 6

    assert delete_conversation("me", any_tracker_url) == 6

    assert count_events(any_tracker_url, "me") == 0
    assert count_events(any_tracker_url, "someone-else") == 2
    assert delete_conversation("me", any_tracker_url) == 0  # idempotent


def test_delete_uses_tracker_db_url_from_the_environment(tracker_url):
    add_events(tracker_url, "me", [("user", "hi", 100.0)])
    assert delete_conversation("me") == 2
    assert count_events(tracker_url) == 0


def test_delete_leaves_only_a_pseudonymous_tombstone(tracker_url):
    add_events(tracker_url, "sender-xyz", [("user", "hi", 100.0)])
    delete_conversation("sender-xyz", tracker_url, by="duty_worker")
    engine = create_engine(tracker_url, future=True)
    with engine.connect() as connection:
        rows = list(connection.execute(select(tombstones_table)))
    engine.dispose()
    assert len(rows) == 1
    assert rows[0].sender_hash == pseudonymise("sender-xyz")
    assert rows[0].by == "duty_worker"
    assert "sender-xyz" not in repr(rows)


def test_delete_with_no_store_or_unknown_conversation_is_zero(tmp_path, tracker_url):
    missing = f"sqlite:///{tmp_path / 'never-made.db'}"
    assert delete_conversation("me", missing) == 0
    assert not (tmp_path / "never-made.db").exists()  # not created by asking
    add_events(tracker_url, "other", [("user", "hi", 1.0)])
    assert delete_conversation("me", tracker_url) == 0


def test_delete_needs_a_conversation_id(tracker_url):
    with pytest.raises(ValueError):
        delete_conversation("", tracker_url)


def test_an_unreachable_store_is_a_clear_error_not_a_silent_success():
    url = closed_port_pg_url()
    with pytest.raises(PrivacyStoreError) as error:
        delete_conversation("me", url)
    assert "s3cret-pw" not in str(error.value)
    assert "127.0.0.1" in str(error.value)


async def test_deleted_events_are_gone_from_rasas_next_turn(tracker_url):
    """Rasa's SQLTrackerStore reads the rows afresh for every message: no cache to go stale."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import BotUttered, UserUttered

    store = SQLTrackerStore(Domain.empty(), host=tracker_url)
    tracker = await store.get_or_create_tracker("young-person")
    tracker.update(UserUttered("my number is 07700 900123"))
    tracker.update(BotUttered("Thanks"))
    await store.save(tracker)
    assert (await store.retrieve("young-person")) is not None

    deleted = delete_conversation("young-person", tracker_url)

    assert deleted == 3  # action_listen, the user message, the reply
    assert await store.retrieve("young-person") is None
    assert count_events(tracker_url, "young-person") == 0
    store.engine.dispose()


# ------------------------------------------------------------------ export


def _bot_with_buttons(url: str, sender: str, stamp: float) -> None:
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(events_table.insert().values(
            sender_id=sender, type_name="bot", timestamp=stamp, data=json.dumps({
                "event": "bot", "text": "Which council?",
                "data": {"buttons": [{"title": "Derby", "payload": "/x"}, {"title": "West Northants"}]}})))
    engine.dispose()


def test_export_has_every_message_in_order_with_iso_times(any_tracker_url):
    add_events(any_tracker_url, "me", [("user", "hi", 1777636800.0), ("bot", "Hello! How can I help?", 1777636801.0)])
    _bot_with_buttons(any_tracker_url, "me", 1777636802.0)
    add_events(any_tracker_url, "me", [("user", "second session", 1777723200.0)])
    add_events(any_tracker_url, "other", [("user", "not mine", 1777636800.5)])

    messages = export_conversation("me", any_tracker_url)

    assert messages == [
        {"speaker": "user", "text": "hi", "at": "2026-05-01T12:00:00+00:00"},
        {"speaker": "bot", "text": "Hello! How can I help?", "at": "2026-05-01T12:00:01+00:00"},
        {"speaker": "bot", "text": "Which council?\nButtons: Derby | West Northants",
         "at": "2026-05-01T12:00:02+00:00"},
        {"speaker": "user", "text": "second session", "at": "2026-05-02T12:00:00+00:00"},
    ]
    assert export_conversation("nobody", any_tracker_url) == []


def test_export_text_is_readable(tracker_url):
    add_events(tracker_url, "me", [("user", "hi", 1777636800.0), ("bot", "Hello!", 1777636801.0)])
    text = export_text("me", tracker_url, now=datetime(2026, 5, 2, 9, 30, tzinfo=timezone.utc))
    assert text.splitlines() == [
        "Your chat with the care leavers' assistant",
        "Copied on 02 May 2026 at 10:30 (UK time).",
        "",
        "01 May 2026 13:00 You: hi",
        "01 May 2026 13:00 Assistant: Hello!",
    ]
    assert "no messages" in export_text("nobody", tracker_url)


def test_export_with_no_store_is_empty(tmp_path):
    assert export_conversation("me", f"sqlite:///{tmp_path / 'none.db'}") == []
    with pytest.raises(PrivacyStoreError):
        export_conversation("me", closed_port_pg_url())
