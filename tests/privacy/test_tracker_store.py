"""PrivacySQLTrackerStore: "delete my chat" inside a turn, and deletions racing a turn.

The turns are played the way Rasa's MessageProcessor plays them: retrieve the tracker,
add the turn's events in memory, save once at the end.
"""
from __future__ import annotations

import logging
import textwrap

import pytest
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered

from bot.privacy import delete_conversation
from bot.rasa.tracker_store import PrivacySQLTrackerStore
from tests.privacy.helpers import count_events

SENDER = "young-person-1"


async def _first_turn(store: TrackerStore, sender: str = SENDER) -> None:
    tracker = await store.get_or_create_tracker(sender)
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("I'm 17, my postcode is NN1 1AA"))
    tracker.update(ActionExecuted("utter_greet"))
    tracker.update(BotUttered("Hello!"))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)


async def _delete_turn(store: TrackerStore, *, delete_mid_turn: bool, url: str) -> None:
    """The young person confirms "delete my chat"; the action runs and the bot replies."""
    tracker = await store.retrieve(SENDER)
    tracker.update(UserUttered("yes, delete it"))
    if delete_mid_turn:  # what a custom action calling delete_conversation() would do
        delete_conversation(SENDER, url)
    tracker.update(ActionExecuted("action_delete_conversation"))
    tracker.update(BotUttered("Done. I have deleted our chat."))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)


async def test_plain_rasa_store_writes_a_mid_turn_deletion_back(tracker_url):
    """Why PrivacySQLTrackerStore exists: Rasa's own store resurrects the deleted session."""
    store = SQLTrackerStore(Domain.empty(), host=tracker_url)
    await _first_turn(store)
    await _delete_turn(store, delete_mid_turn=True, url=tracker_url)
    assert count_events(tracker_url, SENDER) > 0
    assert await store.retrieve(SENDER) is not None
    store.engine.dispose()


@pytest.mark.parametrize("delete_mid_turn", [False, True], ids=["store-deletes", "action-also-deletes"])
async def test_the_delete_action_turn_removes_the_conversation(any_tracker_url, delete_mid_turn, caplog):
    store = PrivacySQLTrackerStore(Domain.empty(), host=any_tracker_url)
    await _first_turn(store)
    await _first_turn(store, "someone-else")
    assert count_events(any_tracker_url, SENDER) == 8

    with caplog.at_level(logging.INFO):
        await _delete_turn(store, delete_mid_turn=delete_mid_turn, url=any_tracker_url)

    assert count_events(any_tracker_url, SENDER) == 0
    assert await store.retrieve(SENDER) is None
    assert count_events(any_tracker_url, "someone-else") == 8
    assert SENDER not in caplog.text

    # The next message starts a new conversation, which is saved as usual.
    tracker = await store.get_or_create_tracker(SENDER)
    assert not any(isinstance(e, UserUttered) for e in tracker.events)
    tracker.update(UserUttered("hello again"))
    await store.save(tracker)
    again = await store.retrieve(SENDER)
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hello again"]
    store.engine.dispose()


async def test_a_dashboard_deletion_during_a_turn_is_not_undone(tracker_url):
    store = PrivacySQLTrackerStore(Domain.empty(), host=tracker_url)
    await _first_turn(store)
    tracker = await store.retrieve(SENDER)      # the turn starts...
    tracker.update(UserUttered("and another thing"))
    delete_conversation(SENDER, tracker_url, by="duty_worker")   # ...a duty worker deletes...
    tracker.update(BotUttered("Sure"))
    await store.save(tracker)                   # ...the turn ends
    assert count_events(tracker_url, SENDER) == 0
    store.engine.dispose()


async def test_ordinary_turns_are_saved_exactly_as_rasa_saves_them(tracker_url):
    ours = PrivacySQLTrackerStore(Domain.empty(), host=tracker_url)
    await _first_turn(ours, "a")
    theirs = SQLTrackerStore(Domain.empty(), host=tracker_url)
    await _first_turn(theirs, "b")
    tracker_a, tracker_b = await ours.retrieve("a"), await theirs.retrieve("b")
    assert [e.as_dict()["event"] for e in tracker_a.events] == [e.as_dict()["event"] for e in tracker_b.events]
    assert count_events(tracker_url, "a") == count_events(tracker_url, "b") == 8
    ours.engine.dispose()
    theirs.engine.dispose()


def _stored_rows(url: str, sender: str) -> list[tuple]:
    """Every column Rasa fills, with the event's own timestamp taken out of `data`."""
    import json

    from sqlalchemy import create_engine, text

    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT type_name, intent_name, action_name, data, timestamp "
                                       "FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}).all()
    engine.dispose()
    out = []
    for type_name, intent_name, action_name, data, stamp in rows:
        payload = json.loads(data)
        assert payload.pop("timestamp") == stamp
        out.append((type_name, intent_name, action_name, payload))
    return out


async def test_rows_are_column_for_column_what_rasa_writes(any_tracker_url):
    ours = PrivacySQLTrackerStore(Domain.empty(), host=any_tracker_url)
    theirs = SQLTrackerStore(Domain.empty(), host=any_tracker_url)
    for store, sender in ((ours, "a"), (theirs, "b")):
        await _first_turn(store, sender)
        tracker = await store.retrieve(sender)
        tracker.update(UserUttered("help with rent", {"name": "ask_rent", "confidence": 0.9}))
        tracker.update(ActionExecuted("action_answer_offer"))
        await store.save(tracker)
    assert _stored_rows(any_tracker_url, "a") == _stored_rows(any_tracker_url, "b")
    assert ("user", "ask_rent", None) in [row[:3] for row in _stored_rows(any_tracker_url, "a")]
    ours.engine.dispose()
    theirs.engine.dispose()


async def test_it_reads_back_what_rasas_store_reads_back(any_tracker_url):
    """Latest session only (`retrieve`) and every session (`retrieve_full_tracker`), over a
    conversation with two sessions and another conversation in the same table."""
    ours = PrivacySQLTrackerStore(Domain.empty(), host=any_tracker_url)
    theirs = SQLTrackerStore(Domain.empty(), host=any_tracker_url)
    await _first_turn(ours)
    await _first_turn(ours, "someone-else")
    tracker = await ours.retrieve(SENDER)
    tracker.update(ActionExecuted("action_session_start"))  # a second session begins
    tracker.update(SessionStarted())
    tracker.update(UserUttered("back again"))
    await ours.save(tracker)

    def dump(tracker) -> list[dict]:
        return [e.as_dict() for e in tracker.events]

    assert dump(await ours.retrieve(SENDER)) == dump(await theirs.retrieve(SENDER))
    assert [e.text for e in (await ours.retrieve(SENDER)).events if isinstance(e, UserUttered)] == ["back again"]
    assert dump(await ours.retrieve_full_tracker(SENDER)) == dump(await theirs.retrieve_full_tracker(SENDER))
    assert len((await ours.retrieve_full_tracker(SENDER)).events) == 11
    assert await ours.retrieve("never-seen") is None
    ours.engine.dispose()
    theirs.engine.dispose()


async def test_a_turn_costs_few_database_statements(tracker_pg_url):
    """Counted, not timed: a new conversation's first turn and a later turn each cost one
    read and one write transaction (Rasa's own store: an extra empty save, and one INSERT
    per event)."""
    from sqlalchemy import event

    store = PrivacySQLTrackerStore(Domain.empty(), host=tracker_pg_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement.split()[0].upper()))

    tracker = await store.get_or_create_tracker("new", append_action_listen=False)  # as Rasa asks
    assert statements.count("INSERT") == 0 and len(statements) <= 2  # ping + read, nothing written
    for name in ("action_session_start", "action_listen", "utter_greet", "action_listen"):
        tracker.update(ActionExecuted(name))
    statements.clear()
    await store.save(tracker)
    assert statements.count("INSERT") == 1, statements
    assert len(statements) <= 5, statements  # ping, count, deletion check, insert, commit
    statements.clear()
    tracker = await store.retrieve("new")
    tracker.update(UserUttered("hi"))
    tracker.update(ActionExecuted("utter_greet"))
    await store.save(tracker)
    assert statements.count("INSERT") == 1 and len(statements) <= 6, statements
    assert len((await store.retrieve("new")).events) == 6
    store.engine.dispose()


async def test_other_delete_action_names_can_be_configured(tracker_url, monkeypatch):
    monkeypatch.setenv("PRIVACY_DELETE_ACTIONS", "action_forget_me")
    store = PrivacySQLTrackerStore(Domain.empty(), host=tracker_url)
    await _first_turn(store)
    tracker = await store.retrieve(SENDER)
    tracker.update(ActionExecuted("action_forget_me"))
    await store.save(tracker)
    assert count_events(tracker_url, SENDER) == 0
    store.engine.dispose()


def test_endpoints_yml_loads_it_with_the_url_substituted(tmp_path, tracker_url, monkeypatch):
    """The endpoints.yml the lead wires in: `url:` (not `host:`, which Rasa 3.6 passes twice),
    unquoted (Rasa only substitutes ${VARS} in plain scalars)."""
    from rasa.core.utils import AvailableEndpoints

    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(textwrap.dedent("""\
        action_endpoint:
          url: ${ACTION_ENDPOINT_URL}
        tracker_store:
          type: bot.rasa.tracker_store.PrivacySQLTrackerStore
          url: ${TRACKER_DB_URL}
    """), encoding="utf-8")
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:5055/webhook")
    read = AvailableEndpoints.read_endpoints(str(endpoints))
    assert read.action.url == "http://127.0.0.1:5055/webhook"
    store = TrackerStore.create(read.tracker_store, Domain.empty())
    inner = getattr(store, "_tracker_store", store)
    assert isinstance(inner, PrivacySQLTrackerStore)
    assert str(inner.engine.url) == tracker_url

    from bot.privacy.logging import installed

    assert installed()  # making the store redacts the Rasa process's logs
    inner.engine.dispose()
