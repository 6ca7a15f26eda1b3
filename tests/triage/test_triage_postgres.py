"""The triage store on PostgreSQL, the production database (a throwaway server)."""
from __future__ import annotations


import pytest

from bot.triage import raise_case, replay_spool, spool
from bot.triage.authorities import visible_authorities
from tests.triage.helpers import PASSWORD, Clock, make_store

pytestmark = pytest.mark.postgres
DERBY = visible_authorities(["derby_city"])


@pytest.fixture
def pg_store(triage_pg_url):
    clock = Clock()
    store = make_store(triage_pg_url, clock)
    yield store, clock
    store.dispose()


def test_flow_on_postgres(pg_store):
    store, clock = pg_store
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    info = store.raise_case("info", "hours", "derby_city", "rest", "u1")
    clock.advance(minutes=3)
    crisis = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u2")
    store.raise_case("crisis", "x", "north_northamptonshire", "rest", "u3")
    assert [c.id for c in store.queue(DERBY)] == [crisis, info]
    case = store.get_case(crisis)
    assert case.created_at == clock.now and case.created_at.tzinfo is not None
    assert store.claim(crisis, worker.id, DERBY).ok
    assert store.claim(crisis, worker.id, DERBY).reason == "already_yours"
    assert store.add_note(crisis, worker.id, DERBY, "rang").ok
    assert store.resolve(crisis, worker.id, DERBY, "contacted").ok
    assert [e.kind for e in store.events(crisis)] == ["raised", "claimed", "note", "resolved"]
    assert [c.kind for c in store.changes_since(0)][-3:] == ["claimed", "note", "resolved"]


def test_logins_and_sessions_on_postgres(pg_store):
    store, clock = pg_store
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    assert [store.authenticate("asha", "bad", "10.0.0.1").status for _ in range(5)][-1] == "locked"
    clock.advance(minutes=15, seconds=1)
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "ok"
    token, _ = store.create_session(worker.id, ip="10.0.0.1")
    assert store.load_session(token).username == "asha"
    clock.advance(minutes=31)
    assert store.load_session(token) is None
    store.audit("login_success", worker_id=worker.id, username="asha")
    assert store.audit_log()[-1]["action"] == "login_success"


def test_raise_case_and_spool_replay_on_postgres(triage_pg_url, monkeypatch):
    monkeypatch.setenv("TRIAGE_DB_URL", triage_pg_url)
    record = spool.append({"severity": "crisis", "reason": "r", "authority": "derby_city",
                           "channel": "rest", "sender_id": "spooled"})
    case_id = raise_case("urgent", "homeless", "derby_city", "rest", "direct")
    assert case_id is not None and spool.pending() == 0
    spool.append(record)
    replay_spool(notify=False)
    store = make_store(triage_pg_url)
    assert sorted(c.sender_id for c in store.queue(DERBY)) == ["direct", "spooled"]
    store.dispose()


def test_a_postgres_server_that_is_down_spools(monkeypatch, triage_env):
    from tests.triage.helpers import free_port
    import bot.triage

    monkeypatch.setenv("TRIAGE_DB_URL", f"postgresql+psycopg2://postgres@127.0.0.1:{free_port()}/nothing")
    bot.triage._reset_stores()
    assert raise_case("crisis", "suicidal", "derby_city", "rest", "s") is None
    assert spool.pending() == 1
