"""The takeover store: one active takeover per conversation (the database refuses a second),
each timer action claimable once, crisis alerts raising the case."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from bot.handoff import wording
from bot.handoff.models import Takeover
from bot.handoff.store import TakeoverStore
from tests.triage.helpers import PASSWORD


@pytest.fixture
def takeovers(store, clock):
    t = TakeoverStore(store.url, clock=clock)
    yield t
    t.dispose()


@pytest.fixture
def workers(store):
    return (store.add_worker("asha", PASSWORD, ["derby_city"]),
            store.add_worker("ben", PASSWORD, ["derby_city"]))


def worker_ids(store):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from bot.triage.models import Worker

    with Session(store.engine) as session:
        return dict(session.execute(select(Worker.username, Worker.id)).all())


def test_takeover_one_active_per_conversation(store, takeovers, workers):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    first = takeovers.start(case, "web-1", ids["asha"], "asha")
    assert first.ok and first.takeover.active
    second = takeovers.start(case, "web-1", ids["ben"], "ben")
    assert not second.ok and second.takeover.worker_name == "asha"
    assert takeovers.active("web-1").id == first.takeover.id
    # Another conversation is independent.
    assert takeovers.start(case, "web-2", ids["ben"], "ben").ok
    # Once handed back, the conversation can be taken over again.
    assert takeovers.end(first.takeover.id, "handed_back", worker_id=ids["asha"]) is not None
    assert takeovers.start(case, "web-1", ids["ben"], "ben").ok


def test_takeover_the_database_refuses_a_second_active_row(store, takeovers, workers, clock):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    assert takeovers.start(case, "web-1", ids["asha"], "asha").ok
    with pytest.raises(IntegrityError), takeovers.engine.begin() as connection:
        connection.execute(insert(Takeover).values(case_id=case, sender_id="web-1", worker_id=ids["ben"],
                                                   worker_name="ben", started_at=clock()))


@pytest.mark.postgres
def test_takeover_unique_index_on_postgresql(triage_pg_url, clock):
    from tests.triage.helpers import make_store

    store = make_store(triage_pg_url, clock)
    takeovers = TakeoverStore(triage_pg_url, clock=clock)
    try:
        store.add_worker("asha", PASSWORD, ["derby_city"])
        store.add_worker("ben", PASSWORD, ["derby_city"])
        ids = worker_ids(store)
        case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
        first = takeovers.start(case, "web-1", ids["asha"], "asha")
        assert first.ok
        assert not takeovers.start(case, "web-1", ids["ben"], "ben").ok
        takeovers.end(first.takeover.id, "handed_back")
        assert takeovers.start(case, "web-1", ids["ben"], "ben").ok
    finally:
        takeovers.dispose()
        store.dispose()


def test_takeover_end_is_won_once_and_only_by_its_worker(store, takeovers, workers):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    t = takeovers.start(case, "web-1", ids["asha"], "asha").takeover
    assert takeovers.end(t.id, "handed_back", worker_id=ids["ben"]) is None
    ended = takeovers.end(t.id, "handed_back", worker_id=ids["asha"])
    assert ended is not None and ended.ended_how == "handed_back"
    assert takeovers.end(t.id, "abandoned") is None
    takeovers.record_end(ended, ids["asha"])
    kinds = [e.kind for e in store.events(case)]
    assert kinds.count("takeover") == 1 and kinds.count("handback") == 1


def test_takeover_crisis_raises_the_case_and_contacts_are_claimed_once(store, takeovers, workers, clock):
    ids = worker_ids(store)
    case = store.raise_case("handoff", "wants a person", "derby_city", "socketio", "web-1")
    t = takeovers.start(case, "web-1", ids["asha"], "asha").takeover
    assert takeovers.mark_crisis("nobody", "crisis", "x") is None
    alerted = takeovers.mark_crisis("web-1", "urgent", "being hurt")
    assert alerted.crisis_at == clock() and alerted.alert_severity == "urgent"
    assert store.get_case(case).severity == "urgent"
    clock.advance(seconds=30)
    takeovers.mark_crisis("web-1", "crisis", "suicidal: want to die")
    assert store.get_case(case).severity == "crisis"
    again = takeovers.active("web-1")
    assert again.crisis_at == alerted.crisis_at and again.alert_severity == "crisis"
    assert takeovers.due_contacts(timedelta(minutes=2)) == []
    clock.advance(seconds=100)
    [due] = takeovers.due_contacts(timedelta(minutes=2))
    assert takeovers.claim_contacts(due)
    assert not takeovers.claim_contacts(due)  # a second dashboard process loses
    assert takeovers.due_contacts(timedelta(minutes=2)) == []
    takeovers.unclaim_contacts(due)  # sending failed: due again
    [due] = takeovers.due_contacts(timedelta(minutes=2))
    assert takeovers.claim_contacts(due)
    assert [e.kind for e in store.events(case)].count("takeover_alert") == 2
    # A worker's reply answers the crisis: nothing pending.
    takeovers.mark_crisis("web-1", "crisis", "again")
    assert takeovers.worker_said(t.id, ids["asha"])
    assert takeovers.active("web-1").crisis_at is None
    assert not takeovers.worker_said(t.id, ids["ben"])


def test_takeover_idle_is_handed_back_once(store, takeovers, workers, clock):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    t = takeovers.start(case, "web-1", ids["asha"], "asha").takeover
    clock.advance(minutes=10)
    takeovers.worker_said(t.id, ids["asha"])
    clock.advance(minutes=14)
    assert takeovers.due_idle(timedelta(minutes=15)) == []
    clock.advance(minutes=2)
    [due] = takeovers.due_idle(timedelta(minutes=15))
    ended = takeovers.end(due.id, "abandoned", quiet_since=due.quiet_since)
    assert ended is not None
    assert takeovers.end(due.id, "abandoned", quiet_since=due.quiet_since) is None
    assert takeovers.active("web-1") is None
    assert takeovers.reopen(ended)  # Rasa could not be told: held again, due again
    assert [t.id for t in takeovers.due_idle(timedelta(minutes=15))] == [due.id]


def test_takeover_of_a_resolved_case_is_due_to_hand_back(store, takeovers, workers):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    store.claim(case, ids["asha"], ["derby_city"])
    takeovers.start(case, "web-1", ids["asha"], "asha")
    assert takeovers.due_closed() == []
    assert store.resolve(case, ids["asha"], ["derby_city"], "contacted").ok
    [due] = takeovers.due_closed()
    assert takeovers.end(due.id, "case_closed") is not None
    assert takeovers.due_closed() == []


def test_takeover_conversation_id_is_pseudonymised_with_its_closed_case(store, takeovers, workers, clock):
    from bot.privacy.cases import pseudonymise_resolved

    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-secret")
    store.claim(case, ids["asha"], ["derby_city"])
    t = takeovers.start(case, "web-secret", ids["asha"], "asha").takeover
    takeovers.end(t.id, "handed_back")
    store.resolve(case, ids["asha"], ["derby_city"], "contacted")
    clock.advance(days=40)
    assert pseudonymise_resolved(store, clock() - timedelta(days=30), lambda s: "pseudonym:" + s[-4:]) == 1
    assert takeovers.get(t.id).sender_id == "pseudonym:cret"


@pytest.mark.parametrize("line", [*wording.starters("Jo"), wording.joined("Jo"), wording.left("Jo"),
                                  wording.timed_out("Jo")])
def test_takeover_lines_the_young_person_reads_are_plain_english(line: str) -> None:
    from tests.test_readability import MAX_GRADE, grade

    assert grade(line) <= MAX_GRADE, line


def test_takeover_of_a_released_case_is_due_to_hand_back(store, takeovers, workers):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    store.claim(case, ids["asha"], ["derby_city"])
    takeovers.start(case, "web-1", ids["asha"], "asha")
    assert takeovers.due_closed() == []
    store.release_all_held_by(ids["asha"], "asha has left.")  # `python -m bot deactivate-worker`
    assert [t.worker_name for t in takeovers.due_closed()] == ["asha"]


def test_takeover_young_person_typing_is_noted_only_on_an_active_takeover(store, takeovers, workers, clock):
    ids = worker_ids(store)
    case = store.raise_case("crisis", "x", "derby_city", "socketio", "web-1")
    # No takeover: nothing to note, nothing written.
    assert takeovers.young_person_typing("web-1") is False
    assert takeovers.young_person_typing("") is False
    first = takeovers.start(case, "web-1", ids["asha"], "asha").takeover
    assert first.young_person_typing_at is None and not first.young_person_typing(clock())
    assert takeovers.young_person_typing("web-1") is True
    noted = takeovers.active("web-1")
    assert noted.young_person_typing_at == clock()
    assert noted.young_person_typing(clock())
    clock.advance(seconds=5)
    assert noted.young_person_typing(clock())
    clock.advance(seconds=1)
    assert not noted.young_person_typing(clock())  # more than 5 s ago
    # Ended: the ended row is left as it was, and typing now notes nothing.
    ended = takeovers.end(first.id, "handed_back", worker_id=ids["asha"])
    typed_at = ended.young_person_typing_at
    clock.advance(seconds=3)
    assert takeovers.young_person_typing("web-1") is False
    assert takeovers.get(first.id).young_person_typing_at == typed_at
    # A new takeover of the same chat starts with nobody typing.
    second = takeovers.start(case, "web-1", ids["ben"], "ben").takeover
    assert second.young_person_typing_at is None
    assert takeovers.young_person_typing("web-2") is False  # another conversation


def _typing_column_added(url: str, clock) -> None:
    """A database made before `young_person_typing_at` existed gets the column on start."""
    from sqlalchemy import inspect, text

    def columns(engine) -> set[str]:
        return {c["name"] for c in inspect(engine).get_columns("takeovers")}

    made = TakeoverStore(url, clock=clock)
    with made.engine.begin() as connection:
        connection.execute(text("ALTER TABLE takeovers DROP COLUMN young_person_typing_at"))
    assert "young_person_typing_at" not in columns(made.engine)
    made.dispose()
    again = TakeoverStore(url, clock=clock)
    try:
        assert "young_person_typing_at" in columns(again.engine)
        again.create_all()  # and a second start changes nothing
        assert again.young_person_typing("web-1") is False
    finally:
        again.dispose()


def test_takeover_typing_column_is_added_to_an_existing_database(tmp_path, clock):
    _typing_column_added(f"sqlite:///{tmp_path / 'old.db'}", clock)


@pytest.mark.postgres
def test_takeover_typing_column_is_added_to_an_existing_postgresql_database(triage_pg_url, clock):
    _typing_column_added(triage_pg_url, clock)
